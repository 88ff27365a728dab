#pragma once

#include "assistance/Assistance.h"
#include "cases/CaseTab.h"
#include "cases/tabs/AssistanceDialog.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace amparo {
namespace ui {

class ErrorLabel;
class StatusNoteDialog;

// The case's assistance lines: what is done for whom, by which provider,
// and how far it has got. Lines are added and edited in AssistanceDialog;
// the status moves only by the transitions the workflow offers from the
// selected line's status, each with a note.
class AssistanceTab : public CaseTab
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        StatusColumn,
        BeneficiaryColumn,
        ProviderColumn,
        RequestedColumn,
        StartedColumn,
        CompletedColumn,
        OutcomeColumn,
        ColumnCount,
    };

    AssistanceTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject& draft) override;

    const std::vector<Assistance>& lines() const { return m_lines; }
    void selectLine(qint64 assistanceId);
    // The dialog open now, if any: a test answers it as a user would.
    AssistanceDialog* editor() const { return m_editor; }
    StatusNoteDialog* noteDialog() const;

    void addAssistance();
    void editSelected();
    // Asks for a note, then moves the selected line to `toStatus`.
    void requestTransition(const QString& toStatus);
    // Opens a grant request for the selected line and its beneficiary.
    void requestGrant();
    QDialog* grantRequest() const { return m_grantRequest; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void showLineTexts();
    AssistanceDialog::Choices peopleChoices() const;
    void openEditor(const Assistance& assistance);
    void saveEditor();
    void openNoteDialog(qint64 assistanceId, const QString& toStatus, const QString& note);
    // The note dialog's question and its button, in the current language.
    std::pair<QString, QString> transitionQuestion() const;
    void confirmTransition();
    void updateActions();
    void saved(qint64 assistanceId);
    const Assistance* selected() const;
    QString personLabel(const std::optional<qint64>& personId) const;
    QString providerLabel(const std::optional<qint64>& orgId) const;

    std::vector<Assistance> m_lines;
    // The people of the case: pseudonyms and the stable names of their roles.
    QMap<qint64, QString> m_pseudonyms;
    QMap<qint64, QStringList> m_roles;
    AssistanceDialog::Choices m_people;
    AssistanceDialog::Choices m_providers;
    QStandardItemModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_details;
    ErrorLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_edit;
    QWidget* m_transitions;
    QPushButton* m_requestGrant;
    QPointer<QDialog> m_grantRequest;
    QPointer<AssistanceDialog> m_editor;
    QPointer<StatusNoteDialog> m_noteDialog;
    qint64 m_transitionId = 0;
    QString m_transitionTo;
};

} // namespace ui
} // namespace amparo
