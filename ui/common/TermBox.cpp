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
    for (int index = 0; index < combo->count(); ++index) {
        const QString name = combo->itemData(index).toString();
        if (isTerm(vocabulary, name))
            combo->setItemText(index, termLabel(vocabulary, name));
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
