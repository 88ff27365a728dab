#include "people/DuplicateWarning.h"

#include "util/Error.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace amparo {
namespace ui {

DuplicateWarning::DuplicateWarning(Lookup lookup, QWidget* parent)
    : QFrame(parent), m_lookup(std::move(lookup)), m_text(new QLabel(this)),
      m_pause(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A pale amber: noticed, not alarming.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    palette.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x10));
    setPalette(palette);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &DuplicateWarning::check);
    retranslate();
    hide();
}

void DuplicateWarning::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void DuplicateWarning::retranslate()
{
    m_text->setAccessibleName(tr("Possible duplicate"));
    if (m_duplicates.empty())
        return;
    // The reasons are the core's words: asked for again, they come in the new language.
    try {
        m_duplicates = m_lookup();
    } catch (const Error&) {
        // The reasons already found stay, in the language they were given in.
    }
    showDuplicates();
}

void DuplicateWarning::scheduleCheck()
{
    m_pause->start();
}

QString DuplicateWarning::listOf(const std::vector<PossibleDuplicate>& duplicates)
{
    QStringList items;
    for (const PossibleDuplicate& d : duplicates)
        //: A person who may be the same one, and why: "P-2026-00012 (same telephone number)".
        items << tr("%1 (%2)").arg(d.pseudonym, d.reason);
    return QLocale().createSeparatedList(items);
}

void DuplicateWarning::check()
{
    m_savedAs.clear();
    m_duplicates.clear();
    try {
        m_duplicates = m_lookup();
    } catch (const Error&) {
        // Only a hint: the save itself reports what is wrong.
    }
    showDuplicates();
    if (!m_duplicates.empty()) {
        QAccessibleEvent event(m_text, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void DuplicateWarning::showSaved(const QString& pseudonym,
                                 const std::vector<PossibleDuplicate>& duplicates)
{
    m_pause->stop();
    m_savedAs = pseudonym;
    m_duplicates = duplicates;
    showDuplicates();
}

void DuplicateWarning::showDuplicates()
{
    if (m_duplicates.empty()) {
        clearWarning();
        return;
    }
    const auto count = static_cast<int>(m_duplicates.size());
    if (m_savedAs.isEmpty())
        m_text->setText(tr("This may be someone already recorded: %1. Check before saving — you "
                           "can still save if it is another person.",
                           nullptr, count)
                            .arg(listOf(m_duplicates)));
    else
        m_text->setText(tr("Saved as %1. It may be the same person as %2: compare the two records.",
                           nullptr, count)
                            .arg(m_savedAs, listOf(m_duplicates)));
    show();
}

void DuplicateWarning::clearWarning()
{
    m_pause->stop();
    m_duplicates.clear();
    m_savedAs.clear();
    m_text->clear();
    hide();
}

QString DuplicateWarning::text() const
{
    return m_text->text();
}

} // namespace ui
} // namespace amparo
