#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// Asks for the reason and a confirmation before anonymising a person
// (PersonService::anonymise): their name, birth date, contact details, notes
// and attached documents are removed for good; the pseudonym and the case
// links remain. The core decides who may do it and checks the reason.
class AnonymiseDialog : public QDialog
{
    Q_OBJECT

public:
    AnonymiseDialog(SessionHolder& holder, qint64 personId, const QString& pseudonym,
                    QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void anonymised();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionHolder& m_holder;
    qint64 m_personId;
    QString m_pseudonym;
    QLabel* m_explanation;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QCheckBox* m_understood;
    QPushButton* m_anonymise;
    ErrorLabel* m_error;
};

} // namespace ui
} // namespace amparo
