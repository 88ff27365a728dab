#pragma once

#include "vault/SecureBytes.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace amparo {
namespace ui {

class ErrorLabel;
class PassphraseStrengthMeter;

// A new passphrase typed twice, with a strength meter and a note when the
// two differ. Used wherever a passphrase is chosen, so that the rules and
// wording are the same everywhere. Its rows go into the caller's form so the
// labels line up with the form's other fields. Not a widget, so the owner
// gives it its texts: from the owner's retranslate().
class NewPassphraseFields : public QObject
{
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget* parent);

    void addRowsTo(QFormLayout* form);
    // Sets every text, with the owner's row labels of the two fields.
    void retranslate(const QString& passphraseLabel, const QString& confirmationLabel);
    void setEnabled(bool enabled);
    void setFocus();
    // Puts both fields right after `previous` in the Tab order; returns the last.
    QWidget* setTabOrderAfter(QWidget* previous);

    // Long enough for the core's rule and typed the same twice.
    bool isAcceptable() const;
    // The passphrase as bytes; both fields are cleared.
    SecureBytes take();
    void clear();

Q_SIGNALS:
    void changed();

private:
    void onEdited();
    void showMismatch();

    QLabel* m_passphraseLabel;
    QLabel* m_strengthLabel;
    QLabel* m_confirmationLabel;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    PassphraseStrengthMeter* m_meter;
    ErrorLabel* m_mismatch;
};

} // namespace ui
} // namespace amparo
