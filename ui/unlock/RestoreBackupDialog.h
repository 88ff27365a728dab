#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFile();
    void chooseFolder();
    void restore();
    void showProgress();
    void updateButton();

    QLabel* m_intro;
    // Created in the order of the Tab key: each field, then its button.
    QLineEdit* m_file;
    QPushButton* m_browseFile;
    QLineEdit* m_folder;
    QPushButton* m_browseFolder;
    QLabel* m_fileLabel;
    QLabel* m_folderLabel;
    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore;
    bool m_restoring = false;
    QString m_restored;
};

} // namespace ui
} // namespace amparo
