<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsRecapStep</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
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
        <source>⚠ %n plan(s) could not be read and are left out of the week: %1</source>
        <translation>
            <numerusform>⚠ %n plan could not be read and is left out of the week: %1</numerusform>
            <numerusform>⚠ %n plans could not be read and are left out of the week: %1</numerusform>
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
    <name>FamilyHome</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not done yet)</source>
        <translation>
            <numerusform>(%n not done yet)</numerusform>
            <numerusform>(%n not done yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n team member</numerusform>
            <numerusform>%n team members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FidelityTab</name>
    <message numerus="yes">
        <source>%n goal(s) not tied to a need.</source>
        <translation>
            <numerusform>%n goal not tied to a need.</numerusform>
            <numerusform>%n goals not tied to a need.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) where the family asked for help but no goal takes them up.</source>
        <translation>
            <numerusform>%n need where the family asked for help but no goal takes it up.</numerusform>
            <numerusform>%n needs where the family asked for help but no goal takes them up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) without &quot;how will we know&quot; or with a target equal to today&apos;s rating.</source>
        <translation>
            <numerusform>%n goal without &quot;how will we know&quot; or with a target equal to today&apos;s rating.</numerusform>
            <numerusform>%n goals without &quot;how will we know&quot; or with a target equal to today&apos;s rating.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n six-month evaluation(s) missed or late.</source>
        <translation>
            <numerusform>%n six-month evaluation missed or late.</numerusform>
            <numerusform>%n six-month evaluations missed or late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s answers after the meetings are low on %n question(s): ask them what would help.</source>
        <translation>
            <numerusform>The family&apos;s answers after the meetings are low on %n question: ask them what would help.</numerusform>
            <numerusform>The family&apos;s answers after the meetings are low on %n questions: ask them what would help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The evaluation decided to adjust %n goal(s). Start the follow-up meeting that adjusts them now?</source>
        <translation>
            <numerusform>The evaluation decided to adjust %n goal. Start the follow-up meeting that adjusts it now?</numerusform>
            <numerusform>The evaluation decided to adjust %n goals. Start the follow-up meeting that adjusts them now?</numerusform>
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
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. Nobody can reset it: if you forget it, only the recovery kit the app makes next opens your data.</source>
        <translation>
            <numerusform>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n character. Nobody can reset it: if you forget it, only the recovery kit the app makes next opens your data.</numerusform>
            <numerusform>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. Nobody can reset it: if you forget it, only the recovery kit the app makes next opens your data.</numerusform>
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
<context>
    <name>PeriodStep</name>
    <message numerus="yes">
        <source>We evaluate plan version %1 (%n goal(s)).</source>
        <translation>
            <numerusform>We evaluate plan version %1 (%n goal).</numerusform>
            <numerusform>We evaluate plan version %1 (%n goals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message numerus="yes">
        <source>Joined team %1 as %2; %n team certificate(s) pinned. Sync now to receive the team&apos;s families.</source>
        <translation>
            <numerusform>Joined team %1 as %2; %n team certificate pinned. Sync now to receive the team&apos;s families.</numerusform>
            <numerusform>Joined team %1 as %2; %n team certificates pinned. Sync now to receive the team&apos;s families.</numerusform>
        </translation>
    </message>
</context>
</TS>
