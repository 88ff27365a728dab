#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace amparo {
namespace ui {

// The records of a case tab as a table, or — when there are none — a
// sentence saying what to do to add the first one. The owner names the
// table and sets that sentence, in its language.
class RecordListView : public QStackedWidget
{
    Q_OBJECT

public:
    explicit RecordListView(QAbstractItemModel* model, QWidget* parent = nullptr);

    void setEmptyText(const QString& text);
    QTableView* table() const { return m_table; }
    // The selected row of the model, or -1.
    int currentRow() const;
    void selectRow(int row);

Q_SIGNALS:
    void currentRowChanged(int row);
    void rowActivated(int row);

private:
    void showTableOrEmptyText();

    QTableView* m_table;
    QLabel* m_emptyText;
};

} // namespace ui
} // namespace amparo
