#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;

namespace amparo {
namespace ui {

// A date that may be unknown: a check box says whether it is known, and
// the date field is usable only then. QDateEdit alone cannot be empty.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    // `accessibleName` names the date for screen readers and tests.
    OptionalDateEdit(const QString& accessibleName, QWidget* parent = nullptr);

    // Names the date again (the owner's language changed).
    void setDateName(const QString& accessibleName);

    std::optional<QDate> date() const;
    void setDate(const std::optional<QDate>& date);
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* knownBox() const { return m_known; }

Q_SIGNALS:
    void dateChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_name;
    QCheckBox* m_known;
    QDateEdit* m_date;
};

} // namespace ui
} // namespace amparo
