#include "db/Database.h"
#include "db/migrations/Migrations.h"

namespace amparo {
namespace db {

// Version 3: the case side of the domain (PRODUCT §2) — organisations,
// people and their consent, cases with their workflow, people in cases,
// violations with Istanbul-Protocol findings, interventions, assistance,
// attachments, tasks, and the full-text index. CHECK constraints repeat the
// services' validation as a last line of defence; the services give the
// messages people read.
void upgradeToV3(Database& db)
{
    db.execute(R"(CREATE TABLE organisations (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('member', 'partner', 'provider', 'donor', 'authority', 'mechanism')),
        country    TEXT,
        contact    TEXT NOT NULL DEFAULT '',
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))");

    db.execute(R"(CREATE TABLE people (
        id              INTEGER PRIMARY KEY,
        pseudonym       TEXT NOT NULL UNIQUE,
        external_id     TEXT UNIQUE,
        full_name       TEXT NOT NULL,
        sex             TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        birth_date      TEXT,
        birth_year      INTEGER,
        nationality     TEXT,
        country         TEXT,
        languages       TEXT NOT NULL DEFAULT '',
        roles           TEXT NOT NULL,
        woman_defender  INTEGER NOT NULL DEFAULT 0,
        vulnerabilities TEXT NOT NULL DEFAULT '',
        affiliation_id  INTEGER REFERENCES organisations(id),
        phone           TEXT NOT NULL DEFAULT '',
        phone_key       TEXT NOT NULL DEFAULT '',
        email           TEXT NOT NULL DEFAULT '',
        address         TEXT NOT NULL DEFAULT '',
        notes           TEXT NOT NULL DEFAULT '',
        name_key        TEXT NOT NULL,
        anonymised_at   TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL))");
    db.execute("CREATE INDEX people_name_key ON people (name_key, birth_year)");
    db.execute("CREATE INDEX people_phone ON people (phone_key) WHERE phone_key <> ''");
    db.execute("CREATE INDEX people_email ON people (email) WHERE email <> ''");

