#include "main/AboutDialog.h"

#include "version/BuildInfo.h"

#include <QLabel>
#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE(
    "the About dialog names the versions of Amparo and of the libraries that hold its secrets")
{
    ui::AboutDialog dialog;
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(amparoVersion()));
    CHECK(all.contains(sqlcipherVersion()));
    CHECK(all.contains(libsodiumVersion()));
    CHECK(all.contains(qtVersion()));
    CHECK(all.contains(QStringLiteral("GNU General Public License")));
}
