#include "main/AboutDialog.h"

#include "version/BuildInfo.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLabel(this)), m_description(new QLabel(this)),
      m_licence(new QLabel(this)), m_qtLabel(new QLabel(this)), m_sqlcipherLabel(new QLabel(this)),
      m_libsodiumLabel(new QLabel(this))
{
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_name->setFont(font);
    m_description->setWordWrap(true);
    m_licence->setWordWrap(true);

    auto* versions = new QFormLayout;
    versions->addRow(m_qtLabel, new QLabel(qtVersion(), this));
    versions->addRow(
        m_sqlcipherLabel,
        new QLabel(QStringLiteral("%1 (SQLite %2)").arg(sqlcipherVersion(), sqliteVersion()),
                   this));
    versions->addRow(m_libsodiumLabel, new QLabel(libsodiumVersion(), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_name);
    layout->addWidget(m_description);
    layout->addWidget(m_licence);
    layout->addLayout(versions);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    retranslate();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Amparo"));
    m_name->setText(tr("Amparo %1").arg(amparoVersion()));
    m_description->setText(tr("Case management for organisations assisting victims of torture and "
                              "human rights defenders."));
    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or (at "
                          "your option) any later version (GPL-3.0-or-later). It comes with no "
                          "warranty."));
    m_qtLabel->setText(tr("Qt:"));
    m_sqlcipherLabel->setText(tr("SQLCipher (SQLite):"));
    m_libsodiumLabel->setText(tr("libsodium:"));
}

} // namespace ui
} // namespace amparo
