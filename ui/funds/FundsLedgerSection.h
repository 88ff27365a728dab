#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace amparo {
namespace ui {

class FundsPage;
class JournalPage;
class SessionHolder;

// Funds & Ledger, a section of the sidebar: the Funds and Journal tabs, and
// any further page added with addPage() (the Reports). A tab's text is its
// page's window title, followed when the language changes.
class FundsLedgerSection : public QWidget
{
    Q_OBJECT

public:
    explicit FundsLedgerSection(SessionHolder& holder, QWidget* parent = nullptr);

    // Adds `page` as a tab named by its window title; the section owns it.
    void addPage(QWidget* page);
    FundsPage& funds() { return *m_funds; }
    JournalPage& journal() { return *m_journal; }
    QTabWidget& tabs() { return *m_tabs; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QTabWidget* m_tabs;
    FundsPage* m_funds;
    JournalPage* m_journal;
};

} // namespace ui
} // namespace amparo
