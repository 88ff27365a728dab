#include "cases/AddCasePersonDialog.h"

#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

constexpr int kSearchPauseMs = 200;
constexpr int kResultLimit = 50;

} // namespace

AddCasePersonDialog::AddCasePersonDialog(SessionAccess session, qint64 caseId, NewPerson newPerson,
                                         QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_caseId(caseId),
      m_newPerson(std::move(newPerson)), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_role(termBox(Vocabulary::PersonRole, tr("Role in the case"), this)),
      m_perpetratorType(termBox(Vocabulary::PerpetratorType, tr("Perpetrator type"), this)),
      m_error(new ErrorLabel(this)), m_pause(new QTimer(this))
{
    setWindowTitle(tr("Add a person to the case"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Name or pseudonym"));
    m_search->setClearButtonEnabled(true);
    m_results->setAccessibleName(tr("People found"));
    m_perpetratorType->insertItem(0, tr("(unknown)"), QString());
    m_perpetratorType->setCurrentIndex(0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    form->addRow(m_results);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Perpetrator type:"), m_perpetratorType);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add to the case"), QDialogButtonBox::AcceptRole);
    if (m_newPerson) {
        QPushButton* create = buttons->addButton(tr("&New person…"), QDialogButtonBox::ActionRole);
        create->setAccessibleName(tr("Record a new person"));
        connect(create, &QPushButton::clicked, this, [this] {
            m_newPerson(this, [dialog = QPointer(this)](qint64 personId) {
                if (dialog)
                    dialog->choosePerson(personId);
            });
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCasePersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddCasePersonDialog::reject);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &AddCasePersonDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &AddCasePersonDialog::updateControls);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &AddCasePersonDialog::accept);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddCasePersonDialog::updateControls);
    trackDecryptedData(this, [this] { return m_results->count(); });
    search();
    updateControls();
    resize(520, 480);
}

void AddCasePersonDialog::searchNow()
{
    m_pause->stop();
    search();
}

int AddCasePersonDialog::resultCount() const
{
    return m_results->count();
}

void AddCasePersonDialog::choosePerson(qint64 personId)
{
    m_search->setText(PersonService(m_session()).get(personId).pseudonym);
    searchNow();
}

void AddCasePersonDialog::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    PersonService people(m_session());
    const std::vector<Person> found =
        text.isEmpty() ? people.list(0, kResultLimit) : people.search(text, kResultLimit);
    for (const Person& person : found) {
        const QString label = person.fullName.isEmpty()
                                  ? person.pseudonym
                                  : tr("%1 — %2").arg(person.pseudonym, person.fullName);
        auto* item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, person.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    updateControls();
}

void AddCasePersonDialog::updateControls()
{
    m_add->setEnabled(m_results->currentItem() != nullptr);
    m_perpetratorType->setEnabled(m_role->currentData().toString() == QLatin1String("perpetrator"));
}

void AddCasePersonDialog::accept()
{
    const QListWidgetItem* chosen = m_results->currentItem();
    if (!chosen) {
        m_error->showError(tr("Choose a person first, or record a new one."));
        return;
    }
    try {
        CaseService(m_session())
            .addPerson(m_caseId, chosen->data(Qt::UserRole).toLongLong(),
                       m_role->currentData().toString(),
                       m_perpetratorType->isEnabled() ? m_perpetratorType->currentData().toString()
                                                      : QString());
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
