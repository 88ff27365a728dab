#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// Records one decision of a person about one use of their data
// (ConsentService::record). Decisions are never edited: a withdrawal is a new
// record. The core checks every field; its message is shown in place and the
// dialog stays open.
class RecordConsentDialog : public QDialog
{
    Q_OBJECT

public:
    RecordConsentDialog(SessionHolder& holder, qint64 personId, const QString& pseudonym,
                        QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void recorded();

private:
    SessionHolder& m_holder;
    qint64 m_personId;
    QComboBox* m_purpose;
    QComboBox* m_decision;
    QDateEdit* m_decidedOn;
    QCheckBox* m_expires;
    QDateEdit* m_expiresOn;
    QLineEdit* m_method;
    ErrorLabel* m_error;
};

} // namespace ui
} // namespace amparo
