#include "db/Database.h"
#include "db/migrations/Migrations.h"

namespace amparo {
namespace db {

// Version 4: the money side (PRODUCT §2) — funds and their donors, donor
// contributions, grants with budget lines, approvals and history,
// disbursements and refunds, and the double-entry ledger. The ledger is
// append-only: triggers refuse any change to a posted transaction or
// posting, and any posting dated inside a locked period.
void upgradeToV4(Database& db)
{
    db.execute(R"(CREATE TABLE funds (
        id                       INTEGER PRIMARY KEY,
        code                     TEXT NOT NULL UNIQUE,
        name                     TEXT NOT NULL,
        currency                 TEXT NOT NULL,
        annual_budget_minor      INTEGER NOT NULL CHECK (annual_budget_minor >= 0),
        approval_threshold_minor INTEGER NOT NULL CHECK (approval_threshold_minor >= 0),
        countries                TEXT NOT NULL DEFAULT '',
        programmes               TEXT NOT NULL DEFAULT '',
        assistance_types         TEXT NOT NULL DEFAULT '',
        notes                    TEXT NOT NULL DEFAULT '',
        active                   INTEGER NOT NULL DEFAULT 1,
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL))");
    db.execute(R"(CREATE TABLE fund_donors (
        fund_id         INTEGER NOT NULL REFERENCES funds(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (fund_id, organisation_id)) WITHOUT ROWID)");

