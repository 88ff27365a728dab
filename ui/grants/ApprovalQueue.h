#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QTableView;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class GrantDetail;
class GrantListModel;

// The fund managers' queue (PRODUCT §4): submitted requests, oldest first,
// and beside the selected one what is needed to decide on it — the case,
// the beneficiary by pseudonym, the assistance line, the amount asked
// against what the fund has available, the approvals so far — with the
// grant's own actions (Approve is disabled with the core's reason).
class ApprovalQueue : public QWidget
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;

    explicit ApprovalQueue(SessionAccess session, QWidget* parent = nullptr);

    void reload();
    void clear();
    void selectGrant(qint64 grantId);
    GrantListModel& model() { return *m_model; }
    GrantDetail& detail() { return *m_detail; }

Q_SIGNALS:
    void grantChanged(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectionChanged();
    // The context of the selected request, in the current language.
    void fillContext();

    SessionAccess m_session;
    GrantListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_contextHeading;
    QFormLayout* m_context;
    QLabel* m_case;
    QLabel* m_caseStatus;
    QLabel* m_country;
    QLabel* m_programme;
    QLabel* m_against;
    GrantDetail* m_detail;
    // Read when a request is selected; formatted by fillContext().
    struct CaseFacts
    {
        bool visible = false;
        QString title;
        QString status;
        QString country;
        QString programme;
    } m_facts;
    std::optional<qint64> m_available;
    QString m_availableCurrency;
};

} // namespace ui
} // namespace amparo
