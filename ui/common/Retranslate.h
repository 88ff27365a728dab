#pragma once

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QWidget;

namespace amparo {
namespace ui {

// Tells the views of `model` that every header and cell text may have
// changed. Models translate their words when they are read, so after the
// language changes at run time this is all they need; a model that keeps
// translated words from its last reload must reload instead.
void retranslateModel(QAbstractItemModel& model);

// Adds `field` to `form` under a label of its own, returned so that the
// owner's retranslate() can set its text (with the mnemonic that focuses
// `field`). QFormLayout::addRow(QString, …) keeps no handle on its label.
QLabel* addFormRow(QFormLayout& form, QWidget* field);

} // namespace ui
} // namespace amparo
