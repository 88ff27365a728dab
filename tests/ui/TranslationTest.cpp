#include "Retranslation.h"
#include "common/LanguageBox.h"
#include "i18n/Translations.h"
#include "unlock/UnlockDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace amparo;

namespace {

QString passphraseAccessibleName()
{
    ui::UnlockDialog dialog;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            return edit->accessibleName();
    }
    return {};
}

} // namespace

TEST_CASE("the embedded translations load and Arabic lays the application out right to left")
{
    Translations translations;
    const QString english = passphraseAccessibleName();
    CHECK(english == QStringLiteral("Passphrase"));
    for (const char* language : {"fr", "es", "ru", "ar"}) {
        INFO(language);
        translations.use(QString::fromLatin1(language));
        QCoreApplication::processEvents();
        CHECK(passphraseAccessibleName() != english);
        CHECK(QApplication::layoutDirection() ==
              (QLatin1String(language) == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight));
    }
    translations.use(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(passphraseAccessibleName() == english);
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
}

TEST_CASE("the language box retranslates its choices when the language changes at run time")
{
    for (const char* language : {"fr", "es", "ru", "ar"}) {
        test::requireRetranslates(QString::fromLatin1(language),
                                  [] { return std::make_unique<ui::LanguageBox>(); });
    }
}
