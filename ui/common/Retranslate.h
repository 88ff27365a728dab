#pragma once

class QAbstractItemModel;
class QTabBar;

namespace amparo {
namespace ui {

// Tells the views of `model` that every header and cell text may have
// changed. Models translate their words when they are read, so after the
// language changes at run time this is all they need; a model that keeps
// translated words from its last reload must reload instead.
void retranslateModel(QAbstractItemModel& model);

// Qt names the scroll buttons of a tab bar once, in the language of that
// moment, and never again; this names them anew from Qt's own translations.
// For every QTabBar or QTabWidget's bar, from its owner's retranslate().
void retranslateTabBar(QTabBar& bar);

} // namespace ui
} // namespace amparo
