#pragma once

class QAbstractItemModel;

namespace amparo {
namespace ui {

// Tells the views of `model` that every header and cell text may have
// changed. Models translate their words when they are read, so after the
// language changes at run time this is all they need; a model that keeps
// translated words from its last reload must reload instead.
void retranslateModel(QAbstractItemModel& model);

} // namespace ui
} // namespace amparo
