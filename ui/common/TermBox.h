#pragma once

class QComboBox;
class QString;
class QWidget;

namespace amparo {
enum class Vocabulary;
}

namespace amparo {
namespace ui {

// Adds each term of `vocabulary` to `combo` by its label, holding its stable
// name as the item's data: what is stored is never what is shown.
void addTerms(QComboBox* combo, Vocabulary vocabulary);

// Shows the items of `combo` that hold a term of `vocabulary` by its label in
// the current language; other items (an "all" choice) are left to the owner.
void retranslateTerms(QComboBox* combo, Vocabulary vocabulary);

// A new combo of the terms, named for screen readers and tests.
QComboBox* termBox(Vocabulary vocabulary, const QString& accessibleName, QWidget* parent);

} // namespace ui
} // namespace amparo
