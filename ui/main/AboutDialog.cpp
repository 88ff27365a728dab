#include "main/AboutDialog.h"

#include "version/BuildInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Amparo"));
    auto* name = new QLabel(tr("Amparo %1").arg(amparoVersion()), this);
    QFont font = name->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    name->setFont(font);
    auto* description = new QLabel(tr("Case management for organisations assisting victims of "
                                      "torture and human rights defenders."),
                                   this);
    description->setWordWrap(true);
    auto* licence = new QLabel(tr("Free software under the GNU General Public License, version 3 "
                                  "or (at your option) any later version (GPL-3.0-or-later). It "
                                  "comes with no warranty."),
                               this);
    licence->setWordWrap(true);

    auto* versions = new QFormLayout;
    versions->addRow(tr("Qt:"), new QLabel(qtVersion(), this));
    versions->addRow(
        tr("SQLCipher (SQLite):"),
        new QLabel(QStringLiteral("%1 (SQLite %2)").arg(sqlcipherVersion(), sqliteVersion()),
                   this));
    versions->addRow(tr("libsodium:"), new QLabel(libsodiumVersion(), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(name);
    layout->addWidget(description);
    layout->addWidget(licence);
    layout->addLayout(versions);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace ui
} // namespace amparo
