#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amparo {
namespace demo {

// Small but valid files to attach: the core links only QtCore, so they are
// written by hand rather than through QImage or QPdfWriter.

// An 8×8 greyish-brown PNG, standing in for a photograph.
QByteArray tinyPng();

// A one-page PDF 1.4 with a title and a few lines in Helvetica. Text
// outside ASCII is replaced, as the standard fonts have no other glyphs.
QByteArray tinyPdf(const QString& title, const QStringList& lines);

} // namespace demo
} // namespace amparo