    db.execute(R"(CREATE TABLE ledger_accounts (
        id      INTEGER PRIMARY KEY,
        name    TEXT NOT NULL UNIQUE,
        fund_id INTEGER REFERENCES funds(id)))");
    db.execute(R"(CREATE TABLE ledger_transactions (
        id          INTEGER PRIMARY KEY,
        posted_on   TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('contribution', 'commitment', 'disbursement', 'refund', 'release', 'reversal')),
        description TEXT NOT NULL,
        reverses_id INTEGER UNIQUE REFERENCES ledger_transactions(id),
        fund_id     INTEGER REFERENCES funds(id),
        grant_id    INTEGER REFERENCES grants(id),
        created_by  INTEGER NOT NULL REFERENCES users(id),
        created_at  TEXT NOT NULL))");
    db.execute(R"(CREATE TABLE ledger_postings (
        id           INTEGER PRIMARY KEY,
        txn_id       INTEGER NOT NULL REFERENCES ledger_transactions(id),
        account_id   INTEGER NOT NULL REFERENCES ledger_accounts(id),
        commodity    TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
        posted_on    TEXT NOT NULL))");
    db.execute("CREATE INDEX ledger_postings_txn ON ledger_postings (txn_id)");
    // Balances at a date read only this index.
    db.execute("CREATE INDEX ledger_postings_balance ON ledger_postings "
               "(account_id, commodity, posted_on, amount_minor)");
    db.execute("CREATE INDEX ledger_transactions_date ON ledger_transactions (posted_on)");
    db.execute("CREATE INDEX ledger_transactions_grant ON ledger_transactions (grant_id) "
               "WHERE grant_id IS NOT NULL");
    db.execute(R"(CREATE TABLE ledger_period_locks (
        id             INTEGER PRIMARY KEY,
        locked_through TEXT NOT NULL,
        reason         TEXT NOT NULL,
        locked_by      INTEGER NOT NULL REFERENCES users(id),
        locked_at      TEXT NOT NULL))");
    for (const char* table : {"ledger_transactions", "ledger_postings", "ledger_period_locks"}) {
        for (const char* act : {"UPDATE", "DELETE"}) {
            db.execute(QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT "
                                      "RAISE(ABORT, 'the ledger is append-only'); END")
                           .arg(QString::fromLatin1(table), QString::fromLatin1(act).toLower(),
                                QString::fromLatin1(act))
                           .toStdString());
        }
    }
    db.execute(R"(CREATE TRIGGER ledger_transactions_not_locked BEFORE INSERT ON ledger_transactions
        WHEN NEW.posted_on <= (SELECT max(locked_through) FROM ledger_period_locks)
        BEGIN SELECT RAISE(ABORT, 'the period is locked'); END)");
    db.execute(R"(CREATE TRIGGER ledger_postings_not_locked BEFORE INSERT ON ledger_postings
        WHEN NEW.posted_on <= (SELECT max(locked_through) FROM ledger_period_locks)
        BEGIN SELECT RAISE(ABORT, 'the period is locked'); END)");

    db.execute(R"(CREATE TABLE contributions (
        id               INTEGER PRIMARY KEY,
        fund_id          INTEGER NOT NULL REFERENCES funds(id),
        donor_id         INTEGER REFERENCES organisations(id),
        received_on      TEXT NOT NULL,
        amount_minor     INTEGER NOT NULL CHECK (amount_minor > 0),
        currency         TEXT NOT NULL,
        rate             TEXT,
        fund_amount_minor INTEGER NOT NULL CHECK (fund_amount_minor > 0),
        reference        TEXT NOT NULL DEFAULT '',
        txn_id           INTEGER NOT NULL REFERENCES ledger_transactions(id),
        recorded_by      INTEGER NOT NULL REFERENCES users(id),
        created_at       TEXT NOT NULL))");

    db.execute(R"(CREATE TABLE grants (
        id                      INTEGER PRIMARY KEY,
        reference               TEXT NOT NULL UNIQUE,
        fund_id                 INTEGER NOT NULL REFERENCES funds(id),
        case_id                 INTEGER NOT NULL REFERENCES cases(id),
        assistance_id           INTEGER REFERENCES assistance(id),
        beneficiary_person_id   INTEGER REFERENCES people(id),
        beneficiary_org_id      INTEGER REFERENCES organisations(id),
        purpose                 TEXT NOT NULL,
        justification           TEXT NOT NULL DEFAULT '',
        currency                TEXT NOT NULL,
        requested_minor         INTEGER NOT NULL CHECK (requested_minor > 0),
        approved_minor          INTEGER CHECK (approved_minor > 0 AND approved_minor <= requested_minor),
        status                  TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'returned', 'disbursing', 'disbursed', 'justified', 'closed', 'cancelled')),
        requested_by            INTEGER NOT NULL REFERENCES users(id),
        overcommit_reason       TEXT,
        overcommit_by           INTEGER REFERENCES users(id),
        submitted_on            TEXT,
        approved_on             TEXT,
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL))");
    db.execute("CREATE INDEX grants_status ON grants (status, fund_id)");
    db.execute("CREATE INDEX grants_case ON grants (case_id)");
    db.execute(R"(CREATE TABLE grant_lines (
        id           INTEGER PRIMARY KEY,
        grant_id     INTEGER NOT NULL REFERENCES grants(id),
        position     INTEGER NOT NULL,
        description  TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)))");
    db.execute("CREATE INDEX grant_lines_grant ON grant_lines (grant_id, position)");
    db.execute(R"(CREATE TABLE grant_approvals (
        grant_id     INTEGER NOT NULL REFERENCES grants(id),
        approver_id  INTEGER NOT NULL REFERENCES users(id),
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        comment      TEXT NOT NULL DEFAULT '',
        approved_at  TEXT NOT NULL,
        PRIMARY KEY (grant_id, approver_id)) WITHOUT ROWID)");
    db.execute(R"(CREATE TABLE grant_events (
        id        INTEGER PRIMARY KEY,
        grant_id  INTEGER NOT NULL REFERENCES grants(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        comment   TEXT NOT NULL DEFAULT '',
        user_id   INTEGER NOT NULL REFERENCES users(id),
        at        TEXT NOT NULL))");
    db.execute("CREATE INDEX grant_events_grant ON grant_events (grant_id, id)");

    db.execute(R"(CREATE TABLE disbursements (
        id                INTEGER PRIMARY KEY,
        grant_id          INTEGER NOT NULL REFERENCES grants(id),
        kind              TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
        paid_on           TEXT NOT NULL,
        amount_minor      INTEGER NOT NULL CHECK (amount_minor > 0),
        currency          TEXT NOT NULL,
        rate              TEXT,
        fund_amount_minor INTEGER NOT NULL CHECK (fund_amount_minor > 0),
        note              TEXT NOT NULL DEFAULT '',
        justify_by        TEXT,
        txn_id            INTEGER NOT NULL REFERENCES ledger_transactions(id),
        recorded_by       INTEGER NOT NULL REFERENCES users(id),
        created_at        TEXT NOT NULL))");
    db.execute("CREATE INDEX disbursements_grant ON disbursements (grant_id, paid_on)");
    db.execute("CREATE INDEX disbursements_txn ON disbursements (txn_id)");

    db.execute(R"(INSERT OR IGNORE INTO settings (key, value) VALUES
        ('justification_days', '60'))");
}

} // namespace db
} // namespace amparo