    db.execute(R"(CREATE TABLE consents (
        id          INTEGER PRIMARY KEY,
        person_id   INTEGER NOT NULL REFERENCES people(id),
        purpose     TEXT NOT NULL CHECK (purpose IN ('case_management', 'partner_sharing', 'mechanisms', 'urgent_appeal', 'media')),
        status      TEXT NOT NULL CHECK (status IN ('given', 'refused', 'withdrawn')),
        decided_on  TEXT NOT NULL,
        expires_on  TEXT,
        method      TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL))");
    db.execute("CREATE INDEX consents_person ON consents (person_id, purpose, decided_on)");

    db.execute(R"(CREATE TABLE sequences (
        name TEXT PRIMARY KEY NOT NULL,
        last INTEGER NOT NULL) WITHOUT ROWID)");

    db.execute(R"(CREATE TABLE cases (
        id                 INTEGER PRIMARY KEY,
        reference          TEXT NOT NULL UNIQUE,
        external_id        TEXT UNIQUE,
        title              TEXT NOT NULL,
        narrative          TEXT NOT NULL DEFAULT '',
        programme          TEXT NOT NULL CHECK (programme IN ('urgent_assistance', 'defenders', 'children', 'women', 'escr', 'mechanisms')),
        country            TEXT NOT NULL,
        place              TEXT NOT NULL DEFAULT '',
        incident_on        TEXT,
        reported_on        TEXT,
        opened_on          TEXT NOT NULL,
        closed_on          TEXT,
        referring_org_id   INTEGER REFERENCES organisations(id),
        priority           TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
        risk               TEXT NOT NULL DEFAULT '',
        restricted         INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
        status             TEXT NOT NULL CHECK (status IN ('intake', 'assessment', 'active', 'monitoring', 'closed', 'referred', 'rejected')),
        created_by         INTEGER NOT NULL REFERENCES users(id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL))");
    db.execute("CREATE INDEX cases_opened ON cases (opened_on DESC, id DESC)");
    db.execute("CREATE INDEX cases_status ON cases (status, opened_on DESC)");
    db.execute("CREATE INDEX cases_country ON cases (country, opened_on DESC)");
    db.execute("CREATE INDEX cases_programme ON cases (programme, opened_on DESC)");

    db.execute(R"(CREATE TABLE case_assignments (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (case_id, user_id)) WITHOUT ROWID)");
    db.execute("CREATE INDEX case_assignments_user ON case_assignments (user_id, case_id)");

    db.execute(R"(CREATE TABLE case_transitions (
        id          INTEGER PRIMARY KEY,
        case_id     INTEGER NOT NULL REFERENCES cases(id),
        from_status TEXT,
        to_status   TEXT NOT NULL,
        reason      TEXT NOT NULL,
        user_id     INTEGER NOT NULL REFERENCES users(id),
        at          TEXT NOT NULL))");
    db.execute("CREATE INDEX case_transitions_case ON case_transitions (case_id, id)");

    db.execute(R"(CREATE TABLE case_people (
        case_id          INTEGER NOT NULL REFERENCES cases(id),
        person_id        INTEGER NOT NULL REFERENCES people(id),
        role             TEXT NOT NULL CHECK (role IN ('victim', 'defender', 'family', 'witness', 'lawyer', 'perpetrator')),
        perpetrator_type TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, person_id, role)) WITHOUT ROWID)");
    db.execute("CREATE INDEX case_people_person ON case_people (person_id)");

    db.execute(R"(CREATE TABLE violations (
        id             INTEGER PRIMARY KEY,
        case_id        INTEGER NOT NULL REFERENCES cases(id),
        victim_id      INTEGER REFERENCES people(id),
        type           TEXT NOT NULL,
        occurred_on    TEXT,
        date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
        place          TEXT NOT NULL DEFAULT '',
        perpetrators   TEXT NOT NULL DEFAULT '',
        consequences   TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL))");
    db.execute("CREATE INDEX violations_case ON violations (case_id, occurred_on)");

    db.execute(R"(CREATE TABLE medical_examinations (
        violation_id INTEGER PRIMARY KEY REFERENCES violations(id),
        examined_on  TEXT NOT NULL,
        examiner     TEXT NOT NULL))");
    db.execute(R"(CREATE TABLE medical_findings (
        id           INTEGER PRIMARY KEY,
        violation_id INTEGER NOT NULL REFERENCES medical_examinations(violation_id),
        kind         TEXT NOT NULL CHECK (kind IN ('physical', 'psychological')),
        description  TEXT NOT NULL,
        consistency  TEXT NOT NULL CHECK (consistency IN ('not_consistent', 'consistent', 'highly_consistent', 'typical', 'diagnostic'))))");
    db.execute("CREATE INDEX medical_findings_violation ON medical_findings (violation_id)");

    db.execute(R"(CREATE TABLE interventions (
        id                INTEGER PRIMARY KEY,
        case_id           INTEGER NOT NULL REFERENCES cases(id),
        kind              TEXT NOT NULL,
        sent_on           TEXT NOT NULL,
        addressee         TEXT NOT NULL,
        addressee_org_id  INTEGER REFERENCES organisations(id),
        reference         TEXT NOT NULL DEFAULT '',
        response_on       TEXT,
        response          TEXT NOT NULL DEFAULT '',
        outcome           TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL))");
    db.execute("CREATE INDEX interventions_case ON interventions (case_id, sent_on)");

    db.execute(R"(CREATE TABLE assistance (
        id              INTEGER PRIMARY KEY,
        case_id         INTEGER NOT NULL REFERENCES cases(id),
        person_id       INTEGER REFERENCES people(id),
        type            TEXT NOT NULL CHECK (type IN ('legal', 'medical', 'psychosocial', 'relocation', 'social', 'accompaniment')),
        description     TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'in_progress', 'completed', 'cancelled')),
        provider_org_id INTEGER REFERENCES organisations(id),
        requested_on    TEXT NOT NULL,
        started_on      TEXT,
        completed_on    TEXT,
        outcome         TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL))");
    db.execute("CREATE INDEX assistance_case ON assistance (case_id)");

    db.execute(R"(CREATE TABLE attachments (
        id         INTEGER PRIMARY KEY,
        owner_type TEXT NOT NULL CHECK (owner_type IN ('person', 'case', 'violation', 'assistance', 'grant', 'disbursement')),
        owner_id   INTEGER NOT NULL,
        file_name  TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size       INTEGER NOT NULL,
        sha256     BLOB NOT NULL,
        added_by   INTEGER NOT NULL REFERENCES users(id),
        added_at   TEXT NOT NULL))");
    db.execute("CREATE INDEX attachments_owner ON attachments (owner_type, owner_id)");
    // Contents apart, so that listing attachments never reads megabytes.
    db.execute(R"(CREATE TABLE attachment_contents (
        attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
        content       BLOB NOT NULL))");

    db.execute(R"(CREATE TABLE tasks (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        due_on      TEXT NOT NULL,
        assignee_id INTEGER NOT NULL REFERENCES users(id),
        owner_type  TEXT NOT NULL DEFAULT '',
        owner_id    INTEGER,
        case_id     INTEGER REFERENCES cases(id),
        done_on     TEXT,
        created_by  INTEGER NOT NULL REFERENCES users(id),
        created_at  TEXT NOT NULL))");
    db.execute("CREATE INDEX tasks_open ON tasks (done_on, due_on)");
    db.execute("CREATE INDEX tasks_case ON tasks (case_id)");

    // Search text is normalised by the core (case, diacritics, Arabic
    // letter variants) before it is indexed and before it is queried.
    db.execute(R"(CREATE VIRTUAL TABLE case_search USING fts4(
        reference, title, narrative, people, organisations,
        tokenize=unicode61, prefix="2,3"))");
    db.execute(R"(CREATE VIRTUAL TABLE person_search USING fts4(
        names, tokenize=unicode61, prefix="2,3"))");

    db.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('person_pseudonym_prefix', 'P')");
}

} // namespace db
} // namespace amparo
