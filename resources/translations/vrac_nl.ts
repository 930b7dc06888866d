<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionsRecapStep</name>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>What was done, what was stopped and why, what is still open.</source>
        <translation>Wat gedaan is, wat gestopt is en waarom, wat nog open staat.</translation>
    </message>
    <message>
        <source>Actions recap</source>
        <translation>Overzicht van de acties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n gedaan</numerusform>
            <numerusform>%n gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestopt</numerusform>
            <numerusform>%n gestopt</numerusform>
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
    <name>ActionsStep</name>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>For each goal: what will be done, by whom (exactly one person from the team, family and informal supports included) and when.</source>
        <translation>Per doel: wat er gebeurt, door wie (precies één persoon uit het team, gezin en informele steun inbegrepen) en wanneer.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <source>Not tied to a goal</source>
        <translation>Niet aan een doel gekoppeld</translation>
    </message>
    <message>
        <source>Add goals first: every action serves a goal.</source>
        <translation>Voeg eerst doelen toe: elke actie dient een doel.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>Add action for this goal</source>
        <translation>Actie toevoegen voor dit doel</translation>
    </message>
</context>
<context>
    <name>AgreementStep</name>
    <message>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>The family approves the plan; each member present signs off; we set the next meeting. Saving creates a new plan version that can no longer be changed.</source>
        <translation>Het gezin gaat akkoord met het plan; elk aanwezig teamlid ondertekent; we spreken het volgende overleg af. Bij opslaan ontstaat een nieuwe planversie die niet meer kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>The family&apos;s approval</source>
        <translation>Akkoord van het gezin</translation>
    </message>
    <message>
        <source>The family &amp;approves this plan</source>
        <translation>Het gezin gaat &amp;akkoord met dit plan</translation>
    </message>
    <message>
        <source>The family approves this plan</source>
        <translation>Het gezin gaat akkoord met dit plan</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Akkoord gegeven door</translation>
    </message>
    <message>
        <source>Sign-off by the members present</source>
        <translation>Ondertekening door de aanwezige teamleden</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>Next meeting date</source>
        <translation>Datum van het volgende overleg</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>%1 signs off</source>
        <translation>%1 ondertekent</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Getypte naam</translation>
    </message>
    <message>
        <source>Approved b&amp;y:</source>
        <translation>Akkoord &amp;gegeven door:</translation>
    </message>
    <message>
        <source>(member without a name)</source>
        <translation>(lid zonder naam)</translation>
    </message>
    <message>
        <source>Typed name of %1</source>
        <translation>Getypte naam van %1</translation>
    </message>
    <message>
        <source>Redraw signature…</source>
        <translation>Handtekening opnieuw tekenen…</translation>
    </message>
    <message>
        <source>Draw signature…</source>
        <translation>Handtekening tekenen…</translation>
    </message>
    <message>
        <source>Draw the signature of %1</source>
        <translation>De handtekening van %1 tekenen</translation>
    </message>
    <message>
        <source>✓ Signature drawn</source>
        <translation>✓ Handtekening getekend</translation>
    </message>
    <message>
        <source>Sign-off: add the team first</source>
        <translation>Ondertekening: voeg eerst het team toe</translation>
    </message>
    <message>
        <source>Change the family&apos;s approval</source>
        <translation>Akkoord van het gezin wijzigen</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>Ondertekening wijzigen</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Handtekening van %1</translation>
    </message>
    <message>
        <source>%1 signs here:</source>
        <translation>%1 tekent hier:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Set next meeting</source>
        <translation>Volgend overleg plannen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the data. Try again.</source>
        <translation>Met die wachtwoordzin gaan de gegevens niet open. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The coach&apos;s week</source>
        <translation>De week van de coach</translation>
    </message>
    <message>
        <source>The coach&apos;s week could not be read: %1</source>
        <translation>De week van de coach kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>VRAC Desktop</source>
        <translation>VRAC Desktop</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>De gegevensmap %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische back-up mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Wraparound meeting: %1</source>
        <translation>Wraparound-overleg: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Six-month evaluation due: %1</source>
        <translation>Halfjaarlijkse evaluatie te doen: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>%1 - who does what.pdf</source>
        <translation>%1 - wie doet wat.pdf</translation>
    </message>
</context>
<context>
    <name>CaseloadActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Team / organisation</source>
        <translation>Team / organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1 (te laat)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>The coach&apos;s week</source>
        <translation>De week van de coach</translation>
    </message>
    <message>
        <source>&amp;All families…</source>
        <translation>&amp;Alle gezinnen…</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle gezinnen</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>Export meetings and due actions to a calendar file</source>
        <translation>Overleggen en acties met een datum exporteren naar een agendabestand</translation>
    </message>
    <message>
        <source>&amp;Who does what (PDF)…</source>
        <translation>&amp;Wie doet wat (pdf)…</translation>
    </message>
    <message>
        <source>One page who does what for the family</source>
        <translation>Eén pagina wie doet wat voor het gezin</translation>
    </message>
    <message>
        <source>A one-page &quot;who does what&quot; for the selected family, in the family&apos;s language, to print or give to the family.</source>
        <translation>Eén pagina ‘wie doet wat’ voor het gekozen gezin, in de taal van het gezin, om af te drukken of aan het gezin te geven.</translation>
    </message>
    <message>
        <source>Show the actions of this family</source>
        <translation>De acties van dit gezin tonen</translation>
    </message>
    <message>
        <source>Show the actions of this person</source>
        <translation>De acties van deze persoon tonen</translation>
    </message>
    <message>
        <source>Show the actions of this team</source>
        <translation>De acties van dit team tonen</translation>
    </message>
    <message>
        <source>Famil&amp;y:</source>
        <translation>&amp;Gezin:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Open actions by due date</source>
        <translation>Open acties volgens datum</translation>
    </message>
    <message>
        <source>Open actions across families</source>
        <translation>Open acties van alle gezinnen</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Komende overleggen</translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation>Te doen evaluaties</translation>
    </message>
    <message>
        <source>Families per phase</source>
        <translation>Gezinnen per fase</translation>
    </message>
    <message>
        <source>The coach&apos;s week · %1</source>
        <translation>De week van de coach · %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Geen overleg gepland.</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1 (te laat)</translation>
    </message>
    <message>
        <source>No evaluation due in the next 30 days.</source>
        <translation>Geen evaluatie te doen in de komende 30 dagen.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
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
            <numerusform>⚠ %n plan kon niet gelezen worden en blijft buiten de week: %1</numerusform>
            <numerusform>⚠ %n plannen konden niet gelezen worden en blijven buiten de week: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open actie</numerusform>
            <numerusform>%n open acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporteren naar agenda</translation>
    </message>
    <message>
        <source>coach-week.ics</source>
        <translation>week-coach.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Het agendabestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Choose a family first (select one of its actions, or filter on it).</source>
        <translation>Kies eerst een gezin (selecteer een van zijn acties, of filter erop).</translation>
    </message>
    <message>
        <source>%1 has no plan version yet.</source>
        <translation>%1 heeft nog geen planversie.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed</source>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergelijken vanaf versie</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergelijken met versie</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>(empty plan)</source>
        <translation>(leeg plan)</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versie %1 — %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The family&apos;s voice after each meeting</source>
        <translation>De stem van het gezin na elk overleg</translation>
    </message>
    <message>
        <source>%1: family %2, child %3</source>
        <translation>%1: gezin %2, kind %3</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Nog geen antwoorden.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Staat stil</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Gaat achteruit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Startpunt %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Startpunt</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum bijeenkomst</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Cijfer (0–10)</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 van 10</translation>
    </message>
    <message>
        <source>Baseline %1, target %2.</source>
        <translation>Startpunt %1, doel %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Stand: %1.</translation>
    </message>
    <message>
        <source>%1: no ratings.</source>
        <translation>%1: geen cijfers.</translation>
    </message>
    <message>
        <source>Progress on all goals</source>
        <translation>Voortgang op alle doelen</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Eerste cijfer</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Laatste cijfer</translation>
    </message>
    <message>
        <source>Life domains: first and latest ratings</source>
        <translation>Levensgebieden: eerste en laatste cijfers</translation>
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation>%1: van %2 naar %3.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>Actions on %1</source>
        <translation>Acties op %1</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Aantal acties</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <source>Due before %1</source>
        <translation>Klaar vóór %1</translation>
    </message>
    <message>
        <source>Due from %1</source>
        <translation>Klaar vanaf %1</translation>
    </message>
    <message>
        <source>Due %1 – %2</source>
        <translation>Klaar %1 – %2</translation>
    </message>
</context>
<context>
    <name>CoachNameDialog</name>
    <message>
        <source>Welcome to VRAC Desktop</source>
        <translation>Welkom bij VRAC Desktop</translation>
    </message>
    <message>
        <source>Every plan version records who saved it. What is your name, as the families and your team know you? (You can change it later in Preferences.)</source>
        <translation>Elke planversie vermeldt wie ze bewaard heeft. Wat is je naam, zoals de gezinnen en je team je kennen? (Je kunt die later wijzigen bij Voorkeuren.)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
</context>
<context>
    <name>ComeBackStep</name>
    <message>
        <source>Coming back</source>
        <translation>Terugkomen</translation>
    </message>
    <message>
        <source>How the family can come back if things get hard again.</source>
        <translation>Hoe het gezin kan terugkomen als het weer moeilijk wordt.</translation>
    </message>
    <message>
        <source>How the family can come back</source>
        <translation>Hoe het gezin kan terugkomen</translation>
    </message>
    <message>
        <source>Type how to come back</source>
        <translation>Typen hoe terug te komen</translation>
    </message>
