#pragma once

#include "vault/Kdf.h"

#include <QWizardPage>
#include <vector>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace amparo {
namespace ui {

// How expensive each guess at the passphrase is made: the Argon2id cost.
class KdfProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KdfProfilePage(QWidget* parent = nullptr);

    KdfProfile profile() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Choice
    {
        KdfProfile profile;
        QRadioButton* button;
        QLabel* explanation;
    };

    void retranslate();
    void addChoice(QVBoxLayout* layout, KdfProfile profile);
    QString choiceName(KdfProfile profile) const;
    QString choiceExplanation(KdfProfile profile) const;

    QButtonGroup* m_choices;
    std::vector<Choice> m_choiceWidgets;
    QLabel* m_note;
};

} // namespace ui
} // namespace amparo
