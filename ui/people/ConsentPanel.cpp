#include "people/ConsentPanel.h"

#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "main/SessionHolder.h"
#include "people/ConsentService.h"
#include "people/RecordConsentDialog.h"
#include "util/Error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

enum Column
{
    PurposeColumn,
    DecisionColumn,
    DecidedColumn,
    ExpiresColumn,
    MethodColumn,
    RecordedByColumn,
    ColumnCount,
};

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

ConsentPanel::ConsentPanel(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_stack(new QStackedWidget(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_emptyText(new QLabel(this)),
      m_record(new QPushButton(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The purpose gets a fixed share (elided, full text in the tooltip) and
    // how consent was obtained the rest, so that the table never scrolls sideways.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PurposeColumn, QHeaderView::Interactive);
    header->resizeSection(PurposeColumn, 24 * fontMetrics().averageCharWidth());
    header->setSectionResizeMode(MethodColumn, QHeaderView::Stretch);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyText);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    retranslate();

    connect(m_record, &QPushButton::clicked, this, &ConsentPanel::recordConsent);
    trackDecryptedData(this, [this] { return m_table->rowCount(); });
}

void ConsentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsentPanel::retranslate()
{
    m_table->setAccessibleName(tr("Consent decisions"));
    m_table->setHorizontalHeaderLabels({tr("Purpose"), tr("Decision"), tr("Decided on"),
                                        tr("Expires"), tr("How obtained"), tr("Recorded by")});
    m_record->setText(tr("&Record consent…"));
    m_record->setAccessibleName(tr("Record consent"));
    // The rows and the empty text hold translated words and dates: read again.
    // Once the vault has locked there is nothing to show (clear() was called).
    if (!m_holder.isLocked())
        reload();
}

void ConsentPanel::setPerson(qint64 personId, const QString& pseudonym, bool canRecord)
{
    m_personId = personId;
    m_pseudonym = pseudonym;
    m_record->setVisible(canRecord && personId != 0);
    reload();
}

int ConsentPanel::decisionCount() const
{
    return m_table->rowCount();
}

void ConsentPanel::clear()
{
    m_table->setRowCount(0);
}

void ConsentPanel::reload()
{
    clear();
    if (m_personId == 0) {
        m_emptyText->setText(tr("Save the person first; then record what they agreed to."));
        m_stack->setCurrentWidget(m_emptyText);
        return;
    }
    std::vector<Consent> history;
    try {
        history = ConsentService(m_holder.session()).history(m_personId);
    } catch (const Error& error) {
        m_emptyText->setText(error.message());
        m_stack->setCurrentWidget(m_emptyText);
        return;
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(history.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Consent& c = history[static_cast<std::size_t>(row)];
        m_table->setItem(row, PurposeColumn,
                         item(termLabel(Vocabulary::ConsentPurpose, c.purpose)));
        m_table->setItem(row, DecisionColumn, item(termLabel(Vocabulary::ConsentStatus, c.status)));
        m_table->setItem(row, DecidedColumn,
                         item(locale.toString(c.decidedOn, fullYearDateFormat())));
        m_table->setItem(row, ExpiresColumn,
                         item(c.expiresOn ? locale.toString(*c.expiresOn, fullYearDateFormat())
                                          //: A consent decision without an expiry date.
                                          : tr("Does not expire")));
        m_table->setItem(row, MethodColumn, item(c.method));
        QTableWidgetItem* recorded = item(c.recordedBy);
        //: Who recorded a consent decision, and when.
        recorded->setToolTip(tr("%1 on %2")
                                 .arg(c.recordedBy, locale.toString(c.recordedAt.toLocalTime(),
                                                                    fullYearDateFormat())));
        m_table->setItem(row, RecordedByColumn, recorded);
    }
    if (history.empty()) {
        m_emptyText->setText(
            tr("No consent is recorded for %1. Without a recorded decision, exports treat every "
               "use as not allowed.")
                .arg(m_pseudonym));
        m_stack->setCurrentWidget(m_emptyText);
    } else {
        // No stale words wait behind the table for the next language.
        m_emptyText->clear();
        m_stack->setCurrentWidget(m_table);
    }
}

void ConsentPanel::recordConsent()
{
    auto* dialog = new RecordConsentDialog(m_holder, m_personId, m_pseudonym, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordConsentDialog::recorded, this, [this] {
        reload();
        Q_EMIT consentRecorded();
    });
    dialog->open();
}

} // namespace ui
} // namespace amparo
