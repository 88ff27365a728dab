<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::AssistanceService</name>
    <message>
        <source>The type of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person %1 is not a person of case %2; add them to the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistance cannot go from %1 to %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assistance with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::AtomicFile</name>
    <message>
        <source>The disk is full; %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unexpectedly large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::AttachmentService</name>
    <message>
        <source>The file name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; attachments may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the file &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its content no longer matches the SHA-256 recorded when it was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::AuditLog</name>
    <message>
        <source>entry #%1 (%2, %3 by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken: entry #%1 is missing (entries were deleted before %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken: %1 does not follow the entry before it (an entry was inserted, deleted or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken: %1 was modified after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::CaseService</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referring organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases can only be assigned to active caseworkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is not of the form PREFIX-YEAR-NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot go from %2 to %3; from %2 it can go to: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 already has a history; its status changes only through the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not have that role in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ConsentService</name>
    <message>
        <source>The purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Database</name>
    <message>
        <source>The disk is full; nothing was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not an Amparo database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written or opened: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2 (code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not active in this program; refusing to open the vault without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot change inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (checkpoint).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::DatabaseSalt</name>
    <message>
        <source>The vault&apos;s database file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file %1 is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::InterventionService</name>
    <message>
        <source>The kind of intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was sent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addressee organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intervention with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::KeySlot</name>
    <message>
        <source>Sealing the master key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot is damaged (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotFile</name>
    <message>
        <source>The key-slot file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has a malformed %2 field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 names an unknown kind of slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has an unexpected field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 uses an unknown key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has key derivation costs out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is far larger than a key-slot file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Amparo key-slot file, or of an unknown version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (the checksum line is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match (the file was cut short or edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault identity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotStore</name>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Amparo vault (no key-slot file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 There is no backup copy; restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The backup copy is damaged too: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::MedicalRecordService</name>
    <message>
        <source>A medical record can only be kept for torture, ill-treatment or sexual violence; this violation is recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the examination is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medical record holds at most %1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consistency of finding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::OrganisationService</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Permission</name>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read restricted cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 cannot %2 as the same person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::PersonService</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth %1 is not between 1900 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person at least one role (victim, defender, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliation refers to an organisation that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was anonymised and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::RecordOwner</name>
    <message>
        <source>The kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the kind &quot;%1&quot; cannot be linked to yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not part of any recovery key (only letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is too long: it has 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is too short: it has 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are admin, caseworker, fund_manager, finance and auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Schema</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Amparo (schema %1; this version knows up to %2). Update Amparo to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Session</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Settings</name>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference prefix must be 1 to 8 capital letters or digits, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Statement</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty SQL statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one SQL statement in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding parameter %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 of &quot;%2&quot; was not bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned rows where none were expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::TaskService</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date: %1 is not between 1900-01-01 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignee must be an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked record is missing its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked record belongs to another case than the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see the restricted case %2; assign them to the case before giving them a task in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::User</name>
    <message>
        <source>The user name must have 2 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain the letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::UserAdministration</name>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of removed users are not reused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable or remove yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known country code (use two letters, e.g. MX, PH, TN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2026-03-14 or 14/03/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Vault</name>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new location for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Amparo vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file in %1 belongs to another vault, or the database file was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not the one of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message>
        <source>The type of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precision of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the violation is given but its precision is &quot;unknown&quot;: choose day, month or year, or leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the violation is required unless its precision is &quot;unknown&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim %1 is not a person of case %2; add them to the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This violation has a medical record, which only torture, ill-treatment and sexual violence carry; remove the medical record before changing the type to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the medical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no violation with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::Vocabulary</name>
    <message>
        <source>Victim / survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human rights defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member / dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In exile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication to UN and regional mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication in an urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN or regional mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent assistance to victims of torture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of human rights defenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic, social and cultural rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring of protection mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cruel, inhuman or degrading treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrary arrest or detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extrajudicial execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats and intimidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defamation campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent appeal follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication to a UN special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication to a regional commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to an embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective accompaniment / solidarity visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Arguments</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 The vault was opened with the backup copy, which has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Info</name>
    <message>
        <source>the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amparo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher: %1 (SQLite %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Init</name>
    <message>
        <source>Unknown --kdf &quot;%1&quot;; use interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault %1 with the administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key — shown only now. Print it or write it down and keep it somewhere safe, away from this computer. It opens the vault if every passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;amparo-cli --help&quot; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: amparo-cli COMMAND [ARGUMENTS]

Commands:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (with the recovery key)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (database integrity and audit chain)
  info VAULT --user U              (versions, schema, users; no secrets)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (all rows or none; --dry-run lists every problem)
  export-csv VAULT --user U --kind cases|people --out FILE
                                   (grants and disbursements: not available yet)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (fills a new vault with synthetic data and users
                                   caseworker, caseworker2, fundmanager, finance,
                                   auditor; default 300 cases, seed 1; their passphrase
                                   is AMPARO_DEMO_PASSPHRASE or generated and printed;
                                   their --kdf is interactive unless given)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (newest first; the table shows 50 unless --limit,
                                   csv and json every match)

Roles: admin, caseworker, fund_manager, finance, auditor.

Secrets never come from arguments (they would show in `ps`):
  passphrase of --user (or of the new administrator for init):
      AMPARO_PASSPHRASE or --passphrase-fd N
  a new passphrase: AMPARO_NEW_PASSPHRASE or --new-passphrase-fd N
  the recovery key: AMPARO_RECOVERY_KEY or --recovery-key-fd N
  otherwise they are asked for on the terminal, without echo.

Exit status: 0 success, 1 refused or failed (with a one-line reason), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Passphrase</name>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret read from %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file descriptor number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret given: set %1 or use --%2 N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::TableWriter</name>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::User</name>
    <message>
        <source>the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user whose passphrase is reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed and the master key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the user command: add, list, passwd, disable, enable, remove, roles or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key was rotated; every remaining key slot opens the vault with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message>
        <source>a row of %1 refers to a missing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: the database has integrity problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::main</name>
    <message>
        <source>Case management for organisations assisting victims of torture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the user name &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AboutDialog</name>
    <message>
        <source>About Amparo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amparo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management for organisations assisting victims of torture and human rights defenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher (SQLite):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddUserDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving a key for the new user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person adds the other users and manages the vault. Caseworkers, fund managers and others are added once the vault exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: María López</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed at every login: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What others see in the vault&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AppController</name>
    <message>
        <source>The vault was locked at %1. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message>
        <source>Verify the audit &amp;trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in the vault is recorded in a chain where each entry seals the one before. Verifying recomputes the chain and finds any entry altered or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the audit trail verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been altered or damaged (checked at %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::BackgroundTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::BusyIndicator</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase takes effect the next time you open the vault. Other users are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the current passphrase and deriving the new key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a few seconds: the passphrase is turned into a key, and the new, encrypted vault is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key and creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to change the folder or the settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault — Amparo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::KdfProfilePage</name>
    <message>
        <source>How hard should guessing be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the vault is opened, the passphrase goes through deliberately slow work. A thief with a copy of the vault must repeat it for every guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fraction of a second and %1 MiB of memory. For old or small computers only: guessing is cheapest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balanced (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About one second and %1 MiB of memory on a typical laptop. A good protection for most organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several seconds and %1 MiB of memory. Every computer that opens this vault needs that much free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice applies to the administrator&apos;s passphrase. Passphrases set later, for new users or when changing one, use the balanced setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault; your passphrase is needed to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the window and lock the vault at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amparo — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks after %n minute(s) without activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Amparo — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the vault. Nobody can recover it for you: if it is lost, only the recovery key shown at the end can replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot see common words or personal details, which make any passphrase weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeyPage</name>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready. Store this key now: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator passphrase is lost, this key still opens the vault and lets you set a new passphrase. Anyone holding it and a copy of the vault can read everything in it, so keep it on paper, locked away and apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: print it or copy it to a USB stick kept in a safe, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Remember to move it off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeySheet</name>
    <message>
        <source>Amparo recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault above if every administrator passphrase is lost, and lets you set a new one. Letters are not case-sensitive; O and 0, I, L and 1 are read as the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who holds this sheet and a copy of the vault can read everything in it. Keep it locked away, apart from the computer and from any backup of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not photograph, scan or e-mail this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amparo recovery key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::SessionHolder</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault — Amparo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds the vault. Recently opened folders are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and passphrase. Everything in the vault stays encrypted until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected user can no longer open the vault until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultLocationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amparo keeps everything in one encrypted folder. Choose a new or empty folder, ideally on a disk that is itself encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the folder of the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder; Amparo never mixes its files with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is empty and will hold the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultOverviewPage</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
