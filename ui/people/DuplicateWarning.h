#pragma once

#include "people/Person.h"

#include <QFrame>
#include <functional>
#include <vector>

class QLabel;
class QTimer;

namespace amparo {
namespace ui {

// The calm, non-blocking note that the person being typed may already be
// recorded (PRODUCT §2: the caseworker decides). scheduleCheck() asks
// `lookup` — the core's possibleDuplicates — once typing pauses, so that each
// keystroke does not query the vault. Hidden while there is nothing to say.
class DuplicateWarning : public QFrame
{
    Q_OBJECT

public:
    using Lookup = std::function<std::vector<PossibleDuplicate>()>;

    explicit DuplicateWarning(Lookup lookup, QWidget* parent = nullptr);

    static constexpr int kPauseMs = 400;

    void scheduleCheck();
    // What the core found when the person was saved.
    void showSaved(const QString& pseudonym, const std::vector<PossibleDuplicate>& duplicates);
    void clearWarning();
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void check();
    // Says `m_duplicates`, or hides the note when there are none.
    void showDuplicates();
    static QString listOf(const std::vector<PossibleDuplicate>& duplicates);

    Lookup m_lookup;
    std::vector<PossibleDuplicate> m_duplicates;
    // The pseudonym just saved, when the note is the one shown after saving.
    QString m_savedAs;
    QLabel* m_text;
    QTimer* m_pause;
};

} // namespace ui
} // namespace amparo
