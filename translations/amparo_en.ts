<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>amparo::CaseSummary</name>
    <message numerus="yes">
        <source>%n people withheld: no consent to publication.</source>
        <translation><numerusform>%n person withheld: no consent to publication.</numerusform><numerusform>%n people withheld: no consent to publication.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to share.</source>
        <translation><numerusform>%n person withheld: no consent to share.</numerusform><numerusform>%n people withheld: no consent to share.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reversed disbursement(s) not counted in the totals.</source>
        <translation><numerusform>%n reversed disbursement not counted in the totals.</numerusform><numerusform>%n reversed disbursements not counted in the totals.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to publication.</source>
        <translation><numerusform>%n violation withheld: no consent to publication.</numerusform><numerusform>%n violations withheld: no consent to publication.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to share.</source>
        <translation><numerusform>%n violation withheld: no consent to share.</numerusform><numerusform>%n violations withheld: no consent to share.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to publication.</source>
        <translation><numerusform>%n assistance record withheld: no consent to publication.</numerusform><numerusform>%n assistance records withheld: no consent to publication.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to share.</source>
        <translation><numerusform>%n assistance record withheld: no consent to share.</numerusform><numerusform>%n assistance records withheld: no consent to share.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of withheld records not listed.</source>
        <translation><numerusform>%n file of withheld records not listed.</numerusform><numerusform>%n files of withheld records not listed.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::DemoGenerator</name>
    <message numerus="yes">
        <source>This vault already holds %n case(s) or person(s); demo data goes only into a new, empty vault.</source>
        <translation><numerusform>This vault already holds %n case or person; demo data goes only into a new, empty vault.</numerusform><numerusform>This vault already holds %n cases or people; demo data goes only into a new, empty vault.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This vault already has %n fund(s); demo data goes only into a new vault.</source>
        <translation><numerusform>This vault already has %n fund; demo data goes only into a new vault.</numerusform><numerusform>This vault already has %n funds; demo data goes only into a new vault.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n character(s).</source>
        <translation><numerusform>The passphrase is too short: use at least %n character.</numerusform><numerusform>The passphrase is too short: use at least %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation><numerusform>Too many failed attempts: wait %n second before trying again.</numerusform><numerusform>Too many failed attempts: wait %n seconds before trying again.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation><numerusform>This violation has %n attached file; remove them before removing the violation.</numerusform><numerusform>This violation has %n attached files; remove them before removing the violation.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseList</name>
    <message numerus="yes">
        <source>%n keystroke(s)</source>
        <translation><numerusform>%n keystroke</numerusform><numerusform>%n keystrokes</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseTabs</name>
    <message numerus="yes">
        <source>%n case(s) across the years</source>
        <translation><numerusform>%n case across the years</numerusform><numerusform>%n cases across the years</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::Exports</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::FundPositions</name>
    <message numerus="yes">
        <source>6. Fund positions at a date, %n fund(s)</source>
        <translation><numerusform>6. Fund positions at a date, %n fund</numerusform><numerusform>6. Fund positions at a date, %n funds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation><numerusform>%n run</numerusform><numerusform>%n runs</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::Memory</name>
    <message numerus="yes">
        <source>case list showing %n row(s)</source>
        <translation><numerusform>case list showing %n row</numerusform><numerusform>case list showing %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::bench::Plaintext</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Bench</name>
    <message numerus="yes">
        <source>Machine: %1, %n core(s), %2 GB RAM</source>
        <translation><numerusform>Machine: %1, %n core, %2 GB RAM</numerusform><numerusform>Machine: %1, %n cores, %2 GB RAM</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scale: %1 cases, %2 postings; each figure the median of %n repetition(s)</source>
        <translation><numerusform>Scale: %1 cases, %2 postings; each figure the median of %n repetition</numerusform><numerusform>Scale: %1 cases, %2 postings; each figure the median of %n repetitions</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation><numerusform>Warning: %n failed attempt to open this account since its last login.</numerusform><numerusform>Warning: %n failed attempts to open this account since its last login.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportCsv</name>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation><numerusform>Exported %n row of %1 to %2.</numerusform><numerusform>Exported %n rows of %1 to %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grant</name>
    <message numerus="yes">
        <source>, %n receipt(s)</source>
        <translation><numerusform>, %n receipt</numerusform><numerusform>, %n receipts</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Import</name>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation><numerusform>%n problem in %1; nothing was imported.</numerusform><numerusform>%n problems in %1; nothing was imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Ledger</name>
    <message numerus="yes">
        <source>Journal of %n transaction(s) written to %1.</source>
        <translation><numerusform>Journal of %n transaction written to %1.</numerusform><numerusform>Journal of %n transactions written to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation><numerusform>database integrity: %n problem</numerusform><numerusform>database integrity: %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation><numerusform>audit trail: ok, %n entry, head %1</numerusform><numerusform>audit trail: ok, %n entries, head %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n transaction(s), each balanced</source>
        <translation><numerusform>ledger: ok, %n transaction, each balanced</numerusform><numerusform>ledger: ok, %n transactions, each balanced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>ledger: %n problem(s)</source>
        <translation><numerusform>ledger: %n problem</numerusform><numerusform>ledger: %n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::ApprovalQueue</name>
    <message numerus="yes">
        <source>%n request(s) awaiting approval</source>
        <translation><numerusform>%n request awaiting approval</numerusform><numerusform>%n requests awaiting approval</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPage</name>
    <message numerus="yes">
        <source>The newest %1 of %n entries are shown.</source>
        <translation><numerusform>The newest %1 of %n entry is shown.</numerusform><numerusform>The newest %1 of %n entries are shown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation><numerusform>%n entry, newest first.</numerusform><numerusform>%n entries, newest first.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation><numerusform>Intact: %n entry checked, none altered (at %1).</numerusform><numerusform>Intact: %n entries checked, none altered (at %1).</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesPage</name>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation><numerusform>%n case matches</numerusform><numerusform>%n cases match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::DuplicateWarning</name>
    <message numerus="yes">
        <source>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</source>
        <translation><numerusform>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</numerusform><numerusform>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1. It may be the same person as %2: compare the two records.</source>
        <translation><numerusform>Saved as %1. It may be the same person as %2: compare the two records.</numerusform><numerusform>Saved as %1. It may be the same person as %2: compare the two records.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsSection</name>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation><numerusform>%n grant</numerusform><numerusform>%n grants</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalPage</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::MainWindow</name>
    <message numerus="yes">
        <source>Unlocked · locks after %n minute(s) without activity</source>
        <translation><numerusform>Unlocked · locks after %n minute without activity</numerusform><numerusform>Unlocked · locks after %n minutes without activity</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation><numerusform>%n failed attempt to open your account since your last login. If that was not you, tell an administrator.</numerusform><numerusform>%n failed attempts to open your account since your last login. If that was not you, tell an administrator.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n day(s) old. Use Vault › Back up the vault…</source>
        <translation><numerusform>The last backup of this vault is %n day old. Use Vault › Back up the vault…</numerusform><numerusform>The last backup of this vault is %n days old. Use Vault › Back up the vault…</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>At least %n character(s). Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation><numerusform>At least %n character. Several unrelated words make a passphrase that is both strong and easy to remember.</numerusform><numerusform>At least %n characters. Several unrelated words make a passphrase that is both strong and easy to remember.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationsPage</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation><numerusform>%n organisation</numerusform><numerusform>%n organisations</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message numerus="yes">
        <source>Use at least %n character(s). A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation><numerusform>Use at least %n character. A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</numerusform><numerusform>Use at least %n characters. A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message numerus="yes">
        <source>Too short (at least %n character(s))</source>
        <translation><numerusform>Too short (at least %n character)</numerusform><numerusform>Too short (at least %n characters)</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::PeoplePage</name>
    <message numerus="yes">
        <source>The first %n matching people are listed; type more of the name to narrow the search.</source>
        <translation><numerusform>The first matching person is listed; type more of the name to narrow the search.</numerusform><numerusform>The first %n matching people are listed; type more of the name to narrow the search.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation><numerusform>%n person matches</numerusform><numerusform>%n people match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::TasksPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationsTab</name>
    <message numerus="yes">
        <source>Medical record: examined on %1 by %2, %n finding(s). Open it with Medical record…</source>
        <translation><numerusform>Medical record: examined on %1 by %2, %n finding. Open it with Medical record…</numerusform><numerusform>Medical record: examined on %1 by %2, %n findings. Open it with Medical record…</numerusform></translation>
    </message>
</context>
</TS>