</context>
<context>
    <name>ContinuingStep</name>
    <message>
        <source>After closure</source>
        <translation>Na de afsluiting</translation>
    </message>
    <message>
        <source>What continues after the plan closes and who carries it (often the people around the family), and whom to call in a crisis.</source>
        <translation>Wat doorgaat na het afsluiten van het plan en wie het draagt (vaak de mensen rond het gezin), en wie te bellen in een crisis.</translation>
    </message>
    <message>
        <source>What continues</source>
        <translation>Wat doorgaat</translation>
    </message>
    <message>
        <source>Who carries it</source>
        <translation>Wie het draagt</translation>
    </message>
    <message>
        <source>What continues after closure</source>
        <translation>Wat doorgaat na de afsluiting</translation>
    </message>
    <message>
        <source>Add what &amp;continues</source>
        <translation>Toevoegen wat &amp;doorgaat</translation>
    </message>
    <message>
        <source>&lt;b&gt;What continues, and who carries it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat doorgaat, en wie het draagt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wie te bellen</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Hoe te bereiken</translation>
    </message>
    <message>
        <source>Crisis contacts after closure</source>
        <translation>Crisiscontacten na de afsluiting</translation>
    </message>
    <message>
        <source>Add a crisis &amp;contact</source>
        <translation>Een crisis&amp;contact toevoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whom to call in a crisis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie te bellen in een crisis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Een rij toevoegen</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>Een rij verwijderen</translation>
    </message>
    <message>
        <source>Type in the transition plan</source>
        <translation>Typen in het overgangsplan</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 is een map; geef een bestandsnaam voor de back-up.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2); no backup was made and nothing else changed.</source>
        <translation>De map %1 kan niet worden aangemaakt (%2); er is geen back-up gemaakt en verder is er niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database has damaged pages (%1), so no backup was made: the earlier backups are kept as they are. Restore the newest good backup.</source>
        <translation>De database heeft beschadigde pagina&apos;s (%1), dus er is geen back-up gemaakt: de eerdere back-ups blijven zoals ze zijn. Zet de nieuwste goede back-up terug.</translation>
    </message>
    <message>
        <source>The backup did not read back the same as the database; it was not kept. Your data is untouched.</source>
        <translation>De back-up las niet hetzelfde terug als de database; hij is niet bewaard. Je gegevens zijn onaangeroerd.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup was made at %1. Your data is untouched.</source>
        <translation>De schijf is vol, dus er is geen back-up gemaakt in %1. Je gegevens zijn onaangeroerd.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1), so no backup was made at %2. Your data is untouched.</source>
        <translation>De back-up kon niet worden geschreven (%1), dus er is geen back-up gemaakt in %2. Je gegevens zijn onaangeroerd.</translation>
    </message>
    <message>
        <source>There is no backup file %1; nothing was changed.</source>
        <translation>Er is geen back-upbestand %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 is empty; nothing was changed.</source>
        <translation>Het back-upbestand %1 is leeg; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated (its header cannot be read), so it cannot be restored. Nothing was changed.</source>
        <translation>Het back-upbestand %1 is beschadigd of afgekapt (de kop kan niet worden gelezen), dus het kan niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 was made by a newer version of VRAC Desktop (backup format %2); install that version to restore it. Nothing was changed.</source>
        <translation>Het back-upbestand %1 is gemaakt door een nieuwere versie van VRAC Desktop (back-upformaat %2); installeer die versie om het terug te zetten. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key header of the backup %1 is damaged (%2), so it cannot be restored. Nothing was changed.</source>
        <translation>De sleutelkop van de back-up %1 is beschadigd (%2), dus de back-up kan niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no plan yet; a transition plan follows a plan.</source>
        <translation>&apos;%1&apos; heeft nog geen plan; een overgangsplan volgt op een plan.</translation>
    </message>
    <message>
        <source>This family has no recorded transition plan yet; record the closing meeting first (Family → Transition plan).</source>
        <translation>Dit gezin heeft nog geen vastgelegd overgangsplan; leg eerst de afsluitende bijeenkomst vast (Gezin → Overgangsplan).</translation>
    </message>
    <message>
        <source>This family had no saved plan on %1; nothing to export.</source>
        <translation>Dit gezin had op %1 geen opgeslagen plan; er is niets te exporteren.</translation>
    </message>
    <message>
        <source>There is no recorded evaluation %1 of &apos;%2&apos; (see: vrac-desktop evaluations).</source>
        <translation>Er is geen vastgelegde evaluatie %1 van &apos;%2&apos; (zie: vrac-desktop evaluations).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no plan yet: the first meeting makes one, the evaluation comes six months later.</source>
        <translation>&apos;%1&apos; heeft nog geen plan: de eerste bijeenkomst maakt er een, de evaluatie volgt zes maanden later.</translation>
    </message>
    <message>
        <source>The logo %1 is larger than 5 MiB; use a smaller PNG. Nothing was exported.</source>
        <translation>Het logo %1 is groter dan 5 MiB; gebruik een kleinere PNG. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read (%2); nothing was exported.</source>
        <translation>Het logo %1 kan niet worden gelezen (%2); er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>The logo %1 is not a PNG image; save it as PNG and try again. Nothing was exported.</source>
        <translation>Het logo %1 is geen PNG-afbeelding; sla het op als PNG en probeer het opnieuw. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; a document can show the history only up to today. Nothing was exported.</source>
        <translation>De datum %1 ligt in de toekomst; een document kan de geschiedenis alleen tot vandaag tonen. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>No six-month evaluation of &apos;%1&apos; is recorded for %2. Record the evaluation meeting first (Start six-month evaluation), or export a draft marked DRAFT (--draft). Nothing was exported.</source>
        <translation>Er is geen zesmaandelijkse evaluatie van &apos;%1&apos; vastgelegd voor %2. Leg eerst de evaluatiebijeenkomst vast (Zesmaandelijkse evaluatie starten), of exporteer een concept gemarkeerd als CONCEPT (--draft). Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>No six-month evaluation of &apos;%1&apos; is recorded. Record the evaluation meeting first (Start six-month evaluation), or export a draft marked DRAFT (--draft). Nothing was exported.</source>
        <translation>Er is geen zesmaandelijkse evaluatie van &apos;%1&apos; vastgelegd. Leg eerst de evaluatiebijeenkomst vast (Zesmaandelijkse evaluatie starten), of exporteer een concept gemarkeerd als CONCEPT (--draft). Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no saved plan.</source>
        <translation>&apos;%1&apos; heeft geen opgeslagen plan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no saved plan yet; there is nothing to export.</source>
        <translation>&apos;%1&apos; heeft nog geen opgeslagen plan; er is niets te exporteren.</translation>
    </message>
    <message>
        <source>Choose a .pdf or a .docx file to export to; nothing was exported.</source>
        <translation>Kies een .pdf- of .docx-bestand om naar te exporteren; er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>The family needs a name.</source>
        <translation>Het gezin heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>De naam is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>De referentie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Language &apos;%1&apos; is not one of %2.</source>
        <translation>Taal &apos;%1&apos; is niet een van %2.</translation>
    </message>
    <message>
        <source>The languages spoken at home are longer than %1 characters.</source>
        <translation>De thuis gesproken talen zijn langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The erasure register %1 cannot be read (%2). Nothing was changed; restore the file from a copy before erasing or restoring.</source>
        <translation>Het wisregister %1 kan niet worden gelezen (%2). Er is niets gewijzigd; zet het bestand terug uit een kopie voordat je wist of terugzet.</translation>
    </message>
    <message>
        <source>The confirmation does not match the family&apos;s name, so nothing was erased. Type the name exactly as it is shown.</source>
        <translation>De bevestiging komt niet overeen met de naam van het gezin, dus er is niets gewist. Typ de naam precies zoals die getoond wordt.</translation>
    </message>
    <message>
        <source>VRAC Desktop is locked. Unlock it to continue; nothing was changed.</source>
        <translation>VRAC Desktop is vergrendeld. Ontgrendel om verder te gaan; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the saved meeting draft cannot be read: %1</source>
        <translation>het opgeslagen concept van de bijeenkomst kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The meeting date %1 is in the future; nothing was saved.</source>
        <translation>De datum van de bijeenkomst %1 ligt in de toekomst; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Another save of this plan happened at the same time; nothing was saved. Try again.</source>
        <translation>Dit plan werd tegelijkertijd ook ergens anders opgeslagen; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The meeting conflicts with stored data (%1); nothing was saved.</source>
        <translation>De bijeenkomst botst met opgeslagen gegevens (%1); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This plan has a single head; there is nothing to reconcile.</source>
        <translation>Dit plan heeft maar één kop; er valt niets samen te voegen.</translation>
    </message>
    <message>
        <source>This plan has %1 heads; choose which one to reconcile first.</source>
        <translation>Dit plan heeft %1 koppen; kies welke je eerst samenvoegt.</translation>
    </message>
    <message>
        <source>%1 is not one of this plan&apos;s other heads.</source>
        <translation>%1 is niet een van de andere koppen van dit plan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the plan.</source>
        <translation>&apos;%1&apos; is geen onderdeel van het plan.</translation>
    </message>
    <message>
        <source>The plan changed while you were reconciling (a save or a sync); nothing was saved. Open the two heads again.</source>
        <translation>Het plan is gewijzigd terwijl je aan het samenvoegen was (door opslaan of synchroniseren); er is niets opgeslagen. Open de twee koppen opnieuw.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to make a recovery kit.</source>
        <translation>De database is vergrendeld; ontgrendel hem om een herstelkit te maken.</translation>
    </message>
    <message>
        <source>The plan history in the backup %1 is not intact (%2); nothing was changed.</source>
        <translation>De plangeschiedenis in de back-up %1 is niet intact (%2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup %1 was made before a recovery kit existed, so a recovery key cannot open it; use the passphrase, or this computer&apos;s key. Nothing was changed.</source>
        <translation>De back-up %1 is gemaakt voordat er een herstelkit bestond, dus een herstelsleutel kan hem niet openen; gebruik de wachtwoordzin of de sleutel van deze computer. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That recovery key does not open this backup (check it against the printed kit: 32 letters and digits in groups of 4). Nothing was changed.</source>
        <translation>Die herstelsleutel opent deze back-up niet (vergelijk hem met de afgedrukte kit: 32 letters en cijfers in groepjes van 4). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened: the passphrase is wrong. Nothing was changed.</source>
        <translation>Het back-upbestand %1 kan niet worden geopend: de wachtwoordzin is onjuist. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with, or give its recovery key.</source>
        <translation>Typ de wachtwoordzin waarmee de back-up is gemaakt, of geef de herstelsleutel ervan.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened: the passphrase is wrong for this backup (it is the one of the computer that made it). Nothing was changed; try again, or use the recovery key.</source>
        <translation>Het back-upbestand %1 kan niet worden geopend: de wachtwoordzin is onjuist voor deze back-up (het is die van de computer die hem maakte). Er is niets gewijzigd; probeer het opnieuw, of gebruik de herstelsleutel.</translation>
    </message>
    <message>
        <source>The backup %1 was made on a computer that kept its key in the OS keyring, and that key is not here. Restore it with the recovery key from the recovery kit. Nothing was changed.</source>
        <translation>De back-up %1 is gemaakt op een computer die zijn sleutel in de sleutelbos van het besturingssysteem bewaarde, en die sleutel is hier niet. Zet hem terug met de herstelsleutel uit de herstelkit. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated, so it cannot be restored. Nothing was changed.</source>
        <translation>Het back-upbestand %1 is beschadigd of afgekapt, dus het kan niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated, or was made with another key (or the passphrase is wrong), so it cannot be restored. Nothing was changed.</source>
        <translation>Het back-upbestand %1 is beschadigd of afgekapt, of is gemaakt met een andere sleutel (of de wachtwoordzin is onjuist), dus het kan niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The connection broke during sync (%1). %2 of %3 families were synced; the rest will be synced next time. Nothing was lost.</source>
        <translation>De verbinding viel weg tijdens het synchroniseren (%1). %2 van %3 gezinnen zijn gesynchroniseerd; de rest volgt de volgende keer. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>The team server refused family %1: your account is not (or no longer) in its team (%2). Nothing was lost: nothing of it was changed on either side.</source>
        <translation>De teamserver weigerde gezin %1: je account zit niet (of niet meer) in het team ervan (%2). Er is niets verloren gegaan: er is aan geen van beide kanten iets van gewijzigd.</translation>
    </message>
    <message>
        <source>Family %1 could not be synced: %2. Nothing was lost: nothing of it was changed on the team server, and it will be tried again at the next sync.</source>
        <translation>Gezin %1 kon niet worden gesynchroniseerd: %2. Er is niets verloren gegaan: er is niets van gewijzigd op de teamserver, en het wordt bij de volgende synchronisatie opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Family %1 could not be synced: %2. Nothing was lost: nothing of it was changed on this laptop, and it will be tried again at the next sync.</source>
        <translation>Gezin %1 kon niet worden gesynchroniseerd: %2. Er is niets verloren gegaan: er is niets van gewijzigd op deze laptop, en het wordt bij de volgende synchronisatie opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The family %1 belongs to another team on the server; it was not synced.</source>
        <translation>Het gezin %1 hoort op de server bij een ander team; het is niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>The family %1 was erased on the server (on request or by retention); it was not sent again. The next sync erases it on this laptop too.</source>
        <translation>Het gezin %1 is op de server gewist (op verzoek of door de bewaartermijn); het is niet opnieuw verstuurd. De volgende synchronisatie wist het ook op deze laptop.</translation>
    </message>
    <message>
        <source>Version %1 (%2) of family %3, created by &apos;%4&apos; and written to the server by account &apos;%5&apos;, was refused: %6. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>Versie %1 (%2) van gezin %3, gemaakt door &apos;%4&apos; en naar de server geschreven door account &apos;%5&apos;, is geweigerd: %6. Er is niets verloren gegaan: er is niets van dit gezin gewijzigd op deze laptop; meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>A %1 (%2) of family %3, written to the server by account &apos;%4&apos;, was refused: %5. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>Een rij &apos;%1&apos; (%2) van gezin %3, naar de server geschreven door account &apos;%4&apos;, is geweigerd: %5. Er is niets verloren gegaan: er is niets van dit gezin gewijzigd op deze laptop; meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 is on neither side; the family was not synced.</source>
        <translation>Versie %1 van gezin %2 staat aan geen van beide kanten; het gezin is niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>This join code carries the team&apos;s encryption key: type the key code the operator gave you with it. Nothing was changed.</source>
        <translation>Deze aansluitcode bevat de versleutelingssleutel van het team: typ de sleutelcode die de beheerder je erbij gaf. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server did not let this laptop set its own password (%1); the join code still works, try again.</source>
        <translation>De server liet deze laptop geen eigen wachtwoord instellen (%1); de aansluitcode werkt nog, probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s signing certificate (%1). The operator can allow a new one with `server allow-new-certificate`.</source>
        <translation>De server accepteerde het ondertekeningscertificaat van deze laptop niet (%1). De beheerder kan een nieuw certificaat toestaan met `server allow-new-certificate`.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 on the server does not match its hash (%3); nothing of this family was synced.</source>
        <translation>Versie %1 van gezin %2 op de server komt niet overeen met haar hash (%3); er is niets van dit gezin gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 on the laptop does not match its hash (%3); nothing of this family was synced.</source>
        <translation>Versie %1 van gezin %2 op de laptop komt niet overeen met haar hash (%3); er is niets van dit gezin gesynchroniseerd.</translation>
    </message>
    <message>
        <source>The family %1 is encrypted on the team server with the team key, and this laptop does not have that key. Join with the operator&apos;s join code and key code; nothing on this laptop was changed.</source>
        <translation>Het gezin %1 is op de teamserver versleuteld met de teamsleutel, en deze laptop heeft die sleutel niet. Sluit aan met de aansluitcode en sleutelcode van de beheerder; er is niets gewijzigd op deze laptop.</translation>
    </message>
    <message>
        <source>Family %1 was refused: %2. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>Gezin %1 is geweigerd: %2. Er is niets verloren gegaan: er is niets van dit gezin gewijzigd op deze laptop; meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>Not re-encrypted with the new team key: %1.</source>
        <translation>Niet opnieuw versleuteld met de nieuwe teamsleutel: %1.</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than a family export can be (%2 MiB); nothing was imported.</source>
        <translation>Het bestand is %1 MiB, groter dan een gezinsexport kan zijn (%2 MiB); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file could not be read (%1); nothing was imported.</source>
        <translation>Het bestand kon niet worden gelezen (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is not a valid family export (%1); nothing was imported.</source>
        <translation>Het bestand is geen geldige gezinsexport (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>An answer of the family&apos;s voice in the file is outside the five faces or names a meeting that is not in the file; nothing was imported.</source>
        <translation>Een antwoord van de stem van het gezin in het bestand valt buiten de vijf gezichtjes of noemt een bijeenkomst die niet in het bestand staat; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The family &apos;%1&apos; is already in this database; nothing was imported.</source>
        <translation>Het gezin &apos;%1&apos; staat al in deze database; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file&apos;s records contradict each other or this database (%1); nothing was imported.</source>
        <translation>De gegevens in het bestand spreken elkaar of deze database tegen (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Evaluation %1 in the file has no date of record; nothing was imported.</source>
        <translation>Evaluatie %1 in het bestand heeft geen datum van vastlegging; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The evaluations in the file are not intact (%1); nothing was imported.</source>
        <translation>De evaluaties in het bestand zijn niet intact (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file mixes recorded and unrecorded evaluations; nothing was imported.</source>
        <translation>Het bestand mengt vastgelegde en niet-vastgelegde evaluaties; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>A transition plan in the file was changed after it was recorded (its content does not match its hash); nothing was imported.</source>
        <translation>Een overgangsplan in het bestand is gewijzigd nadat het werd vastgelegd (de inhoud komt niet overeen met de hash); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after it was signed (no author signature matches its hash: edited and re-hashed); nothing was imported.</source>
        <translation>Versie %1 in het bestand is gewijzigd nadat ze werd ondertekend (geen handtekening van de auteur past bij de hash: bewerkt en opnieuw gehasht); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Version %1 in the file carries no author signature, so its history cannot be told apart from one edited and re-hashed after export; nothing was imported. (An export made before signatures existed can be imported with --allow-unsigned.)</source>
        <translation>Versie %1 in het bestand draagt geen handtekening van de auteur, dus de geschiedenis is niet te onderscheiden van een die na de export is bewerkt en opnieuw gehasht; er is niets geïmporteerd. (Een export van vóór de handtekeningen kan worden geïmporteerd met --allow-unsigned.)</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after it was signed (%2); nothing was imported.</source>
        <translation>Versie %1 in het bestand is gewijzigd nadat ze werd ondertekend (%2); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after export (its content does not match its hash); nothing was imported.</source>
        <translation>Versie %1 in het bestand is gewijzigd na de export (de inhoud komt niet overeen met de hash); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The plan history in the file is not intact (%1); nothing was imported.</source>
        <translation>De plangeschiedenis in het bestand is niet intact (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved; nothing was changed and the data stored before is intact. Free some space and try again.</source>
        <translation>De schijf is vol, dus de wijziging kon niet worden opgeslagen; er is niets gewijzigd en de eerder opgeslagen gegevens zijn intact. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The change could not be written to disk (the disk is full, over a size limit, or failing); nothing was changed and the data stored before is intact.</source>
        <translation>De wijziging kon niet naar de schijf worden geschreven (de schijf is vol, over een groottelimiet of defect); er is niets gewijzigd en de eerder opgeslagen gegevens zijn intact.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of VRAC Desktop (schema %1). Install the newer version to open it; nothing was changed.</source>
        <translation>Deze database is geschreven door een nieuwere versie van VRAC Desktop (schema %1). Installeer de nieuwere versie om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the database file is damaged. Nothing was changed.</source>
        <translation>De wachtwoordzin is onjuist, of het databasebestand is beschadigd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be opened with the key from the OS keyring: the file is damaged or belongs to another key. Nothing was changed; restore a backup.</source>
        <translation>De database kon niet worden geopend met de sleutel uit de sleutelbos van het besturingssysteem: het bestand is beschadigd of hoort bij een andere sleutel. Er is niets gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>De database kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The team server&apos;s database is at an older version than this app, and your account may not upgrade it. Ask the operator to run `vrac-desktop server init` with this version; nothing was changed.</source>
        <translation>De database van de teamserver heeft een oudere versie dan deze app, en je account mag hem niet bijwerken. Vraag de beheerder om `vrac-desktop server init` met deze versie uit te voeren; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name. Nothing was written.</source>
        <translation>%1 is een map; geef een bestandsnaam. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (or is not a folder); nothing was written.</source>
        <translation>De map %1 bestaat niet (of is geen map); er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was written there.</source>
        <translation>%1 kon niet worden geschreven (%2); er is daar niets geschreven.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written to (%2). Nothing was changed; choose a folder you can write to with --data-dir.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt of beschreven (%2). Er is niets gewijzigd; kies met --data-dir een map waarin je kunt schrijven.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, and the encrypted database needs to write its journal beside it even to read. Nothing was changed; make the folder writable, or copy it somewhere writable and open that with --data-dir.</source>
        <translation>De gegevensmap %1 is alleen-lezen, en de versleutelde database moet er zelfs om te lezen zijn journaal naast schrijven. Er is niets gewijzigd; maak de map beschrijfbaar, of kopieer hem naar een beschrijfbare plek en open die met --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2. Nothing was changed.</source>
        <translation>De gegevensmap %1 kan niet worden gebruikt: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to (it is read-only or belongs to another user). Nothing was changed; choose a folder you can write to with --data-dir.</source>
        <translation>In de gegevensmap %1 kan niet worden geschreven (hij is alleen-lezen of van een andere gebruiker). Er is niets gewijzigd; kies met --data-dir een map waarin je kunt schrijven.</translation>
    </message>
    <message>
        <source>VRAC Desktop is already running with the data folder %1%2. Close it first, or switch to its window; nothing was changed.</source>
        <translation>VRAC Desktop draait al met de gegevensmap %1%2. Sluit het eerst, of schakel naar het venster ervan; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). Nothing was changed.</source>
        <translation>Het sleutelbestand %1 kan niet worden gelezen (%2). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2), so the data it protects cannot be opened with it. Nothing was changed; restore the file from a copy of the data folder, or restore a backup with your passphrase or recovery key.</source>
        <translation>Het sleutelbestand %1 is beschadigd (%2), dus de gegevens die het beschermt kunnen er niet mee worden geopend. Er is niets gewijzigd; zet het bestand terug uit een kopie van de gegevensmap, of zet een back-up terug met je wachtwoordzin of herstelsleutel.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>geen geldige JSON</translation>
    </message>
    <message>
        <source>not a VRAC Desktop key file</source>
        <translation>geen sleutelbestand van VRAC Desktop</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>onbekende versie %1</translation>
    </message>
    <message>
        <source>unknown key mode %1</source>
        <translation>onbekende sleutelmodus %1</translation>
    </message>
    <message>
        <source>no folder id</source>
        <translation>geen map-id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object</source>
        <translation>&apos;%1&apos; is geen object</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; is not hexadecimal</source>
        <translation>&apos;%1.%2&apos; is niet hexadecimaal</translation>
    </message>
    <message>
        <source>no passphrase entry</source>
        <translation>geen wachtwoordzin-gegevens</translation>
    </message>
    <message>
        <source>unknown key derivation %1</source>
        <translation>onbekende sleutelafleiding %1</translation>
    </message>
    <message>
        <source>the scrypt cost &apos;n&apos;, &apos;r&apos;, &apos;p&apos; is not a whole number</source>
        <translation>de scrypt-kosten &apos;n&apos;, &apos;r&apos;, &apos;p&apos; zijn geen gehele getallen</translation>
    </message>
    <message>
        <source>the scrypt cost n=%1, r=%2, p=%3 is out of range</source>
        <translation>de scrypt-kosten n=%1, r=%2, p=%3 vallen buiten het bereik</translation>
    </message>
    <message>
        <source>There is no key file %1; no backup was made.</source>
        <translation>Er is geen sleutelbestand %1; er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that is not valid text (an unpaired surrogate); type it again.</source>
        <translation>De wachtwoordzin bevat een teken dat geen geldige tekst is (een ongepaarde surrogaat); typ hem opnieuw.</translation>
    </message>
    <message>
        <source>The key settings are damaged (%1).</source>
        <translation>De sleutelinstellingen zijn beschadigd (%1).</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Er is geen sleutelbestand %1.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it was damaged, or emptied by another program. It was not replaced, so nothing more is lost; restore a backup (vrac-desktop restore FILE), or, if this is a new data folder, delete the empty file.</source>
        <translation>Het databasebestand %1 is leeg (0 bytes): het is beschadigd, of door een ander programma leeggemaakt. Het is niet vervangen, dus er gaat niets meer verloren; zet een back-up terug (vrac-desktop restore BESTAND), of verwijder het lege bestand als dit een nieuwe gegevensmap is.</translation>
    </message>
    <message>
        <source>No secure OS keyring is available, so the database will be protected by a passphrase. Choose one (at least 8 characters).</source>
        <translation>Er is geen veilige sleutelbos van het besturingssysteem beschikbaar, dus de database wordt beschermd met een wachtwoordzin. Kies er een (minstens 8 tekens).</translation>
    </message>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>Typ de wachtwoordzin van deze database.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed.</source>
        <translation>De wachtwoordzin is onjuist. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key of this database is kept in the OS keyring, but no secure keyring is available now. Log in to your desktop session (or unlock the keyring) and try again.</source>
        <translation>De sleutel van deze database wordt bewaard in de sleutelbos van het besturingssysteem, maar er is nu geen veilige sleutelbos beschikbaar. Meld je aan bij je bureaubladsessie (of ontgrendel de sleutelbos) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The OS keyring could not be read: %1</source>
        <translation>De sleutelbos van het besturingssysteem kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The key for the data folder %1 is not in the OS keyring of this computer (a new computer, or the entry was deleted). Without it the database cannot be opened here; restore a backup with your recovery key (vrac-desktop restore FILE --recovery-key).</source>
        <translation>De sleutel voor de gegevensmap %1 staat niet in de sleutelbos van het besturingssysteem van deze computer (een nieuwe computer, of het item is verwijderd). Zonder die sleutel kan de database hier niet worden geopend; zet een back-up terug met je herstelsleutel (vrac-desktop restore BESTAND --recovery-key).</translation>
    </message>
    <message>
        <source>The keyring entry for this database is damaged.</source>
        <translation>Het sleutelbositem van deze database is beschadigd.</translation>
    </message>
    <message>
        <source>The OS keyring refused the new key: %1</source>
        <translation>De sleutelbos van het besturingssysteem weigerde de nieuwe sleutel: %1</translation>
    </message>
    <message>
        <source>The OS keyring did not keep the new key.</source>
        <translation>De sleutelbos van het besturingssysteem heeft de nieuwe sleutel niet bewaard.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters.</source>
        <translation>De wachtwoordzin moet minstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>This computer has no secure OS keyring, so the restored data will be protected by a passphrase. Choose one (at least 8 characters).</source>
        <translation>Deze computer heeft geen veilige sleutelbos van het besturingssysteem, dus de teruggezette gegevens worden beschermd met een wachtwoordzin. Kies er een (minstens 8 tekens).</translation>
    </message>
    <message>
        <source>The passphrase settings file %1 is damaged (not valid JSON), so the database cannot be opened with it. Nothing was changed; restore the file from a copy of the data folder, or restore a backup.</source>
        <translation>Het bestand met wachtwoordzin-instellingen %1 is beschadigd (geen geldige JSON), dus de database kan er niet mee worden geopend. Er is niets gewijzigd; zet het bestand terug uit een kopie van de gegevensmap, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The passphrase settings file %1 is damaged (%2). Nothing was changed; restore the file from a copy of the data folder, or restore a backup.</source>
        <translation>Het bestand met wachtwoordzin-instellingen %1 is beschadigd (%2). Er is niets gewijzigd; zet het bestand terug uit een kopie van de gegevensmap, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>the salt is not hexadecimal</source>
        <translation>het zout is niet hexadecimaal</translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, and the OS keyring has no key for it either, so the database cannot be opened. Nothing was changed; restore the key file from a copy of the data folder, or restore a backup with your passphrase or recovery key.</source>
        <translation>Het sleutelbestand %1 ontbreekt naast de database, en de sleutelbos van het besturingssysteem heeft er ook geen sleutel voor, dus de database kan niet worden geopend. Er is niets gewijzigd; zet het sleutelbestand terug uit een kopie van de gegevensmap, of zet een back-up terug met je wachtwoordzin of herstelsleutel.</translation>
    </message>
    <message>
        <source>There is no family with id %1.</source>
        <translation>Er is geen gezin met id %1.</translation>
    </message>
    <message>
        <source>Version %1 of this plan does not exist.</source>
        <translation>Versie %1 van dit plan bestaat niet.</translation>
    </message>
    <message>
        <source>This database is not set up as a team server yet: run `vrac-desktop server init URL` first. Nothing was changed.</source>
        <translation>Deze database is nog niet ingericht als teamserver: voer eerst `vrac-desktop server init URL` uit. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable team name: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, at most 50. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen bruikbare teamnaam: kleine letters, cijfers, &apos;-&apos; en &apos;_&apos;, hoogstens 50. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That is not a join code (it starts with VRACJOIN1-). Nothing was changed.</source>
        <translation>Dat is geen aansluitcode (die begint met VRACJOIN1-). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The join code is damaged (a character is missing or changed). Ask the operator for it again; nothing was changed.</source>
        <translation>De aansluitcode is beschadigd (er ontbreekt een teken of er is er een gewijzigd). Vraag de beheerder er opnieuw om; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable coach account name: lower-case letters, digits and &apos;_&apos;, starting with a letter, 2 to 51 characters, not starting with vrac_ or pg_. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen bruikbare accountnaam voor een coach: kleine letters, cijfers en &apos;_&apos;, beginnend met een letter, 2 tot 51 tekens, niet beginnend met vrac_ of pg_. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos; on this server (add it with `server add-team %1`). Nothing was changed.</source>
        <translation>Er is geen team &apos;%1&apos; op deze server (voeg het toe met `server add-team %1`). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database role &apos;%1&apos; exists and is not a coach account; choose another name. Nothing was changed.</source>
        <translation>De databaserol &apos;%1&apos; bestaat en is geen coachaccount; kies een andere naam. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no coach account &apos;%1&apos;. Nothing was changed.</source>
        <translation>Er is geen coachaccount &apos;%1&apos;. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in team &apos;%2&apos;. Nothing was changed.</source>
        <translation>&apos;%1&apos; zit niet in team &apos;%2&apos;. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos; on this server. Nothing was changed.</source>
        <translation>Er is geen team &apos;%1&apos; op deze server. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The team server %1 asks for a password, and none is remembered on this computer for it. Nothing was changed.</source>
        <translation>De teamserver %1 vraagt om een wachtwoord, en op deze computer is er geen onthouden. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The team server %1 was refused: its TLS certificate could not be checked against the team&apos;s certificate authority (%2). It may not be the team&apos;s server, or its certificate changed. Nothing was sent; ask the operator for the server&apos;s CA (join code) before syncing.</source>
        <translation>De teamserver %1 is geweigerd: zijn TLS-certificaat kon niet worden gecontroleerd tegen de certificaatautoriteit van het team (%2). Het is misschien niet de server van het team, of zijn certificaat is veranderd. Er is niets verstuurd; vraag de beheerder om de CA van de server (aansluitcode) voordat je synchroniseert.</translation>
    </message>
    <message>
        <source>The team server %1 refused the password (password authentication failed). Nothing was changed.</source>
        <translation>De teamserver %1 weigerde het wachtwoord (wachtwoordverificatie mislukt). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The team server %1 could not be reached: %2. Nothing was changed; work goes on in the local database.</source>
        <translation>De teamserver %1 kon niet worden bereikt: %2. Er is niets gewijzigd; het werk gaat door in de lokale database.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Use postgresql://user@host/database.</source>
        <translation>&apos;%1&apos; is geen serveradres. Gebruik postgresql://gebruiker@host/database.</translation>
    </message>
    <message>
        <source>The team server must be PostgreSQL (postgresql://user@host/database), not &apos;%1&apos;.</source>
        <translation>De teamserver moet PostgreSQL zijn (postgresql://gebruiker@host/database), niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The server address needs a user and a database: postgresql://user@host/database.</source>
        <translation>Het serveradres heeft een gebruiker en een database nodig: postgresql://gebruiker@host/database.</translation>
    </message>
    <message>
        <source>The OS keyring refused to keep the server password (%1); nothing was stored.</source>
        <translation>De sleutelbos van het besturingssysteem weigerde het serverwachtwoord te bewaren (%1); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Type the database passphrase: it also unlocks the signing certificate.</source>
        <translation>Typ de wachtwoordzin van de database: die ontgrendelt ook het ondertekeningscertificaat.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the signing certificate cannot be unlocked. Nothing was signed.</source>
        <translation>De wachtwoordzin is onjuist, dus het ondertekeningscertificaat kan niet worden ontgrendeld. Er is niets ondertekend.</translation>
    </message>
    <message>
        <source>The signing certificate %1 could not be unlocked (%2). If the data folder was moved before this version of VRAC Desktop first opened it, open it once at its old place. Nothing was signed.</source>
        <translation>Het ondertekeningscertificaat %1 kon niet worden ontgrendeld (%2). Als de gegevensmap is verplaatst voordat deze versie van VRAC Desktop hem voor het eerst opende, open hem dan eenmaal op zijn oude plek. Er is niets ondertekend.</translation>
    </message>
    <message>
        <source>%1 holds no usable signing key.</source>
        <translation>%1 bevat geen bruikbare ondertekeningssleutel.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2; nothing was signed. Import the organisation&apos;s new certificate (Preferences, Signing).</source>
        <translation>Het ondertekeningscertificaat van %1 is verlopen op %2; er is niets ondertekend. Importeer het nieuwe certificaat van de organisatie (Voorkeuren, Ondertekenen).</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 file this password opens (%1); nothing was imported.</source>
        <translation>Het bestand is geen PKCS#12-bestand dat dit wachtwoord opent (%1); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The PKCS#12 file has no certificate with an EC or RSA private key; nothing was imported.</source>
        <translation>Het PKCS#12-bestand heeft geen certificaat met een EC- of RSA-privésleutel; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The certificate may not be used for signatures (its key usage forbids it); nothing was imported.</source>
        <translation>Het certificaat mag niet voor handtekeningen worden gebruikt (het sleutelgebruik verbiedt dat); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; nothing was imported.</source>
        <translation>Het certificaat van %1 is verlopen op %2; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2; nothing was imported.</source>
        <translation>Het certificaat van %1 is pas geldig vanaf %2; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is not a certificate (PEM or DER) (%1); nothing was added.</source>
        <translation>Het bestand is geen certificaat (PEM of DER) (%1); er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The file holds no certificate; nothing was added.</source>
        <translation>Het bestand bevat geen certificaat; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority (CA) certificate; nothing was added. Ask the organisation for its CA certificate.</source>
        <translation>%1 is geen certificaat van een certificaatautoriteit (CA); er is niets toegevoegd. Vraag de organisatie om haar CA-certificaat.</translation>
    </message>
    <message>
        <source>There is no certificate yet: import the organisation&apos;s certificate, or export a document once so the coach&apos;s own certificate is made.</source>
        <translation>Er is nog geen certificaat: importeer het certificaat van de organisatie, of exporteer eenmaal een document zodat het eigen certificaat van de coach wordt gemaakt.</translation>
    </message>
    <message>
        <source>%1.%2 of %3 is not encrypted on the server although the team encrypts it (written by someone without the team key, or injected)</source>
        <translation>%1.%2 van %3 is niet versleuteld op de server hoewel het team het versleutelt (geschreven door iemand zonder de teamsleutel, of geïnjecteerd)</translation>
    </message>
    <message>
        <source>%1.%2 of %3 was encrypted with generation %4 of the team key, which this laptop does not hold (the key was rotated after it left the team, or it must join again)</source>
        <translation>%1.%2 van %3 is versleuteld met generatie %4 van de teamsleutel, die deze laptop niet heeft (de sleutel is vernieuwd nadat hij het team verliet, of hij moet opnieuw aansluiten)</translation>
    </message>
    <message>
        <source>%1.%2 of %3 does not decrypt with the team key: it was changed on the server, or moved there from another row or family</source>
        <translation>%1.%2 van %3 wordt niet ontsleuteld met de teamsleutel: het is op de server gewijzigd, of daarheen verplaatst vanuit een andere rij of een ander gezin</translation>
    </message>
    <message>
        <source>The key code does not open the team key in the join code (a typo, or another coach&apos;s code). Nothing was changed.</source>
        <translation>De sleutelcode opent de teamsleutel in de aansluitcode niet (een typefout, of de code van een andere coach). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The certificate of %1 has no EC key: give %1 a new join code instead.</source>
        <translation>Het certificaat van %1 heeft geen EC-sleutel: geef %1 in plaats daarvan een nieuwe aansluitcode.</translation>
    </message>
    <message>
        <source>The new team key (generation %1) granted to %2 does not open with this laptop&apos;s signing key.</source>
        <translation>De nieuwe teamsleutel (generatie %1) die aan %2 is toegekend, gaat niet open met de ondertekeningssleutel van deze laptop.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>een lijst verwacht, maar %1 gekregen</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>meer dan %1 items</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>tekst verwacht, maar %1 gekregen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; is niet een van: %2</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>waar of onwaar verwacht, maar %1 gekregen</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>een geheel getal verwacht, maar %1 gekregen</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>getal buiten het bereik</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>tekst langer dan %1 tekens</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 verwacht, maar %2 gekregen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; is geen %2</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>een datum en tijd</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>een datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>een object verwacht, maar %1 gekregen</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>onbekend veld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>niets (null)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>waar/onwaar</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>bestand is groter dan %1 MiB</translation>
    </message>
    <message>
        <source>file is not UTF-8 text</source>
        <translation>bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>een JSON-object verwacht op het hoogste niveau</translation>
    </message>
    <message>
        <source>this is not a VRAC Desktop family export</source>
        <translation>dit is geen gezinsexport van VRAC Desktop</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>ontbreekt of is geen getal</translation>
    </message>
    <message>
        <source>written by a newer VRAC Desktop (schema %1, this app reads up to %2); update the app</source>
        <translation>geschreven door een nieuwere VRAC Desktop (schema %1, deze app leest tot en met %2); werk de app bij</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>geen geldige JSON (regel %1, kolom %2)</translation>
    </message>
    <message>
        <source>contains text that is not valid Unicode (a lone surrogate escape such as \udcff)</source>
        <translation>bevat tekst die geen geldige Unicode is (een losse surrogaat-escape zoals \udcff)</translation>
    </message>
    <message>
        <source>%1 is outside the 0–10 scale</source>
        <translation>%1 valt buiten de schaal van 0 tot 10</translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation>de id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>names another family than the file&apos;s</source>
        <translation>noemt een ander gezin dan dat van het bestand</translation>
    </message>
    <message>
        <source>two versions have the same number</source>
        <translation>twee versies hebben hetzelfde nummer</translation>
    </message>
    <message>
        <source>This laptop signs with a certificate (%1, %2) that is not published for team %3 (%4): the team&apos;s laptops will refuse what it sends. Ask the operator to run `server allow-new-certificate` for your account, then sync again.</source>
        <translation>Deze laptop ondertekent met een certificaat (%1, %2) dat niet gepubliceerd is voor team %3 (%4): de laptops van het team zullen weigeren wat hij verstuurt. Vraag de beheerder om `server allow-new-certificate` uit te voeren voor je account, en synchroniseer dan opnieuw.</translation>
    </message>
    <message>
        <source>The server lists an erasure of family %1 (by server account &apos;%2&apos;, %3) that was NOT applied: %4. The family stays on this laptop; tell the operator.</source>
        <translation>De server vermeldt een wissing van gezin %1 (door serveraccount &apos;%2&apos;, %3) die NIET is uitgevoerd: %4. Het gezin blijft op deze laptop; meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>The server refused the erasure of family %1 (%2); it is erased on this laptop only.</source>
        <translation>De server weigerde het wissen van gezin %1 (%2); het is alleen op deze laptop gewist.</translation>
    </message>
    <message>
        <source>The chart could not be drawn (the chart process failed: %1). Nothing was written.</source>
        <translation>De grafiek kon niet worden getekend (het grafiekproces mislukte: %1). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The charts could not be drawn: the application did not respond in time. Nothing was written.</source>
        <translation>De grafieken konden niet worden getekend: de applicatie reageerde niet op tijd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The signing certificate could not be loaded; nothing was signed.</source>
        <translation>Het ondertekeningscertificaat kon niet worden geladen; er is niets ondertekend.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>%1: content does not match its hash</source>
        <translation>%1: de inhoud komt niet overeen met de hash</translation>
    </message>
    <message>
        <source>%1: record does not match its hash</source>
        <translation>%1: het record komt niet overeen met de hash</translation>
    </message>
    <message>
        <source>version %1 is missing (found %2 in its place)</source>
        <translation>versie %1 ontbreekt (%2 gevonden op haar plaats)</translation>
    </message>
    <message>
        <source>version %1: link to version %2 is broken</source>
        <translation>versie %1: de koppeling naar versie %2 is verbroken</translation>
    </message>
    <message>
        <source>%1 versions were saved but %2 are present</source>
        <translation>%1 versies zijn opgeslagen maar er zijn er %2 aanwezig</translation>
    </message>
    <message>
        <source>version %1 is not the version that was saved last</source>
        <translation>versie %1 is niet de versie die het laatst is opgeslagen</translation>
    </message>
    <message>
        <source>fork version %1 (%2)</source>
        <translation>zijtakversie %1 (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to another family</source>
        <translation>%1 hoort bij een ander gezin</translation>
    </message>
    <message>
        <source>%1 is also in the main chain</source>
        <translation>%1 staat ook in de hoofdketen</translation>
    </message>
    <message>
        <source>%1: link to its previous version is broken</source>
        <translation>%1: de koppeling naar de vorige versie is verbroken</translation>
    </message>
    <message>
        <source>version %1: the other head it merges is missing</source>
        <translation>versie %1: de andere kop die ze samenvoegt ontbreekt</translation>
    </message>
    <message>
        <source>it carries no author signature</source>
        <translation>ze draagt geen handtekening van de auteur</translation>
    </message>
    <message>
        <source>it is signed by a certificate this laptop does not trust for the team (%1)</source>
        <translation>ze is ondertekend met een certificaat dat deze laptop niet vertrouwt voor het team (%1)</translation>
    </message>
    <message>
        <source>its signature by %1 does not verify (changed after signing, or forged)</source>
        <translation>haar handtekening door %1 klopt niet (gewijzigd na ondertekening, of vervalst)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>een object verwacht</translation>
    </message>
    <message>
        <source>an action without its id or description</source>
        <translation>een actie zonder id of beschrijving</translation>
    </message>
    <message>
        <source>a member&apos;s name or organisation is not a text</source>
        <translation>de naam of organisatie van een teamlid is geen tekst</translation>
    </message>
    <message>
        <source>a goal&apos;s title is not a text</source>
        <translation>de titel van een doel is geen tekst</translation>
    </message>
    <message>
        <source>The evaluation period starts after it ends.</source>
        <translation>De evaluatieperiode begint nadat ze eindigt.</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Engagement and team preparation</source>
        <translation>Betrokkenheid en voorbereiding van het team</translation>
    </message>
    <message>
        <source>Initial plan development</source>
        <translation>Opstellen van het eerste plan</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>First contact; the family&apos;s story and strengths gathered; the team formed; crisis stabilisation if needed.</source>
        <translation>Eerste contact; het verhaal en de sterke kanten van het gezin verzameld; het team gevormd; zo nodig de crisis gestabiliseerd.</translation>
    </message>
    <message>
        <source>Until the family approves its first plan.</source>
        <translation>Tot het gezin zijn eerste plan goedkeurt.</translation>
    </message>
    <message>
        <source>Follow-up meetings and six-month evaluations.</source>
        <translation>Vervolgbijeenkomsten en halfjaarlijkse evaluaties.</translation>
    </message>
    <message>
        <source>Goals finalized, or the family decides to end: the transition plan, then closing.</source>
        <translation>Doelen afgerond, of het gezin besluit te stoppen: het overgangsplan, dan de afsluiting.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Bijstellen</translation>
    </message>
    <message>
        <source>Finalize (goal reached)</source>
        <translation>Afronden (doel bereikt)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>First plan meeting held</source>
        <translation>Eerste planbijeenkomst gehouden</translation>
    </message>
    <message>
        <source>First plan approved</source>
        <translation>Eerste plan goedgekeurd</translation>
    </message>
    <message>
        <source>Transition plan agreed at the closing meeting</source>
        <translation>Overgangsplan afgesproken in de afsluitende bijeenkomst</translation>
    </message>
    <message>
        <source>The evaluation period starts after it ends.</source>
        <translation>De evaluatieperiode begint nadat ze eindigt.</translation>
    </message>
    <message>
        <source>The evaluation period ends in the future.</source>
        <translation>De evaluatieperiode eindigt in de toekomst.</translation>
    </message>
    <message>
        <source>The evaluation period starts before the family&apos;s first meeting.</source>
        <translation>De evaluatieperiode begint vóór de eerste bijeenkomst van het gezin.</translation>
    </message>
    <message>
        <source>The plan version this evaluation is about no longer exists.</source>
        <translation>De planversie waar deze evaluatie over gaat, bestaat niet meer.</translation>
    </message>
    <message>
        <source>A rating of goal “%1” is outside 0–10.</source>
        <translation>Een score van doel “%1” ligt buiten 0–10.</translation>
    </message>
    <message>
        <source>Goal “%1” is not in the evaluated plan version.</source>
        <translation>Doel “%1” staat niet in de geëvalueerde planversie.</translation>
    </message>
    <message>
        <source>The decision on goal “%1” needs a reason.</source>
        <translation>Het besluit over doel “%1” heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Goal “%1” cannot be finalized: nobody has rated it.</source>
        <translation>Doel “%1” kan niet worden afgerond: niemand heeft het een score gegeven.</translation>
    </message>
    <message>
        <source>The plan has no goals to evaluate.</source>
        <translation>Het plan heeft geen doelen om te evalueren.</translation>
    </message>
    <message>
        <source>Write why (the overall decision) or the next steps.</source>
        <translation>Schrijf waarom (het totaalbesluit) of de volgende stappen.</translation>
    </message>
    <message>
        <source>The meeting date is in the future.</source>
        <translation>De datum van de bijeenkomst ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A phase change needs a reason.</source>
        <translation>Een faseovergang heeft een reden nodig.</translation>
    </message>
    <message>
        <source>The date of the phase change is in the future.</source>
        <translation>De datum van de faseovergang ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date is before the last phase change.</source>
        <translation>De datum ligt vóór de laatste faseovergang.</translation>
    </message>
    <message>
        <source>The family is already in this phase.</source>
        <translation>Het gezin is al in deze fase.</translation>
    </message>
    <message>
        <source>Phases go in order: engagement → plan development → implementation → transition (transition may come at any time).</source>
        <translation>Fasen gaan op volgorde: betrokkenheid → plan opstellen → uitvoering → overgang (overgang kan op elk moment).</translation>
    </message>
    <message>
        <source>Implementation starts once the family has approved a plan.</source>
        <translation>De uitvoering begint zodra het gezin een plan heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>The closing meeting date is in the future.</source>
        <translation>De datum van de afsluitende bijeenkomst ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Every support that continues needs what it is and who carries it.</source>
        <translation>Bij elke steun die doorgaat hoort wat het is en wie het draagt.</translation>
    </message>
    <message>
        <source>Name at least one person to call in a crisis after closure.</source>
        <translation>Noem minstens één persoon om te bellen bij een crisis na de afsluiting.</translation>
    </message>
</context>
<context>
    <name>CycleAgreementStep</name>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>The family a&amp;pproves</source>
        <translation>Het gezin &amp;keurt goed</translation>
    </message>
    <message>
        <source>The family approves</source>
        <translation>Het gezin keurt goed</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Goedgekeurd &amp;door:</translation>
    </message>
    <message>
        <source>%1 signs off</source>
        <translation>%1 tekent</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Getypte naam</translation>
    </message>
    <message>
        <source>Typed name of %1</source>
        <translation>Getypte naam van %1</translation>
    </message>
    <message>
        <source>Draw signature…</source>
        <translation>Handtekening zetten…</translation>
    </message>
    <message>
        <source>Draw the signature of %1</source>
        <translation>De handtekening van %1 zetten</translation>
    </message>
    <message>
        <source>✓ signature drawn</source>
        <translation>✓ handtekening gezet</translation>
    </message>
    <message>
        <source>Change the family&apos;s approval</source>
        <translation>Goedkeuring door het gezin wijzigen</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>Ondertekening wijzigen</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Handtekening van %1</translation>
    </message>
    <message>
        <source>%1, please sign below.</source>
        <translation>%1, teken hieronder.</translation>
    </message>
    <message>
        <source>The family approves the evaluation; each member present signs off. Recording it makes an evaluation that can no longer be changed.</source>
        <translation>Het gezin keurt de evaluatie goed; elke aanwezige tekent. Na het vastleggen kan de evaluatie niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>The family approves the transition plan; each member present signs off. Recording it closes the plan.</source>
        <translation>Het gezin keurt het overgangsplan goed; elke aanwezige tekent. Vastleggen sluit het plan af.</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Wraparound phase</source>
        <translation>Wraparound-fase</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Huidige fase</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Geschiedenis van de fasen</translation>
    </message>
    <message>
        <source>C&amp;hange phase…</source>
        <translation>Fase &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Six-month evaluations</source>
        <translation>Halfjaarlijkse evaluaties</translation>
    </message>
    <message>
        <source>Recorded evaluations</source>
        <translation>Vastgelegde evaluaties</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Closing meeting and transition p&amp;lan…</source>
        <translation>Afsluitende bijeenkomst en overgangs&amp;plan…</translation>
    </message>
    <message>
        <source>Start the closing meeting</source>
        <translation>De afsluitende bijeenkomst beginnen</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (by %3): %4</source>
        <translation>%1 — %2 (door %3): %4</translation>
    </message>
    <message>
        <source>Engagement since the family was registered.</source>
        <translation>Betrokkenheid sinds het gezin is ingeschreven.</translation>
    </message>
    <message>
        <source>%1 – %2 · plan version %3 · %4</source>
        <translation>%1 – %2 · planversie %3 · %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Evaluation %1 recorded by %2 on %3, at the same time as another evaluation %1 (by %4) on another laptop. Both are kept; neither replaces the other.</source>
        <translation>Evaluatie %1 vastgelegd door %2 op %3, tegelijk met een andere evaluatie %1 (door %4) op een andere laptop. Beide blijven bewaard; geen van beide vervangt de andere.</translation>
    </message>
    <message>
        <source>The next evaluation follows this one.</source>
        <translation>De volgende evaluatie volgt op deze.</translation>
    </message>
    <message>
        <source>A later evaluation follows this one.</source>
        <translation>Een latere evaluatie volgt op deze.</translation>
    </message>
    <message>
        <source>No later evaluation follows this one; it stays in the history as recorded.</source>
        <translation>Geen latere evaluatie volgt op deze; ze blijft in de geschiedenis zoals ze is vastgelegd.</translation>
    </message>
    <message>
        <source>Double-click to export this evaluation as a signed document.</source>
        <translation>Dubbelklik om deze evaluatie als ondertekend document te exporteren.</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Nog geen vastgelegd.</translation>
    </message>
    <message>
        <source>Transition plan recorded on %1.</source>
        <translation>Overgangsplan vastgelegd op %1.</translation>
    </message>
    <message>
        <source>When goals are reached, or the family decides to end: agree what continues, whom to call, how to come back, and celebrate.</source>
        <translation>Als doelen bereikt zijn, of het gezin besluit te stoppen: spreek af wat doorgaat, wie te bellen, hoe terug te komen, en vier het.</translation>
    </message>
</context>
<context>
    <name>CycleSteps</name>
    <message>
        <source>The evaluation decided to adjust: %1. Change these goals in the Goals step.</source>
        <translation>De evaluatie besloot bij te stellen: %1. Wijzig deze doelen in de stap Doelen.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Au&amp;ditlog…</translation>
    </message>
    <message>
        <source>&amp;Erase this family…</source>
        <translation>Dit gezin &amp;wissen…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back-up maken naar</translation>
    </message>
    <message>
        <source>VRAC backups (*.vracbak)</source>
        <translation>VRAC-back-ups (*.vracbak)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The signing certificate could not be used, so nothing was exported: %1</source>
        <translation>Het ondertekeningscertificaat kon niet worden gebruikt, dus er is niets geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Plan version %1 was exported and signed:
%2</source>
        <translation>Planversie %1 is geëxporteerd en ondertekend:
%2</translation>
    </message>
    <message>
        <source>The signature has no timestamp (no timestamp authority is set, or it could not be reached).</source>
        <translation>De handtekening heeft geen tijdstempel (er is geen tijdstempeldienst ingesteld, of die was niet bereikbaar).</translation>
    </message>
    <message>
        <source>The signature carries a timestamp.</source>
        <translation>De handtekening draagt een tijdstempel.</translation>
    </message>
    <message>
        <source>The signature carries a timestamp and the data to check it for years to come.</source>
        <translation>De handtekening draagt een tijdstempel en de gegevens om haar nog jarenlang te controleren.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>&amp;Print family copy…</source>
        <translation>Gezinsexemplaar af&amp;drukken…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Export all data of this family</source>
        <translation>Alle gegevens van dit gezin exporteren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-archieven (*.zip)</translation>
    </message>
    <message>
        <source>Collecting the family&apos;s data…</source>
        <translation>De gegevens van het gezin verzamelen…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Export six-month e&amp;valuation…</source>
        <translation>Halfjaarlijkse evaluatie e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>VRAC backups (*.vracbak);;All files (*)</source>
        <translation>VRAC-back-ups (*.vracbak);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup %1? The backup is checked first; nothing is replaced if it is damaged. The current data is kept in the backups folder.</source>
        <translation>De gegevens op deze computer vervangen door de back-up %1? De back-up wordt eerst gecontroleerd; als hij beschadigd is, wordt niets vervangen. De huidige gegevens blijven bewaard in de map met back-ups.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>The backup was restored: %1 families, %2 plan versions. The previous data is kept as %3.</source>
        <translation>De back-up is teruggezet: %1 gezinnen, %2 planversies. De vorige gegevens zijn bewaard als %3.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Recovery &amp;kit…</source>
        <translation>&amp;Herstelkit…</translation>
    </message>
    <message>
        <source>&amp;Team server sync…</source>
        <translation>Synchroniseren met de team&amp;server…</translation>
    </message>
    <message>
        <source>Export &amp;all data of this family…</source>
        <translation>&amp;Alle gegevens van dit gezin exporteren…</translation>
    </message>
    <message>
        <source>Export si&amp;gned plan…</source>
        <translation>Ondertekend &amp;plan exporteren…</translation>
    </message>
    <message>
        <source>Export signed tra&amp;nsition plan…</source>
        <translation>Ondertekend overgangsplan expo&amp;rteren…</translation>
    </message>
    <message>
        <source>Pr&amp;int the family copy of the plan…</source>
        <translation>Gezinsexemplaar van het plan af&amp;drukken…</translation>
    </message>
    <message>
        <source>vrac-backup.vracbak</source>
        <translation>vrac-back-up.vracbak</translation>
    </message>
    <message>
        <source>The encrypted backup was written to %1. It restores with your passphrase or your recovery key, also on another computer.</source>
        <translation>De versleutelde back-up is opgeslagen in %1. Hij is terug te zetten met je wachtwoordzin of je herstelsleutel, ook op een andere computer.</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Herstelkit</translation>
    </message>
    <message>
        <source>Make a new recovery key? Backups made from now on open with the new key only; backups made before still open with the old one.</source>
        <translation>Een nieuwe herstelsleutel maken? Back-ups die je vanaf nu maakt, gaan alleen nog open met de nieuwe sleutel; eerdere back-ups gaan nog open met de oude.</translation>
    </message>
    <message>
        <source>This backup comes from another computer or data folder. Type its recovery key (from the recovery kit), or the passphrase it was made with:</source>
        <translation>Deze back-up komt van een andere computer of gegevensmap. Typ de herstelsleutel (van de herstelkit) of de wachtwoordzin waarmee hij gemaakt is:</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Everything about this family was written to %1 (%2).</source>
        <translation>Alles over dit gezin staat in %1 (%2).</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>Dit gezin wissen</translation>
    </message>
    <message>
        <source>This erases everything about “%1”: every plan version, rating, meeting, draft and evaluation. It cannot be undone; backups are marked so a restore erases it again.

Type the family&apos;s name to confirm:</source>
        <translation>Dit wist alles over “%1”: elke planversie, score, elk overleg, concept en elke evaluatie. Dit kan niet ongedaan worden gemaakt; back-ups worden gemarkeerd zodat een herstel het opnieuw wist.

Typ de naam van het gezin om te bevestigen:</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>“%1” was erased.</source>
        <translation>“%1” is gewist.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Het auditlog exporteren</translation>
    </message>
    <message>
        <source>vrac-audit.csv</source>
        <translation>vrac-auditlog.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Type a date such as %1, or pick one in the calendar (Alt+Down). Empty: no date.</source>
        <translation>Typ een datum zoals %1, of kies er een in de kalender (Alt+Omlaag). Leeg: geen datum.</translation>
    </message>
    <message>
        <source>Pick in the calendar</source>
        <translation>Kiezen in de kalender</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Geen datum; typ bijvoorbeeld %1</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>Samenvatting van de wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <source>Show old and new side by side</source>
        <translation>Oud en nieuw naast elkaar tonen</translation>
    </message>
    <message>
        <source>Show the old and the new version in two columns instead of inline</source>
        <translation>De oude en de nieuwe versie in twee kolommen tonen in plaats van onder elkaar</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Geen wijzigingen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Toekomstbeeld</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actief vanaf</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actief tot</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Whose strength</source>
        <translation>Wiens kracht</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Wie pakt het op</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Waaraan we het merken</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Bekijken op</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Voor doel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Vroege signalen</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Wat we doen</translation>
    </message>
    <message>
        <source>Family approved</source>
        <translation>Gezin akkoord</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Akkoord op</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Akkoord gegeven door</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>Shared with the family</source>
        <translation>Gedeeld met het gezin</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Alleen voor hulpverleners</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Life skill</source>
        <translation>Levensvaardigheid</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>We do it ourselves</source>
        <translation>Dat doen we zelf</translation>
    </message>
    <message>
        <source>We need help</source>
        <translation>We hebben hulp nodig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>The family&apos;s story</source>
        <translation>Het verhaal van het gezin</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>The team&apos;s view</source>
        <translation>De kijk van het team</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(someone no longer in the team)</source>
        <translation>(iemand die niet meer in het team zit)</translation>
    </message>
    <message>
        <source>(a removed goal)</source>
        <translation>(een verwijderd doel)</translation>
    </message>
    <message>
        <source>(a removed need)</source>
        <translation>(een verwijderde behoefte)</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 wijziging</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and %2.</source>
        <translation>Er is niets veranderd tussen %1 en %2.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 naar %2</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Families with data</source>
        <translation>Gezinnen met gegevens</translation>
    </message>
    <message>
        <source>On the good side</source>
        <translation>Aan de goede kant</translation>
    </message>
    <message>
        <source>Median (middle half)</source>
        <translation>Mediaan (middelste helft)</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Streven</translation>
    </message>
    <message>
        <source>Withheld: 1 to 4 families, or a count that would give such a small number away.</source>
        <translation>Weggelaten: 1 tot 4 gezinnen, of een aantal waaruit zo&apos;n klein aantal af te leiden is.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed plan</source>
        <translation>Ondertekend plan exporteren</translation>
    </message>
    <message>
        <source>Export six-month evaluation</source>
        <translation>Halfjaarlijkse evaluatie exporteren</translation>
    </message>
    <message>
        <source>Export signed transition plan</source>
        <translation>Ondertekend overgangsplan exporteren</translation>
    </message>
    <message>
        <source>Export signed document</source>
        <translation>Ondertekend document exporteren</translation>
    </message>
    <message>
        <source>&amp;Family copy (leaves out professional-only items)</source>
        <translation>&amp;Gezinsexemplaar (zonder punten die alleen voor hulpverleners zijn)</translation>
    </message>
    <message>
        <source>&amp;Professional copy</source>
        <translation>Exemplaar voor hul&amp;pverleners</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Exemplaar:</translation>
    </message>
    <message>
        <source>P&amp;DF (the signed original)</source>
        <translation>P&amp;DF (het ondertekende origineel)</translation>
    </message>
    <message>
        <source>&amp;Word (.docx, editable, signature in a .p7s file)</source>
        <translation>&amp;Word (.docx, bewerkbaar, handtekening in een .p7s-bestand)</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Beide</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <source>Where to save the document</source>
        <translation>Waar het document wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose where to save the document</source>
        <translation>Kies waar het document wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Op&amp;slaan als:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Kies een bestand in een map die bestaat.</translation>
    </message>
    <message>
        <source>Print family copy</source>
        <translation>Gezinsexemplaar afdrukken</translation>
    </message>
</context>
<context>
    <name>FaceScale</name>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <translation>%1 (%2 van 5)</translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversies</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Search by family, child or team member name, or reference</source>
        <translation>Zoeken op naam van gezin, kind of teamlid, of op referentie</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>&amp;Afgesloten tonen</translation>
    </message>
    <message>
        <source>Show closed families</source>
        <translation>Afgesloten gezinnen tonen</translation>
    </message>
    <message>
        <source>Show families in phase</source>
        <translation>Gezinnen tonen in fase</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>The coach&apos;s &amp;week</source>
        <translation>De &amp;week van de coach</translation>
    </message>
    <message>
        <source>The coach&apos;s week</source>
        <translation>De week van de coach</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>No family matches your search.</source>
        <translation>Geen gezin gevonden voor deze zoekopdracht.</translation>
    </message>
    <message>
        <source>No families yet. Create one with “New family” (Ctrl+N).</source>
        <translation>Nog geen gezinnen. Maak er een aan met “Nieuw gezin” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>FamilyHome</name>
    <message>
        <source>Back to families</source>
        <translation>Terug naar de gezinnen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Overleg &amp;starten</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Overleg starten</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>Concept &amp;weggooien…</translation>
    </message>
    <message>
        <source>Discard the unsaved meeting draft</source>
        <translation>Het niet-bewaarde concept van het overleg weggooien</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Wat is er vera&amp;nderd</translation>
    </message>
    <message>
        <source>What changed between versions</source>
        <translation>Wat is er tussen de versies veranderd</translation>
    </message>
    <message>
        <source>Start six-month eval&amp;uation</source>
        <translation>Halfjaarlijkse evaluatie beg&amp;innen</translation>
    </message>
    <message>
        <source>Start six-month evaluation</source>
        <translation>Halfjaarlijkse evaluatie beginnen</translation>
    </message>
    <message>
        <source>Languages of the family</source>
        <translation>Talen van het gezin</translation>
    </message>
    <message>
        <source>⚠ This plan was changed on two laptops: &amp;reconcile the two versions…</source>
        <translation>⚠ Dit plan is op twee laptops gewijzigd: de twee versies &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Reconcile two versions of this plan</source>
        <translation>Twee versies van dit plan samenvoegen</translation>
    </message>
    <message>
        <source>Next meeting and evaluation</source>
        <translation>Volgend overleg en evaluatie</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Bereikte doelen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Family overview</source>
        <translation>Overzicht van het gezin</translation>
    </message>
    <message>
        <source>&amp;Team and history</source>
        <translation>&amp;Team en geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>Ph&amp;ases and evaluations</source>
        <translation>F&amp;asen en evaluaties</translation>
    </message>
    <message>
        <source>F&amp;idelity</source>
        <translation>&amp;Modeltrouw</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (afgesloten)</translation>
    </message>
    <message>
        <source>Spoken at home: %1</source>
        <translation>Thuis gesproken: %1</translation>
    </message>
    <message>
        <source>⚠ interpreter needed at meetings</source>
        <translation>⚠ tolk nodig bij overleggen</translation>
    </message>
    <message>
        <source>C&amp;ontinue meeting (draft)</source>
        <translation>&amp;Overleg voortzetten (concept)</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Volgend overleg: %1</translation>
    </message>
    <message>
        <source>The six-month evaluation is counted from the first approved plan.</source>
        <translation>De halfjaarlijkse evaluatie telt vanaf het eerste goedgekeurde plan.</translation>
    </message>
    <message>
        <source>⚠ The six-month evaluation is due (since %1).</source>
        <translation>⚠ De evaluatie na zes maanden is aan de beurt (sinds %1).</translation>
    </message>
    <message>
        <source>Six-month evaluation due on %1.</source>
        <translation>Evaluatie na zes maanden gepland op %1.</translation>
    </message>
    <message>
        <source>★ Goals reached — well done! %1</source>
        <translation>★ Doelen bereikt — goed gedaan! %1</translation>
    </message>
    <message>
        <source>sent by server account %1</source>
        <translation>verstuurd door serveraccount %1</translation>
    </message>
    <message>
        <source>Double-click to open this version read-only</source>
        <translation>Dubbelklik om deze versie alleen-lezen te openen</translation>
    </message>
    <message>
        <source>%1 — %2 present</source>
        <translation>%1 — %2 aanwezig</translation>
    </message>
    <message>
        <source>Double-click to open this meeting read-only</source>
        <translation>Dubbelklik om deze bijeenkomst alleen-lezen te openen</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversies</translation>
    </message>
    <message>
        <source>← Fami&amp;lies</source>
        <translation>← &amp;Gezinnen</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>Team aan&amp;passen…</translation>
    </message>
    <message>
        <source>The team is part of the plan: it is edited in the meeting&apos;s first step and saved with the next plan version.</source>
        <translation>Het team hoort bij het plan: je past het aan in de eerste stap van een overleg en het wordt bewaard met de volgende planversie.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Meeting history</source>
        <translation>Eerdere overleggen</translation>
    </message>
    <message>
        <source>&amp;Start first meeting</source>
        <translation>Eerste overleg &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Start follow-up meeting</source>
        <translation>Vervolgoverleg &amp;starten</translation>
    </message>
    <message>
        <source>No plan yet: the first meeting creates version 1.</source>
        <translation>Nog geen plan: het eerste overleg maakt versie 1.</translation>
    </message>
    <message>
        <source>Current plan: version %1</source>
        <translation>Huidig plan: versie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n doel</numerusform>
            <numerusform>%n doelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not done yet)</source>
        <translation>
            <numerusform>(%n nog niet gedaan)</numerusform>
            <numerusform>(%n nog niet gedaan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n teamlid</numerusform>
            <numerusform>%n teamleden</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>niet goedgekeurd</translation>
    </message>
    <message>
        <source>Version %1 — %2 by %3 (%4) · %5</source>
        <translation>Versie %1 — %2 door %3 (%4) · %5</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Gezinsweergave</translation>
    </message>
    <message>
        <source>The current plan in plain words, as the family sees it. Read-only.</source>
        <translation>Het huidige plan in gewone woorden, zoals het gezin het ziet. Alleen lezen.</translation>
    </message>
    <message>
        <source>The plan of %1</source>
        <translation>Het plan van %1</translation>
    </message>
    <message>
        <source>Goals we reached!</source>
        <translation>Doelen die we bereikt hebben!</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <source>Who is with us</source>
        <translation>Wie er bij ons zijn</translation>
    </message>
    <message>
        <source>Our story</source>
        <translation>Ons verhaal</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>Our strengths</source>
        <translation>Onze krachten</translation>
    </message>
    <message>
        <source>What we need</source>
        <translation>Wat we nodig hebben</translation>
    </message>
    <message>
        <source>Our dream for the future</source>
        <translation>Onze droom voor de toekomst</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Onze doelen</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation>Als het misgaat</translation>
    </message>
    <message>
        <source>We meet again on %1.</source>
        <translation>We zien elkaar terug op %1.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>We will choose a date together.</source>
        <translation>We kiezen samen een datum.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>People around us</source>
        <translation>Mensen om ons heen</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>What the team sees:</source>
        <translation>Wat het team ziet:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Friends and family</source>
        <translation>Vrienden en familie</translation>
    </message>
    <message>
        <source>We would like help with</source>
        <translation>Hier willen we hulp bij</translation>
    </message>
    <message>
        <source>We do this ourselves</source>
        <translation>Dit doen we zelf</translation>
    </message>
    <message>
        <source>comes first</source>
        <translation>gaat voor</translation>
    </message>
    <message>
        <source>How we will know: %1</source>
        <translation>Waaraan we het merken: %1</translation>
    </message>
    <message>
        <source>At the start %1 of 10, we aim for %2.</source>
        <translation>Bij de start %1 op 10, we mikken op %2.</translation>
    </message>
    <message>
        <source>the family %1</source>
        <translation>het gezin %1</translation>
    </message>
    <message>
        <source>the child %1</source>
        <translation>het kind %1</translation>
    </message>
    <message>
        <source>the team %1</source>
        <translation>het team %1</translation>
    </message>
    <message>
        <source>Now (%1): %2.</source>
        <translation>Nu (%1): %2.</translation>
    </message>
    <message>
        <source>We look at it again on %1.</source>
        <translation>We kijken er weer naar op %1.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestopt: %1</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Busy with it</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>(we still choose who)</source>
        <translation>(we kiezen nog wie)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>vóór %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>If %1</source>
        <translation>Als: %1</translation>
    </message>
    <message>
        <source>Early signs: %1</source>
        <translation>Eerste tekenen: %1</translation>
    </message>
    <message>
        <source>What we do: %1</source>
        <translation>Wat we dan doen: %1</translation>
    </message>
    <message>
        <source>Whom we call: %1</source>
        <translation>Wie we bellen: %1</translation>
    </message>
</context>
<context>
    <name>FamilyViewWindow</name>
    <message>
        <source>Family view</source>
        <translation>Gezinsweergave</translation>
    </message>
    <message>
        <source>Family view window</source>
        <translation>Venster met de gezinsweergave</translation>
    </message>
    <message>
        <source>Press Esc to close the family view.</source>
        <translation>Druk op Esc om de gezinsweergave te sluiten.</translation>
    </message>
</context>
<context>
    <name>FamilyVoice</name>
    <message>
        <source>Did the team listen to us?</source>
        <translation>Heeft het team naar ons geluisterd?</translation>
    </message>
    <message>
        <source>Does this plan feel like ours?</source>
        <translation>Voelt dit plan als ons eigen plan?</translation>
    </message>
    <message>
        <source>Do we know who does what now?</source>
        <translation>Weten we nu wie wat doet?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Helemaal niet</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Niet echt</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Een beetje</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Grotendeels</translation>
    </message>
    <message>
        <source>Yes, completely</source>
        <translation>Ja, helemaal</translation>
    </message>
</context>
<context>
    <name>FamilyVoicePanel</name>
    <message>
        <source>The family&apos;s voice</source>
        <translation>De stem van het gezin</translation>
    </message>
    <message>
        <source>Ask the family, and the child, three short questions and let them tap a face. They may leave a question out.</source>
        <translation>Stel het gezin, en het kind, drie korte vragen en laat hen een gezichtje aantikken. Ze mogen een vraag overslaan.</translation>
    </message>
    <message>
        <source>The &amp;child is here and answers too</source>
        <translation>Het &amp;kind is erbij en antwoordt ook</translation>
    </message>
    <message>
        <source>The child answers too</source>
        <translation>Het kind antwoordt ook</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>the family</source>
        <translation>het gezin</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>het kind</translation>
    </message>
    <message>
        <source>%1 — answer of %2</source>
        <translation>%1 — antwoord van %2</translation>
    </message>
    <message>
        <source>Click a face, or use Left/Right or the keys 1 to 5; Delete clears the answer.</source>
        <translation>Klik op een gezichtje, of gebruik Links/Rechts of de toetsen 1 tot 5; Delete wist het antwoord.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Een vraag beantwoorden</translation>
    </message>
    <message>
        <source>Remove the child&apos;s answers</source>
        <translation>De antwoorden van het kind verwijderen</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>All families</source>
        <translation>Alle gezinnen</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Coach %1</source>
        <translation>Coach %1</translation>
    </message>
    <message>
        <source>Fidelity summary of all families</source>
        <translation>Overzicht modeltrouw van alle gezinnen</translation>
    </message>
    <message>
        <source>On %1. Anonymous: no names, no references. Groups of fewer than 5 families are not shown, and counts of 1 to 4 families are withheld (&lt;5). Each measure on its own: there is no overall score.</source>
        <translation>Op %1. Anoniem: geen namen, geen kenmerken. Groepen van minder dan 5 gezinnen worden niet getoond en aantallen van 1 tot 4 gezinnen worden weggelaten (&lt;5). Elke maat staat op zichzelf: er is geen totaalscore.</translation>
    </message>
    <message>
        <source>Fewer than 5 families: nothing can be shown without making them recognisable.</source>
        <translation>Minder dan 5 gezinnen: niets kan worden getoond zonder hen herkenbaar te maken.</translation>
    </message>
    <message>
        <source>%1 families (%2 active) · plans with no informal support at all: %3</source>
        <translation>%1 gezinnen (%2 actief) · plannen zonder enige informele steun: %3</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Families with data</source>
        <translation>Gezinnen met gegevens</translation>
    </message>
    <message>
        <source>On the good side</source>
        <translation>Aan de goede kant</translation>
    </message>
    <message>
        <source>Median (middle half)</source>
        <translation>Mediaan (middelste helft)</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Streven</translation>
    </message>
    <message>
        <source>Families per team and per coach: %1. The distributions per team and per coach are in the CSV export of the same summary.</source>
        <translation>Gezinnen per team en per coach: %1. De verdelingen per team en per coach staan in de CSV-export van hetzelfde overzicht.</translation>
    </message>
    <message>
        <source>Is it really Wraparound? This period in figures</source>
        <translation>Is het echt Wraparound? Deze periode in cijfers</translation>
    </message>
    <message>
        <source>Read from the plan, the meetings and the family&apos;s own answers during the period. Each measure on its own: there is no overall score.</source>
        <translation>Afgelezen uit het plan, de overleggen en de eigen antwoorden van het gezin in deze periode. Elke maat staat op zichzelf: er is geen totaalscore.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Samenwerking in het team</translation>
    </message>
    <message>
        <source>Natural supports</source>
        <translation>Natuurlijk netwerk</translation>
    </message>
    <message>
        <source>Needs-based</source>
        <translation>Uitgaan van behoeften</translation>
    </message>
    <message>
        <source>Strengths-driven</source>
        <translation>Uitgaan van krachten</translation>
    </message>
    <message>
        <source>Outcomes-based</source>
        <translation>Gericht op resultaat</translation>
    </message>
    <message>
        <source>The family&apos;s voice</source>
        <translation>De stem van het gezin</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamgrootte</translation>
    </message>
    <message>
        <source>Team mix</source>
        <translation>Samenstelling van het team</translation>
    </message>
    <message>
        <source>Family at the meetings</source>
        <translation>Gezin bij de overleggen</translation>
    </message>
    <message>
        <source>Informal supports at the meetings</source>
        <translation>Informele steun bij de overleggen</translation>
    </message>
    <message>
        <source>Professionals at the meetings</source>
        <translation>Hulpverleners bij de overleggen</translation>
    </message>
    <message>
        <source>Actions of the busiest member</source>
        <translation>Acties van het drukste teamlid</translation>
    </message>
    <message>
        <source>Actions carried by family and informal supports</source>
        <translation>Acties gedragen door gezin en informele steun</translation>
    </message>
    <message>
        <source>Meetings with an informal support</source>
        <translation>Overleggen met informele steun</translation>
    </message>
    <message>
        <source>Informal supports on the team</source>
        <translation>Informele steun in het team</translation>
    </message>
    <message>
        <source>Goals tied to a need</source>
        <translation>Doelen gekoppeld aan een behoefte</translation>
    </message>
    <message>
        <source>Needs left without a goal</source>
        <translation>Behoeften zonder doel</translation>
    </message>
    <message>
        <source>Strengths per family member</source>
        <translation>Krachten per gezinslid</translation>
    </message>
    <message>
        <source>The child&apos;s talents</source>
        <translation>Talenten van het kind</translation>
    </message>
    <message>
        <source>Actions that use a strength</source>
        <translation>Acties die een kracht benutten</translation>
    </message>
    <message>
        <source>Goals we can measure</source>
        <translation>Meetbare doelen</translation>
    </message>
    <message>
        <source>Follow-ups where the family rated</source>
        <translation>Vervolgoverleggen waarin het gezin scoorde</translation>
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation>Evaluaties op tijd</translation>
    </message>
    <message>
        <source>Goals reached and celebrated</source>
        <translation>Doelen bereikt en gevierd</translation>
    </message>
    <message>
        <source>Listened to</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <source>Our own plan</source>
        <translation>Ons eigen plan</translation>
    </message>
    <message>
        <source>Clear who does what</source>
        <translation>Duidelijk wie wat doet</translation>
    </message>
    <message>
        <source>How many people are on the team around the family.</source>
        <translation>Hoeveel mensen er in het team rond het gezin zitten.</translation>
    </message>
    <message>
        <source>How many kinds of people are on the team: family, informal supports and professionals (3 is all of them).</source>
        <translation>Hoeveel soorten mensen er in het team zitten: gezin, informele steun en hulpverleners (3 is allemaal).</translation>
    </message>
    <message>
        <source>Of the family members on the team, how many came to the meetings, on average.</source>
        <translation>Van de gezinsleden in het team: hoeveel er gemiddeld naar de overleggen kwamen.</translation>
    </message>
    <message>
        <source>Of the informal supports on the team, how many came to the meetings, on average.</source>
        <translation>Van de informele steunfiguren in het team: hoeveel er gemiddeld naar de overleggen kwamen.</translation>
    </message>
    <message>
        <source>Of the professionals on the team, how many came to the meetings, on average.</source>
        <translation>Van de hulpverleners in het team: hoeveel er gemiddeld naar de overleggen kwamen.</translation>
    </message>
    <message>
        <source>The share of the open actions carried by the one person with the most. Lower is better: nobody should carry everything.</source>
        <translation>Het deel van de open acties dat de persoon met de meeste acties draagt. Lager is beter: niemand hoort alles te dragen.</translation>
    </message>
    <message>
        <source>The share of the actions carried by the family and people from their own network rather than by professionals.</source>
        <translation>Het deel van de acties dat het gezin en mensen uit het eigen netwerk dragen, in plaats van hulpverleners.</translation>
    </message>
    <message>
        <source>The share of the meetings where at least one informal support (a grandparent, neighbour, friend...) was there.</source>
        <translation>Het deel van de overleggen waarbij minstens één informele steunfiguur (een grootouder, buur, vriend...) aanwezig was.</translation>
    </message>
    <message>
        <source>How many people from the family&apos;s own network are on the team.</source>
        <translation>Hoeveel mensen uit het eigen netwerk van het gezin in het team zitten.</translation>
    </message>
    <message>
        <source>The share of the goals that answer a need the family named.</source>
        <translation>Het deel van de doelen dat antwoordt op een behoefte die het gezin noemde.</translation>
    </message>
    <message>
        <source>Needs where the family asked for help but no goal takes them up. Lower is better.</source>
        <translation>Behoeften waarvoor het gezin hulp vroeg maar die geen doel oppakt. Lager is beter.</translation>
    </message>
    <message>
        <source>How many strengths of the child, the parents and the family are written down, per family member on the team.</source>
        <translation>Hoeveel krachten van het kind, de ouders en het gezin zijn opgeschreven, per gezinslid in het team.</translation>
    </message>
    <message>
        <source>How many of the child&apos;s own talents are written down.</source>
        <translation>Hoeveel eigen talenten van het kind zijn opgeschreven.</translation>
    </message>
    <message>
        <source>The share of the actions whose description names a strength the plan recorded.</source>
        <translation>Het deel van de acties waarvan de beschrijving een kracht uit het plan noemt.</translation>
    </message>
    <message>
        <source>The share of the goals that say how we will know, with a target different from today&apos;s rating.</source>
        <translation>Het deel van de doelen dat zegt hoe we het zullen merken, met een streefcijfer dat verschilt van het cijfer van vandaag.</translation>
    </message>
    <message>
        <source>The share of the follow-up meetings where the family or the child rated their own progress.</source>
        <translation>Het deel van de vervolgoverleggen waarin het gezin of het kind de eigen vooruitgang een cijfer gaf.</translation>
    </message>
    <message>
        <source>The share of the six-month evaluations that were held on time (up to a month late).</source>
        <translation>Het deel van de halfjaarlijkse evaluaties dat op tijd werd gehouden (tot een maand te laat).</translation>
    </message>
    <message>
        <source>How many goals an evaluation found reached or closed as reached.</source>
        <translation>Hoeveel doelen een evaluatie bereikt vond of als bereikt afsloot.</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Did the team listen to us?&quot; (faces 1 to 5, on average).</source>
        <translation>Het antwoord van het gezin op &quot;Heeft het team naar ons geluisterd?&quot; (gezichtjes 1 tot 5, gemiddeld).</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Does this plan feel like ours?&quot; (faces 1 to 5, on average).</source>
        <translation>Het antwoord van het gezin op &quot;Voelt dit plan als ons eigen plan?&quot; (gezichtjes 1 tot 5, gemiddeld).</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Do we know who does what now?&quot; (faces 1 to 5, on average).</source>
        <translation>Het antwoord van het gezin op &quot;Weten we nu wie wat doet?&quot; (gezichtjes 1 tot 5, gemiddeld).</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>nog geen plan</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>nog geen overleg gehouden</translation>
    </message>
    <message>
        <source>no follow-up meeting yet</source>
        <translation>nog geen vervolgoverleg</translation>
    </message>
    <message>
        <source>nobody of this kind on the team</source>
        <translation>niemand van deze soort in het team</translation>
    </message>
    <message>
        <source>no family member on the team</source>
        <translation>geen gezinslid in het team</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>nog geen doelen</translation>
    </message>
    <message>
        <source>no needs yet</source>
        <translation>nog geen behoeften</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>nog geen acties</translation>
    </message>
    <message>
        <source>fewer than two actions</source>
        <translation>minder dan twee acties</translation>
    </message>
    <message>
        <source>no strengths yet</source>
        <translation>nog geen krachten</translation>
    </message>
    <message>
        <source>no evaluation due yet</source>
        <translation>nog geen evaluatie verschuldigd</translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation>nog geen evaluatie</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>nog geen antwoorden</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <source>aim: at least %1</source>
        <translation>streven: minstens %1</translation>
    </message>
    <message>
        <source>aim: at most %1</source>
        <translation>streven: hoogstens %1</translation>
    </message>
</context>
<context>
    <name>FidelityPeriodPanel</name>
    <message>
        <source>Is it really Wraparound? This period in figures</source>
        <translation>Is het echt Wraparound? Deze periode in cijfers</translation>
    </message>
    <message>
        <source>Fidelity over the period</source>
        <translation>Modeltrouw over de periode</translation>
    </message>
    <message>
        <source>Set a period that ends after it starts.</source>
        <translation>Kies een periode die eindigt na het begin.</translation>
    </message>
</context>
<context>
    <name>FidelitySummaryDialog</name>
    <message>
        <source>Fidelity summary of all families</source>
        <translation>Overzicht modeltrouw van alle gezinnen</translation>
    </message>
    <message>
        <source>Anonymous: no names, no references, coaches by number. Groups of fewer than 5 families are not shown and counts of 1 to 4 families are withheld (&lt;5). Each measure on its own: there is no overall score.</source>
        <translation>Anoniem: geen namen, geen kenmerken, coaches met een nummer. Groepen van minder dan 5 gezinnen worden niet getoond en aantallen van 1 tot 4 gezinnen worden weggelaten (&lt;5). Elke maat staat op zichzelf: er is geen totaalscore.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verdelingen</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Reading every family…</source>
        <translation>Alle gezinnen worden gelezen…</translation>
    </message>
    <message>
        <source>Fidelity summary</source>
        <translation>Overzicht modeltrouw</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>Het overzicht kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 (fewer than 5 families: not shown)</source>
        <translation>%1 (minder dan 5 gezinnen: niet getoond)</translation>
    </message>
    <message>
        <source>Fewer than 5 families in this group: nothing is shown, so that no family can be recognised.</source>
        <translation>Minder dan 5 gezinnen in deze groep: er wordt niets getoond, zodat geen gezin herkenbaar is.</translation>
    </message>
    <message>
        <source>%1 families (%2 active) · plans with no informal support at all: %3</source>
        <translation>%1 gezinnen (%2 actief) · plannen zonder enige informele steun: %3</translation>
    </message>
    <message>
        <source>Save the summary as CSV</source>
        <translation>Het overzicht als CSV opslaan</translation>
    </message>
    <message>
        <source>fidelity-summary.csv</source>
        <translation>overzicht-modeltrouw.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>fidelity-summary.pdf</source>
        <translation>overzicht-modeltrouw.pdf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Het overzicht als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FidelityTab</name>
    <message>
        <source>Is it really Wraparound? What the plan and its history show, measure by measure. There is no overall score: each measure says what it counts and what to aim for. The small charts show each measure at every plan version.</source>
        <translation>Is het echt Wraparound? Wat het plan en zijn geschiedenis laten zien, maat voor maat. Er is geen totaalscore: elke maat zegt wat ze telt en waarnaar te streven. De kleine grafieken tonen elke maat bij elke planversie.</translation>
    </message>
    <message>
        <source>What to look at next</source>
        <translation>Waar nu naar te kijken</translation>
    </message>
    <message>
        <source>This family is closed: time-based measures stop at its last meeting.</source>
        <translation>Dit gezin is afgesloten: maten die met de tijd te maken hebben stoppen bij het laatste overleg.</translation>
    </message>
    <message>
        <source>Nothing stands out: keep going as you are.</source>
        <translation>Niets springt eruit: ga zo door.</translation>
    </message>
    <message>
        <source>No informal support is on the team yet: who in the family&apos;s own network (grandparent, neighbour, friend, coach at the club) could join?</source>
        <translation>Er zit nog geen informele steun in het team: wie uit het eigen netwerk van het gezin (grootouder, buur, vriend, trainer bij de club) kan aansluiten?</translation>
    </message>
    <message>
        <source>No informal support has an action yet.</source>
        <translation>Nog geen enkele informele steunfiguur heeft een actie.</translation>
    </message>
    <message>
        <source>One person carries more than half of the open actions: can others take some?</source>
        <translation>Eén persoon draagt meer dan de helft van de open acties: kunnen anderen er een paar overnemen?</translation>
    </message>
    <message>
        <source>The family was often not all there: plan the meetings at a time and place that suit them.</source>
        <translation>Het gezin was vaak niet compleet: plan de overleggen op een tijd en plek die hen past.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) not tied to a need.</source>
        <translation>
            <numerusform>%n doel niet gekoppeld aan een behoefte.</numerusform>
            <numerusform>%n doelen niet gekoppeld aan een behoefte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) where the family asked for help but no goal takes them up.</source>
        <translation>
            <numerusform>%n behoefte waarvoor het gezin hulp vroeg maar die geen doel oppakt.</numerusform>
            <numerusform>%n behoeften waarvoor het gezin hulp vroeg maar die geen doel oppakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the child&apos;s own talents is written down.</source>
        <translation>Er is nog geen enkel eigen talent van het kind opgeschreven.</translation>
    </message>
    <message>
        <source>No action names a strength it builds on.</source>
        <translation>Geen enkele actie noemt een kracht waarop ze voortbouwt.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) without &quot;how will we know&quot; or with a target equal to today&apos;s rating.</source>
        <translation>
            <numerusform>%n doel zonder &quot;hoe merken we het&quot; of met een streefcijfer gelijk aan het cijfer van vandaag.</numerusform>
            <numerusform>%n doelen zonder &quot;hoe merken we het&quot; of met een streefcijfer gelijk aan het cijfer van vandaag.</numerusform>
        </translation>
    </message>
    <message>
        <source>The family rarely rated its own progress at the follow-ups.</source>
        <translation>Het gezin gaf de eigen vooruitgang zelden een cijfer bij de vervolgoverleggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n six-month evaluation(s) missed or late.</source>
        <translation>
            <numerusform>%n halfjaarlijkse evaluatie gemist of te laat.</numerusform>
            <numerusform>%n halfjaarlijkse evaluaties gemist of te laat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s answers after the meetings are low on %n question(s): ask them what would help.</source>
        <translation>
            <numerusform>De antwoorden van het gezin na de overleggen zijn laag op %n vraag: vraag hen wat zou helpen.</numerusform>
            <numerusform>De antwoorden van het gezin na de overleggen zijn laag op %n vragen: vraag hen wat zou helpen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStep</name>
    <message>
        <source>Since last time</source>
        <translation>Sinds de vorige keer</translation>
    </message>
    <message>
        <source>Rate each goal again from 0 to 10 — the family, the child and the team each give their own rating — and go through the open actions.</source>
        <translation>Geef elk doel opnieuw een score van 0 tot 10 — het gezin, het kind en het team geven elk hun eigen score — en loop de openstaande acties door.</translation>
    </message>
    <message>
        <source>Ratings today</source>
        <translation>Scores van vandaag</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>nog geen score</translation>
    </message>
    <message>
        <source>family</source>
        <translation>gezin</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Start → target</source>
        <translation>Begin → streven</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>★ Reached — closed by the evaluation</source>
        <translation>★ Bereikt — afgerond door de evaluatie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rating of %1 by the %2</source>
        <translation>Score voor %1 door het %2</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Het plan heeft nog geen doelen.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status van %1</translation>
    </message>
    <message>
        <source>Why not done / why stopped</source>
        <translation>Waarom niet gedaan / waarom gestopt</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Reden voor %1</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <source>Rate goal</source>
        <translation>Doel scoren</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Actie bijwerken</translation>
    </message>
</context>
<context>
    <name>GoalReviewStep</name>
    <message>
        <source>How far did we get? First the family says what helped and what did not, then the team. Then we decide together.</source>
        <translation>Hoe ver zijn we gekomen? Eerst zegt het gezin wat hielp en wat niet, dan het team. Daarna besluiten we samen.</translation>
    </message>
    <message>
        <source>Baseline, latest ratings and target</source>
        <translation>Beginscore, laatste scores en streefscore</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>In de woorden van het gezin</translation>
    </message>
    <message>
        <source>What helped us…</source>
        <translation>Wat ons hielp…</translation>
    </message>
    <message>
        <source>What helped, in the family&apos;s words</source>
        <translation>Wat hielp, in de woorden van het gezin</translation>
    </message>
    <message>
        <source>What did not help…</source>
        <translation>Wat niet hielp…</translation>
    </message>
    <message>
        <source>What did not help, in the family&apos;s words</source>
        <translation>Wat niet hielp, in de woorden van het gezin</translation>
    </message>
    <message>
        <source>What &amp;helped:</source>
        <translation>Wat &amp;hielp:</translation>
    </message>
    <message>
        <source>What did &amp;not help:</source>
        <translation>Wat &amp;niet hielp:</translation>
    </message>
    <message>
        <source>The team&apos;s view</source>
        <translation>De kijk van het team</translation>
    </message>
    <message>
        <source>What helped, the team&apos;s view</source>
        <translation>Wat hielp, volgens het team</translation>
    </message>
    <message>
        <source>What did not help, the team&apos;s view</source>
        <translation>Wat niet hielp, volgens het team</translation>
    </message>
    <message>
        <source>Professionals &amp;only (left out of the family&apos;s copy)</source>
        <translation>Alleen &amp;hulpverleners (niet in het exemplaar van het gezin)</translation>
    </message>
    <message>
        <source>What helped:</source>
        <translation>Wat hielp:</translation>
    </message>
    <message>
        <source>What did not help:</source>
        <translation>Wat niet hielp:</translation>
    </message>
    <message>
        <source>Verdict and decision</source>
        <translation>Oordeel en besluit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden voor het besluit</translation>
    </message>
    <message>
        <source>Why we decide this</source>
        <translation>Waarom we dit besluiten</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Latest — family:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;child:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;team:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Target:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Begin:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Laatst — gezin:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;kind:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;team:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Doel:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Suggested from the ratings (not decided until you record it): %1, %2.</source>
        <translation>Voorstel op basis van de scores (pas besloten als je het vastlegt): %1, %2.</translation>
    </message>
    <message>
        <source>Type in the evaluation</source>
        <translation>Typen in de evaluatie</translation>
    </message>
    <message>
        <source>Change who sees the team&apos;s view</source>
        <translation>Wijzigen wie de kijk van het team ziet</translation>
    </message>
    <message>
        <source>Decide on the goal</source>
        <translation>Over het doel besluiten</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>A few goals, each tied to needs, with how we will know and a 0–10 scale: where we are today and where we aim to be.</source>
        <translation>Enkele doelen, elk gekoppeld aan behoeften, met waaraan we het merken en een schaal van 0–10: waar we nu staan en waar we naartoe willen.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How will we know</source>
        <translation>Hoe weten we het</translation>
    </message>
    <message>
        <source>At the start (0–10)</source>
        <translation>Bij de start (0–10)</translation>
    </message>
    <message>
        <source>Target (0–10)</source>
        <translation>Streven (0–10)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Bekijken op</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <source>No needs yet. Write what the family needs in the “%1” step; here you then tick the needs the selected goal serves.</source>
        <translation>Nog geen behoeften. Schrijf wat het gezin nodig heeft in de stap ‘%1’; hier vink je dan aan welke behoeften het gekozen doel dient.</translation>
    </message>
    <message>
        <source>Needs this goal serves</source>
        <translation>Behoeften die dit doel dient</translation>
    </message>
    <message>
        <source>Needs the selected goal serves</source>
        <translation>Behoeften die het gekozen doel dient</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>The plan as it was</source>
        <translation>Het plan zoals het was</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>(empty plan)</source>
        <translation>(leeg plan)</translation>
    </message>
    <message>
        <source>Plan version %1 (read-only)</source>
        <translation>Planversie %1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>The plan as it was saved, and what changed from the version before. Nothing here can be changed.</source>
        <translation>Het plan zoals het is opgeslagen, en wat er veranderd is sinds de versie ervoor. Hier kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Meeting of %1 at %2 (read-only). Attendance: %3.</source>
        <translation>Bijeenkomst van %1 in %2 (alleen-lezen). Aanwezigheid: %3.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Bijeenkomst van %1</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Selectie verwijderen (%1)</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Prof. only</source>
        <translation>Alleen hulpv.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Informal support</source>
        <translation>Informele steun</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Life skill</source>
        <translation>Levensvaardigheid</translation>
    </message>
    <message>
        <source>Network / neighbourhood</source>
        <translation>Netwerk / buurt</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>We need help</source>
        <translation>We hebben hulp nodig</translation>
    </message>
    <message>
        <source>We handle this ourselves</source>
        <translation>Dit regelen we zelf</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>The family&apos;s language</source>
        <translation>De taal van het gezin</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>VRAC Desktop is locked</source>
        <translation>VRAC Desktop is vergrendeld</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Melding bij ontgrendelen</translation>
    </message>
    <message>
        <source>Your data was locked to keep it private. Type the passphrase to continue.</source>
        <translation>Je gegevens zijn vergrendeld om ze privé te houden. Typ de wachtwoordzin om verder te gaan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Your data was locked to keep it private. Unlock with your OS account (the key is in its keyring).</source>
        <translation>Je gegevens zijn vergrendeld om ze privé te houden. Ontgrendel met je account van het besturingssysteem (de sleutel staat in de sleutelbos daarvan).</translation>
    </message>
    <message>
        <source>Unlock with your OS &amp;account</source>
        <translation>Ontgrendelen met je &amp;account</translation>
    </message>
    <message>
        <source>That passphrase is wrong; nothing was changed (wrong attempts in a row: %1).</source>
        <translation>Die wachtwoordzin is onjuist; er is niets gewijzigd (onjuiste pogingen op rij: %1).</translation>
    </message>
    <message>
        <source>Type the passphrase to unlock.</source>
        <translation>Typ de wachtwoordzin om te ontgrendelen.</translation>
    </message>
    <message>
        <source>The next try is possible in %1 s.</source>
        <translation>De volgende poging kan over %1 s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VRAC Desktop</source>
        <translation>VRAC Desktop</translation>
    </message>
    <message>
        <source>Data encrypted · key in OS keyring</source>
        <translation>Gegevens versleuteld · sleutel in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Data encrypted · passphrase</source>
        <translation>Gegevens versleuteld · wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>Fidelity &amp;summary of all families…</source>
        <translation>&amp;Overzicht modeltrouw van alle gezinnen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Ge&amp;zin</translation>
    </message>
    <message>
        <source>What &amp;changed…</source>
        <translation>Wat is er &amp;veranderd…</translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation>&amp;Fase wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Transition plan (closing meeting)</source>
        <translation>&amp;Overgangsplan (afsluitende bijeenkomst)</translation>
    </message>
    <message>
        <source>C&amp;lose family (hide from the list)</source>
        <translation>Gezin af&amp;sluiten (verbergen in de lijst)</translation>
    </message>
    <message>
        <source>&amp;Reopen family</source>
        <translation>Gezin &amp;heropenen</translation>
    </message>
    <message>
        <source>Family &amp;details and languages…</source>
        <translation>Gezins&amp;gegevens en talen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Start six-month evaluation</source>
        <translation>Halfjaarlijkse &amp;evaluatie beginnen</translation>
    </message>
    <message>
        <source>The coach&apos;s &amp;week</source>
        <translation>De &amp;week van de coach</translation>
    </message>
    <message>
        <source>&amp;Family view</source>
        <translation>&amp;Gezinsweergave</translation>
    </message>
    <message>
        <source>Family view on &amp;second screen</source>
        <translation>Gezinsweergave op tweede s&amp;cherm</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Taal van de app</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About VRAC Desktop</source>
        <translation>&amp;Over VRAC Desktop</translation>
    </message>
    <message>
        <source>Family details</source>
        <translation>Gezinsgegevens</translation>
    </message>
    <message>
        <source>The meeting keeps its language until it is closed.</source>
        <translation>Het overleg behoudt zijn taal tot het gesloten wordt.</translation>
    </message>
    <message>
        <source>C&amp;ontinue meeting</source>
        <translation>Overleg verd&amp;erzetten</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>Concept &amp;weggooien…</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>Open eerst een gezin.</translation>
    </message>
    <message>
        <source>Leave the meeting first.</source>
        <translation>Verlaat eerst het overleg.</translation>
    </message>
    <message>
        <source>Unfinished meeting</source>
        <translation>Onafgerond overleg</translation>
    </message>
    <message>
        <source>A meeting with %1 was not saved as a plan version (last autosave %2). Continue it now?</source>
        <translation>Een overleg met %1 is niet opgeslagen als planversie (laatst automatisch bewaard: %2). Nu hervatten?</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Draft not readable</source>
        <translation>Concept niet leesbaar</translation>
    </message>
    <message>
        <source>An unfinished meeting of this family is open first; finish or leave it before starting another.</source>
        <translation>Eerst is een onafgemaakte bijeenkomst van dit gezin geopend; rond die af of verlaat die voordat je een andere begint.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>%1 — meeting — VRAC Desktop</source>
        <translation>%1 — overleg — VRAC Desktop</translation>
    </message>
    <message>
        <source>Transition plan recorded; the plan is closed.</source>
        <translation>Overgangsplan vastgelegd; het plan is afgesloten.</translation>
    </message>
    <message>
        <source>Evaluation recorded.</source>
        <translation>Evaluatie vastgelegd.</translation>
    </message>
    <message>
        <source>Adjust goals</source>
        <translation>Doelen bijstellen</translation>
    </message>
    <message>
        <source>&amp;Start follow-up meeting</source>
        <translation>&amp;Vervolgbijeenkomst beginnen</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Het concept weggooien?</translation>
    </message>
    <message>
        <source>The unsaved meeting with %1 is thrown away. The plan versions stay as they are. Discard it?</source>
        <translation>Het niet-bewaarde overleg met %1 wordt weggegooid. De planversies blijven zoals ze zijn. Weggooien?</translation>
    </message>
    <message>
        <source>The meeting draft was discarded.</source>
        <translation>Het concept van het overleg is weggegooid.</translation>
    </message>
    <message>
        <source>Saved as plan version %1.</source>
        <translation>Opgeslagen als planversie %1.</translation>
    </message>
    <message numerus="yes">
        <source>The evaluation decided to adjust %n goal(s). Start the follow-up meeting that adjusts them now?</source>
        <translation>
            <numerusform>De evaluatie besloot %n doel bij te stellen. Nu de vervolgbijeenkomst beginnen die het bijstelt?</numerusform>
            <numerusform>De evaluatie besloot %n doelen bij te stellen. Nu de vervolgbijeenkomst beginnen die ze bijstelt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation>Overleg niet opgeslagen</translation>
    </message>
    <message>
        <source>This meeting is not saved as a plan version yet. It is kept as a draft and offered back next time. Close anyway?</source>
        <translation>Dit overleg is nog niet opgeslagen als planversie. Het blijft bewaard als concept en wordt de volgende keer opnieuw aangeboden. Toch sluiten?</translation>
    </message>
    <message>
        <source>About VRAC Desktop</source>
        <translation>Over VRAC Desktop</translation>
    </message>
    <message>
        <source>VRAC Desktop %1
Wraparound Care team meetings: one family, one plan.</source>
        <translation>VRAC Desktop %1
Wraparound Care-teamoverleg: één gezin, één plan.</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save meeting as plan version</source>
        <translation>Overleg bewaren als planversie</translation>
    </message>
    <message>
        <source>Save the meeting as a new plan version (Ctrl+S)</source>
        <translation>Het overleg bewaren als nieuwe planversie (Ctrl+S)</translation>
    </message>
    <message>
        <source>Leave meeting (keep draft)</source>
        <translation>Overleg verlaten (concept bewaren)</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Status van automatisch opslaan</translation>
    </message>
    <message>
        <source>Meeting steps</source>
        <translation>Stappen van het overleg</translation>
    </message>
    <message>
        <source>&amp;Record the evaluation</source>
        <translation>Evaluatie &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Record the transition plan and close</source>
        <translation>Overgangsplan &amp;vastleggen en afsluiten</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Volgende →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>&amp;Save as plan version</source>
        <translation>Bewaren als &amp;planversie</translation>
    </message>
    <message>
        <source>Save the meeting as a plan version</source>
        <translation>Het overleg bewaren als planversie</translation>
    </message>
    <message numerus="yes">
        <source>(%n to fix)</source>
        <translation>
            <numerusform>(%n op te lossen)</numerusform>
            <numerusform>(%n op te lossen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in this step</source>
        <translation>
            <numerusform>%n probleem op te lossen in deze stap</numerusform>
            <numerusform>%n problemen op te lossen in deze stap</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1 — retrying</source>
        <translation>Automatisch opslaan mislukt: %1 — nieuwe poging volgt</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Concept bewaard om %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>The plan cannot be saved until these are fixed (your work is kept as a draft):

%1</source>
        <translation>Het plan kan pas worden opgeslagen als deze punten zijn opgelost (je werk blijft bewaard als concept):

%1</translation>
    </message>
    <message>
        <source>Not approved by the family</source>
        <translation>Geen akkoord van het gezin</translation>
    </message>
    <message>
        <source>The family has not approved this plan. Save it anyway as a version without approval?</source>
        <translation>Het gezin is niet akkoord gegaan met dit plan. Toch opslaan als versie zonder akkoord?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1
Your work is kept as a draft.</source>
        <translation>Het overleg kon niet worden opgeslagen: %1
Je werk blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Record the transition plan and close this family&apos;s plan? The family is then closed (and kept as the retention rules say).</source>
        <translation>Het overgangsplan vastleggen en het plan van dit gezin afsluiten? Het gezin wordt dan gesloten (en bewaard zoals de bewaarregels zeggen).</translation>
    </message>
    <message>
        <source>Record this evaluation? It can no longer be changed afterwards.</source>
        <translation>Deze evaluatie vastleggen? Daarna kan ze niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Nothing was recorded; your work is kept as a draft:

%1</source>
        <translation>Er is niets vastgelegd; je werk is bewaard als concept:

%1</translation>
    </message>
    <message>
        <source>Nothing was recorded (%1); your work is kept as a draft.</source>
        <translation>Er is niets vastgelegd (%1); je werk is bewaard als concept.</translation>
    </message>
</context>
<context>
    <name>MeetingRecordStep</name>
    <message>
        <source>The meeting</source>
        <translation>De bijeenkomst</translation>
    </message>
    <message>
        <source>When the meeting was held, who was there, and the minutes. Absent or excused members stay in the team.</source>
        <translation>Wanneer de bijeenkomst was, wie er waren, en het verslag. Afwezigen of afgemelden blijven in het team.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum van de bijeenkomst</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Datum van de bijeenkomst:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Facilitato&amp;r:</source>
        <translation>Gespreks&amp;leider:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Minutes and notes</source>
        <translation>Verslag en notities</translation>
    </message>
    <message>
        <source>What was discussed and agreed…</source>
        <translation>Wat besproken en afgesproken is…</translation>
    </message>
    <message>
        <source>Min&amp;utes / notes:</source>
        <translation>Verslag / n&amp;otities:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Aanwezigheid van %1</translation>
    </message>
    <message>
        <source>The team is empty.</source>
        <translation>Het team is leeg.</translation>
    </message>
    <message>
        <source>Change the meeting date</source>
        <translation>Datum van de bijeenkomst wijzigen</translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation>Gespreksleider wijzigen</translation>
    </message>
    <message>
        <source>Type the place</source>
        <translation>De plaats typen</translation>
    </message>
    <message>
        <source>Type the minutes</source>
        <translation>Het verslag typen</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Aanwezigheid wijzigen</translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message>
        <source>Meeting time</source>
        <translation>Tijd van de bijeenkomst</translation>
    </message>
    <message>
        <source>Pause or resume the meeting timer</source>
        <translation>De tijd van de bijeenkomst pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Meeting timer</source>
        <translation>Tijdklok van de bijeenkomst</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Needs &amp; vision</source>
        <translation>Behoeften &amp; toekomstbeeld</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume the meeting timer</source>
        <translation>De tijdklok hervatten</translation>
    </message>
    <message>
        <source>Pause the meeting timer</source>
        <translation>De tijdklok pauzeren</translation>
    </message>
    <message>
        <source>%1 runs over by 1 minute.</source>
        <translation>%1 loopt 1 minuut uit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs over by %n minutes.</source>
        <translation>
            <numerusform>%1 loopt %n minuut uit.</numerusform>
            <numerusform>%1 loopt %n minuten uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 of %2 planned</source>
        <translation>Totaal %1 van %2 gepland</translation>
    </message>
</context>
<context>
    <name>NeedChoiceDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Which &amp;needs does the new goal serve?</source>
        <translation>Aan welke &amp;behoeften werkt het nieuwe doel?</translation>
    </message>
    <message>
        <source>Needs the new goal serves</source>
        <translation>Behoeften waaraan het nieuwe doel werkt</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <source>Needs and vision</source>
        <translation>Behoeften en toekomstbeeld</translation>
    </message>
    <message>
        <source>What the family needs in each part of life: what it handles itself and where it needs help.</source>
        <translation>Wat het gezin nodig heeft op elk levensgebied: wat het zelf doet en waar het hulp bij nodig heeft.</translation>
    </message>
    <message>
        <source>Need or wish</source>
        <translation>Behoefte of wens</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Wie pakt het op</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>need</source>
        <translation>behoefte</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>Behoe&amp;fte toevoegen</translation>
    </message>
    <message>
        <source>Our vis&amp;ion: life when things are better</source>
        <translation>Ons toe&amp;komstbeeld: het leven als het beter gaat</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>Taal van het gezin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Taal van het gezin:</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>Talen die thuis gesproken worden</translation>
    </message>
    <message>
        <source>e.g. Arabic, Tigrinya</source>
        <translation>bv. Arabisch, Tigrinya</translation>
    </message>
    <message>
        <source>Spoken at &amp;home:</source>
        <translation>T&amp;huis gesproken:</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed at meetings</source>
        <translation>T&amp;olk nodig bij overleggen</translation>
    </message>
    <message>
        <source>The family needs a name.</source>
        <translation>Het gezin heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>OverallStep</name>
    <message>
        <source>Overall decision</source>
        <translation>Totaalbesluit</translation>
    </message>
    <message>
        <source>Looking back together, and what we do next.</source>
        <translation>Samen terugkijken, en wat we hierna doen.</translation>
    </message>
    <message>
        <source>Overall &amp;decision:</source>
        <translation>&amp;Totaalbesluit:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Volgende stappen:</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>In de eigen woorden van het gezin</translation>
    </message>
    <message>
        <source>The family&apos;s reflection</source>
        <translation>Terugblik van het gezin</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s reflection:</source>
        <translation>Terugblik van het &amp;gezin:</translation>
    </message>
    <message>
        <source>The team&apos;s reflection</source>
        <translation>Terugblik van het team</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s reflection:</source>
        <translation>Terugblik van het &amp;team:</translation>
    </message>
    <message>
        <source>Change the overall decision</source>
        <translation>Totaalbesluit wijzigen</translation>
    </message>
    <message>
        <source>Type in the evaluation</source>
        <translation>Typen in de evaluatie</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Type the passphrase to open your data.</source>
        <translation>Typ de wachtwoordzin om je gegevens te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message numerus="yes">
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. Nobody can reset it: if you forget it, only the recovery kit the app makes next opens your data.</source>
        <translation>
            <numerusform>Er is geen veilige sleutelbos op deze computer, dus je gegevens worden beschermd met een wachtwoordzin. Kies er een van minstens %n teken. Niemand kan hem opnieuw instellen: als je hem vergeet, opent alleen de herstelkit die de app hierna maakt je gegevens.</numerusform>
            <numerusform>Er is geen veilige sleutelbos op deze computer, dus je gegevens worden beschermd met een wachtwoordzin. Kies er een van minstens %n tekens. Niemand kan hem opnieuw instellen: als je hem vergeet, opent alleen de herstelkit die de app hierna maakt je gegevens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>De wachtwoordzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De wachtwoordzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>PeriodStep</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The six months we look back on. It starts at the plan&apos;s first meeting (or the last evaluation).</source>
        <translation>De zes maanden waarop we terugkijken. Ze beginnen bij de eerste bijeenkomst van het plan (of de laatste evaluatie).</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message numerus="yes">
        <source>We evaluate plan version %1 (%n goal(s)).</source>
        <translation>
            <numerusform>We evalueren planversie %1 (%n doel).</numerusform>
            <numerusform>We evalueren planversie %1 (%n doelen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation>Periode wijzigen</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Nieuwe fase:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Datum van de wijziging</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>e.g. the team is formed, the family decides to end</source>
        <translation>bijv. het team is gevormd, het gezin besluit te stoppen</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Bijstellen</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Family copy</source>
        <translation>Exemplaar voor het gezin</translation>
    </message>
    <message>
        <source>Professional copy (contains professional-only notes)</source>
        <translation>Exemplaar voor hulpverleners (bevat notities alleen voor hulpverleners)</translation>
    </message>
    <message>
        <source>the family coach</source>
        <translation>de gezinscoach</translation>
    </message>
    <message>
        <source>The original of this document is a PDF file signed electronically. Open it in a PDF reader (for example Adobe Acrobat Reader) and look at its signatures: the reader shows who signed, and warns if anything was changed after signing. A Word copy is for editing; its signature is in a separate .p7s file.</source>
        <translation>Het origineel van dit document is een elektronisch ondertekend PDF-bestand. Open het in een PDF-lezer (bijvoorbeeld Adobe Acrobat Reader) en bekijk de handtekeningen: de lezer toont wie ondertekende en waarschuwt als er na het ondertekenen iets is veranderd. Een Word-kopie is om te bewerken; de handtekening daarvan staat in een apart .p7s-bestand.</translation>
    </message>
    <message>
        <source>This document belongs to plan version %1. Every plan version has its own fingerprint, printed below. %2 can compare it with their records to confirm that this is the plan as it was agreed.</source>
        <translation>Dit document hoort bij planversie %1. Elke planversie heeft een eigen vingerafdruk; die staat hieronder. %2 kan die vergelijken met de eigen gegevens om te bevestigen dat dit het plan is zoals het is afgesproken.</translation>
    </message>
    <message>
        <source>How to check this document</source>
        <translation>Zo controleert u dit document</translation>
    </message>
    <message>
        <source>Six-month evaluation</source>
        <translation>Halfjaarlijkse evaluatie</translation>
    </message>
    <message>
        <source>Professional copy</source>
        <translation>Exemplaar voor hulpverleners</translation>
    </message>
    <message>
        <source>plan version %1</source>
        <translation>planversie %1</translation>
    </message>
    <message>
        <source>Fingerprint of plan version %1: %2</source>
        <translation>Vingerafdruk van planversie %1: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversie</translation>
    </message>
    <message>
        <source>Plan version hash (SHA-256)</source>
        <translation>Hash van de planversie (SHA-256)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>No goals were evaluated.</source>
        <translation>Er zijn geen doelen geëvalueerd.</translation>
    </message>
    <message>
        <source>Drawing the goal charts</source>
        <translation>De grafieken van de doelen tekenen</translation>
    </message>
    <message>
        <source>A goal no longer in the plan</source>
        <translation>Een doel dat niet meer in het plan staat</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>Evaluation %1, by %2 on %3</source>
        <translation>Evaluatie %1, door %2 op %3</translation>
    </message>
    <message>
        <source>DRAFT — suggestions, not decided</source>
        <translation>CONCEPT — voorstellen, niet besloten</translation>
    </message>
    <message>
        <source>This is a draft computed from the ratings: the verdicts and decisions below are suggestions that nobody has taken yet.</source>
        <translation>Dit is een concept berekend uit de scores: de oordelen en besluiten hieronder zijn voorstellen die nog niemand heeft genomen.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Recorded at the same time on another laptop: %1. That is a separate evaluation with its own decisions, not part of this document; both are kept.</source>
        <translation>Tegelijk vastgelegd op een andere laptop: %1. Dat is een aparte evaluatie met eigen besluiten, die niet in dit document staat; beide blijven bewaard.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Goal reached and closed: a success to celebrate together.</source>
        <translation>Doel bereikt en afgerond: een succes om samen te vieren.</translation>
    </message>
    <message>
        <source>Baseline → latest → target</source>
        <translation>Begin → laatste → doel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Beginscore</translation>
    </message>
    <message>
        <source>Latest rating by the family</source>
        <translation>Laatste score van het gezin</translation>
    </message>
    <message>
        <source>Latest rating by the child</source>
        <translation>Laatste score van het kind</translation>
    </message>
    <message>
        <source>Latest rating by the team</source>
        <translation>Laatste score van het team</translation>
    </message>
    <message>
        <source>What helped (the family&apos;s words)</source>
        <translation>Wat hielp (woorden van het gezin)</translation>
    </message>
    <message>
        <source>What did not help (the family&apos;s words)</source>
        <translation>Wat niet hielp (woorden van het gezin)</translation>
    </message>
    <message>
        <source>What helped (the team&apos;s view)</source>
        <translation>Wat hielp (kijk van het team)</translation>
    </message>
    <message>
        <source>What did not help (the team&apos;s view)</source>
        <translation>Wat niet hielp (kijk van het team)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden voor het besluit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Voortgangsgrafiek</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Successes to celebrate</source>
        <translation>Successen om te vieren</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>The family&apos;s reflection:</source>
        <translation>Terugblik van het gezin:</translation>
    </message>
    <message>
        <source>The team&apos;s reflection:</source>
        <translation>Terugblik van het team:</translation>
    </message>
    <message>
        <source>Overall decision</source>
        <translation>Besluit over het geheel</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Volgende stappen:</translation>
    </message>
    <message>
        <source>Not agreed: this is a draft.</source>
        <translation>Niet afgesproken: dit is een concept.</translation>
    </message>
    <message>
        <source>The family approved this evaluation on %1 (%2).</source>
        <translation>Het gezin heeft deze evaluatie goedgekeurd op %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this evaluation.</source>
        <translation>Het gezin heeft deze evaluatie niet goedgekeurd.</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Nog niemand heeft getekend.</translation>
    </message>
    <message>
        <source>%1 actions: %2 done, %3 in progress, %4 planned, %5 stopped.</source>
        <translation>%1 acties: %2 klaar, %3 bezig, %4 gepland, %5 gestopt.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Nog geen acties afgesproken.</translation>
    </message>
    <message>
        <source>Transition plan agreed at the closing meeting of %1</source>
        <translation>Overgangsplan afgesproken in de afsluitende bijeenkomst van %1</translation>
    </message>
    <message>
        <source>Six-month evaluation of %1 – %2</source>
        <translation>Halfjaarlijkse evaluatie van %1 – %2</translation>
    </message>
    <message>
        <source>Plan approved by the family on %1</source>
        <translation>Plan goedgekeurd door het gezin op %1</translation>
    </message>
    <message>
        <source>Plan version %1, not yet approved by the family</source>
        <translation>Planversie %1, nog niet goedgekeurd door het gezin</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Ons toekomstbeeld</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Gezinsplan</translation>
    </message>
    <message>
        <source>%1 · plan version %2 · %3</source>
        <translation>%1 · planversie %2 · %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Nog geen teamleden.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>In the family&apos;s words:</source>
        <translation>In de woorden van het gezin:</translation>
    </message>
    <message>
        <source>What goes well:</source>
        <translation>Wat goed gaat:</translation>
    </message>
    <message>
        <source>The team&apos;s view:</source>
        <translation>De kijk van het team:</translation>
    </message>
    <message>
        <source>The team&apos;s view (professional only):</source>
        <translation>De kijk van het team (alleen voor hulpverleners):</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kracht</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>No strengths written down yet.</source>
        <translation>Nog geen krachten opgeschreven.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Wie pakt het op</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>No needs written down yet.</source>
        <translation>Nog geen behoeften opgeschreven.</translation>
    </message>
    <message>
        <source>No goals set yet.</source>
        <translation>Nog geen doelen gesteld.</translation>
    </message>
    <message>
        <source>Progress per life domain</source>
        <translation>Voortgang per levensgebied</translation>
    </message>
    <message>
        <source>How will we know</source>
        <translation>Hoe weten we het</translation>
    </message>
    <message>
        <source>Today (baseline)</source>
        <translation>Vandaag (beginscore)</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Laatste cijfer</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Serves the needs</source>
        <translation>Dient de behoeften</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Voor doel</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Wat kan er misgaan</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Eerste signalen</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Wat we dan doen</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Wie bellen we</translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation>Nog geen veiligheidsplan opgesteld.</translation>
    </message>
    <message>
        <source>The family approved this plan on %1 (%2).</source>
        <translation>Het gezin heeft dit plan goedgekeurd op %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this plan yet.</source>
        <translation>Het gezin heeft dit plan nog niet goedgekeurd.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgend overleg</translation>
    </message>
    <message>
        <source>Nobody has signed this plan yet.</source>
        <translation>Nog niemand heeft dit plan ondertekend.</translation>
    </message>
    <message>
        <source>Transition plan</source>
        <translation>Overgangsplan</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation>Afsluitende bijeenkomst</translation>
    </message>
    <message>
        <source>Transition plan hash (SHA-256)</source>
        <translation>Hash van het overgangsplan (SHA-256)</translation>
    </message>
    <message>
        <source>What continues, and who carries it</source>
        <translation>Wat doorgaat, en wie het draagt</translation>
    </message>
    <message>
        <source>What continues</source>
        <translation>Wat doorgaat</translation>
    </message>
    <message>
        <source>Who carries it</source>
        <translation>Wie het draagt</translation>
    </message>
    <message>
        <source>Nothing continues after closure.</source>
        <translation>Niets gaat door na de afsluiting.</translation>
    </message>
    <message>
        <source>Whom to call in a crisis</source>
        <translation>Wie te bellen in een crisis</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Hoe te bereiken</translation>
    </message>
    <message>
        <source>How the family can come back</source>
        <translation>Hoe het gezin kan terugkomen</translation>
    </message>
    <message>
        <source>The family approved this transition plan on %1 (%2).</source>
        <translation>Het gezin heeft dit overgangsplan goedgekeurd op %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this transition plan.</source>
        <translation>Het gezin heeft dit overgangsplan niet goedgekeurd.</translation>
    </message>
    <message>
        <source>family plan</source>
        <translation>gezinsplan</translation>
    </message>
    <message>
        <source>six-month evaluation</source>
        <translation>halfjaarlijkse evaluatie</translation>
    </message>
    <message>
        <source>transition plan</source>
        <translation>overgangsplan</translation>
    </message>
    <message>
        <source>family copy</source>
        <translation>gezinsexemplaar</translation>
    </message>
    <message>
        <source>professional copy</source>
        <translation>exemplaar voor hulpverleners</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pagina&apos;s met voorkeuren</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Your name, recorded as author of saved plans</source>
        <translation>Je naam, vastgelegd als auteur van bewaarde plannen</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Organisation named on exported documents</source>
        <translation>Organisatie die op geëxporteerde documenten staat</translation>
    </message>
    <message>
        <source>Organisation logo (PNG file)</source>
        <translation>Logo van de organisatie (PNG-bestand)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Logo (PNG):</source>
        <translation>Logo (PNG):</translation>
    </message>
    <message>
        <source>Signing &amp;place:</source>
        <translation>&amp;Plaats van ondertekening:</translation>
    </message>
    <message>
        <source>Place recorded in document signatures</source>
        <translation>Plaats die in de handtekening van documenten komt</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source> min (0: never)</source>
        <translation> min (0: nooit)</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch op&amp;slaan elke:</translation>
    </message>
    <message>
        <source>Autosave the meeting every this many seconds</source>
        <translation>Het overleg elke zoveel seconden automatisch opslaan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Family view type size:</source>
        <translation>Lettergrootte van de &amp;gezinsweergave:</translation>
    </message>
    <message>
        <source>Type size of the family view</source>
        <translation>Lettergrootte van de gezinsweergave</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every:</source>
        <translation>Automatische &amp;back-up elke:</translation>
    </message>
    <message>
        <source>Automatic backup every this many hours</source>
        <translation>Automatische back-up elke zoveel uur</translation>
    </message>
    <message>
        <source> h (0: never)</source>
        <translation> u (0: nooit)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Be&amp;waren:</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Aantal automatische back-ups om te bewaren</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logo van de organisatie</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Het logobestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The logo file %1 is not a PNG image; save it as PNG and choose it again.</source>
        <translation>Het logobestand %1 is geen PNG-afbeelding; sla het op als PNG en kies het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A team member has no name.</source>
        <translation>Een teamlid heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is in the team more than once.</source>
        <translation>%1 staat meer dan eens in het team.</translation>
    </message>
    <message>
        <source>This text is longer than %2 characters; shorten it.</source>
        <translation>Deze tekst is langer dan %2 tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>A strength has no text.</source>
        <translation>Een kracht heeft geen tekst.</translation>
    </message>
    <message>
        <source>A need has no text.</source>
        <translation>Een behoefte heeft geen tekst.</translation>
    </message>
    <message>
        <source>A goal has no title.</source>
        <translation>Een doel heeft geen titel.</translation>
    </message>
    <message>
        <source>Goal %1 is not tied to any need: tick the needs it serves.</source>
        <translation>Doel %1 hoort bij geen enkele behoefte: vink de behoeften aan waar het bij hoort.</translation>
    </message>
    <message>
        <source>Goal %1 refers to a need that was removed.</source>
        <translation>Doel %1 verwijst naar een behoefte die is verwijderd.</translation>
    </message>
    <message>
        <source>Goal %1: the rating today must be 0 to 10.</source>
        <translation>Doel %1: de score van vandaag moet tussen 0 en 10 liggen.</translation>
    </message>
    <message>
        <source>Goal %1: the target must be 0 to 10.</source>
        <translation>Doel %1: het streefcijfer moet tussen 0 en 10 liggen.</translation>
    </message>
    <message>
        <source>Goal %1 does not say how we will know.</source>
        <translation>Bij doel %1 staat niet hoe we het merken.</translation>
    </message>
    <message>
        <source>An action has no description.</source>
        <translation>Een actie heeft geen omschrijving.</translation>
    </message>
    <message>
        <source>Action %1 has no responsible person.</source>
        <translation>Actie %1 heeft geen verantwoordelijke.</translation>
    </message>
    <message>
        <source>The person responsible for %1 is no longer in the team: choose another.</source>
        <translation>De verantwoordelijke voor %1 zit niet meer in het team: kies iemand anders.</translation>
    </message>
    <message>
        <source>Action %1 serves a goal that was removed.</source>
        <translation>Actie %1 hoort bij een doel dat is verwijderd.</translation>
    </message>
    <message>
        <source>Action %1 was stopped: say why.</source>
        <translation>Actie %1 is gestopt: zeg waarom.</translation>
    </message>
    <message>
        <source>Action %1 was due in the past.</source>
        <translation>Actie %1 had al klaar moeten zijn.</translation>
    </message>
    <message>
        <source>A safety item does not say the risk.</source>
        <translation>Bij een veiligheidspunt staat niet wat het risico is.</translation>
    </message>
    <message>
        <source>Someone signed who is not in the team.</source>
        <translation>Iemand heeft ondertekend die niet in het team zit.</translation>
    </message>
    <message>
        <source>A sign-off has no typed name.</source>
        <translation>Bij een ondertekening ontbreekt de getypte naam.</translation>
    </message>
    <message>
        <source>A rating must be 0 to 10.</source>
        <translation>Een score moet tussen 0 en 10 liggen.</translation>
    </message>
    <message>
        <source>A rating is for a goal that was removed.</source>
        <translation>Een score hoort bij een doel dat is verwijderd.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Toekomstbeeld</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Approved by the family</source>
        <translation>Goedgekeurd door het gezin</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Same in both</source>
        <translation>In beide gelijk</translation>
    </message>
    <message>
        <source>%1 only left · %2 only right · %3 changed</source>
        <translation>%1 alleen links · %2 alleen rechts · %3 gewijzigd</translation>
    </message>
    <message>
        <source>Two versions of this plan</source>
        <translation>Twee versies van dit plan</translation>
    </message>
    <message>
        <source>This plan was changed on two laptops while they were offline. Both versions are kept; nothing was lost. Choose for each section which one to keep, then save: this adds a new version that joins the two.</source>
        <translation>Dit plan is op twee laptops gewijzigd terwijl ze offline waren. Beide versies zijn bewaard; er is niets verloren gegaan. Kies per onderdeel welke je houdt en sla dan op: dat voegt een nieuwe versie toe die de twee samenbrengt.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>&amp;Save reconciled plan</source>
        <translation>Samengevoegd plan op&amp;slaan</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>Versie %1 door %2, %3</translation>
    </message>
    <message>
        <source>Other version %1 by %2, %3</source>
        <translation>Andere versie %1 door %2, %3</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Dit houden</translation>
    </message>
    <message>
        <source>Keep %1 from version %2</source>
        <translation>%1 uit versie %2 houden</translation>
    </message>
    <message>
        <source>This combination cannot be saved; nothing was saved. Choose other sections or fix the plan first:</source>
        <translation>Deze combinatie kan niet worden opgeslagen; er is niets opgeslagen. Kies andere onderdelen of pas eerst het plan aan:</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <source>Made on %1 on the computer %2, for the data folder %3.</source>
        <translation>Gemaakt op %1 op de computer %2, voor de gegevensmap %3.</translation>
    </message>
    <message>
        <source>Install VRAC Desktop on the new computer.</source>
        <translation>Installeer VRAC Desktop op de nieuwe computer.</translation>
    </message>
    <message>
        <source>Copy your newest backup file (.vracbak) to it, for example from a USB stick or the organisation&apos;s backup drive.</source>
        <translation>Kopieer je nieuwste back-upbestand (.vracbak) ernaartoe, bijvoorbeeld van een USB-stick of de back-upschijf van de organisatie.</translation>
    </message>
    <message>
        <source>Start VRAC Desktop and choose File ▸ Restore from a backup…, or run: %1</source>
        <translation>Start VRAC Desktop en kies Bestand ▸ Back-up terugzetten…, of voer uit: %1</translation>
    </message>
    <message>
        <source>Type the recovery key from this page when asked. The backup is checked before anything is replaced.</source>
        <translation>Typ de herstelsleutel van deze pagina als erom gevraagd wordt. De back-up wordt gecontroleerd voordat er iets vervangen wordt.</translation>
    </message>
    <message>
        <source>Print this page and keep it in a locked place away from the computer: a safe, or a locked cabinet at the office.</source>
        <translation>Druk deze pagina af en bewaar ze achter slot, niet bij de computer: in een kluis of een afgesloten kast op kantoor.</translation>
    </message>
    <message>
        <source>Never keep it in the laptop bag, never send it by e-mail, and delete the PDF file once it is printed.</source>
        <translation>Bewaar ze nooit in de laptoptas, verstuur ze nooit per e-mail en verwijder het pdf-bestand zodra het afgedrukt is.</translation>
    </message>
    <message>
        <source>Anyone who has this key and a backup can read the plans. If the page is lost or seen by others, make a new kit at once (File ▸ Recovery kit…).</source>
        <translation>Wie deze sleutel en een back-up heeft, kan de plannen lezen. Is de pagina zoek of hebben anderen ze gezien, maak dan meteen een nieuwe kit (Bestand ▸ Herstelkit…).</translation>
    </message>
    <message>
        <source>A new kit replaces this one: backups made after it open with the new key only; backups made before still open with this key.</source>
        <translation>Een nieuwe kit vervangt deze: back-ups die daarna gemaakt worden, gaan alleen open met de nieuwe sleutel; eerdere back-ups gaan nog open met deze sleutel.</translation>
    </message>
    <message>
        <source>VRAC Desktop — Recovery kit</source>
        <translation>VRAC Desktop — Herstelkit</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>Letters A–Z and digits 2–7; dashes, spaces and upper or lower case do not matter.</source>
        <translation>Letters A–Z en cijfers 2–7; streepjes, spaties en hoofd- of kleine letters maken niet uit.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Waarvoor dient ze</translation>
    </message>
    <message>
        <source>The plans in VRAC Desktop are encrypted. This key opens your backups when the computer is lost, stolen or broken, or when the passphrase is forgotten: with it and a backup file, all the data comes back on a new computer. Nobody else has a copy of this key, not even the makers of VRAC Desktop.</source>
        <translation>De plannen in VRAC Desktop zijn versleuteld. Deze sleutel opent je back-ups als de computer verloren, gestolen of kapot is, of als de wachtwoordzin vergeten is: met de sleutel en een back-upbestand komen alle gegevens terug op een nieuwe computer. Niemand anders heeft een kopie van deze sleutel, ook de makers van VRAC Desktop niet.</translation>
    </message>
    <message>
        <source>Restoring on a new computer</source>
        <translation>Terugzetten op een nieuwe computer</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Waar bewaar je ze</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <source>Recovery kit</source>
        <translation>Herstelkit</translation>
    </message>
    <message>
        <source>Welcome. Before you start: this is the recovery key of your data. </source>
        <translation>Welkom. Voor je begint: dit is de herstelsleutel van je gegevens. </translation>
    </message>
    <message>
        <source>With it and a backup file, all plans can be restored on a new computer when this one is lost, stolen or broken, or the passphrase is forgotten. It is shown only now: save the kit as PDF, print it, and keep the page in a locked place away from this computer.</source>
        <translation>Met deze sleutel en een back-upbestand zijn alle plannen terug te zetten op een nieuwe computer als deze verloren, gestolen of kapot is, of als de wachtwoordzin vergeten is. Ze wordt alleen nu getoond: sla de kit op als pdf, druk hem af en bewaar de pagina achter slot, niet bij deze computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Recovery key as QR code</source>
        <translation>Herstelsleutel als QR-code</translation>
    </message>
    <message>
        <source>The kit is not saved yet.</source>
        <translation>De kit is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Save the kit as PDF…</source>
        <translation>Kit op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Save the recovery kit as PDF</source>
        <translation>De herstelkit opslaan als pdf</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Close the recovery kit</source>
        <translation>De herstelkit sluiten</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>De herstelkit opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>vrac-recovery-kit.pdf</source>
        <translation>vrac-herstelkit.pdf</translation>
    </message>
    <message>
        <source>The kit could not be saved: %1</source>
        <translation>De kit kon niet opgeslagen worden: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file.</source>
        <translation>Opgeslagen als %1. Druk hem af en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <source>The kit was not saved. Did you write the recovery key down? It will not be shown again.</source>
        <translation>De kit is niet opgeslagen. Heb je de herstelsleutel opgeschreven? Ze wordt niet meer getoond.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>De gekozen rij van %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>What could go wrong, the early signs, what we do then and whom we call.</source>
        <translation>Wat er mis kan gaan, de vroege signalen, wat we dan doen en wie we bellen.</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Wat kan er misgaan</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Vroege signalen</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Wat we doen</translation>
    </message>
    <message>
        <source>Whom we call</source>
        <translation>Wie we bellen</translation>
    </message>
    <message>
        <source>safety item</source>
        <translation>veiligheidspunt</translation>
    </message>
    <message>
        <source>&amp;Add safety item</source>
        <translation>Veiligheids&amp;punt toevoegen</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Handtekeningvak</translation>
    </message>
    <message>
        <source>Draw a signature with the mouse, a finger or a pen. Ctrl+Z removes the last stroke, Delete clears the pad. The typed name is the sign-off; a drawn signature is optional.</source>
        <translation>Zet een handtekening met de muis, een vinger of een pen. Ctrl+Z haalt de laatste streep weg, Delete maakt het vak leeg. De getypte naam is de ondertekening; een getekende handtekening is niet verplicht.</translation>
    </message>
    <message>
        <source>Sign with the mouse, a finger or a pen</source>
        <translation>Teken met de muis, een vinger of een pen</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier tekenen</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Certificate documents are signed with</source>
        <translation>Certificaat waarmee documenten worden ondertekend</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents are signed with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documenten worden ondertekend met&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import the organisation&apos;s certificate…</source>
        <translation>Certificaat van de organisatie &amp;importeren…</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s certificate (PKCS#12 file)</source>
        <translation>Certificaat van de organisatie importeren (PKCS#12-bestand)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organisation CAs this computer trusts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Certificaatautoriteiten (CA&apos;s) van organisaties die deze computer vertrouwt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted organisation CAs</source>
        <translation>Vertrouwde CA&apos;s van organisaties</translation>
    </message>
    <message>
        <source>&amp;Trust an organisation CA…</source>
        <translation>CA van een organisatie &amp;vertrouwen…</translation>
    </message>
    <message>
        <source>Trust an organisation CA certificate</source>
        <translation>Het CA-certificaat van een organisatie vertrouwen</translation>
    </message>
    <message>
        <source>E&amp;xport the certificate for recipients…</source>
        <translation>Certificaat voor ontvangers e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the organisation&apos;s CA certificate for recipients</source>
        <translation>Het CA-certificaat van de organisatie exporteren voor ontvangers</translation>
    </message>
    <message>
        <source>Timestamp authority address</source>
        <translation>Adres van de tijdstempeldienst</translation>
    </message>
    <message>
        <source>Timestamp &amp;authority:</source>
        <translation>&amp;Tijdstempeldienst:</translation>
    </message>
    <message>
        <source>With a timestamp authority, signatures carry the time it vouches for and the data needed to check them for years (PAdES B-LT). Offline, documents are signed without a timestamp.</source>
        <translation>Met een tijdstempeldienst dragen handtekeningen het tijdstip waarvoor die dienst instaat, en de gegevens om ze jarenlang te controleren (PAdES B-LT). Offline worden documenten zonder tijdstempel ondertekend.</translation>
    </message>
    <message>
        <source>No certificate yet. The first export makes one for you (self-signed: recipients cannot tell who signed). Import the organisation&apos;s certificate so schools, courts and families can check documents.</source>
        <translation>Nog geen certificaat. Bij de eerste export wordt er een voor je gemaakt (zelfondertekend: ontvangers kunnen niet zien wie ondertekende). Importeer het certificaat van de organisatie, zodat scholen, rechtbanken en gezinnen documenten kunnen controleren.</translation>
    </message>
    <message>
        <source>Organisation certificate, issued by %1.</source>
        <translation>Certificaat van de organisatie, uitgegeven door %1.</translation>
    </message>
    <message>
        <source>Your own certificate, made on this computer (self-signed): recipients cannot tell who signed.</source>
        <translation>Je eigen certificaat, gemaakt op deze computer (zelfondertekend): ontvangers kunnen niet zien wie ondertekende.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Geldig tot %1.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, geldig tot %2</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s certificate</source>
        <translation>Certificaat van de organisatie importeren</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-certificaten (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Wachtwoord van het certificaat</translation>
    </message>
    <message>
        <source>Password of %1 (given by the organisation):</source>
        <translation>Wachtwoord van %1 (gekregen van de organisatie):</translation>
    </message>
    <message>
        <source>The certificate was not imported; nothing changed. %1</source>
        <translation>Het certificaat is niet geïmporteerd; er is niets veranderd. %1</translation>
    </message>
    <message>
        <source>Documents are now signed by %1.</source>
        <translation>Documenten worden nu ondertekend door %1.</translation>
    </message>
    <message>
        <source>Trust an organisation CA</source>
        <translation>CA van een organisatie vertrouwen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The CA was not added; nothing changed. %1</source>
        <translation>De CA is niet toegevoegd; er is niets veranderd. %1</translation>
    </message>
    <message>
        <source>Documents signed with certificates issued by %1 now verify.</source>
        <translation>Documenten ondertekend met certificaten uitgegeven door %1 worden nu als geldig herkend.</translation>
    </message>
    <message>
        <source>Export the certificate for recipients</source>
        <translation>Certificaat voor ontvangers exporteren</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificaten (*.pem)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Er is niets geëxporteerd. %1</translation>
    </message>
    <message>
        <source>Written to %1. Recipients check documents with it (for example pyhanko sign validate --trust, or vrac-desktop verify --trust).</source>
        <translation>Opgeslagen in %1. Ontvangers controleren er documenten mee (bijvoorbeeld pyhanko sign validate --trust, of vrac-desktop verify --trust).</translation>
    </message>
    <message>
        <source>The timestamp authority must be an http:// or https:// address.</source>
        <translation>De tijdstempeldienst moet een http://- of https://-adres zijn.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>VRAC Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation>VRAC Desktop is al geopend met deze gegevensmap; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>VRAC Desktop is already running with this data folder (process %1), but it did not answer. Switch to it, or close it and start again; nothing was changed.</source>
        <translation>VRAC Desktop draait al met deze gegevensmap (proces %1), maar reageert niet. Ga naar dat venster, of sluit het en start opnieuw; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SituationStep</name>
    <message>
        <source>Our situation</source>
        <translation>Onze situatie</translation>
    </message>
    <message>
        <source>The family tells its story in its own words. The team&apos;s view is written separately.</source>
        <translation>Het gezin vertelt zijn verhaal in eigen woorden. De kijk van het team wordt apart genoteerd.</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;story</source>
        <translation>Het verhaal van het &amp;gezin</translation>
    </message>
    <message>
        <source>What happened, what is hard for us…</source>
        <translation>Wat er gebeurd is, wat moeilijk is voor ons…</translation>
    </message>
    <message>
        <source>What goes &amp;well</source>
        <translation>Wat goed g&amp;aat</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s view</source>
        <translation>De &amp;kijk van het team</translation>
    </message>
</context>
<context>
    <name>StrengthsStep</name>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Talents, life skills and the resources around the family.</source>
        <translation>Talenten, levensvaardigheden en de hulpbronnen rond het gezin.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kracht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>kracht</translation>
    </message>
    <message>
        <source>&amp;Add strength</source>
        <translation>&amp;Kracht toevoegen</translation>
    </message>
</context>
<context>
    <name>SuccessesStep</name>
    <message>
        <source>Successes to celebrate</source>
        <translation>Successen om te vieren</translation>
    </message>
    <message>
        <source>What the family achieved: the goals reached first. Name them and celebrate them together.</source>
        <translation>Wat het gezin bereikt heeft: eerst de bereikte doelen. Benoem ze en vier ze samen.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Successen</translation>
    </message>
    <message>
        <source>&amp;Add a success</source>
        <translation>Een succes &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a success</source>
        <translation>Een succes toevoegen</translation>
    </message>
    <message>
        <source>Remove a success</source>
        <translation>Een succes verwijderen</translation>
    </message>
    <message>
        <source>Type a success</source>
        <translation>Een succes typen</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Synchronisatieproblemen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the team server and receive the team&apos;s</source>
        <translation>Stuur de wijzigingen van deze laptop naar de teamserver en ontvang die van het team</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Wachtwoord van de teamserver</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Kept in the OS keyring, or inside the encrypted database; never in a settings file</source>
        <translation>Bewaard in de sleutelbos van het systeem of in de versleutelde database, nooit in een instellingenbestand</translation>
    </message>
    <message>
        <source>Sync &amp;with this password</source>
        <translation>Synchroniseren &amp;met dit wachtwoord</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last sync: %1 · changes to send: %2</source>
        <translation>Laatste synchronisatie: %1 · te versturen wijzigingen: %2</translation>
    </message>
    <message>
        <source>plans with two versions to reconcile: %1</source>
        <translation>plannen met twee versies om samen te voegen: %1</translation>
    </message>
    <message>
        <source>the last sync was interrupted; sync again to finish it</source>
        <translation>de laatste synchronisatie werd onderbroken; synchroniseer opnieuw om haar af te maken</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Nothing was lost: what was not synced is sent next time. Try again; if it happens again, tell your administrator.</source>
        <translation>De synchronisatie stopte door een onverwachte fout (%1). Er ging niets verloren: wat niet gesynchroniseerd is, wordt de volgende keer verstuurd. Probeer het opnieuw; gebeurt het weer, meld het dan aan je beheerder.</translation>
    </message>
    <message>
        <source>%1: evaluations were recorded at the same time on two laptops. Both are kept and neither replaces the other; the family&apos;s Phases and evaluations tab shows them.</source>
        <translation>%1: er zijn tegelijk evaluaties vastgelegd op twee laptops. Beide blijven bewaard en geen van beide vervangt de andere; het tabblad Fasen en evaluaties van het gezin toont ze.</translation>
    </message>
</context>
<context>
    <name>TableStep</name>
    <message>
        <source>Professionals only</source>
        <translation>Alleen voor hulpverleners</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>Join a team with the code from your operator</source>
        <translation>Sluit aan bij een team met de code van je beheerder</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Aansluitcode</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>Sleutelcode</translation>
    </message>
    <message>
        <source>Key code (given apart from the join code)</source>
        <translation>Sleutelcode (apart van de aansluitcode gegeven)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Aa&amp;nsluiten</translation>
    </message>
    <message>
        <source>Or connect with an address</source>
        <translation>Of verbind met een adres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>leave empty to keep the remembered one</source>
        <translation>leeg laten om het onthouden wachtwoord te houden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>Het wachtwoord op deze computer &amp;onthouden</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Certificaatbestand van de CA</translation>
    </message>
    <message>
        <source>from the join code, or a PEM file</source>
        <translation>uit de aansluitcode, of een PEM-bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>Adres op&amp;slaan</translation>
    </message>
    <message>
        <source>Team server message</source>
        <translation>Bericht van de teamserver</translation>
    </message>
    <message>
        <source>CA certificate of the team server</source>
        <translation>CA-certificaat van de teamserver</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificaten (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Sync needs your signing key; nothing was synced.</source>
        <translation>Synchroniseren heeft je ondertekeningssleutel nodig; er is niets gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Paste the join code first.</source>
        <translation>Plak eerst de aansluitcode.</translation>
    </message>
    <message numerus="yes">
        <source>Joined team %1 as %2; %n team certificate(s) pinned. Sync now to receive the team&apos;s families.</source>
        <translation>
            <numerusform>Aangesloten bij team %1 als %2; %n teamcertificaat vastgelegd. Synchroniseer nu om de gezinnen van het team te ontvangen.</numerusform>
            <numerusform>Aangesloten bij team %1 als %2; %n teamcertificaten vastgelegd. Synchroniseer nu om de gezinnen van het team te ontvangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The password is kept in the OS keyring or the encrypted database, never in a settings file.</source>
        <translation>Opgeslagen. Het wachtwoord wordt bewaard in de sleutelbos van het systeem of in de versleutelde database, nooit in een instellingenbestand.</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Who is at the table</source>
        <translation>Wie zit er aan tafel</translation>
    </message>
    <message>
        <source>The family, the people around them and the professionals. Untick who is absent today.</source>
        <translation>Het gezin, de mensen om hen heen en de hulpverleners. Vink uit wie er vandaag niet is.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>teamlid</translation>
    </message>
    <message>
        <source>&amp;Add team member</source>
        <translation>Tea&amp;mlid toevoegen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Present today</source>
        <translation>Vandaag aanwezig</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Aanwezig:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>Gesprek&amp;sleider:</translation>
    </message>
    <message>
        <source>Where we meet</source>
        <translation>Waar we samenkomen</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Teamlid toevoegen</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Aanwezigheid wijzigen</translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation>Gespreksleider wijzigen</translation>
    </message>
    <message>
        <source>Type the place</source>
        <translation>Typ de plaats</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Professionals only (not shown to the family)</source>
        <translation>Alleen voor hulpverleners (niet zichtbaar voor het gezin)</translation>
    </message>
    <message>
        <source>%1: professionals only</source>
        <translation>%1: alleen voor hulpverleners</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it. Nothing is lost meanwhile.</source>
        <translation>Deze tekst is langer dan %1 tekens; maak hem korter. Intussen gaat er niets verloren.</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>Typen in %1</translation>
    </message>
    <message>
        <source>Change who sees %1</source>
        <translation>Zichtbaarheid van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhat</name>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>What we agreed, as of %1 (plan version %2).</source>
        <translation>Wat we afspraken, op %1 (planversie %2).</translation>
    </message>
    <message>
        <source>We still choose who</source>
        <translation>We kiezen nog wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>For our goal</source>
        <translation>Voor ons doel</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Zo bereik je ons</translation>
    </message>
    <message>
        <source>We meet again on %1.</source>
        <translation>We zien elkaar terug op %1.</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
</context>
</TS>
