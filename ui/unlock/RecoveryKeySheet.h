#pragma once

#include "vault/SecureBytes.h"

#include <QObject>
#include <memory>

class QTextDocument;
class QWidget;

namespace amparo {
namespace ui {

// The printed page that holds a vault's recovery key, with what it is for.
class RecoveryKeySheet : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryKeySheet(QString vaultDirectory, QObject* parent = nullptr);
    ~RecoveryKeySheet() override;

    // Asks for a printer and prints; false when cancelled.
    bool print(QWidget* parent, const SecureBytes& key) const;
    // Asks for a file name and writes a PDF; returns its path, or empty.
    QString saveAsPdf(QWidget* parent, const SecureBytes& key) const;

private:
    std::unique_ptr<QTextDocument> document(const SecureBytes& key) const;

    QString m_vaultDirectory;
};

} // namespace ui
} // namespace amparo
