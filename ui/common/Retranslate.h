#pragma once

#include <functional>

class QAbstractItemModel;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QString;
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

// Names again, in Qt's own words for the current language, the buttons that
// scroll the tab bars inside `tabs` when their tabs do not fit: Qt names them
// once, when a bar is made, and not when the language changes.
void retranslateTabScrollButtons(QWidget& tabs);

// Gives a standard button of `box` (OK …) the text `text()` now and after
// every change of language. QDialogButtonBox gives its standard buttons Qt's
// own words again when the language changes, before or after the dialog's
// retranslate(): without this, "&Create" could turn back into "OK".
void keepButtonText(QDialogButtonBox& box, QPushButton* button, std::function<QString()> text);

} // namespace ui
} // namespace amparo
