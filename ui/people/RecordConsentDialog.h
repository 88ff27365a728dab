#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionHolder& m_holder;
    qint64 m_personId;
    QString m_pseudonym;
    QLabel* m_note;
    QLabel* m_purposeLabel;
    QLabel* m_decisionLabel;
    QLabel* m_decidedOnLabel;
    QLabel* m_methodLabel;
    QPushButton* m_record;
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
