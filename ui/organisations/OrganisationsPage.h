#pragma once

#include "organisations/OrganisationListModel.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace amparo {
namespace ui {

class SessionHolder;

// Members, partners, providers, donors, authorities and mechanisms
// (PRODUCT §2), filtered by kind, with an editor for a new or chosen one.
// "New organisation…" is offered to the roles that maintain them.
class OrganisationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationsPage(SessionHolder& holder, QWidget* parent = nullptr);

    OrganisationListModel& model() { return *m_model; }

public Q_SLOTS:
    void newOrganisation();
    void openSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openEditor(std::optional<qint64> organisationId);
    void applyKind();
    void updateSummary();

    SessionHolder& m_holder;
    bool m_mayEdit = false;
    OrganisationListModel* m_model;
    QComboBox* m_kind;
    QPushButton* m_new;
    QPushButton* m_open;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyText;
    QLabel* m_count;
};

} // namespace ui
} // namespace amparo
