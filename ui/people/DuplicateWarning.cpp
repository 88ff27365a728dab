#include "people/DuplicateWarning.h"

#include "util/Error.h"

#include <QAccessible>
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
    m_text->setAccessibleName(tr("Possible duplicate"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &DuplicateWarning::check);
    hide();
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
    std::vector<PossibleDuplicate> duplicates;
    try {
        duplicates = m_lookup();
    } catch (const Error&) {
        // Only a hint: the save itself reports what is wrong.
    }
    if (duplicates.empty()) {
        clearWarning();
        return;
    }
    m_text->setText(tr("This may be someone already recorded: %1. Check before saving — you "
                       "can still save if it is another person.",
                       nullptr, static_cast<int>(duplicates.size()))
                        .arg(listOf(duplicates)));
    show();
    QAccessibleEvent event(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void DuplicateWarning::showSaved(const QString& pseudonym,
                                 const std::vector<PossibleDuplicate>& duplicates)
{
    m_pause->stop();
    if (duplicates.empty()) {
        clearWarning();
        return;
    }
    m_text->setText(tr("Saved as %1. It may be the same person as %2: compare the two records.",
                       nullptr, static_cast<int>(duplicates.size()))
                        .arg(pseudonym, listOf(duplicates)));
    show();
}

void DuplicateWarning::clearWarning()
{
    m_pause->stop();
    m_text->clear();
    hide();
}

QString DuplicateWarning::text() const
{
    return m_text->text();
}

} // namespace ui
} // namespace amparo
