#pragma once

#include "cases/CaseTab.h"
#include "grants/GrantRequestDialog.h"

#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace amparo {
namespace ui {

class ErrorLabel;
class GrantDetail;
class GrantListModel;

// The case's grants: what was asked of which fund, how much was approved
// and paid, and where each request stands; the selected one in detail
// below. Caseworkers who may edit the case request grants from here.
class GrantsTab : public CaseTab
{
    Q_OBJECT

public:
    GrantsTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;

    GrantListModel& model() { return *m_model; }
    GrantDetail& detail() { return *m_detail; }
    void selectGrant(qint64 grantId);
    // Opens the request dialog, for one assistance line when given.
    void requestGrant(std::optional<qint64> assistanceId = std::nullopt);
    GrantRequestDialog* requestDialog() const { return m_request; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectionChanged();

    GrantListModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    ErrorLabel* m_error;
    QPushButton* m_requestButton;
    GrantDetail* m_detail;
    QPointer<GrantRequestDialog> m_request;
};

} // namespace ui
} // namespace amparo
