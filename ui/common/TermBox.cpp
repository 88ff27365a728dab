#include "common/TermBox.h"

#include "domain/Vocabulary.h"

#include <QComboBox>

namespace amparo {
namespace ui {

void addTerms(QComboBox* combo, Vocabulary vocabulary)
{
    for (const QString& name : termNames(vocabulary))
        combo->addItem(termLabel(vocabulary, name), name);
}

void retranslateTerms(QComboBox* combo, Vocabulary vocabulary)
{
    for (int item = 0; item < combo->count(); ++item) {
        const QString name = combo->itemData(item).toString();
        if (!name.isEmpty())
            combo->setItemText(item, termLabel(vocabulary, name));
    }
}

QComboBox* termBox(Vocabulary vocabulary, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    addTerms(combo, vocabulary);
    return combo;
}

} // namespace ui
} // namespace amparo
