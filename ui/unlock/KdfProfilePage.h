#pragma once

#include "vault/Kdf.h"

#include <QWizardPage>

class QButtonGroup;
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

private:
    void addChoice(QVBoxLayout* layout, KdfProfile profile, const QString& name,
                   const QString& explanation);

    QButtonGroup* m_choices;
};

} // namespace ui
} // namespace amparo
