#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace amparo {
namespace ui {

class SessionHolder;

// A person's consent decisions, newest first (ConsentService::history), and
// "Record consent…". Consent belongs to a saved person: before the first
// save the panel says so. The rows are decrypted data, dropped at lock.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentPanel(SessionHolder& holder, QWidget* parent = nullptr);

    // No id: a person not saved yet.
    void setPerson(qint64 personId, const QString& pseudonym, bool canRecord);
    void reload();
    void clear();
    int decisionCount() const;

Q_SIGNALS:
    void consentRecorded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recordConsent();

    SessionHolder& m_holder;
    qint64 m_personId = 0;
    QString m_pseudonym;
    QStackedWidget* m_stack;
    QTableWidget* m_table;
    QLabel* m_emptyText;
    QPushButton* m_record;
};

} // namespace ui
} // namespace amparo
