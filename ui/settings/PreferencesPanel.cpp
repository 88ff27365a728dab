#include "settings/PreferencesPanel.h"

#include "auth/Permission.h"
#include "common/AppSettings.h"
#include "common/ErrorLabel.h"
#include "common/LanguageBox.h"
#include "main/SessionHolder.h"
#include "settings/Settings.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
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
    load();
}

QWidget* PreferencesPanel::createVaultBox(bool canChange)
{
    auto* box = new QGroupBox(tr("For everyone using this vault"), this);
    // The core's own bounds are checked on saving; the spin box only keeps typing numeric.
    m_autoLock->setRange(0, 99999);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Auto-lock minutes"));
    m_autoLock->setToolTip(tr("The vault locks itself after this many minutes without activity."));
    m_prefix->setAccessibleName(tr("Case reference prefix"));
    m_prefix->setToolTip(tr("New cases are numbered with this prefix, such as HRD-2026-0042."));
    m_threshold->setAccessibleName(tr("Approval threshold"));
    m_threshold->setToolTip(
        tr("Grants above this amount need two approvals. New funds start with it, in their own "
           "currency."));
    const int width = fontMetrics().averageCharWidth() * 16;
    for (QWidget* field : std::initializer_list<QWidget*>{m_autoLock, m_prefix, m_threshold})
        field->setMaximumWidth(width);
    m_saved->setAccessibleName(tr("Settings saved"));
    m_saved->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(tr("Case reference &prefix:"), m_prefix);
    form->addRow(tr("Approval &threshold:"), m_threshold);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    if (canChange) {
        m_save = new QPushButton(tr("&Save the vault settings"), box);
        m_save->setAccessibleName(tr("Save the vault settings"));
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
        auto* note = new QLabel(tr("Only an administrator can change these settings."), box);
        note->setWordWrap(true);
        boxLayout->addWidget(note);
    }
    return box;
}

QWidget* PreferencesPanel::createLanguageBox()
{
    auto* box = new QGroupBox(tr("On this computer"), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("The language changes the next time Amparo starts."));
    m_languageNote->setAccessibleName(tr("When the language changes"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Lan&guage:"), m_language);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_languageNote);
    return box;
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
    m_saved->setText(tr("Saved."));
    m_saved->show();
    Q_EMIT autoLockMinutesChanged(m_autoLock->value());
}

} // namespace ui
} // namespace amparo
