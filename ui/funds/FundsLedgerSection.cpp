#include "funds/FundsLedgerSection.h"

#include "common/Retranslate.h"
#include "funds/FundsPage.h"
#include "funds/JournalPage.h"

#include <QEvent>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

FundsLedgerSection::FundsLedgerSection(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_funds(new FundsPage(holder, this)), m_journal(new JournalPage(holder, this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    addPage(m_funds);
    addPage(m_journal);
    // What one tab records shows in the other.
    connect(m_funds, &FundsPage::ledgerChanged, m_journal, &JournalPage::reload);
    connect(m_journal, &JournalPage::ledgerChanged, m_funds, &FundsPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_funds)
            m_funds->reload();
        else if (m_tabs->widget(index) == m_journal)
            m_journal->reload();
    });
    retranslate();
}

void FundsLedgerSection::addPage(QWidget* page)
{
    m_tabs->addTab(page, page->windowTitle());
    page->installEventFilter(this);
}

bool FundsLedgerSection::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        auto* page = qobject_cast<QWidget*>(watched);
        if (const int index = m_tabs->indexOf(page); index >= 0)
            m_tabs->setTabText(index, page->windowTitle());
    }
    return QWidget::eventFilter(watched, event);
}

void FundsLedgerSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FundsLedgerSection::retranslate()
{
    m_heading->setText(tr("Funds & Ledger"));
    m_tabs->setAccessibleName(tr("Funds and ledger views"));
    retranslateTabScrollButtons(*m_tabs->tabBar());
}

} // namespace ui
} // namespace amparo
