<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseloadPage</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message numerus="yes">
        <source>(%n to fix)</source>
        <translation>
            <numerusform>(%n to fix)</numerusform>
            <numerusform>(%n to fix)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in this step</source>
        <translation>
            <numerusform>%n problem to fix in this step</numerusform>
            <numerusform>%n problems to fix in this step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message numerus="yes">
        <source>%1 runs over by %n minutes.</source>
        <translation>
            <numerusform>%1 runs over by %n minute.</numerusform>
            <numerusform>%1 runs over by %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. It cannot be recovered if you forget it.</source>
        <translation>
            <numerusform>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. It cannot be recovered if you forget it.</numerusform>
            <numerusform>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. It cannot be recovered if you forget it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must be at least %n characters.</numerusform>
            <numerusform>The passphrase must be at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
