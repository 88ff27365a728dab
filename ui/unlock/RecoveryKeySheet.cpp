#include "unlock/RecoveryKeySheet.h"

#include "common/Warning.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace amparo {
namespace ui {

RecoveryKeySheet::RecoveryKeySheet(QString vaultDirectory, QObject* parent)
    : QObject(parent), m_vaultDirectory(std::move(vaultDirectory))
{}

RecoveryKeySheet::~RecoveryKeySheet() = default;

std::unique_ptr<QTextDocument> RecoveryKeySheet::document(const SecureBytes& key) const
{
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const QString html =
        QStringLiteral("<h1>%1</h1><p>%2<br>%3</p>"
                       "<p style=\"font-family:'%4'; font-size:20pt; font-weight:bold\">%5</p>"
                       "<p>%6</p><p>%7</p><p>%8</p>")
            .arg(tr("Amparo recovery key").toHtmlEscaped(),
                 tr("Vault: %1").arg(QDir::toNativeSeparators(m_vaultDirectory)).toHtmlEscaped(),
                 tr("Created: %1")
                     .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                     .toHtmlEscaped(),
                 mono.toHtmlEscaped(),
                 QString::fromLatin1(key.chars(), static_cast<qsizetype>(key.size())),
                 tr("This key opens the vault above if every administrator passphrase is lost, "
                    "and lets you set a new one. Letters are not case-sensitive; O and 0, I, L "
                    "and 1 are read as the same.")
                     .toHtmlEscaped(),
                 tr("Anyone who holds this sheet and a copy of the vault can read everything in "
                    "it. Keep it locked away, apart from the computer and from any backup of the "
                    "vault.")
                     .toHtmlEscaped(),
                 tr("Do not photograph, scan or e-mail this sheet.").toHtmlEscaped());
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(11);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}

bool RecoveryKeySheet::print(QWidget* parent, const SecureBytes& key) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Amparo recovery key"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document(key)->print(&printer);
    return true;
}

QString RecoveryKeySheet::saveAsPdf(QWidget* parent, const SecureBytes& key) const
{
    QString file = QFileDialog::getSaveFileName(
        parent, tr("Save the recovery key as PDF"),
        QDir::home().filePath(tr("Amparo recovery key.pdf")), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return {};
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        file += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setDocName(tr("Amparo recovery key"));
    document(key)->print(&printer);
    if (!QFileInfo::exists(file)) {
        showWarning(parent,
                    tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(file)));
        return {};
    }
    return file;
}

} // namespace ui
} // namespace amparo
