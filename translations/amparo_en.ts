<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::MainWindow</name>
    <message numerus="yes">
        <source>Unlocked · locks after %n minute(s) without activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
