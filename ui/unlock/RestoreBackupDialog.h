#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class BusyIndicator;
class ErrorLabel;

// Restores a backup file into a new vault folder (on this or another
// machine). It needs no passphrase: the restored vault opens with the
// passphrases it had when it was backed up.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(QWidget* parent = nullptr);

    // The folder of the restored vault, once restoring succeeded.
    QString restoredDirectory() const { return m_restored; }

private:
    void chooseFile();
    void chooseFolder();
    void restore();
    void updateButton();

    QLineEdit* m_file;
    QLineEdit* m_folder;
    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore;
    QString m_restored;
};

} // namespace ui
} // namespace amparo
