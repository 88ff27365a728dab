#pragma once

#include <QDialog>
#include <QTime>
#include <optional>

class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

class ConsentPanel;
class DuplicateWarning;
class ErrorLabel;
class PersonForm;
class SessionHolder;

// A new person or an existing one: the fields, the possible-duplicate note
// while typing, the consent decisions, and anonymisation. "Save" keeps the
// dialog open, so that consent can be recorded for a person just created.
// Everything is decided by the core (PersonService, ConsentService); its
// message is shown in place and nothing is half-written. Users whose roles
// may not edit people see the person read-only.
class PersonEditor : public QDialog
{
    Q_OBJECT

public:
    PersonEditor(SessionHolder& holder, std::optional<qint64> personId, QWidget* parent = nullptr);

    // 0 until a new person is saved.
    qint64 personId() const { return m_personId; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void personSaved(qint64 personId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showTitleAndStatus();
    void load();
    void anonymise();
    void forget();

    SessionHolder& m_holder;
    qint64 m_personId = 0;
    bool m_mayEdit = false;
    bool m_editable = false;
    QString m_pseudonym;
    bool m_anonymised = false;
    // When this editor last saved the person, for "Saved as … at …".
    std::optional<QTime> m_savedAt;
    DuplicateWarning* m_duplicates;
    PersonForm* m_form;
    ConsentPanel* m_consent;
    ErrorLabel* m_error;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_anonymise;
};

} // namespace ui
} // namespace amparo
