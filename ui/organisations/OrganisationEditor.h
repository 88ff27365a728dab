#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// A new organisation or an existing one (OrganisationService::create and
// update). The core validates; its message is shown in place and the dialog
// stays open. Users who may not maintain organisations see them read-only.
class OrganisationEditor : public QDialog
{
    Q_OBJECT

public:
    OrganisationEditor(SessionHolder& holder, std::optional<qint64> organisationId,
                       QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void organisationSaved(qint64 organisationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void forget();

    SessionHolder& m_holder;
    qint64 m_id = 0;
    // The name saved, for the window's title; empty for a new organisation.
    QString m_savedName;
    QLabel* m_nameLabel;
    QLabel* m_kindLabel;
    QLabel* m_countryLabel;
    QLabel* m_contactLabel;
    QLabel* m_notesLabel;
    QPushButton* m_save = nullptr;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_country;
    QPlainTextEdit* m_contact;
    QPlainTextEdit* m_notes;
    ErrorLabel* m_error;
};

} // namespace ui
} // namespace amparo
