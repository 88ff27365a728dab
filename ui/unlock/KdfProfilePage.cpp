#include "unlock/KdfProfilePage.h"

#include <QButtonGroup>
#include <QEvent>
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
    : QWizardPage(parent), m_choices(new QButtonGroup(this)), m_note(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    for (const KdfProfile profile :
         {KdfProfile::Interactive, KdfProfile::Moderate, KdfProfile::Sensitive})
        addChoice(layout, profile);
    m_note->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_note);
    layout->addStretch(1);
    m_choices->button(static_cast<int>(KdfProfile::Moderate))->setChecked(true);
    retranslate();
}

void KdfProfilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void KdfProfilePage::retranslate()
{
    setTitle(tr("How hard should guessing be?"));
    setSubTitle(tr("Each time the vault is opened, the passphrase goes through deliberately slow "
                   "work. A thief with a copy of the vault must repeat it for every guess."));
    setButtonText(QWizard::NextButton, tr("&Create the vault"));
    for (const Choice& choice : m_choiceWidgets) {
        const QString explanation = choiceExplanation(choice.profile);
        choice.button->setText(choiceName(choice.profile));
        choice.button->setAccessibleDescription(explanation);
        choice.explanation->setText(explanation);
    }
    m_note->setText(tr("This choice applies to the administrator's passphrase. Passphrases set "
                       "later, for new users or when changing one, use the balanced setting."));
}

void KdfProfilePage::addChoice(QVBoxLayout* layout, KdfProfile profile)
{
    auto* button = new QRadioButton(this);
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setIndent(button->sizeHint().height() + 4);
    m_choices->addButton(button, static_cast<int>(profile));
    m_choiceWidgets.push_back({profile, button, label});
    layout->addWidget(button);
    layout->addWidget(label);
    layout->addSpacing(10);
}

QString KdfProfilePage::choiceName(KdfProfile profile) const
{
    switch (profile) {
    case KdfProfile::Interactive:
        return tr("&Quick");
    case KdfProfile::Moderate:
        return tr("&Balanced (recommended)");
    case KdfProfile::Sensitive:
        return tr("&Strongest");
    }
    return {};
}

QString KdfProfilePage::choiceExplanation(KdfProfile profile) const
{
    switch (profile) {
    case KdfProfile::Interactive:
        return tr("A fraction of a second and %1 MiB of memory. For old or small computers only: "
                  "guessing is cheapest.")
            .arg(mebibytes(profile));
    case KdfProfile::Moderate:
        return tr("About one second and %1 MiB of memory on a typical laptop. A good protection "
                  "for most organisations.")
            .arg(mebibytes(profile));
    case KdfProfile::Sensitive:
        return tr("Several seconds and %1 MiB of memory. Every computer that opens this vault "
                  "needs that much free memory.")
            .arg(mebibytes(profile));
    }
    return {};
}

KdfProfile KdfProfilePage::profile() const
{
    return static_cast<KdfProfile>(m_choices->checkedId());
}

} // namespace ui
} // namespace amparo
