#include "cases/AddCasePersonDialog.h"

#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
// What a found person is shown by.
constexpr int kPseudonymRole = Qt::UserRole + 1;
constexpr int kFullNameRole = Qt::UserRole + 2;

} // namespace

AddCasePersonDialog::AddCasePersonDialog(SessionAccess session, qint64 caseId, NewPerson newPerson,
                                         QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_caseId(caseId),
      m_newPerson(std::move(newPerson)), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_role(termBox(Vocabulary::PersonRole, QString(), this)),
      m_perpetratorType(termBox(Vocabulary::PerpetratorType, QString(), this)),
      m_error(new ErrorLabel(this)), m_pause(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_perpetratorType->insertItem(0, QString(), QString());
    m_perpetratorType->setCurrentIndex(0);

    auto* form = new QFormLayout;
    m_searchLabel = addFormRow(*form, m_search);
    form->addRow(m_results);
    m_roleLabel = addFormRow(*form, m_role);
    m_perpetratorTypeLabel = addFormRow(*form, m_perpetratorType);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    if (m_newPerson) {
        m_create = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        connect(m_create, &QPushButton::clicked, this, [this] {
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
    retranslate();
    search();
    updateControls();
    resize(520, 480);
}

void AddCasePersonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddCasePersonDialog::retranslate()
{
    setWindowTitle(tr("Add a person to the case"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Name or pseudonym"));
    m_results->setAccessibleName(tr("People found"));
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem* item = m_results->item(row);
        item->setText(personText(item->data(kPseudonymRole).toString(),
                                 item->data(kFullNameRole).toString()));
    }
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role in the case"));
    retranslateTerms(m_role, Vocabulary::PersonRole);
    m_perpetratorTypeLabel->setText(tr("&Perpetrator type:"));
    m_perpetratorType->setAccessibleName(tr("Perpetrator type"));
    //: An alleged perpetrator whose type (police, army …) is not known.
    m_perpetratorType->setItemText(0, tr("(unknown)"));
    retranslateTerms(m_perpetratorType, Vocabulary::PerpetratorType);
    m_add->setText(tr("&Add to the case"));
    if (m_create) {
        m_create->setText(tr("&New person…"));
        m_create->setAccessibleName(tr("Record a new person"));
    }
}

QString AddCasePersonDialog::personText(const QString& pseudonym, const QString& fullName)
{
    return fullName.isEmpty() ? pseudonym : tr("%1 — %2").arg(pseudonym, fullName);
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
        auto* item = new QListWidgetItem(personText(person.pseudonym, person.fullName), m_results);
        item->setData(Qt::UserRole, person.id);
        item->setData(kPseudonymRole, person.pseudonym);
        item->setData(kFullNameRole, person.fullName);
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
