#include "settings/PreferencesPanel.h"

#include "auth/Permission.h"
#include "common/AppSettings.h"
#include "common/ErrorLabel.h"
#include "common/LanguageBox.h"
#include "common/Retranslate.h"
#include "main/SessionHolder.h"
#include "settings/Settings.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

PreferencesPanel::PreferencesPanel(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_autoLock(new QSpinBox(this)),
      m_prefix(new QLineEdit(this)), m_threshold(new QLineEdit(this)),
      m_error(new ErrorLabel(this)), m_saved(new QLabel(this)), m_language(new LanguageBox(this)),
      m_languageNote(new QLabel(this))
{
    const bool canChange =
        auth::rolesAllow(holder.session().user().roles, auth::Permission::ManageSettings);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createVaultBox(canChange));
    layout->addWidget(createLanguageBox());
    layout->addStretch(1);
    retranslate();
    load();
}

void PreferencesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget* PreferencesPanel::createVaultBox(bool canChange)
{
    m_vaultBox = new QGroupBox(this);
    // The core's own bounds are checked on saving; the spin box only keeps typing numeric.
    m_autoLock->setRange(0, 99999);
    const int width = fontMetrics().averageCharWidth() * 16;
    for (QWidget* field : std::initializer_list<QWidget*>{m_autoLock, m_prefix, m_threshold})
        field->setMaximumWidth(width);
    m_saved->hide();

    auto* form = new QFormLayout;
    m_autoLockLabel = addFormRow(*form, m_autoLock);
    m_prefixLabel = addFormRow(*form, m_prefix);
    m_thresholdLabel = addFormRow(*form, m_threshold);
    auto* boxLayout = new QVBoxLayout(m_vaultBox);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    if (canChange) {
        m_save = new QPushButton(m_vaultBox);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_save);
        buttons->addWidget(m_saved);
        buttons->addStretch(1);
        boxLayout->addLayout(buttons);
        connect(m_save, &QPushButton::clicked, this, &PreferencesPanel::save);
    } else {
        m_autoLock->setReadOnly(true);
        m_autoLock->setButtonSymbols(QAbstractSpinBox::NoButtons);
        m_prefix->setReadOnly(true);
        m_threshold->setReadOnly(true);
        m_readOnlyNote = new QLabel(m_vaultBox);
        m_readOnlyNote->setWordWrap(true);
        boxLayout->addWidget(m_readOnlyNote);
    }
    return m_vaultBox;
}

QWidget* PreferencesPanel::createLanguageBox()
{
    m_languageBox = new QGroupBox(this);
    m_languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageLabel = addFormRow(*form, m_language);
    auto* boxLayout = new QVBoxLayout(m_languageBox);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_languageNote);
    return m_languageBox;
}

void PreferencesPanel::retranslate()
{
    m_vaultBox->setTitle(tr("For everyone using this vault"));
    m_autoLockLabel->setText(tr("&Lock after:"));
    //: After the number of minutes of the auto-lock time; the space separates it from the number.
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Auto-lock minutes"));
    m_autoLock->setToolTip(tr("The vault locks itself after this many minutes without activity."));
    m_prefixLabel->setText(tr("Case reference &prefix:"));
    m_prefix->setAccessibleName(tr("Case reference prefix"));
    m_prefix->setToolTip(tr("New cases are numbered with this prefix, such as HRD-2026-0042."));
    m_thresholdLabel->setText(tr("Approval &threshold:"));
    m_threshold->setAccessibleName(tr("Approval threshold"));
    m_threshold->setToolTip(
        tr("Grants above this amount need two approvals. New funds start with it, in their own "
           "currency."));
    m_saved->setAccessibleName(tr("Settings saved"));
    m_saved->setText(tr("Saved."));
    if (m_save) {
        m_save->setText(tr("&Save the vault settings"));
        m_save->setAccessibleName(tr("Save the vault settings"));
    }
    if (m_readOnlyNote)
        m_readOnlyNote->setText(tr("Only an administrator can change these settings."));

    m_languageBox->setTitle(tr("On this computer"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_languageNote->setText(
        tr("The language changes at once, and the choice is kept for this computer."));
    m_languageNote->setAccessibleName(tr("When the language changes"));
}

void PreferencesPanel::load()
{
    try {
        db::Database& database = m_holder.session().database();
        m_autoLock->setValue(int(settings::integer(database, settings::kAutoLockMinutes)));
        m_prefix->setText(settings::value(database, settings::kCaseReferencePrefix));
        m_threshold->setText(settings::approvalThresholdText(database));
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
}

void PreferencesPanel::save()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    m_saved->hide();
    try {
        Session& session = m_holder.session();
        settings::setAll(session,
                         {{settings::kAutoLockMinutes, QString::number(m_autoLock->value())},
                          {settings::kCaseReferencePrefix, m_prefix->text()},
                          {settings::kApprovalThresholdMinor,
                           settings::approvalThresholdFromText(m_threshold->text())}});
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    m_error->clearError();
    load();
    m_saved->show();
    Q_EMIT autoLockMinutesChanged(m_autoLock->value());
}

} // namespace ui
} // namespace amparo
