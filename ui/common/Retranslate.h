#pragma once

class QAbstractItemModel;
class QTabWidget;

namespace amparo {
namespace ui {

// Tells the views of `model` that every header and cell text may have
// changed. Models translate their words when they are read, so after the
// language changes at run time this is all they need; a model that keeps
// translated words from its last reload must reload instead.
void retranslateModel(QAbstractItemModel& model);

// Names the scroll buttons of a tab widget's bar again: Qt names them once,
// when the bar is made, and never after a change of language.
void retranslateTabScrollButtons(QTabWidget& tabs);

} // namespace ui
} // namespace amparo
