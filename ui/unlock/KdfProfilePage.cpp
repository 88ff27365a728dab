#include "unlock/KdfProfilePage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace amparo {
namespace ui {
namespace {

QString mebibytes(KdfProfile profile)
{
    return QString::number(KdfParams::forProfile(profile).memLimit / (1024 * 1024));
}

} // namespace

KdfProfilePage::KdfProfilePage(QWidget* parent)
    : QWizardPage(parent), m_choices(new QButtonGroup(this))
{
    setTitle(tr("How hard should guessing be?"));
    setSubTitle(tr("Each time the vault is opened, the passphrase goes through deliberately slow "
                   "work. A thief with a copy of the vault must repeat it for every guess."));
    setButtonText(QWizard::NextButton, tr("&Create the vault"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    addChoice(layout, KdfProfile::Interactive, tr("&Quick"),
              tr("A fraction of a second and %1 MiB of memory. For old or small computers only: "
                 "guessing is cheapest.")
                  .arg(mebibytes(KdfProfile::Interactive)));
    addChoice(layout, KdfProfile::Moderate, tr("&Balanced (recommended)"),
              tr("About one second and %1 MiB of memory on a typical laptop. A good protection "
                 "for most organisations.")
                  .arg(mebibytes(KdfProfile::Moderate)));
    addChoice(layout, KdfProfile::Sensitive, tr("&Strongest"),
              tr("Several seconds and %1 MiB of memory. Every computer that opens this vault "
                 "needs that much free memory.")
                  .arg(mebibytes(KdfProfile::Sensitive)));
    auto* note = new QLabel(tr("This choice applies to the administrator's passphrase. Passphrases "
                               "set later, for new users or when changing one, use the balanced "
                               "setting."),
                            this);
    note->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch(1);
    m_choices->button(static_cast<int>(KdfProfile::Moderate))->setChecked(true);
}

void KdfProfilePage::addChoice(QVBoxLayout* layout, KdfProfile profile, const QString& name,
                               const QString& explanation)
{
    auto* button = new QRadioButton(name, this);
    button->setAccessibleDescription(explanation);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setIndent(button->sizeHint().height() + 4);
    m_choices->addButton(button, static_cast<int>(profile));
    layout->addWidget(button);
    layout->addWidget(label);
    layout->addSpacing(10);
}

KdfProfile KdfProfilePage::profile() const
{
    return static_cast<KdfProfile>(m_choices->checkedId());
}

} // namespace ui
} // namespace amparo
