<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsRecapStep</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What was done, what was stopped and why, what is still open.</source>
        <translation>Ce qui a été fait, ce qui a été arrêté et pourquoi, ce qui reste ouvert.</translation>
    </message>
    <message>
        <source>Actions recap</source>
        <translation>Récapitulatif des actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Pourquoi arrêtée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
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
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsStep</name>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>For each goal: what will be done, by whom (exactly one person from the team, family and informal supports included) and when.</source>
        <translation>Pour chaque objectif&#xa0;: ce qui sera fait, par qui (une seule personne de l’équipe, famille et soutiens informels compris) et quand.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Raison de l’arrêt</translation>
    </message>
    <message>
        <source>Not tied to a goal</source>
        <translation>Liée à aucun objectif</translation>
    </message>
    <message>
        <source>Add goals first: every action serves a goal.</source>
        <translation>Ajoutez d’abord des objectifs&#xa0;: chaque action sert un objectif.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Add action for this goal</source>
        <translation>Ajouter une action pour cet objectif</translation>
    </message>
</context>
<context>
    <name>AgreementStep</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The family approves the plan; each member present signs off; we set the next meeting. Saving creates a new plan version that can no longer be changed.</source>
        <translation>La famille approuve le plan&#xa0;; chaque membre présent signe&#xa0;; nous fixons la prochaine réunion. L’enregistrement crée une nouvelle version du plan, qui ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <source>The family&apos;s approval</source>
        <translation>L’accord de la famille</translation>
    </message>
    <message>
        <source>The family &amp;approves this plan</source>
        <translation>La famille &amp;approuve ce plan</translation>
    </message>
    <message>
        <source>The family approves this plan</source>
        <translation>La famille approuve ce plan</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Accord donné par</translation>
    </message>
    <message>
        <source>Sign-off by the members present</source>
        <translation>Signature des membres présents</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Next meeting date</source>
        <translation>Date de la prochaine réunion</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>%1 signs off</source>
        <translation>%1 signe</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Nom saisi</translation>
    </message>
    <message>
        <source>Approved b&amp;y:</source>
        <translation>Appro&amp;uvé par&#xa0;:</translation>
    </message>
    <message>
        <source>(member without a name)</source>
        <translation>(membre sans nom)</translation>
    </message>
    <message>
        <source>Typed name of %1</source>
        <translation>Nom saisi pour %1</translation>
    </message>
    <message>
        <source>Redraw signature…</source>
        <translation>Refaire la signature…</translation>
    </message>
    <message>
        <source>Draw signature…</source>
        <translation>Dessiner la signature…</translation>
    </message>
    <message>
        <source>Draw the signature of %1</source>
        <translation>Dessiner la signature de %1</translation>
    </message>
    <message>
        <source>✓ Signature drawn</source>
        <translation>✓ Signature dessinée</translation>
    </message>
    <message>
        <source>Sign-off: add the team first</source>
        <translation>Signature&#xa0;: ajoutez d’abord l’équipe</translation>
    </message>
    <message>
        <source>Change the family&apos;s approval</source>
        <translation>Modifier l’accord de la famille</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message>
        <source>%1 signs here:</source>
        <translation>%1 signe ici&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Set next meeting</source>
        <translation>Fixer la prochaine réunion</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the data. Try again.</source>
        <translation>Cette phrase secrète n’ouvre pas les données. Réessayez.</translation>
    </message>
    <message>
        <source>The coach&apos;s week</source>
        <translation>La semaine du coach</translation>
    </message>
    <message>
        <source>The coach&apos;s week could not be read: %1</source>
        <translation>La semaine du coach n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>VRAC Desktop</source>
        <translation>VRAC Desktop</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>Le dossier de données %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Wraparound meeting: %1</source>
        <translation>Réunion Wraparound&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Six-month evaluation due: %1</source>
        <translation>Évaluation semestrielle à faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>%1 - who does what.pdf</source>
        <translation>%1 - qui fait quoi.pdf</translation>
    </message>
</context>
<context>
    <name>CaseloadActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Team / organisation</source>
        <translation>Équipe / organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1 (en retard)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l’instant)</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>The coach&apos;s week</source>
        <translation>La semaine du coach</translation>
    </message>
    <message>
        <source>&amp;All families…</source>
        <translation>&amp;Toutes les familles…</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporter vers l’agenda (.ics)…</translation>
    </message>
    <message>
        <source>Export meetings and due actions to a calendar file</source>
        <translation>Exporter les réunions et les actions à échéance vers un fichier d’agenda</translation>
    </message>
    <message>
        <source>&amp;Who does what (PDF)…</source>
        <translation>&amp;Qui fait quoi (PDF)…</translation>
    </message>
    <message>
        <source>One page who does what for the family</source>
        <translation>Une page «&#xa0;qui fait quoi&#xa0;» pour la famille</translation>
    </message>
    <message>
        <source>A one-page &quot;who does what&quot; for the selected family, in the family&apos;s language, to print or give to the family.</source>
        <translation>Une page «&#xa0;qui fait quoi&#xa0;» pour la famille choisie, dans la langue de la famille, à imprimer ou à remettre à la famille.</translation>
    </message>
    <message>
        <source>Show the actions of this family</source>
        <translation>Afficher les actions de cette famille</translation>
    </message>
    <message>
        <source>Show the actions of this person</source>
        <translation>Afficher les actions de cette personne</translation>
    </message>
    <message>
        <source>Show the actions of this team</source>
        <translation>Afficher les actions de cette équipe</translation>
    </message>
    <message>
        <source>Famil&amp;y:</source>
        <translation>Fami&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Éq&amp;uipe&#xa0;:</translation>
    </message>
    <message>
        <source>Open actions by due date</source>
        <translation>Actions ouvertes par échéance</translation>
    </message>
    <message>
        <source>Open actions across families</source>
        <translation>Actions ouvertes de toutes les familles</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation>Évaluations à faire</translation>
    </message>
    <message>
        <source>Families per phase</source>
        <translation>Familles par phase</translation>
    </message>
    <message>
        <source>The coach&apos;s week · %1</source>
        <translation>La semaine du coach · %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1 (en retard)</translation>
    </message>
    <message>
        <source>No evaluation due in the next 30 days.</source>
        <translation>Aucune évaluation à faire dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
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
            <numerusform>⚠ %n plan n’a pas pu être lu et reste hors de la semaine&#xa0;: %1</numerusform>
            <numerusform>⚠ %n plans n’ont pas pu être lus et restent hors de la semaine&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n action ouverte</numerusform>
            <numerusform>%n actions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers l’agenda</translation>
    </message>
    <message>
        <source>coach-week.ics</source>
        <translation>semaine-coach.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Le fichier d’agenda n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Choose a family first (select one of its actions, or filter on it).</source>
        <translation>Choisissez d’abord une famille (sélectionnez une de ses actions, ou filtrez sur elle).</translation>
    </message>
    <message>
        <source>%1 has no plan version yet.</source>
        <translation>%1 n’a pas encore de version du plan.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparer depuis la version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparer avec la version</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>(empty plan)</source>
        <translation>(plan vide)</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>higher is better</source>
        <translation>plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>The family&apos;s voice after each meeting</source>
        <translation>La voix de la famille après chaque réunion</translation>
    </message>
    <message>
        <source>%1: family %2, child %3</source>
        <translation>%1&#xa0;: famille %2, enfant %3</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Au point mort</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En recul</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Point de départ %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Note (0–10)</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1&#xa0;: %2 sur 10</translation>
    </message>
    <message>
        <source>Baseline %1, target %2.</source>
        <translation>Point de départ %1, objectif %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>État&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: no ratings.</source>
        <translation>%1&#xa0;: aucune note.</translation>
    </message>
    <message>
        <source>Progress on all goals</source>
        <translation>Progrès sur tous les objectifs</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Première note</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Life domains: first and latest ratings</source>
        <translation>Domaines de vie&#xa0;: première et dernière notes</translation>
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation>%1&#xa0;: de %2 à %3.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Actions on %1</source>
        <translation>Actions au %1</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Nombre d’actions</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due before %1</source>
        <translation>Échéance avant le %1</translation>
    </message>
    <message>
        <source>Due from %1</source>
        <translation>Échéance à partir du %1</translation>
    </message>
    <message>
        <source>Due %1 – %2</source>
        <translation>Échéance du %1 au %2</translation>
    </message>
</context>
<context>
    <name>CoachNameDialog</name>
    <message>
        <source>Welcome to VRAC Desktop</source>
        <translation>Bienvenue dans VRAC Desktop</translation>
    </message>
    <message>
        <source>Every plan version records who saved it. What is your name, as the families and your team know you? (You can change it later in Preferences.)</source>
        <translation>Chaque version du plan indique qui l’a enregistrée. Quel est votre nom, tel que les familles et votre équipe vous connaissent&#xa0;? (Vous pourrez le modifier plus tard dans les Préférences.)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ComeBackStep</name>
    <message>
        <source>Coming back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>How the family can come back if things get hard again.</source>
        <translation>Comment la famille peut revenir si les choses redeviennent difficiles.</translation>
    </message>
    <message>
        <source>How the family can come back</source>
        <translation>Comment la famille peut revenir</translation>
    </message>
    <message>
        <source>Type how to come back</source>
        <translation>Saisir comment revenir</translation>
    </message>
</context>
<context>
    <name>ContinuingStep</name>
    <message>
        <source>After closure</source>
        <translation>Après la clôture</translation>
    </message>
    <message>
        <source>What continues after the plan closes and who carries it (often the people around the family), and whom to call in a crisis.</source>
        <translation>Ce qui continue après la clôture du plan et qui le porte (souvent l’entourage de la famille), et qui appeler en cas de crise.</translation>
    </message>
    <message>
        <source>What continues</source>
        <translation>Ce qui continue</translation>
    </message>
    <message>
        <source>Who carries it</source>
        <translation>Qui le porte</translation>
    </message>
    <message>
        <source>What continues after closure</source>
        <translation>Ce qui continue après la clôture</translation>
    </message>
    <message>
        <source>Add what &amp;continues</source>
        <translation>Ajouter ce qui &amp;continue</translation>
    </message>
    <message>
        <source>&lt;b&gt;What continues, and who carries it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui continue, et qui le porte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>Crisis contacts after closure</source>
        <translation>Contacts de crise après la clôture</translation>
    </message>
    <message>
        <source>Add a crisis &amp;contact</source>
        <translation>Ajouter un &amp;contact de crise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whom to call in a crisis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui appeler en cas de crise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>Supprimer une ligne</translation>
    </message>
    <message>
        <source>Type in the transition plan</source>
        <translation>Saisir dans le plan de transition</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2); no backup was made and nothing else changed.</source>
        <translation>Le dossier %1 ne peut pas être créé (%2)&#xa0;; aucune sauvegarde n’a été faite et rien d’autre n’a changé.</translation>
    </message>
    <message>
        <source>The database has damaged pages (%1), so no backup was made: the earlier backups are kept as they are. Restore the newest good backup.</source>
        <translation>La base de données a des pages endommagées (%1), aucune sauvegarde n’a donc été faite&#xa0;: les sauvegardes précédentes sont conservées telles quelles. Restaurez la sauvegarde valide la plus récente.</translation>
    </message>
    <message>
        <source>The backup did not read back the same as the database; it was not kept. Your data is untouched.</source>
        <translation>La sauvegarde relue ne correspond pas à la base de données&#xa0;; elle n’a pas été conservée. Vos données sont intactes.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup was made at %1. Your data is untouched.</source>
        <translation>Le disque est plein, aucune sauvegarde n’a donc été faite dans %1. Vos données sont intactes.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1), so no backup was made at %2. Your data is untouched.</source>
        <translation>La sauvegarde n’a pas pu être écrite (%1), aucune sauvegarde n’a donc été faite dans %2. Vos données sont intactes.</translation>
    </message>
    <message>
        <source>There is no backup file %1; nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 n’existe pas&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 is empty; nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 est vide&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated (its header cannot be read), so it cannot be restored. Nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 est endommagé ou tronqué (son en-tête est illisible), il ne peut donc pas être restauré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 was made by a newer version of VRAC Desktop (backup format %2); install that version to restore it. Nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 a été créé par une version plus récente de VRAC Desktop (format de sauvegarde %2)&#xa0;; installez cette version pour le restaurer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key header of the backup %1 is damaged (%2), so it cannot be restored. Nothing was changed.</source>
        <translation>L’en-tête de clé de la sauvegarde %1 est endommagé (%2), elle ne peut donc pas être restaurée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no plan yet; a transition plan follows a plan.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de plan&#xa0;; un plan de transition fait suite à un plan.</translation>
    </message>
    <message>
        <source>This family has no recorded transition plan yet; record the closing meeting first (Family → Transition plan).</source>
        <translation>Cette famille n’a pas encore de plan de transition enregistré&#xa0;; enregistrez d’abord la réunion de clôture (Famille → Plan de transition).</translation>
    </message>
    <message>
        <source>This family had no saved plan on %1; nothing to export.</source>
        <translation>Cette famille n’avait pas de plan enregistré le %1&#xa0;; rien à exporter.</translation>
    </message>
    <message>
        <source>There is no recorded evaluation %1 of &apos;%2&apos; (see: vrac-desktop evaluations).</source>
        <translation>Il n’y a pas d’évaluation enregistrée %1 de «&#xa0;%2&#xa0;» (voir&#xa0;: vrac-desktop evaluations).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no plan yet: the first meeting makes one, the evaluation comes six months later.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de plan&#xa0;: la première réunion en crée un, l’évaluation vient six mois plus tard.</translation>
    </message>
    <message>
        <source>The logo %1 is larger than 5 MiB; use a smaller PNG. Nothing was exported.</source>
        <translation>Le logo %1 dépasse 5 Mio&#xa0;; utilisez un PNG plus petit. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read (%2); nothing was exported.</source>
        <translation>Le logo %1 ne peut pas être lu (%2)&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The logo %1 is not a PNG image; save it as PNG and try again. Nothing was exported.</source>
        <translation>Le logo %1 n’est pas une image PNG&#xa0;; enregistrez-le en PNG et réessayez. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; a document can show the history only up to today. Nothing was exported.</source>
        <translation>La date %1 est dans le futur&#xa0;; un document ne peut montrer l’historique que jusqu’à aujourd’hui. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>No six-month evaluation of &apos;%1&apos; is recorded for %2. Record the evaluation meeting first (Start six-month evaluation), or export a draft marked DRAFT (--draft). Nothing was exported.</source>
        <translation>Aucune évaluation semestrielle de «&#xa0;%1&#xa0;» n’est enregistrée pour le %2. Enregistrez d’abord la réunion d’évaluation (Démarrer l’évaluation semestrielle), ou exportez un brouillon marqué BROUILLON (--draft). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>No six-month evaluation of &apos;%1&apos; is recorded. Record the evaluation meeting first (Start six-month evaluation), or export a draft marked DRAFT (--draft). Nothing was exported.</source>
        <translation>Aucune évaluation semestrielle de «&#xa0;%1&#xa0;» n’est enregistrée. Enregistrez d’abord la réunion d’évaluation (Démarrer l’évaluation semestrielle), ou exportez un brouillon marqué BROUILLON (--draft). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no saved plan.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de plan enregistré.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no saved plan yet; there is nothing to export.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de plan enregistré&#xa0;; il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Choose a .pdf or a .docx file to export to; nothing was exported.</source>
        <translation>Choisissez un fichier .pdf ou .docx vers lequel exporter&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The family needs a name.</source>
        <translation>La famille doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>La référence dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Language &apos;%1&apos; is not one of %2.</source>
        <translation>La langue «&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>The languages spoken at home are longer than %1 characters.</source>
        <translation>Les langues parlées à la maison dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>The erasure register %1 cannot be read (%2). Nothing was changed; restore the file from a copy before erasing or restoring.</source>
        <translation>Le registre des effacements %1 ne peut pas être lu (%2). Rien n’a été modifié&#xa0;; restaurez le fichier à partir d’une copie avant d’effacer ou de restaurer.</translation>
    </message>
    <message>
        <source>The confirmation does not match the family&apos;s name, so nothing was erased. Type the name exactly as it is shown.</source>
        <translation>La confirmation ne correspond pas au nom de la famille, rien n’a donc été effacé. Saisissez le nom exactement tel qu’il est affiché.</translation>
    </message>
    <message>
        <source>VRAC Desktop is locked. Unlock it to continue; nothing was changed.</source>
        <translation>VRAC Desktop est verrouillé. Déverrouillez-le pour continuer&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the saved meeting draft cannot be read: %1</source>
        <translation>le brouillon enregistré de la réunion ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The meeting date %1 is in the future; nothing was saved.</source>
        <translation>La date de réunion %1 est dans le futur&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Another save of this plan happened at the same time; nothing was saved. Try again.</source>
        <translation>Ce plan a été enregistré ailleurs au même moment&#xa0;; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The meeting conflicts with stored data (%1); nothing was saved.</source>
        <translation>La réunion entre en conflit avec des données enregistrées (%1)&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This plan has a single head; there is nothing to reconcile.</source>
        <translation>Ce plan n’a qu’une seule tête&#xa0;; il n’y a rien à réconcilier.</translation>
    </message>
    <message>
        <source>This plan has %1 heads; choose which one to reconcile first.</source>
        <translation>Ce plan a %1 têtes&#xa0;; choisissez d’abord laquelle réconcilier.</translation>
    </message>
    <message>
        <source>%1 is not one of this plan&apos;s other heads.</source>
        <translation>%1 ne fait pas partie des autres têtes de ce plan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the plan.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une section du plan.</translation>
    </message>
    <message>
        <source>The plan changed while you were reconciling (a save or a sync); nothing was saved. Open the two heads again.</source>
        <translation>Le plan a changé pendant la réconciliation (un enregistrement ou une synchronisation)&#xa0;; rien n’a été enregistré. Rouvrez les deux têtes.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it to make a recovery kit.</source>
        <translation>La base de données est verrouillée&#xa0;; déverrouillez-la pour créer un kit de récupération.</translation>
    </message>
    <message>
        <source>The plan history in the backup %1 is not intact (%2); nothing was changed.</source>
        <translation>L’historique du plan dans la sauvegarde %1 n’est pas intact (%2)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 was made before a recovery kit existed, so a recovery key cannot open it; use the passphrase, or this computer&apos;s key. Nothing was changed.</source>
        <translation>La sauvegarde %1 a été faite avant l’existence d’un kit de récupération, une clé de récupération ne peut donc pas l’ouvrir&#xa0;; utilisez la phrase secrète, ou la clé de cet ordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That recovery key does not open this backup (check it against the printed kit: 32 letters and digits in groups of 4). Nothing was changed.</source>
        <translation>Cette clé de récupération n’ouvre pas cette sauvegarde (comparez-la au kit imprimé&#xa0;: 32 lettres et chiffres par groupes de 4). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened: the passphrase is wrong. Nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être ouvert&#xa0;: la phrase secrète est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with, or give its recovery key.</source>
        <translation>Saisissez la phrase secrète avec laquelle la sauvegarde a été faite, ou donnez sa clé de récupération.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened: the passphrase is wrong for this backup (it is the one of the computer that made it). Nothing was changed; try again, or use the recovery key.</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être ouvert&#xa0;: la phrase secrète est incorrecte pour cette sauvegarde (c’est celle de l’ordinateur qui l’a faite). Rien n’a été modifié&#xa0;; réessayez, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The backup %1 was made on a computer that kept its key in the OS keyring, and that key is not here. Restore it with the recovery key from the recovery kit. Nothing was changed.</source>
        <translation>La sauvegarde %1 a été faite sur un ordinateur qui gardait sa clé dans le trousseau du système, et cette clé n’est pas ici. Restaurez-la avec la clé de récupération du kit de récupération. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated, so it cannot be restored. Nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 est endommagé ou tronqué, il ne peut donc pas être restauré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or truncated, or was made with another key (or the passphrase is wrong), so it cannot be restored. Nothing was changed.</source>
        <translation>Le fichier de sauvegarde %1 est endommagé ou tronqué, ou a été fait avec une autre clé (ou la phrase secrète est incorrecte), il ne peut donc pas être restauré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The connection broke during sync (%1). %2 of %3 families were synced; the rest will be synced next time. Nothing was lost.</source>
        <translation>La connexion a été interrompue pendant la synchronisation (%1). %2 familles sur %3 ont été synchronisées&#xa0;; les autres le seront la prochaine fois. Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The team server refused family %1: your account is not (or no longer) in its team (%2). Nothing was lost: nothing of it was changed on either side.</source>
        <translation>Le serveur d’équipe a refusé la famille %1&#xa0;: votre compte ne fait pas (ou plus) partie de son équipe (%2). Rien n’a été perdu&#xa0;: rien n’en a été modifié d’un côté comme de l’autre.</translation>
    </message>
    <message>
        <source>Family %1 could not be synced: %2. Nothing was lost: nothing of it was changed on the team server, and it will be tried again at the next sync.</source>
        <translation>La famille %1 n’a pas pu être synchronisée&#xa0;: %2. Rien n’a été perdu&#xa0;: rien n’en a été modifié sur le serveur d’équipe, et elle sera réessayée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Family %1 could not be synced: %2. Nothing was lost: nothing of it was changed on this laptop, and it will be tried again at the next sync.</source>
        <translation>La famille %1 n’a pas pu être synchronisée&#xa0;: %2. Rien n’a été perdu&#xa0;: rien n’en a été modifié sur cet ordinateur, et elle sera réessayée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The family %1 belongs to another team on the server; it was not synced.</source>
        <translation>La famille %1 appartient à une autre équipe sur le serveur&#xa0;; elle n’a pas été synchronisée.</translation>
    </message>
    <message>
        <source>The family %1 was erased on the server (on request or by retention); it was not sent again. The next sync erases it on this laptop too.</source>
        <translation>La famille %1 a été effacée sur le serveur (sur demande ou par la durée de conservation)&#xa0;; elle n’a pas été renvoyée. La prochaine synchronisation l’efface aussi sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Version %1 (%2) of family %3, created by &apos;%4&apos; and written to the server by account &apos;%5&apos;, was refused: %6. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>La version %1 (%2) de la famille %3, créée par «&#xa0;%4&#xa0;» et écrite sur le serveur par le compte «&#xa0;%5&#xa0;», a été refusée&#xa0;: %6. Rien n’a été perdu&#xa0;: rien de cette famille n’a été modifié sur cet ordinateur&#xa0;; prévenez l’administrateur.</translation>
    </message>
    <message>
        <source>A %1 (%2) of family %3, written to the server by account &apos;%4&apos;, was refused: %5. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>Une ligne «&#xa0;%1&#xa0;» (%2) de la famille %3, écrite sur le serveur par le compte «&#xa0;%4&#xa0;», a été refusée&#xa0;: %5. Rien n’a été perdu&#xa0;: rien de cette famille n’a été modifié sur cet ordinateur&#xa0;; prévenez l’administrateur.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 is on neither side; the family was not synced.</source>
        <translation>La version %1 de la famille %2 n’est d’aucun côté&#xa0;; la famille n’a pas été synchronisée.</translation>
    </message>
    <message>
        <source>This join code carries the team&apos;s encryption key: type the key code the operator gave you with it. Nothing was changed.</source>
        <translation>Ce code d’accès contient la clé de chiffrement de l’équipe&#xa0;: saisissez le code de clé que l’administrateur vous a donné avec. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server did not let this laptop set its own password (%1); the join code still works, try again.</source>
        <translation>Le serveur n’a pas laissé cet ordinateur définir son propre mot de passe (%1)&#xa0;; le code d’accès reste valable, réessayez.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s signing certificate (%1). The operator can allow a new one with `server allow-new-certificate`.</source>
        <translation>Le serveur n’a pas accepté le certificat de signature de cet ordinateur (%1). L’administrateur peut en autoriser un nouveau avec `server allow-new-certificate`.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 on the server does not match its hash (%3); nothing of this family was synced.</source>
        <translation>La version %1 de la famille %2 sur le serveur ne correspond pas à son empreinte (%3)&#xa0;; rien de cette famille n’a été synchronisé.</translation>
    </message>
    <message>
        <source>Version %1 of family %2 on the laptop does not match its hash (%3); nothing of this family was synced.</source>
        <translation>La version %1 de la famille %2 sur cet ordinateur ne correspond pas à son empreinte (%3)&#xa0;; rien de cette famille n’a été synchronisé.</translation>
    </message>
    <message>
        <source>The family %1 is encrypted on the team server with the team key, and this laptop does not have that key. Join with the operator&apos;s join code and key code; nothing on this laptop was changed.</source>
        <translation>La famille %1 est chiffrée sur le serveur d’équipe avec la clé de l’équipe, et cet ordinateur n’a pas cette clé. Rejoignez l’équipe avec le code d’accès et le code de clé de l’administrateur&#xa0;; rien n’a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Family %1 was refused: %2. Nothing was lost: nothing of this family was changed on this laptop; tell the operator.</source>
        <translation>La famille %1 a été refusée&#xa0;: %2. Rien n’a été perdu&#xa0;: rien de cette famille n’a été modifié sur cet ordinateur&#xa0;; prévenez l’administrateur.</translation>
    </message>
    <message>
        <source>Not re-encrypted with the new team key: %1.</source>
        <translation>Non rechiffré avec la nouvelle clé de l’équipe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than a family export can be (%2 MiB); nothing was imported.</source>
        <translation>Le fichier fait %1 Mio, plus qu’un export de famille ne peut faire (%2 Mio)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file could not be read (%1); nothing was imported.</source>
        <translation>Le fichier n’a pas pu être lu (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is not a valid family export (%1); nothing was imported.</source>
        <translation>Le fichier n’est pas un export de famille valide (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>An answer of the family&apos;s voice in the file is outside the five faces or names a meeting that is not in the file; nothing was imported.</source>
        <translation>Une réponse de la voix de la famille dans le fichier est hors des cinq visages ou désigne une réunion absente du fichier&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The family &apos;%1&apos; is already in this database; nothing was imported.</source>
        <translation>La famille «&#xa0;%1&#xa0;» est déjà dans cette base de données&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file&apos;s records contradict each other or this database (%1); nothing was imported.</source>
        <translation>Les données du fichier se contredisent ou contredisent cette base de données (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Evaluation %1 in the file has no date of record; nothing was imported.</source>
        <translation>L’évaluation %1 du fichier n’a pas de date d’enregistrement&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The evaluations in the file are not intact (%1); nothing was imported.</source>
        <translation>Les évaluations du fichier ne sont pas intactes (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file mixes recorded and unrecorded evaluations; nothing was imported.</source>
        <translation>Le fichier mélange des évaluations enregistrées et non enregistrées&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>A transition plan in the file was changed after it was recorded (its content does not match its hash); nothing was imported.</source>
        <translation>Un plan de transition du fichier a été modifié après son enregistrement (son contenu ne correspond pas à son empreinte)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after it was signed (no author signature matches its hash: edited and re-hashed); nothing was imported.</source>
        <translation>La version %1 du fichier a été modifiée après sa signature (aucune signature d’auteur ne correspond à son empreinte&#xa0;: modifiée puis ré-empreinte)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Version %1 in the file carries no author signature, so its history cannot be told apart from one edited and re-hashed after export; nothing was imported. (An export made before signatures existed can be imported with --allow-unsigned.)</source>
        <translation>La version %1 du fichier ne porte aucune signature d’auteur, son historique ne peut donc pas être distingué d’un historique modifié et ré-empreint après l’export&#xa0;; rien n’a été importé. (Un export antérieur aux signatures peut être importé avec --allow-unsigned.)</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after it was signed (%2); nothing was imported.</source>
        <translation>La version %1 du fichier a été modifiée après sa signature (%2)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Version %1 in the file was changed after export (its content does not match its hash); nothing was imported.</source>
        <translation>La version %1 du fichier a été modifiée après l’export (son contenu ne correspond pas à son empreinte)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The plan history in the file is not intact (%1); nothing was imported.</source>
        <translation>L’historique du plan dans le fichier n’est pas intact (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved; nothing was changed and the data stored before is intact. Free some space and try again.</source>
        <translation>Le disque est plein, la modification n’a donc pas pu être enregistrée&#xa0;; rien n’a été modifié et les données enregistrées auparavant sont intactes. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The change could not be written to disk (the disk is full, over a size limit, or failing); nothing was changed and the data stored before is intact.</source>
        <translation>La modification n’a pas pu être écrite sur le disque (disque plein, limite de taille dépassée ou disque défaillant)&#xa0;; rien n’a été modifié et les données enregistrées auparavant sont intactes.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of VRAC Desktop (schema %1). Install the newer version to open it; nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de VRAC Desktop (schéma %1). Installez la version plus récente pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the database file is damaged. Nothing was changed.</source>
        <translation>La phrase secrète est incorrecte, ou le fichier de la base de données est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database could not be opened with the key from the OS keyring: the file is damaged or belongs to another key. Nothing was changed; restore a backup.</source>
        <translation>La base de données n’a pas pu être ouverte avec la clé du trousseau du système&#xa0;: le fichier est endommagé ou appartient à une autre clé. Rien n’a été modifié&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>La base de données n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server&apos;s database is at an older version than this app, and your account may not upgrade it. Ask the operator to run `vrac-desktop server init` with this version; nothing was changed.</source>
        <translation>La base de données du serveur d’équipe est dans une version plus ancienne que cette application, et votre compte ne peut pas la mettre à jour. Demandez à l’administrateur d’exécuter `vrac-desktop server init` avec cette version&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name. Nothing was written.</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (or is not a folder); nothing was written.</source>
        <translation>Le dossier %1 n’existe pas (ou n’est pas un dossier)&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was written there.</source>
        <translation>%1 n’a pas pu être écrit (%2)&#xa0;; rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written to (%2). Nothing was changed; choose a folder you can write to with --data-dir.</source>
        <translation>Le dossier de données %1 ne peut pas être créé ou modifié (%2). Rien n’a été modifié&#xa0;; choisissez avec --data-dir un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, and the encrypted database needs to write its journal beside it even to read. Nothing was changed; make the folder writable, or copy it somewhere writable and open that with --data-dir.</source>
        <translation>Le dossier de données %1 est en lecture seule, et la base de données chiffrée doit écrire son journal à côté, même pour lire. Rien n’a été modifié&#xa0;; rendez le dossier modifiable, ou copiez-le dans un endroit modifiable et ouvrez cette copie avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2. Nothing was changed.</source>
        <translation>Le dossier de données %1 ne peut pas être utilisé&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to (it is read-only or belongs to another user). Nothing was changed; choose a folder you can write to with --data-dir.</source>
        <translation>Le dossier de données %1 n’est pas modifiable (il est en lecture seule ou appartient à un autre utilisateur). Rien n’a été modifié&#xa0;; choisissez avec --data-dir un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>VRAC Desktop is already running with the data folder %1%2. Close it first, or switch to its window; nothing was changed.</source>
        <translation>VRAC Desktop est déjà ouvert avec le dossier de données %1%2. Fermez-le d’abord, ou passez à sa fenêtre&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). Nothing was changed.</source>
        <translation>Le fichier de clé %1 ne peut pas être lu (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2), so the data it protects cannot be opened with it. Nothing was changed; restore the file from a copy of the data folder, or restore a backup with your passphrase or recovery key.</source>
        <translation>Le fichier de clé %1 est endommagé (%2), les données qu’il protège ne peuvent donc pas être ouvertes avec lui. Rien n’a été modifié&#xa0;; restaurez le fichier à partir d’une copie du dossier de données, ou restaurez une sauvegarde avec votre phrase secrète ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>not a VRAC Desktop key file</source>
        <translation>pas un fichier de clé de VRAC Desktop</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>version inconnue %1</translation>
    </message>
    <message>
        <source>unknown key mode %1</source>
        <translation>mode de clé inconnu %1</translation>
    </message>
    <message>
        <source>no folder id</source>
        <translation>pas d’identifiant de dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un objet</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; is not hexadecimal</source>
        <translation>«&#xa0;%1.%2&#xa0;» n’est pas hexadécimal</translation>
    </message>
    <message>
        <source>no passphrase entry</source>
        <translation>pas d’entrée de phrase secrète</translation>
    </message>
    <message>
        <source>unknown key derivation %1</source>
        <translation>dérivation de clé inconnue %1</translation>
    </message>
    <message>
        <source>the scrypt cost &apos;n&apos;, &apos;r&apos;, &apos;p&apos; is not a whole number</source>
        <translation>le coût scrypt «&#xa0;n&#xa0;», «&#xa0;r&#xa0;», «&#xa0;p&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>the scrypt cost n=%1, r=%2, p=%3 is out of range</source>
        <translation>le coût scrypt n=%1, r=%2, p=%3 est hors limites</translation>
    </message>
    <message>
        <source>There is no key file %1; no backup was made.</source>
        <translation>Il n’y a pas de fichier de clé %1&#xa0;; aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that is not valid text (an unpaired surrogate); type it again.</source>
        <translation>La phrase secrète contient un caractère qui n’est pas du texte valide (un demi-codet isolé)&#xa0;; saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The key settings are damaged (%1).</source>
        <translation>Les paramètres de clé sont endommagés (%1).</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Il n’y a pas de fichier de clé %1.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it was damaged, or emptied by another program. It was not replaced, so nothing more is lost; restore a backup (vrac-desktop restore FILE), or, if this is a new data folder, delete the empty file.</source>
        <translation>Le fichier de base de données %1 est vide (0 octet)&#xa0;: il a été endommagé, ou vidé par un autre programme. Il n’a pas été remplacé, rien de plus n’est donc perdu&#xa0;; restaurez une sauvegarde (vrac-desktop restore FICHIER), ou, s’il s’agit d’un nouveau dossier de données, supprimez le fichier vide.</translation>
    </message>
    <message>
        <source>No secure OS keyring is available, so the database will be protected by a passphrase. Choose one (at least 8 characters).</source>
        <translation>Aucun trousseau sécurisé du système n’est disponible, la base de données sera donc protégée par une phrase secrète. Choisissez-en une (au moins 8 caractères).</translation>
    </message>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>Saisissez la phrase secrète de cette base de données.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed.</source>
        <translation>La phrase secrète est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key of this database is kept in the OS keyring, but no secure keyring is available now. Log in to your desktop session (or unlock the keyring) and try again.</source>
        <translation>La clé de cette base de données est gardée dans le trousseau du système, mais aucun trousseau sécurisé n’est disponible maintenant. Connectez-vous à votre session de bureau (ou déverrouillez le trousseau) et réessayez.</translation>
    </message>
    <message>
        <source>The OS keyring could not be read: %1</source>
        <translation>Le trousseau du système n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key for the data folder %1 is not in the OS keyring of this computer (a new computer, or the entry was deleted). Without it the database cannot be opened here; restore a backup with your recovery key (vrac-desktop restore FILE --recovery-key).</source>
        <translation>La clé du dossier de données %1 n’est pas dans le trousseau du système de cet ordinateur (un nouvel ordinateur, ou l’entrée a été supprimée). Sans elle, la base de données ne peut pas être ouverte ici&#xa0;; restaurez une sauvegarde avec votre clé de récupération (vrac-desktop restore FICHIER --recovery-key).</translation>
    </message>
    <message>
        <source>The keyring entry for this database is damaged.</source>
        <translation>L’entrée du trousseau de cette base de données est endommagée.</translation>
    </message>
    <message>
        <source>The OS keyring refused the new key: %1</source>
        <translation>Le trousseau du système a refusé la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OS keyring did not keep the new key.</source>
        <translation>Le trousseau du système n’a pas gardé la nouvelle clé.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This computer has no secure OS keyring, so the restored data will be protected by a passphrase. Choose one (at least 8 characters).</source>
        <translation>Cet ordinateur n’a pas de trousseau sécurisé du système, les données restaurées seront donc protégées par une phrase secrète. Choisissez-en une (au moins 8 caractères).</translation>
    </message>
    <message>
        <source>The passphrase settings file %1 is damaged (not valid JSON), so the database cannot be opened with it. Nothing was changed; restore the file from a copy of the data folder, or restore a backup.</source>
        <translation>Le fichier des paramètres de phrase secrète %1 est endommagé (JSON non valide), la base de données ne peut donc pas être ouverte avec lui. Rien n’a été modifié&#xa0;; restaurez le fichier à partir d’une copie du dossier de données, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase settings file %1 is damaged (%2). Nothing was changed; restore the file from a copy of the data folder, or restore a backup.</source>
        <translation>Le fichier des paramètres de phrase secrète %1 est endommagé (%2). Rien n’a été modifié&#xa0;; restaurez le fichier à partir d’une copie du dossier de données, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>the salt is not hexadecimal</source>
        <translation>le sel n’est pas hexadécimal</translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, and the OS keyring has no key for it either, so the database cannot be opened. Nothing was changed; restore the key file from a copy of the data folder, or restore a backup with your passphrase or recovery key.</source>
        <translation>Le fichier de clé %1 manque à côté de la base de données, et le trousseau du système n’a pas non plus de clé pour elle, la base de données ne peut donc pas être ouverte. Rien n’a été modifié&#xa0;; restaurez le fichier de clé à partir d’une copie du dossier de données, ou restaurez une sauvegarde avec votre phrase secrète ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>There is no family with id %1.</source>
        <translation>Il n’y a pas de famille avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>Version %1 of this plan does not exist.</source>
        <translation>La version %1 de ce plan n’existe pas.</translation>
    </message>
    <message>
        <source>This database is not set up as a team server yet: run `vrac-desktop server init URL` first. Nothing was changed.</source>
        <translation>Cette base de données n’est pas encore configurée comme serveur d’équipe&#xa0;: exécutez d’abord `vrac-desktop server init URL`. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable team name: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, at most 50. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’équipe utilisable&#xa0;: lettres minuscules, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», 50 au plus. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That is not a join code (it starts with VRACJOIN1-). Nothing was changed.</source>
        <translation>Ce n’est pas un code d’accès (il commence par VRACJOIN1-). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The join code is damaged (a character is missing or changed). Ask the operator for it again; nothing was changed.</source>
        <translation>Le code d’accès est endommagé (un caractère manque ou a changé). Redemandez-le à l’administrateur&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable coach account name: lower-case letters, digits and &apos;_&apos;, starting with a letter, 2 to 51 characters, not starting with vrac_ or pg_. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de compte de coach utilisable&#xa0;: lettres minuscules, chiffres et «&#xa0;_&#xa0;», commençant par une lettre, de 2 à 51 caractères, ne commençant pas par vrac_ ni pg_. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos; on this server (add it with `server add-team %1`). Nothing was changed.</source>
        <translation>Il n’y a pas d’équipe «&#xa0;%1&#xa0;» sur ce serveur (ajoutez-la avec `server add-team %1`). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database role &apos;%1&apos; exists and is not a coach account; choose another name. Nothing was changed.</source>
        <translation>Le rôle de base de données «&#xa0;%1&#xa0;» existe et n’est pas un compte de coach&#xa0;; choisissez un autre nom. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no coach account &apos;%1&apos;. Nothing was changed.</source>
        <translation>Il n’y a pas de compte de coach «&#xa0;%1&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in team &apos;%2&apos;. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de l’équipe «&#xa0;%2&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos; on this server. Nothing was changed.</source>
        <translation>Il n’y a pas d’équipe «&#xa0;%1&#xa0;» sur ce serveur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The team server %1 asks for a password, and none is remembered on this computer for it. Nothing was changed.</source>
        <translation>Le serveur d’équipe %1 demande un mot de passe, et aucun n’est mémorisé sur cet ordinateur pour lui. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The team server %1 was refused: its TLS certificate could not be checked against the team&apos;s certificate authority (%2). It may not be the team&apos;s server, or its certificate changed. Nothing was sent; ask the operator for the server&apos;s CA (join code) before syncing.</source>
        <translation>Le serveur d’équipe %1 a été refusé&#xa0;: son certificat TLS n’a pas pu être vérifié auprès de l’autorité de certification de l’équipe (%2). Ce n’est peut-être pas le serveur de l’équipe, ou son certificat a changé. Rien n’a été envoyé&#xa0;; demandez à l’administrateur l’AC du serveur (code d’accès) avant de synchroniser.</translation>
    </message>
    <message>
        <source>The team server %1 refused the password (password authentication failed). Nothing was changed.</source>
        <translation>Le serveur d’équipe %1 a refusé le mot de passe (échec de l’authentification par mot de passe). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The team server %1 could not be reached: %2. Nothing was changed; work goes on in the local database.</source>
        <translation>Le serveur d’équipe %1 n’a pas pu être joint&#xa0;: %2. Rien n’a été modifié&#xa0;; le travail continue dans la base de données locale.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Use postgresql://user@host/database.</source>
        <translation>« %1 » n’est pas une adresse de serveur. Utilisez postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The team server must be PostgreSQL (postgresql://user@host/database), not &apos;%1&apos;.</source>
        <translation>Le serveur d’équipe doit être PostgreSQL (postgresql://utilisateur@hôte/base), pas « %1 ».</translation>
    </message>
    <message>
        <source>The server address needs a user and a database: postgresql://user@host/database.</source>
        <translation>L’adresse du serveur doit comporter un utilisateur et une base de données : postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The OS keyring refused to keep the server password (%1); nothing was stored.</source>
        <translation>Le trousseau du système a refusé de garder le mot de passe du serveur (%1)&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Type the database passphrase: it also unlocks the signing certificate.</source>
        <translation>Saisissez la phrase secrète de la base de données&#xa0;: elle déverrouille aussi le certificat de signature.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the signing certificate cannot be unlocked. Nothing was signed.</source>
        <translation>La phrase secrète est incorrecte, le certificat de signature ne peut donc pas être déverrouillé. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The signing certificate %1 could not be unlocked (%2). If the data folder was moved before this version of VRAC Desktop first opened it, open it once at its old place. Nothing was signed.</source>
        <translation>Le certificat de signature %1 n’a pas pu être déverrouillé (%2). Si le dossier de données a été déplacé avant que cette version de VRAC Desktop ne l’ouvre pour la première fois, ouvrez-le une fois à son ancien emplacement. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>%1 holds no usable signing key.</source>
        <translation>%1 ne contient aucune clé de signature utilisable.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2; nothing was signed. Import the organisation&apos;s new certificate (Preferences, Signing).</source>
        <translation>Le certificat de signature de %1 a expiré le %2&#xa0;; rien n’a été signé. Importez le nouveau certificat de l’organisation (Préférences, Signature).</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 file this password opens (%1); nothing was imported.</source>
        <translation>Le fichier n’est pas un fichier PKCS#12 que ce mot de passe ouvre (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The PKCS#12 file has no certificate with an EC or RSA private key; nothing was imported.</source>
        <translation>Le fichier PKCS#12 n’a aucun certificat avec une clé privée EC ou RSA&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The certificate may not be used for signatures (its key usage forbids it); nothing was imported.</source>
        <translation>Le certificat ne peut pas servir aux signatures (son usage de clé l’interdit)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; nothing was imported.</source>
        <translation>Le certificat de %1 a expiré le %2&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2; nothing was imported.</source>
        <translation>Le certificat de %1 n’est valable qu’à partir du %2&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is not a certificate (PEM or DER) (%1); nothing was added.</source>
        <translation>Le fichier n’est pas un certificat (PEM ou DER) (%1)&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The file holds no certificate; nothing was added.</source>
        <translation>Le fichier ne contient aucun certificat&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority (CA) certificate; nothing was added. Ask the organisation for its CA certificate.</source>
        <translation>%1 n’est pas un certificat d’autorité de certification (AC)&#xa0;; rien n’a été ajouté. Demandez à l’organisation son certificat d’AC.</translation>
    </message>
    <message>
        <source>There is no certificate yet: import the organisation&apos;s certificate, or export a document once so the coach&apos;s own certificate is made.</source>
        <translation>Il n’y a pas encore de certificat&#xa0;: importez le certificat de l’organisation, ou exportez une fois un document pour que le certificat propre au coach soit créé.</translation>
    </message>
    <message>
        <source>%1.%2 of %3 is not encrypted on the server although the team encrypts it (written by someone without the team key, or injected)</source>
        <translation>%1.%2 de %3 n’est pas chiffré sur le serveur alors que l’équipe le chiffre (écrit par quelqu’un sans la clé de l’équipe, ou injecté)</translation>
    </message>
    <message>
        <source>%1.%2 of %3 was encrypted with generation %4 of the team key, which this laptop does not hold (the key was rotated after it left the team, or it must join again)</source>
        <translation>%1.%2 de %3 a été chiffré avec la génération %4 de la clé de l’équipe, que cet ordinateur ne détient pas (la clé a été renouvelée après son départ de l’équipe, ou il doit la rejoindre à nouveau)</translation>
    </message>
    <message>
        <source>%1.%2 of %3 does not decrypt with the team key: it was changed on the server, or moved there from another row or family</source>
        <translation>%1.%2 de %3 ne se déchiffre pas avec la clé de l’équipe&#xa0;: il a été modifié sur le serveur, ou y a été déplacé depuis une autre ligne ou une autre famille</translation>
    </message>
    <message>
        <source>The key code does not open the team key in the join code (a typo, or another coach&apos;s code). Nothing was changed.</source>
        <translation>Le code de clé n’ouvre pas la clé de l’équipe contenue dans le code d’accès (une faute de frappe, ou le code d’un autre coach). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The certificate of %1 has no EC key: give %1 a new join code instead.</source>
        <translation>Le certificat de %1 n’a pas de clé EC&#xa0;: donnez plutôt un nouveau code d’accès à %1.</translation>
    </message>
    <message>
        <source>The new team key (generation %1) granted to %2 does not open with this laptop&apos;s signing key.</source>
        <translation>La nouvelle clé de l’équipe (génération %1) accordée à %2 ne s’ouvre pas avec la clé de signature de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>une liste était attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>du texte était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>vrai ou faux était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>un nombre entier était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>texte de plus de %1 caractères</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas %2</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>une date et une heure</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>un objet était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au premier niveau</translation>
    </message>
    <message>
        <source>this is not a VRAC Desktop family export</source>
        <translation>ce n’est pas un export de famille de VRAC Desktop</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>manquant ou pas un nombre</translation>
    </message>
    <message>
        <source>written by a newer VRAC Desktop (schema %1, this app reads up to %2); update the app</source>
        <translation>écrit par une version plus récente de VRAC Desktop (schéma %1, cette application lit jusqu’à %2)&#xa0;; mettez l’application à jour</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>JSON non valide (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>contains text that is not valid Unicode (a lone surrogate escape such as \udcff)</source>
        <translation>contient du texte qui n’est pas de l’Unicode valide (un échappement de demi-codet isolé comme \udcff)</translation>
    </message>
    <message>
        <source>%1 is outside the 0–10 scale</source>
        <translation>%1 est hors de l’échelle de 0 à 10</translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation>l’identifiant %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>names another family than the file&apos;s</source>
        <translation>désigne une autre famille que celle du fichier</translation>
    </message>
    <message>
        <source>two versions have the same number</source>
        <translation>deux versions ont le même numéro</translation>
    </message>
    <message>
        <source>This laptop signs with a certificate (%1, %2) that is not published for team %3 (%4): the team&apos;s laptops will refuse what it sends. Ask the operator to run `server allow-new-certificate` for your account, then sync again.</source>
        <translation>Cet ordinateur signe avec un certificat (%1, %2) qui n’est pas publié pour l’équipe %3 (%4)&#xa0;: les ordinateurs de l’équipe refuseront ce qu’il envoie. Demandez à l’administrateur d’exécuter `server allow-new-certificate` pour votre compte, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The server lists an erasure of family %1 (by server account &apos;%2&apos;, %3) that was NOT applied: %4. The family stays on this laptop; tell the operator.</source>
        <translation>Le serveur indique un effacement de la famille %1 (par le compte serveur «&#xa0;%2&#xa0;», %3) qui n’a PAS été appliqué&#xa0;: %4. La famille reste sur cet ordinateur&#xa0;; prévenez l’administrateur.</translation>
    </message>
    <message>
        <source>The server refused the erasure of family %1 (%2); it is erased on this laptop only.</source>
        <translation>Le serveur a refusé l’effacement de la famille %1 (%2)&#xa0;; elle n’est effacée que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The chart could not be drawn (the chart process failed: %1). Nothing was written.</source>
        <translation>Le graphique n’a pas pu être dessiné (le processus de dessin a échoué&#xa0;: %1). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The charts could not be drawn: the application did not respond in time. Nothing was written.</source>
        <translation>Les graphiques n’ont pas pu être dessinés&#xa0;: l’application n’a pas répondu à temps. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The signing certificate could not be loaded; nothing was signed.</source>
        <translation>Le certificat de signature n’a pas pu être chargé&#xa0;; rien n’a été signé.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1: content does not match its hash</source>
        <translation>%1&#xa0;: le contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>%1: record does not match its hash</source>
        <translation>%1&#xa0;: l’enregistrement ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>version %1 is missing (found %2 in its place)</source>
        <translation>la version %1 manque (%2 trouvée à sa place)</translation>
    </message>
    <message>
        <source>version %1: link to version %2 is broken</source>
        <translation>version %1&#xa0;: le lien vers la version %2 est rompu</translation>
    </message>
    <message>
        <source>%1 versions were saved but %2 are present</source>
        <translation>%1 versions ont été enregistrées mais %2 sont présentes</translation>
    </message>
    <message>
        <source>version %1 is not the version that was saved last</source>
        <translation>la version %1 n’est pas la dernière version enregistrée</translation>
    </message>
    <message>
        <source>fork version %1 (%2)</source>
        <translation>version de branche %1 (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to another family</source>
        <translation>%1 appartient à une autre famille</translation>
    </message>
    <message>
        <source>%1 is also in the main chain</source>
        <translation>%1 est aussi dans la chaîne principale</translation>
    </message>
    <message>
        <source>%1: link to its previous version is broken</source>
        <translation>%1&#xa0;: le lien vers sa version précédente est rompu</translation>
    </message>
    <message>
        <source>version %1: the other head it merges is missing</source>
        <translation>version %1&#xa0;: l’autre tête qu’elle fusionne manque</translation>
    </message>
    <message>
        <source>it carries no author signature</source>
        <translation>elle ne porte aucune signature d’auteur</translation>
    </message>
    <message>
        <source>it is signed by a certificate this laptop does not trust for the team (%1)</source>
        <translation>elle est signée par un certificat auquel cet ordinateur ne fait pas confiance pour l’équipe (%1)</translation>
    </message>
    <message>
        <source>its signature by %1 does not verify (changed after signing, or forged)</source>
        <translation>sa signature par %1 n’est pas valide (modifiée après signature, ou falsifiée)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>an action without its id or description</source>
        <translation>une action sans identifiant ni description</translation>
    </message>
    <message>
        <source>a member&apos;s name or organisation is not a text</source>
        <translation>le nom ou l’organisation d’un membre n’est pas du texte</translation>
    </message>
    <message>
        <source>a goal&apos;s title is not a text</source>
        <translation>le titre d’un objectif n’est pas du texte</translation>
    </message>
    <message>
        <source>The evaluation period starts after it ends.</source>
        <translation>La période d’évaluation commence après sa fin.</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Engagement and team preparation</source>
        <translation>Engagement et préparation de l’équipe</translation>
    </message>
    <message>
        <source>Initial plan development</source>
        <translation>Élaboration du premier plan</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>First contact; the family&apos;s story and strengths gathered; the team formed; crisis stabilisation if needed.</source>
        <translation>Premier contact&#xa0;; l’histoire et les forces de la famille recueillies&#xa0;; l’équipe formée&#xa0;; la crise stabilisée si besoin.</translation>
    </message>
    <message>
        <source>Until the family approves its first plan.</source>
        <translation>Jusqu’à ce que la famille approuve son premier plan.</translation>
    </message>
    <message>
        <source>Follow-up meetings and six-month evaluations.</source>
        <translation>Réunions de suivi et évaluations semestrielles.</translation>
    </message>
    <message>
        <source>Goals finalized, or the family decides to end: the transition plan, then closing.</source>
        <translation>Objectifs clôturés, ou la famille décide d’arrêter&#xa0;: le plan de transition, puis la clôture.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Finalize (goal reached)</source>
        <translation>Clôturer (objectif atteint)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>First plan meeting held</source>
        <translation>Première réunion de plan tenue</translation>
    </message>
    <message>
        <source>First plan approved</source>
        <translation>Premier plan approuvé</translation>
    </message>
    <message>
        <source>Transition plan agreed at the closing meeting</source>
        <translation>Plan de transition convenu lors de la réunion de clôture</translation>
    </message>
    <message>
        <source>The evaluation period starts after it ends.</source>
        <translation>La période d’évaluation commence après sa fin.</translation>
    </message>
    <message>
        <source>The evaluation period ends in the future.</source>
        <translation>La période d’évaluation se termine dans le futur.</translation>
    </message>
    <message>
        <source>The evaluation period starts before the family&apos;s first meeting.</source>
        <translation>La période d’évaluation commence avant la première réunion de la famille.</translation>
    </message>
    <message>
        <source>The plan version this evaluation is about no longer exists.</source>
        <translation>La version du plan évaluée n’existe plus.</translation>
    </message>
    <message>
        <source>A rating of goal “%1” is outside 0–10.</source>
        <translation>Une note de l’objectif «&#xa0;%1&#xa0;» est hors de 0–10.</translation>
    </message>
    <message>
        <source>Goal “%1” is not in the evaluated plan version.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» n’est pas dans la version évaluée du plan.</translation>
    </message>
    <message>
        <source>The decision on goal “%1” needs a reason.</source>
        <translation>La décision sur l’objectif «&#xa0;%1&#xa0;» doit être motivée.</translation>
    </message>
    <message>
        <source>Goal “%1” cannot be finalized: nobody has rated it.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» ne peut pas être clôturé&#xa0;: personne ne l’a noté.</translation>
    </message>
    <message>
        <source>The plan has no goals to evaluate.</source>
        <translation>Le plan n’a aucun objectif à évaluer.</translation>
    </message>
    <message>
        <source>Write why (the overall decision) or the next steps.</source>
        <translation>Écrivez pourquoi (la décision globale) ou les prochaines étapes.</translation>
    </message>
    <message>
        <source>The meeting date is in the future.</source>
        <translation>La date de la réunion est dans le futur.</translation>
    </message>
    <message>
        <source>A phase change needs a reason.</source>
        <translation>Un changement de phase doit être motivé.</translation>
    </message>
    <message>
        <source>The date of the phase change is in the future.</source>
        <translation>La date du changement de phase est dans le futur.</translation>
    </message>
    <message>
        <source>The date is before the last phase change.</source>
        <translation>La date est antérieure au dernier changement de phase.</translation>
    </message>
    <message>
        <source>The family is already in this phase.</source>
        <translation>La famille est déjà dans cette phase.</translation>
    </message>
    <message>
        <source>Phases go in order: engagement → plan development → implementation → transition (transition may come at any time).</source>
        <translation>Les phases se suivent&#xa0;: engagement → élaboration du plan → mise en œuvre → transition (la transition peut venir à tout moment).</translation>
    </message>
    <message>
        <source>Implementation starts once the family has approved a plan.</source>
        <translation>La mise en œuvre commence dès que la famille a approuvé un plan.</translation>
    </message>
    <message>
        <source>The closing meeting date is in the future.</source>
        <translation>La date de la réunion de clôture est dans le futur.</translation>
    </message>
    <message>
        <source>Every support that continues needs what it is and who carries it.</source>
        <translation>Chaque soutien qui continue doit dire ce qu’il est et qui le porte.</translation>
    </message>
    <message>
        <source>Name at least one person to call in a crisis after closure.</source>
        <translation>Nommez au moins une personne à appeler en cas de crise après la clôture.</translation>
    </message>
</context>
<context>
    <name>CycleAgreementStep</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The family a&amp;pproves</source>
        <translation>La famille a&amp;pprouve</translation>
    </message>
    <message>
        <source>The family approves</source>
        <translation>La famille approuve</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 signs off</source>
        <translation>%1 signe</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Nom saisi</translation>
    </message>
    <message>
        <source>Typed name of %1</source>
        <translation>Nom saisi de %1</translation>
    </message>
    <message>
        <source>Draw signature…</source>
        <translation>Dessiner la signature…</translation>
    </message>
    <message>
        <source>Draw the signature of %1</source>
        <translation>Dessiner la signature de %1</translation>
    </message>
    <message>
        <source>✓ signature drawn</source>
        <translation>✓ signature dessinée</translation>
    </message>
    <message>
        <source>Change the family&apos;s approval</source>
        <translation>Modifier l’approbation de la famille</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message>
        <source>%1, please sign below.</source>
        <translation>%1, veuillez signer ci-dessous.</translation>
    </message>
    <message>
        <source>The family approves the evaluation; each member present signs off. Recording it makes an evaluation that can no longer be changed.</source>
        <translation>La famille approuve l’évaluation&#xa0;; chaque membre présent signe. Une fois enregistrée, l’évaluation ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The family approves the transition plan; each member present signs off. Recording it closes the plan.</source>
        <translation>La famille approuve le plan de transition&#xa0;; chaque membre présent signe. L’enregistrer clôt le plan.</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Wraparound phase</source>
        <translation>Phase Wraparound</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase actuelle</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Historique des phases</translation>
    </message>
    <message>
        <source>C&amp;hange phase…</source>
        <translation>C&amp;hanger de phase…</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Changer de phase</translation>
    </message>
    <message>
        <source>Six-month evaluations</source>
        <translation>Évaluations semestrielles</translation>
    </message>
    <message>
        <source>Recorded evaluations</source>
        <translation>Évaluations enregistrées</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Closing meeting and transition p&amp;lan…</source>
        <translation>Réunion de clôture et p&amp;lan de transition…</translation>
    </message>
    <message>
        <source>Start the closing meeting</source>
        <translation>Commencer la réunion de clôture</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (by %3): %4</source>
        <translation>%1 — %2 (par %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Engagement since the family was registered.</source>
        <translation>Engagement depuis l’inscription de la famille.</translation>
    </message>
    <message>
        <source>%1 – %2 · plan version %3 · %4</source>
        <translation>%1 – %2 · version du plan %3 · %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Evaluation %1 recorded by %2 on %3, at the same time as another evaluation %1 (by %4) on another laptop. Both are kept; neither replaces the other.</source>
        <translation>Évaluation %1 enregistrée par %2 le %3, en même temps qu’une autre évaluation %1 (par %4) sur un autre ordinateur. Les deux sont conservées&#xa0;; aucune ne remplace l’autre.</translation>
    </message>
    <message>
        <source>The next evaluation follows this one.</source>
        <translation>La prochaine évaluation fera suite à celle-ci.</translation>
    </message>
    <message>
        <source>A later evaluation follows this one.</source>
        <translation>Une évaluation ultérieure fait suite à celle-ci.</translation>
    </message>
    <message>
        <source>No later evaluation follows this one; it stays in the history as recorded.</source>
        <translation>Aucune évaluation ultérieure ne fait suite à celle-ci&#xa0;; elle reste dans l’historique telle qu’elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Double-click to export this evaluation as a signed document.</source>
        <translation>Double-cliquez pour exporter cette évaluation en document signé.</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Aucune enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Transition plan recorded on %1.</source>
        <translation>Plan de transition enregistré le %1.</translation>
    </message>
    <message>
        <source>When goals are reached, or the family decides to end: agree what continues, whom to call, how to come back, and celebrate.</source>
        <translation>Quand les objectifs sont atteints, ou que la famille décide d’arrêter&#xa0;: convenir de ce qui continue, qui appeler, comment revenir, et célébrer.</translation>
    </message>
</context>
<context>
    <name>CycleSteps</name>
    <message>
        <source>The evaluation decided to adjust: %1. Change these goals in the Goals step.</source>
        <translation>L’évaluation a décidé d’ajuster&#xa0;: %1. Modifiez ces objectifs à l’étape Objectifs.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Erase this family…</source>
        <translation>E&amp;ffacer cette famille…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>VRAC backups (*.vracbak)</source>
        <translation>Sauvegardes VRAC (*.vracbak)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>The signing certificate could not be used, so nothing was exported: %1</source>
        <translation>Le certificat de signature n’a pas pu être utilisé, rien n’a donc été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan version %1 was exported and signed:
%2</source>
        <translation>La version %1 du plan a été exportée et signée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The signature has no timestamp (no timestamp authority is set, or it could not be reached).</source>
        <translation>La signature n’a pas d’horodatage (aucune autorité d’horodatage n’est définie, ou elle était injoignable).</translation>
    </message>
    <message>
        <source>The signature carries a timestamp.</source>
        <translation>La signature porte un horodatage.</translation>
    </message>
    <message>
        <source>The signature carries a timestamp and the data to check it for years to come.</source>
        <translation>La signature porte un horodatage et les données pour la vérifier pendant des années.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Print family copy…</source>
        <translation>&amp;Imprimer l’exemplaire de la famille…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Export all data of this family</source>
        <translation>Exporter toutes les données de cette famille</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Collecting the family&apos;s data…</source>
        <translation>Collecte des données de la famille…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Export six-month e&amp;valuation…</source>
        <translation>Exporter l’é&amp;valuation semestrielle…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>VRAC backups (*.vracbak);;All files (*)</source>
        <translation>Sauvegardes VRAC (*.vracbak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup %1? The backup is checked first; nothing is replaced if it is damaged. The current data is kept in the backups folder.</source>
        <translation>Remplacer les données de cet ordinateur par la sauvegarde %1&#xa0;? La sauvegarde est d’abord vérifiée&#xa0;; rien n’est remplacé si elle est endommagée. Les données actuelles sont gardées dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>The backup was restored: %1 families, %2 plan versions. The previous data is kept as %3.</source>
        <translation>La sauvegarde a été restaurée&#xa0;: %1 familles, %2 versions de plan. Les données précédentes sont gardées dans %3.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <source>Recovery &amp;kit…</source>
        <translation>&amp;Kit de récupération…</translation>
    </message>
    <message>
        <source>&amp;Team server sync…</source>
        <translation>S&amp;ynchroniser avec le serveur d’équipe…</translation>
    </message>
    <message>
        <source>Export &amp;all data of this family…</source>
        <translation>&amp;Exporter toutes les données de cette famille…</translation>
    </message>
    <message>
        <source>Export si&amp;gned plan…</source>
        <translation>Exporter le plan si&amp;gné…</translation>
    </message>
    <message>
        <source>Export signed tra&amp;nsition plan…</source>
        <translation>Exporter le plan de tra&amp;nsition signé…</translation>
    </message>
    <message>
        <source>Pr&amp;int the family copy of the plan…</source>
        <translation>Imprimer l’e&amp;xemplaire de la famille du plan…</translation>
    </message>
    <message>
        <source>vrac-backup.vracbak</source>
        <translation>vrac-sauvegarde.vracbak</translation>
    </message>
    <message>
        <source>The encrypted backup was written to %1. It restores with your passphrase or your recovery key, also on another computer.</source>
        <translation>La sauvegarde chiffrée a été enregistrée dans %1. Elle se restaure avec votre phrase secrète ou votre clé de récupération, même sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery key? Backups made from now on open with the new key only; backups made before still open with the old one.</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;? Les sauvegardes faites à partir de maintenant ne s’ouvriront qu’avec la nouvelle clé&#xa0;; les sauvegardes antérieures s’ouvrent toujours avec l’ancienne.</translation>
    </message>
    <message>
        <source>This backup comes from another computer or data folder. Type its recovery key (from the recovery kit), or the passphrase it was made with:</source>
        <translation>Cette sauvegarde vient d’un autre ordinateur ou d’un autre dossier de données. Saisissez sa clé de récupération (du kit de récupération) ou la phrase secrète avec laquelle elle a été faite&#xa0;:</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Everything about this family was written to %1 (%2).</source>
        <translation>Tout ce qui concerne cette famille a été écrit dans %1 (%2).</translation>
    </message>
    <message>
        <source>Erase this family</source>
        <translation>Effacer cette famille</translation>
    </message>
    <message>
        <source>This erases everything about “%1”: every plan version, rating, meeting, draft and evaluation. It cannot be undone; backups are marked so a restore erases it again.

Type the family&apos;s name to confirm:</source>
        <translation>Ceci efface tout ce qui concerne «&#xa0;%1&#xa0;»&#xa0;: chaque version du plan, note, réunion, brouillon et évaluation. C’est irréversible&#xa0;; les sauvegardes sont marquées pour qu’une restauration l’efface à nouveau.

Saisissez le nom de la famille pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non effacée</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>“%1” was erased.</source>
        <translation>«&#xa0;%1&#xa0;» a été effacée.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>vrac-audit.csv</source>
        <translation>vrac-journal-audit.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Type a date such as %1, or pick one in the calendar (Alt+Down). Empty: no date.</source>
        <translation>Tapez une date comme %1, ou choisissez-la dans le calendrier (Alt+Bas). Vide&#xa0;: pas de date.</translation>
    </message>
    <message>
        <source>Pick in the calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Ce n’est pas une date&#xa0;; tapez par exemple %1</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>Show old and new side by side</source>
        <translation>Afficher l’ancien et le nouveau côte à côte</translation>
    </message>
    <message>
        <source>Show the old and the new version in two columns instead of inline</source>
        <translation>Afficher l’ancienne et la nouvelle version en deux colonnes plutôt qu’à la suite</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu’au</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Whose strength</source>
        <translation>Force de qui</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Comment nous le saurons</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Pour l’objectif</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Raison de l’arrêt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Signes précoces</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Ce que nous faisons</translation>
    </message>
    <message>
        <source>Family approved</source>
        <translation>Accord de la famille</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Accord donné le</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Accord donné par</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Shared with the family</source>
        <translation>Partagé avec la famille</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Life skill</source>
        <translation>Compétence de vie</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>We do it ourselves</source>
        <translation>Nous le faisons nous-mêmes</translation>
    </message>
    <message>
        <source>We need help</source>
        <translation>Nous avons besoin d’aide</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The family&apos;s story</source>
        <translation>L’histoire de la famille</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>The team&apos;s view</source>
        <translation>Le regard de l’équipe</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(someone no longer in the team)</source>
        <translation>(une personne qui ne fait plus partie de l’équipe)</translation>
    </message>
    <message>
        <source>(a removed goal)</source>
        <translation>(un objectif supprimé)</translation>
    </message>
    <message>
        <source>(a removed need)</source>
        <translation>(un besoin supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and %2.</source>
        <translation>Rien n’a changé entre %1 et %2.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Families with data</source>
        <translation>Familles avec données</translation>
    </message>
    <message>
        <source>On the good side</source>
        <translation>Du bon côté</translation>
    </message>
    <message>
        <source>Median (middle half)</source>
        <translation>Médiane (moitié centrale)</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Withheld: 1 to 4 families, or a count that would give such a small number away.</source>
        <translation>Masqué&#xa0;: 1 à 4 familles, ou un nombre qui permettrait de retrouver un si petit nombre.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed plan</source>
        <translation>Exporter le plan signé</translation>
    </message>
    <message>
        <source>Export six-month evaluation</source>
        <translation>Exporter l’évaluation semestrielle</translation>
    </message>
    <message>
        <source>Export signed transition plan</source>
        <translation>Exporter le plan de transition signé</translation>
    </message>
    <message>
        <source>Export signed document</source>
        <translation>Exporter le document signé</translation>
    </message>
    <message>
        <source>&amp;Family copy (leaves out professional-only items)</source>
        <translation>Exemplaire de la &amp;famille (sans les éléments réservés aux professionnels)</translation>
    </message>
    <message>
        <source>&amp;Professional copy</source>
        <translation>Exemplaire &amp;professionnel</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Exemplaire&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;DF (the signed original)</source>
        <translation>P&amp;DF (l’original signé)</translation>
    </message>
    <message>
        <source>&amp;Word (.docx, editable, signature in a .p7s file)</source>
        <translation>&amp;Word (.docx, modifiable, signature dans un fichier .p7s)</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Les deux</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Where to save the document</source>
        <translation>Où enregistrer le document</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the document</source>
        <translation>Choisir où enregistrer le document</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Choisissez un fichier dans un dossier qui existe.</translation>
    </message>
    <message>
        <source>Print family copy</source>
        <translation>Imprimer l’exemplaire de la famille</translation>
    </message>
</context>
<context>
    <name>FaceScale</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <translation>%1 (%2 sur 5)</translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clôturée)</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Search by family, child or team member name, or reference</source>
        <translation>Rechercher par nom de famille, d’enfant ou de membre de l’équipe, ou par référence</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Rechercher des familles</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Afficher les &amp;clôturées</translation>
    </message>
    <message>
        <source>Show closed families</source>
        <translation>Afficher les familles clôturées</translation>
    </message>
    <message>
        <source>Show families in phase</source>
        <translation>Afficher les familles en phase</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nouvelle famille…</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <source>The coach&apos;s &amp;week</source>
        <translation>La &amp;semaine du coach</translation>
    </message>
    <message>
        <source>The coach&apos;s week</source>
        <translation>La semaine du coach</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>No family matches your search.</source>
        <translation>Aucune famille ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No families yet. Create one with “New family” (Ctrl+N).</source>
        <translation>Pas encore de familles. Créez-en une avec «&#xa0;Nouvelle famille&#xa0;» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>FamilyHome</name>
    <message>
        <source>Back to families</source>
        <translation>Retour aux familles</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Démarrer la &amp;réunion</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Démarrer la réunion</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>A&amp;bandonner le brouillon…</translation>
    </message>
    <message>
        <source>Discard the unsaved meeting draft</source>
        <translation>Abandonner le brouillon de réunion non enregistré</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Ce qui a chan&amp;gé</translation>
    </message>
    <message>
        <source>What changed between versions</source>
        <translation>Ce qui a changé entre les versions</translation>
    </message>
    <message>
        <source>Start six-month eval&amp;uation</source>
        <translation>Commencer l’éval&amp;uation semestrielle</translation>
    </message>
    <message>
        <source>Start six-month evaluation</source>
        <translation>Commencer l’évaluation semestrielle</translation>
    </message>
    <message>
        <source>Languages of the family</source>
        <translation>Langues de la famille</translation>
    </message>
    <message>
        <source>⚠ This plan was changed on two laptops: &amp;reconcile the two versions…</source>
        <translation>⚠ Ce plan a été modifié sur deux ordinateurs&#xa0;: &amp;réconcilier les deux versions…</translation>
    </message>
    <message>
        <source>Reconcile two versions of this plan</source>
        <translation>Réconcilier deux versions de ce plan</translation>
    </message>
    <message>
        <source>Next meeting and evaluation</source>
        <translation>Prochaine réunion et évaluation</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>Family overview</source>
        <translation>Vue d’ensemble de la famille</translation>
    </message>
    <message>
        <source>&amp;Team and history</source>
        <translation>&amp;Équipe et historique</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progrès</translation>
    </message>
    <message>
        <source>Ph&amp;ases and evaluations</source>
        <translation>Ph&amp;ases et évaluations</translation>
    </message>
    <message>
        <source>F&amp;idelity</source>
        <translation>F&amp;idélité</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (clôturée)</translation>
    </message>
    <message>
        <source>Spoken at home: %1</source>
        <translation>Parlé à la maison&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ interpreter needed at meetings</source>
        <translation>⚠ interprète nécessaire aux réunions</translation>
    </message>
    <message>
        <source>C&amp;ontinue meeting (draft)</source>
        <translation>Poursuivre la &amp;réunion (brouillon)</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Prochaine réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The six-month evaluation is counted from the first approved plan.</source>
        <translation>L’évaluation semestrielle se compte à partir du premier plan approuvé.</translation>
    </message>
    <message>
        <source>⚠ The six-month evaluation is due (since %1).</source>
        <translation>⚠ L’évaluation des six mois est à faire (depuis le %1).</translation>
    </message>
    <message>
        <source>Six-month evaluation due on %1.</source>
        <translation>Évaluation des six mois prévue le %1.</translation>
    </message>
    <message>
        <source>★ Goals reached — well done! %1</source>
        <translation>★ Objectifs atteints — bravo&#xa0;! %1</translation>
    </message>
    <message>
        <source>sent by server account %1</source>
        <translation>envoyée par le compte serveur %1</translation>
    </message>
    <message>
        <source>Double-click to open this version read-only</source>
        <translation>Double-cliquez pour ouvrir cette version en lecture seule</translation>
    </message>
    <message>
        <source>%1 — %2 present</source>
        <translation>%1 — présents&#xa0;: %2</translation>
    </message>
    <message>
        <source>Double-click to open this meeting read-only</source>
        <translation>Double-cliquez pour ouvrir cette réunion en lecture seule</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>← Fami&amp;lies</source>
        <translation>← Famille&amp;s</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>Modifier l’é&amp;quipe…</translation>
    </message>
    <message>
        <source>The team is part of the plan: it is edited in the meeting&apos;s first step and saved with the next plan version.</source>
        <translation>L’équipe fait partie du plan&#xa0;: elle se modifie à la première étape d’une réunion et est enregistrée avec la prochaine version du plan.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Meeting history</source>
        <translation>Historique des réunions</translation>
    </message>
    <message>
        <source>&amp;Start first meeting</source>
        <translation>Démarrer la p&amp;remière réunion</translation>
    </message>
    <message>
        <source>&amp;Start follow-up meeting</source>
        <translation>Démarrer la &amp;réunion de suivi</translation>
    </message>
    <message>
        <source>No plan yet: the first meeting creates version 1.</source>
        <translation>Pas encore de plan&#xa0;: la première réunion crée la version 1.</translation>
    </message>
    <message>
        <source>Current plan: version %1</source>
        <translation>Plan actuel&#xa0;: version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
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
            <numerusform>(%n pas encore faite)</numerusform>
            <numerusform>(%n pas encore faites)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n membre de l’équipe</numerusform>
            <numerusform>%n membres de l’équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <source>Version %1 — %2 by %3 (%4) · %5</source>
        <translation>Version %1 — %2 par %3 (%4) · %5</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Vue famille</translation>
    </message>
    <message>
        <source>The current plan in plain words, as the family sees it. Read-only.</source>
        <translation>Le plan actuel en mots simples, tel que la famille le voit. Lecture seule.</translation>
    </message>
    <message>
        <source>The plan of %1</source>
        <translation>Le plan de %1</translation>
    </message>
    <message>
        <source>Goals we reached!</source>
        <translation>Les objectifs que nous avons atteints&#xa0;!</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Rien n’est encore écrit ici.</translation>
    </message>
    <message>
        <source>Who is with us</source>
        <translation>Qui est avec nous</translation>
    </message>
    <message>
        <source>Our story</source>
        <translation>Notre histoire</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>Our strengths</source>
        <translation>Nos forces</translation>
    </message>
    <message>
        <source>What we need</source>
        <translation>Ce dont nous avons besoin</translation>
    </message>
    <message>
        <source>Our dream for the future</source>
        <translation>Notre rêve pour l’avenir</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Nos objectifs</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation>Si ça ne va pas</translation>
    </message>
    <message>
        <source>We meet again on %1.</source>
        <translation>Nous nous revoyons le %1.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>We will choose a date together.</source>
        <translation>Nous choisirons une date ensemble.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>People around us</source>
        <translation>Les personnes autour de nous</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Les professionnels</translation>
    </message>
    <message>
        <source>What the team sees:</source>
        <translation>Ce que l’équipe voit&#xa0;:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Temps libre</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Friends and family</source>
        <translation>Amis et famille</translation>
    </message>
    <message>
        <source>We would like help with</source>
        <translation>Nous aimerions de l’aide pour</translation>
    </message>
    <message>
        <source>We do this ourselves</source>
        <translation>Nous le faisons nous-mêmes</translation>
    </message>
    <message>
        <source>comes first</source>
        <translation>en premier</translation>
    </message>
    <message>
        <source>How we will know: %1</source>
        <translation>Comment nous le saurons&#xa0;: %1</translation>
    </message>
    <message>
        <source>At the start %1 of 10, we aim for %2.</source>
        <translation>Au départ %1 sur 10, nous visons %2.</translation>
    </message>
    <message>
        <source>the family %1</source>
        <translation>la famille %1</translation>
    </message>
    <message>
        <source>the child %1</source>
        <translation>l’enfant %1</translation>
    </message>
    <message>
        <source>the team %1</source>
        <translation>l’équipe %1</translation>
    </message>
    <message>
        <source>Now (%1): %2.</source>
        <translation>Maintenant (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>We look at it again on %1.</source>
        <translation>Nous en reparlons le %1.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>Busy with it</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>(we still choose who)</source>
        <translation>(nous choisissons encore qui)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <source>If %1</source>
        <translation>Si&#xa0;: %1</translation>
    </message>
    <message>
        <source>Early signs: %1</source>
        <translation>Premiers signes&#xa0;: %1</translation>
    </message>
    <message>
        <source>What we do: %1</source>
        <translation>Ce que nous faisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whom we call: %1</source>
        <translation>Qui nous appelons&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FamilyViewWindow</name>
    <message>
        <source>Family view</source>
        <translation>Vue famille</translation>
    </message>
    <message>
        <source>Family view window</source>
        <translation>Fenêtre de la vue famille</translation>
    </message>
    <message>
        <source>Press Esc to close the family view.</source>
        <translation>Appuyez sur Échap pour fermer la vue famille.</translation>
    </message>
</context>
<context>
    <name>FamilyVoice</name>
    <message>
        <source>Did the team listen to us?</source>
        <translation>L’équipe nous a-t-elle écoutés&#xa0;?</translation>
    </message>
    <message>
        <source>Does this plan feel like ours?</source>
        <translation>Ce plan est-il vraiment le nôtre&#xa0;?</translation>
    </message>
    <message>
        <source>Do we know who does what now?</source>
        <translation>Savons-nous maintenant qui fait quoi&#xa0;?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Pas vraiment</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Un peu</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Plutôt oui</translation>
    </message>
    <message>
        <source>Yes, completely</source>
        <translation>Oui, tout à fait</translation>
    </message>
</context>
<context>
    <name>FamilyVoicePanel</name>
    <message>
        <source>The family&apos;s voice</source>
        <translation>La voix de la famille</translation>
    </message>
    <message>
        <source>Ask the family, and the child, three short questions and let them tap a face. They may leave a question out.</source>
        <translation>Posez trois petites questions à la famille, et à l’enfant, et laissez-les toucher un visage. Ils peuvent passer une question.</translation>
    </message>
    <message>
        <source>The &amp;child is here and answers too</source>
        <translation>L&apos;&amp;enfant est là et répond aussi</translation>
    </message>
    <message>
        <source>The child answers too</source>
        <translation>L’enfant répond aussi</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>the family</source>
        <translation>la famille</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>l’enfant</translation>
    </message>
    <message>
        <source>%1 — answer of %2</source>
        <translation>%1 — réponse de %2</translation>
    </message>
    <message>
        <source>Click a face, or use Left/Right or the keys 1 to 5; Delete clears the answer.</source>
        <translation>Cliquez sur un visage, ou utilisez Gauche/Droite ou les touches 1 à 5&#xa0;; Suppr efface la réponse.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Répondre à une question</translation>
    </message>
    <message>
        <source>Remove the child&apos;s answers</source>
        <translation>Retirer les réponses de l’enfant</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Coach %1</source>
        <translation>Coach %1</translation>
    </message>
    <message>
        <source>Fidelity summary of all families</source>
        <translation>Synthèse de fidélité de toutes les familles</translation>
    </message>
    <message>
        <source>On %1. Anonymous: no names, no references. Groups of fewer than 5 families are not shown, and counts of 1 to 4 families are withheld (&lt;5). Each measure on its own: there is no overall score.</source>
        <translation>Au %1. Anonyme&#xa0;: ni noms, ni références. Les groupes de moins de 5 familles ne sont pas affichés et les effectifs de 1 à 4 familles sont masqués (&lt;5). Chaque mesure vaut pour elle-même&#xa0;: il n’y a pas de score global.</translation>
    </message>
    <message>
        <source>Fewer than 5 families: nothing can be shown without making them recognisable.</source>
        <translation>Moins de 5 familles&#xa0;: rien ne peut être affiché sans les rendre reconnaissables.</translation>
    </message>
    <message>
        <source>%1 families (%2 active) · plans with no informal support at all: %3</source>
        <translation>%1 familles (%2 actives) · plans sans aucun soutien informel&#xa0;: %3</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Families with data</source>
        <translation>Familles avec données</translation>
    </message>
    <message>
        <source>On the good side</source>
        <translation>Du bon côté</translation>
    </message>
    <message>
        <source>Median (middle half)</source>
        <translation>Médiane (moitié centrale)</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Families per team and per coach: %1. The distributions per team and per coach are in the CSV export of the same summary.</source>
        <translation>Familles par équipe et par coach&#xa0;: %1. Les distributions par équipe et par coach figurent dans l’export CSV de la même synthèse.</translation>
    </message>
    <message>
        <source>Is it really Wraparound? This period in figures</source>
        <translation>Est-ce vraiment du Wraparound&#xa0;? Cette période en chiffres</translation>
    </message>
    <message>
        <source>Read from the plan, the meetings and the family&apos;s own answers during the period. Each measure on its own: there is no overall score.</source>
        <translation>Lu dans le plan, les réunions et les réponses de la famille pendant la période. Chaque mesure vaut pour elle-même&#xa0;: il n’y a pas de score global.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Travail d’équipe</translation>
    </message>
    <message>
        <source>Natural supports</source>
        <translation>Soutiens naturels</translation>
    </message>
    <message>
        <source>Needs-based</source>
        <translation>Fondé sur les besoins</translation>
    </message>
    <message>
        <source>Strengths-driven</source>
        <translation>Fondé sur les forces</translation>
    </message>
    <message>
        <source>Outcomes-based</source>
        <translation>Axé sur les résultats</translation>
    </message>
    <message>
        <source>The family&apos;s voice</source>
        <translation>La voix de la famille</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Taille de l’équipe</translation>
    </message>
    <message>
        <source>Team mix</source>
        <translation>Composition de l’équipe</translation>
    </message>
    <message>
        <source>Family at the meetings</source>
        <translation>La famille aux réunions</translation>
    </message>
    <message>
        <source>Informal supports at the meetings</source>
        <translation>Les soutiens informels aux réunions</translation>
    </message>
    <message>
        <source>Professionals at the meetings</source>
        <translation>Les professionnels aux réunions</translation>
    </message>
    <message>
        <source>Actions of the busiest member</source>
        <translation>Actions du membre le plus chargé</translation>
    </message>
    <message>
        <source>Actions carried by family and informal supports</source>
        <translation>Actions portées par la famille et les soutiens informels</translation>
    </message>
    <message>
        <source>Meetings with an informal support</source>
        <translation>Réunions avec un soutien informel</translation>
    </message>
    <message>
        <source>Informal supports on the team</source>
        <translation>Soutiens informels dans l’équipe</translation>
    </message>
    <message>
        <source>Goals tied to a need</source>
        <translation>Objectifs liés à un besoin</translation>
    </message>
    <message>
        <source>Needs left without a goal</source>
        <translation>Besoins sans objectif</translation>
    </message>
    <message>
        <source>Strengths per family member</source>
        <translation>Forces par membre de la famille</translation>
    </message>
    <message>
        <source>The child&apos;s talents</source>
        <translation>Les talents de l’enfant</translation>
    </message>
    <message>
        <source>Actions that use a strength</source>
        <translation>Actions qui s’appuient sur une force</translation>
    </message>
    <message>
        <source>Goals we can measure</source>
        <translation>Objectifs mesurables</translation>
    </message>
    <message>
        <source>Follow-ups where the family rated</source>
        <translation>Suivis où la famille a donné une note</translation>
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation>Évaluations à temps</translation>
    </message>
    <message>
        <source>Goals reached and celebrated</source>
        <translation>Objectifs atteints et célébrés</translation>
    </message>
    <message>
        <source>Listened to</source>
        <translation>Écoutés</translation>
    </message>
    <message>
        <source>Our own plan</source>
        <translation>Notre propre plan</translation>
    </message>
    <message>
        <source>Clear who does what</source>
        <translation>Qui fait quoi, c’est clair</translation>
    </message>
    <message>
        <source>How many people are on the team around the family.</source>
        <translation>Combien de personnes composent l’équipe autour de la famille.</translation>
    </message>
    <message>
        <source>How many kinds of people are on the team: family, informal supports and professionals (3 is all of them).</source>
        <translation>Combien de types de personnes sont dans l’équipe&#xa0;: famille, soutiens informels et professionnels (3, c’est tous).</translation>
    </message>
    <message>
        <source>Of the family members on the team, how many came to the meetings, on average.</source>
        <translation>Parmi les membres de la famille dans l’équipe, combien sont venus aux réunions, en moyenne.</translation>
    </message>
    <message>
        <source>Of the informal supports on the team, how many came to the meetings, on average.</source>
        <translation>Parmi les soutiens informels dans l’équipe, combien sont venus aux réunions, en moyenne.</translation>
    </message>
    <message>
        <source>Of the professionals on the team, how many came to the meetings, on average.</source>
        <translation>Parmi les professionnels dans l’équipe, combien sont venus aux réunions, en moyenne.</translation>
    </message>
    <message>
        <source>The share of the open actions carried by the one person with the most. Lower is better: nobody should carry everything.</source>
        <translation>La part des actions ouvertes portée par la personne qui en a le plus. Plus bas, c’est mieux&#xa0;: personne ne devrait tout porter.</translation>
    </message>
    <message>
        <source>The share of the actions carried by the family and people from their own network rather than by professionals.</source>
        <translation>La part des actions portées par la famille et les personnes de son propre réseau plutôt que par des professionnels.</translation>
    </message>
    <message>
        <source>The share of the meetings where at least one informal support (a grandparent, neighbour, friend...) was there.</source>
        <translation>La part des réunions où au moins un soutien informel (grand-parent, voisin, ami...) était présent.</translation>
    </message>
    <message>
        <source>How many people from the family&apos;s own network are on the team.</source>
        <translation>Combien de personnes du propre réseau de la famille sont dans l’équipe.</translation>
    </message>
    <message>
        <source>The share of the goals that answer a need the family named.</source>
        <translation>La part des objectifs qui répondent à un besoin exprimé par la famille.</translation>
    </message>
    <message>
        <source>Needs where the family asked for help but no goal takes them up. Lower is better.</source>
        <translation>Besoins pour lesquels la famille a demandé de l’aide mais qu’aucun objectif ne reprend. Plus bas, c’est mieux.</translation>
    </message>
    <message>
        <source>How many strengths of the child, the parents and the family are written down, per family member on the team.</source>
        <translation>Combien de forces de l’enfant, des parents et de la famille sont notées, par membre de la famille dans l’équipe.</translation>
    </message>
    <message>
        <source>How many of the child&apos;s own talents are written down.</source>
        <translation>Combien de talents propres à l’enfant sont notés.</translation>
    </message>
    <message>
        <source>The share of the actions whose description names a strength the plan recorded.</source>
        <translation>La part des actions dont la description nomme une force notée dans le plan.</translation>
    </message>
    <message>
        <source>The share of the goals that say how we will know, with a target different from today&apos;s rating.</source>
        <translation>La part des objectifs qui disent comment nous le saurons, avec une cible différente de la note d’aujourd’hui.</translation>
    </message>
    <message>
        <source>The share of the follow-up meetings where the family or the child rated their own progress.</source>
        <translation>La part des réunions de suivi où la famille ou l’enfant a noté ses propres progrès.</translation>
    </message>
    <message>
        <source>The share of the six-month evaluations that were held on time (up to a month late).</source>
        <translation>La part des évaluations semestrielles tenues à temps (jusqu’à un mois de retard).</translation>
    </message>
    <message>
        <source>How many goals an evaluation found reached or closed as reached.</source>
        <translation>Combien d’objectifs une évaluation a jugés atteints ou clôturés comme atteints.</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Did the team listen to us?&quot; (faces 1 to 5, on average).</source>
        <translation>La réponse de la famille à «&#xa0;L’équipe nous a-t-elle écoutés&#xa0;?&#xa0;» (visages 1 à 5, en moyenne).</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Does this plan feel like ours?&quot; (faces 1 to 5, on average).</source>
        <translation>La réponse de la famille à «&#xa0;Ce plan est-il vraiment le nôtre&#xa0;?&#xa0;» (visages 1 à 5, en moyenne).</translation>
    </message>
    <message>
        <source>The family&apos;s answer to &quot;Do we know who does what now?&quot; (faces 1 to 5, on average).</source>
        <translation>La réponse de la famille à «&#xa0;Savons-nous maintenant qui fait quoi&#xa0;?&#xa0;» (visages 1 à 5, en moyenne).</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>pas encore de plan</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>aucune réunion tenue</translation>
    </message>
    <message>
        <source>no follow-up meeting yet</source>
        <translation>pas encore de réunion de suivi</translation>
    </message>
    <message>
        <source>nobody of this kind on the team</source>
        <translation>personne de ce type dans l’équipe</translation>
    </message>
    <message>
        <source>no family member on the team</source>
        <translation>aucun membre de la famille dans l’équipe</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>pas encore d’objectifs</translation>
    </message>
    <message>
        <source>no needs yet</source>
        <translation>pas encore de besoins</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>pas encore d’actions</translation>
    </message>
    <message>
        <source>fewer than two actions</source>
        <translation>moins de deux actions</translation>
    </message>
    <message>
        <source>no strengths yet</source>
        <translation>pas encore de forces</translation>
    </message>
    <message>
        <source>no evaluation due yet</source>
        <translation>aucune évaluation encore due</translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation>pas encore d’évaluation</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>pas encore de réponses</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <source>aim: at least %1</source>
        <translation>objectif&#xa0;: au moins %1</translation>
    </message>
    <message>
        <source>aim: at most %1</source>
        <translation>objectif&#xa0;: au plus %1</translation>
    </message>
</context>
<context>
    <name>FidelityPeriodPanel</name>
    <message>
        <source>Is it really Wraparound? This period in figures</source>
        <translation>Est-ce vraiment du Wraparound&#xa0;? Cette période en chiffres</translation>
    </message>
    <message>
        <source>Fidelity over the period</source>
        <translation>Fidélité sur la période</translation>
    </message>
    <message>
        <source>Set a period that ends after it starts.</source>
        <translation>Choisissez une période qui se termine après son début.</translation>
    </message>
</context>
<context>
    <name>FidelitySummaryDialog</name>
    <message>
        <source>Fidelity summary of all families</source>
        <translation>Synthèse de fidélité de toutes les familles</translation>
    </message>
    <message>
        <source>Anonymous: no names, no references, coaches by number. Groups of fewer than 5 families are not shown and counts of 1 to 4 families are withheld (&lt;5). Each measure on its own: there is no overall score.</source>
        <translation>Anonyme&#xa0;: ni noms, ni références, les coachs par numéro. Les groupes de moins de 5 familles ne sont pas affichés et les effectifs de 1 à 4 familles sont masqués (&lt;5). Chaque mesure vaut pour elle-même&#xa0;: il n’y a pas de score global.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Reading every family…</source>
        <translation>Lecture de toutes les familles…</translation>
    </message>
    <message>
        <source>Fidelity summary</source>
        <translation>Synthèse de fidélité</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>La synthèse n’a pas pu être établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (fewer than 5 families: not shown)</source>
        <translation>%1 (moins de 5 familles&#xa0;: non affiché)</translation>
    </message>
    <message>
        <source>Fewer than 5 families in this group: nothing is shown, so that no family can be recognised.</source>
        <translation>Moins de 5 familles dans ce groupe&#xa0;: rien n’est affiché, afin qu’aucune famille ne soit reconnaissable.</translation>
    </message>
    <message>
        <source>%1 families (%2 active) · plans with no informal support at all: %3</source>
        <translation>%1 familles (%2 actives) · plans sans aucun soutien informel&#xa0;: %3</translation>
    </message>
    <message>
        <source>Save the summary as CSV</source>
        <translation>Enregistrer la synthèse en CSV</translation>
    </message>
    <message>
        <source>fidelity-summary.csv</source>
        <translation>synthese-fidelite.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>fidelity-summary.pdf</source>
        <translation>synthese-fidelite.pdf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer la synthèse en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FidelityTab</name>
    <message>
        <source>Is it really Wraparound? What the plan and its history show, measure by measure. There is no overall score: each measure says what it counts and what to aim for. The small charts show each measure at every plan version.</source>
        <translation>Est-ce vraiment du Wraparound&#xa0;? Ce que montrent le plan et son historique, mesure par mesure. Il n’y a pas de score global&#xa0;: chaque mesure dit ce qu’elle compte et ce qu’il faut viser. Les petits graphiques montrent chaque mesure à chaque version du plan.</translation>
    </message>
    <message>
        <source>What to look at next</source>
        <translation>À regarder ensuite</translation>
    </message>
    <message>
        <source>This family is closed: time-based measures stop at its last meeting.</source>
        <translation>Cette famille est clôturée&#xa0;: les mesures liées au temps s’arrêtent à sa dernière réunion.</translation>
    </message>
    <message>
        <source>Nothing stands out: keep going as you are.</source>
        <translation>Rien ne ressort&#xa0;: continuez ainsi.</translation>
    </message>
    <message>
        <source>No informal support is on the team yet: who in the family&apos;s own network (grandparent, neighbour, friend, coach at the club) could join?</source>
        <translation>Aucun soutien informel dans l’équipe pour l’instant&#xa0;: qui, dans le propre réseau de la famille (grand-parent, voisin, ami, entraîneur du club), pourrait se joindre&#xa0;?</translation>
    </message>
    <message>
        <source>No informal support has an action yet.</source>
        <translation>Aucun soutien informel n’a encore d’action.</translation>
    </message>
    <message>
        <source>One person carries more than half of the open actions: can others take some?</source>
        <translation>Une personne porte plus de la moitié des actions ouvertes&#xa0;: d’autres peuvent-ils en reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>The family was often not all there: plan the meetings at a time and place that suit them.</source>
        <translation>La famille était souvent incomplète&#xa0;: prévoyez les réunions à une heure et dans un lieu qui lui conviennent.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) not tied to a need.</source>
        <translation>
            <numerusform>%n objectif non lié à un besoin.</numerusform>
            <numerusform>%n objectifs non liés à un besoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) where the family asked for help but no goal takes them up.</source>
        <translation>
            <numerusform>%n besoin pour lequel la famille a demandé de l’aide mais qu’aucun objectif ne reprend.</numerusform>
            <numerusform>%n besoins pour lesquels la famille a demandé de l’aide mais qu’aucun objectif ne reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the child&apos;s own talents is written down.</source>
        <translation>Aucun talent propre à l’enfant n’est encore noté.</translation>
    </message>
    <message>
        <source>No action names a strength it builds on.</source>
        <translation>Aucune action ne nomme une force sur laquelle elle s’appuie.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) without &quot;how will we know&quot; or with a target equal to today&apos;s rating.</source>
        <translation>
            <numerusform>%n objectif sans «&#xa0;comment le saurons-nous&#xa0;» ou avec une cible égale à la note d’aujourd’hui.</numerusform>
            <numerusform>%n objectifs sans «&#xa0;comment le saurons-nous&#xa0;» ou avec une cible égale à la note d’aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>The family rarely rated its own progress at the follow-ups.</source>
        <translation>La famille a rarement noté ses propres progrès lors des suivis.</translation>
    </message>
    <message numerus="yes">
        <source>%n six-month evaluation(s) missed or late.</source>
        <translation>
            <numerusform>%n évaluation semestrielle manquée ou en retard.</numerusform>
            <numerusform>%n évaluations semestrielles manquées ou en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s answers after the meetings are low on %n question(s): ask them what would help.</source>
        <translation>
            <numerusform>Les réponses de la famille après les réunions sont basses pour %n question&#xa0;: demandez-lui ce qui l’aiderait.</numerusform>
            <numerusform>Les réponses de la famille après les réunions sont basses pour %n questions&#xa0;: demandez-lui ce qui l’aiderait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpStep</name>
    <message>
        <source>Since last time</source>
        <translation>Depuis la dernière fois</translation>
    </message>
    <message>
        <source>Rate each goal again from 0 to 10 — the family, the child and the team each give their own rating — and go through the open actions.</source>
        <translation>Notez à nouveau chaque objectif de 0 à 10 — la famille, l’enfant et l’équipe donnent chacun leur propre note — et passez en revue les actions en cours.</translation>
    </message>
    <message>
        <source>Ratings today</source>
        <translation>Notes du jour</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Start → target</source>
        <translation>Départ → cible</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>★ Reached — closed by the evaluation</source>
        <translation>★ Atteint — clôturé par l’évaluation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rating of %1 by the %2</source>
        <translation>Note pour %1 (%2)</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Le plan n’a pas encore d’objectifs.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why not done / why stopped</source>
        <translation>Pourquoi pas faite / pourquoi arrêtée</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <source>Rate goal</source>
        <translation>Noter l’objectif</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Mettre à jour l’action</translation>
    </message>
</context>
<context>
    <name>GoalReviewStep</name>
    <message>
        <source>How far did we get? First the family says what helped and what did not, then the team. Then we decide together.</source>
        <translation>Où en sommes-nous&#xa0;? D’abord la famille dit ce qui a aidé et ce qui n’a pas aidé, puis l’équipe. Ensuite, nous décidons ensemble.</translation>
    </message>
    <message>
        <source>Baseline, latest ratings and target</source>
        <translation>Note de départ, dernières notes et cible</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>Avec les mots de la famille</translation>
    </message>
    <message>
        <source>What helped us…</source>
        <translation>Ce qui nous a aidés…</translation>
    </message>
    <message>
        <source>What helped, in the family&apos;s words</source>
        <translation>Ce qui a aidé, avec les mots de la famille</translation>
    </message>
    <message>
        <source>What did not help…</source>
        <translation>Ce qui n’a pas aidé…</translation>
    </message>
    <message>
        <source>What did not help, in the family&apos;s words</source>
        <translation>Ce qui n’a pas aidé, avec les mots de la famille</translation>
    </message>
    <message>
        <source>What &amp;helped:</source>
        <translation>Ce qui a &amp;aidé&#xa0;:</translation>
    </message>
    <message>
        <source>What did &amp;not help:</source>
        <translation>Ce qui n’a &amp;pas aidé&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s view</source>
        <translation>Le regard de l’équipe</translation>
    </message>
    <message>
        <source>What helped, the team&apos;s view</source>
        <translation>Ce qui a aidé, selon l’équipe</translation>
    </message>
    <message>
        <source>What did not help, the team&apos;s view</source>
        <translation>Ce qui n’a pas aidé, selon l’équipe</translation>
    </message>
    <message>
        <source>Professionals &amp;only (left out of the family&apos;s copy)</source>
        <translation>Professionnels &amp;uniquement (absent de l’exemplaire de la famille)</translation>
    </message>
    <message>
        <source>What helped:</source>
        <translation>Ce qui a aidé&#xa0;:</translation>
    </message>
    <message>
        <source>What did not help:</source>
        <translation>Ce qui n’a pas aidé&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict and decision</source>
        <translation>Bilan et décision</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Why we decide this</source>
        <translation>Pourquoi nous le décidons</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Bilan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Latest — family:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;child:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;team:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Target:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Départ&#xa0;:&lt;/b&gt; %1 &#xa0; &lt;b&gt;Dernière — famille&#xa0;:&lt;/b&gt; %2 &#xa0; &lt;b&gt;enfant&#xa0;:&lt;/b&gt; %3 &#xa0; &lt;b&gt;équipe&#xa0;:&lt;/b&gt; %4 &#xa0; &lt;b&gt;Cible&#xa0;:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Suggested from the ratings (not decided until you record it): %1, %2.</source>
        <translation>Suggestion d’après les notes (rien n’est décidé avant l’enregistrement)&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Type in the evaluation</source>
        <translation>Saisir dans l’évaluation</translation>
    </message>
    <message>
        <source>Change who sees the team&apos;s view</source>
        <translation>Modifier qui voit le regard de l’équipe</translation>
    </message>
    <message>
        <source>Decide on the goal</source>
        <translation>Décider pour l’objectif</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>A few goals, each tied to needs, with how we will know and a 0–10 scale: where we are today and where we aim to be.</source>
        <translation>Quelques objectifs, chacun lié à des besoins, avec comment nous le saurons et une échelle de 0 à 10&#xa0;: où nous en sommes aujourd’hui et où nous voulons arriver.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How will we know</source>
        <translation>Comment le savoir</translation>
    </message>
    <message>
        <source>At the start (0–10)</source>
        <translation>Au départ (0–10)</translation>
    </message>
    <message>
        <source>Target (0–10)</source>
        <translation>Cible (0–10)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>No needs yet. Write what the family needs in the “%1” step; here you then tick the needs the selected goal serves.</source>
        <translation>Pas encore de besoins. Écrivez ce dont la famille a besoin à l’étape «&#xa0;%1&#xa0;»&#xa0;; cochez ensuite ici les besoins que sert l’objectif choisi.</translation>
    </message>
    <message>
        <source>Needs this goal serves</source>
        <translation>Besoins auxquels répond cet objectif</translation>
    </message>
    <message>
        <source>Needs the selected goal serves</source>
        <translation>Besoins auxquels répond l’objectif sélectionné</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>The plan as it was</source>
        <translation>Le plan tel qu’il était</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(empty plan)</source>
        <translation>(plan vide)</translation>
    </message>
    <message>
        <source>Plan version %1 (read-only)</source>
        <translation>Version du plan %1 (lecture seule)</translation>
    </message>
    <message>
        <source>The plan as it was saved, and what changed from the version before. Nothing here can be changed.</source>
        <translation>Le plan tel qu’il a été enregistré, et ce qui a changé depuis la version précédente. Rien ici ne peut être modifié.</translation>
    </message>
    <message>
        <source>Meeting of %1 at %2 (read-only). Attendance: %3.</source>
        <translation>Réunion du %1 à %2 (lecture seule). Présences&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Compte rendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Supprimer la sélection (%1)</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Prof. only</source>
        <translation>Réservé pros</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Informal support</source>
        <translation>Soutien informel</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Life skill</source>
        <translation>Compétence de vie</translation>
    </message>
    <message>
        <source>Network / neighbourhood</source>
        <translation>Réseau / quartier</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>We need help</source>
        <translation>Nous avons besoin d’aide</translation>
    </message>
    <message>
        <source>We handle this ourselves</source>
        <translation>Nous nous en occupons nous-mêmes</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>The family&apos;s language</source>
        <translation>La langue de la famille</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
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
        <translation>VRAC Desktop est verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <source>Your data was locked to keep it private. Type the passphrase to continue.</source>
        <translation>Vos données ont été verrouillées pour les protéger. Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Your data was locked to keep it private. Unlock with your OS account (the key is in its keyring).</source>
        <translation>Vos données ont été verrouillées pour les protéger. Déverrouillez avec votre compte du système (la clé est dans son trousseau).</translation>
    </message>
    <message>
        <source>Unlock with your OS &amp;account</source>
        <translation>Déverrouiller avec votre &amp;compte</translation>
    </message>
    <message>
        <source>That passphrase is wrong; nothing was changed (wrong attempts in a row: %1).</source>
        <translation>Cette phrase secrète est incorrecte&#xa0;; rien n’a été modifié (tentatives incorrectes de suite&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Type the passphrase to unlock.</source>
        <translation>Saisissez la phrase secrète pour déverrouiller.</translation>
    </message>
    <message>
        <source>The next try is possible in %1 s.</source>
        <translation>Le prochain essai sera possible dans %1 s.</translation>
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
        <translation>Données chiffrées · clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Data encrypted · passphrase</source>
        <translation>Données chiffrées · phrase secrète</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nouvelle famille…</translation>
    </message>
    <message>
        <source>Fidelity &amp;summary of all families…</source>
        <translation>Synthèse de &amp;fidélité de toutes les familles…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Fa&amp;mille</translation>
    </message>
    <message>
        <source>What &amp;changed…</source>
        <translation>Ce qui a &amp;changé…</translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation>Changer de &amp;phase…</translation>
    </message>
    <message>
        <source>&amp;Transition plan (closing meeting)</source>
        <translation>Plan de &amp;transition (réunion de clôture)</translation>
    </message>
    <message>
        <source>C&amp;lose family (hide from the list)</source>
        <translation>Clôt&amp;urer la famille (masquer de la liste)</translation>
    </message>
    <message>
        <source>&amp;Reopen family</source>
        <translation>&amp;Rouvrir la famille</translation>
    </message>
    <message>
        <source>Family &amp;details and languages…</source>
        <translation>&amp;Détails et langues de la famille…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Start six-month evaluation</source>
        <translation>Commencer l’&amp;évaluation semestrielle</translation>
    </message>
    <message>
        <source>The coach&apos;s &amp;week</source>
        <translation>La &amp;semaine du coach</translation>
    </message>
    <message>
        <source>&amp;Family view</source>
        <translation>Vue &amp;famille</translation>
    </message>
    <message>
        <source>Family view on &amp;second screen</source>
        <translation>Vue famille sur le second é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Langue de l’application</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About VRAC Desktop</source>
        <translation>À &amp;propos de VRAC Desktop</translation>
    </message>
    <message>
        <source>Family details</source>
        <translation>Détails de la famille</translation>
    </message>
    <message>
        <source>The meeting keeps its language until it is closed.</source>
        <translation>La réunion garde sa langue jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>C&amp;ontinue meeting</source>
        <translation>&amp;Poursuivre la réunion</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>A&amp;bandonner le brouillon…</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>Ouvrez d’abord une famille.</translation>
    </message>
    <message>
        <source>Leave the meeting first.</source>
        <translation>Quittez d’abord la réunion.</translation>
    </message>
    <message>
        <source>Unfinished meeting</source>
        <translation>Réunion non terminée</translation>
    </message>
    <message>
        <source>A meeting with %1 was not saved as a plan version (last autosave %2). Continue it now?</source>
        <translation>Une réunion avec %1 n’a pas été enregistrée comme version du plan (dernière sauvegarde automatique&#xa0;: %2). La reprendre maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Draft not readable</source>
        <translation>Brouillon illisible</translation>
    </message>
    <message>
        <source>An unfinished meeting of this family is open first; finish or leave it before starting another.</source>
        <translation>Une réunion inachevée de cette famille est ouverte d’abord&#xa0;; terminez-la ou quittez-la avant d’en commencer une autre.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>%1 — meeting — VRAC Desktop</source>
        <translation>%1 — réunion — VRAC Desktop</translation>
    </message>
    <message>
        <source>Transition plan recorded; the plan is closed.</source>
        <translation>Plan de transition enregistré&#xa0;; le plan est clos.</translation>
    </message>
    <message>
        <source>Evaluation recorded.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Adjust goals</source>
        <translation>Ajuster des objectifs</translation>
    </message>
    <message>
        <source>&amp;Start follow-up meeting</source>
        <translation>Démarrer la &amp;réunion de suivi</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Abandonner le brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The unsaved meeting with %1 is thrown away. The plan versions stay as they are. Discard it?</source>
        <translation>La réunion non enregistrée avec %1 sera abandonnée. Les versions du plan restent telles quelles. L’abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>The meeting draft was discarded.</source>
        <translation>Le brouillon de la réunion a été abandonné.</translation>
    </message>
    <message>
        <source>Saved as plan version %1.</source>
        <translation>Enregistrée comme version %1 du plan.</translation>
    </message>
    <message numerus="yes">
        <source>The evaluation decided to adjust %n goal(s). Start the follow-up meeting that adjusts them now?</source>
        <translation>
            <numerusform>L’évaluation a décidé d’ajuster %n objectif. Commencer maintenant la réunion de suivi qui l’ajuste&#xa0;?</numerusform>
            <numerusform>L’évaluation a décidé d’ajuster %n objectifs. Commencer maintenant la réunion de suivi qui les ajuste&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation>Réunion non enregistrée</translation>
    </message>
    <message>
        <source>This meeting is not saved as a plan version yet. It is kept as a draft and offered back next time. Close anyway?</source>
        <translation>Cette réunion n’est pas encore enregistrée comme version du plan. Elle est gardée comme brouillon et vous sera reproposée la prochaine fois. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>About VRAC Desktop</source>
        <translation>À propos de VRAC Desktop</translation>
    </message>
    <message>
        <source>VRAC Desktop %1
Wraparound Care team meetings: one family, one plan.</source>
        <translation>VRAC Desktop %1
Réunions d’équipe Wraparound Care&#xa0;: une famille, un plan.</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save meeting as plan version</source>
        <translation>Enregistrer la réunion comme version du plan</translation>
    </message>
    <message>
        <source>Save the meeting as a new plan version (Ctrl+S)</source>
        <translation>Enregistrer la réunion comme nouvelle version du plan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Leave meeting (keep draft)</source>
        <translation>Quitter la réunion (garder le brouillon)</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>État de la sauvegarde automatique</translation>
    </message>
    <message>
        <source>Meeting steps</source>
        <translation>Étapes de la réunion</translation>
    </message>
    <message>
        <source>&amp;Record the evaluation</source>
        <translation>En&amp;registrer l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Record the transition plan and close</source>
        <translation>En&amp;registrer le plan de transition et clore</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;Save as plan version</source>
        <translation>Enre&amp;gistrer comme version du plan</translation>
    </message>
    <message>
        <source>Save the meeting as a plan version</source>
        <translation>Enregistrer la réunion comme version du plan</translation>
    </message>
    <message numerus="yes">
        <source>(%n to fix)</source>
        <translation>
            <numerusform>(%n à corriger)</numerusform>
            <numerusform>(%n à corriger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in this step</source>
        <translation>
            <numerusform>%n problème à corriger dans cette étape</numerusform>
            <numerusform>%n problèmes à corriger dans cette étape</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1 — retrying</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1 — nouvel essai en cours</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>The plan cannot be saved until these are fixed (your work is kept as a draft):

%1</source>
        <translation>Le plan ne peut pas être enregistré tant que ces points ne sont pas corrigés (votre travail est gardé comme brouillon)&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Not approved by the family</source>
        <translation>Non approuvé par la famille</translation>
    </message>
    <message>
        <source>The family has not approved this plan. Save it anyway as a version without approval?</source>
        <translation>La famille n’a pas approuvé ce plan. L’enregistrer quand même comme version sans accord&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1
Your work is kept as a draft.</source>
        <translation>La réunion n’a pas pu être enregistrée&#xa0;: %1
Votre travail est gardé comme brouillon.</translation>
    </message>
    <message>
        <source>Record the transition plan and close this family&apos;s plan? The family is then closed (and kept as the retention rules say).</source>
        <translation>Enregistrer le plan de transition et clore le plan de cette famille&#xa0;? La famille est alors close (et conservée selon les règles de conservation).</translation>
    </message>
    <message>
        <source>Record this evaluation? It can no longer be changed afterwards.</source>
        <translation>Enregistrer cette évaluation&#xa0;? Elle ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Nothing was recorded; your work is kept as a draft:

%1</source>
        <translation>Rien n’a été enregistré&#xa0;; votre travail est conservé comme brouillon&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Nothing was recorded (%1); your work is kept as a draft.</source>
        <translation>Rien n’a été enregistré (%1)&#xa0;; votre travail est conservé comme brouillon.</translation>
    </message>
</context>
<context>
    <name>MeetingRecordStep</name>
    <message>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <source>When the meeting was held, who was there, and the minutes. Absent or excused members stay in the team.</source>
        <translation>Quand la réunion a eu lieu, qui était là, et le compte rendu. Les membres absents ou excusés restent dans l’équipe.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>Date de la ré&amp;union&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Facilitato&amp;r:</source>
        <translation>Anima&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Minutes and notes</source>
        <translation>Compte rendu et notes</translation>
    </message>
    <message>
        <source>What was discussed and agreed…</source>
        <translation>Ce qui a été discuté et convenu…</translation>
    </message>
    <message>
        <source>Min&amp;utes / notes:</source>
        <translation>Compte rendu / n&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Présence de %1</translation>
    </message>
    <message>
        <source>The team is empty.</source>
        <translation>L’équipe est vide.</translation>
    </message>
    <message>
        <source>Change the meeting date</source>
        <translation>Modifier la date de la réunion</translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation>Changer d’animateur</translation>
    </message>
    <message>
        <source>Type the place</source>
        <translation>Saisir le lieu</translation>
    </message>
    <message>
        <source>Type the minutes</source>
        <translation>Saisir le compte rendu</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Modifier les présences</translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message>
        <source>Meeting time</source>
        <translation>Durée de la réunion</translation>
    </message>
    <message>
        <source>Pause or resume the meeting timer</source>
        <translation>Mettre en pause ou reprendre le minuteur de la réunion</translation>
    </message>
    <message>
        <source>Meeting timer</source>
        <translation>Minuteur de la réunion</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Needs &amp; vision</source>
        <translation>Besoins et vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume the meeting timer</source>
        <translation>Reprendre le minuteur</translation>
    </message>
    <message>
        <source>Pause the meeting timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>%1 runs over by 1 minute.</source>
        <translation>%1 dépasse de 1 minute.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs over by %n minutes.</source>
        <translation>
            <numerusform>%1 dépasse de %n minute.</numerusform>
            <numerusform>%1 dépasse de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 of %2 planned</source>
        <translation>Total %1 sur %2 prévus</translation>
    </message>
</context>
<context>
    <name>NeedChoiceDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Which &amp;needs does the new goal serve?</source>
        <translation>À quels &amp;besoins répond le nouvel objectif&#xa0;?</translation>
    </message>
    <message>
        <source>Needs the new goal serves</source>
        <translation>Besoins auxquels répond le nouvel objectif</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Ajouter l’&amp;objectif</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <source>Needs and vision</source>
        <translation>Besoins et vision d’avenir</translation>
    </message>
    <message>
        <source>What the family needs in each part of life: what it handles itself and where it needs help.</source>
        <translation>Ce dont la famille a besoin dans chaque domaine de vie&#xa0;: ce qu’elle gère elle-même et là où elle a besoin d’aide.</translation>
    </message>
    <message>
        <source>Need or wish</source>
        <translation>Besoin ou souhait</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Ajouter un besoin</translation>
    </message>
    <message>
        <source>Our vis&amp;ion: life when things are better</source>
        <translation>Notre visi&amp;on&#xa0;: la vie quand ça ira mieux</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>Langue de la famille</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Langue de la famille&#xa0;:</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>Langues parlées à la maison</translation>
    </message>
    <message>
        <source>e.g. Arabic, Tigrinya</source>
        <translation>p. ex. arabe, tigrinya</translation>
    </message>
    <message>
        <source>Spoken at &amp;home:</source>
        <translation>Parlé à la &amp;maison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed at meetings</source>
        <translation>&amp;Interprète nécessaire aux réunions</translation>
    </message>
    <message>
        <source>The family needs a name.</source>
        <translation>La famille doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>OverallStep</name>
    <message>
        <source>Overall decision</source>
        <translation>Décision globale</translation>
    </message>
    <message>
        <source>Looking back together, and what we do next.</source>
        <translation>Regarder en arrière ensemble, et ce que nous faisons ensuite.</translation>
    </message>
    <message>
        <source>Overall &amp;decision:</source>
        <translation>&amp;Décision globale&#xa0;:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Prochaines é&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>Avec les mots de la famille</translation>
    </message>
    <message>
        <source>The family&apos;s reflection</source>
        <translation>Le regard de la famille</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s reflection:</source>
        <translation>Le regard de la &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s reflection</source>
        <translation>Le regard de l’équipe</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s reflection:</source>
        <translation>Le regard de l’é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Change the overall decision</source>
        <translation>Modifier la décision globale</translation>
    </message>
    <message>
        <source>Type in the evaluation</source>
        <translation>Saisir dans l’évaluation</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type the passphrase to open your data.</source>
        <translation>Saisissez la phrase secrète pour ouvrir vos données.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. Nobody can reset it: if you forget it, only the recovery kit the app makes next opens your data.</source>
        <translation>
            <numerusform>Aucun trousseau sécurisé n’est disponible sur cet ordinateur&#xa0;: vos données seront protégées par une phrase secrète. Choisissez-en une d’au moins %n caractère. Personne ne peut la réinitialiser&#xa0;: si vous l’oubliez, seul le kit de récupération que l’application crée ensuite ouvre vos données.</numerusform>
            <numerusform>Aucun trousseau sécurisé n’est disponible sur cet ordinateur&#xa0;: vos données seront protégées par une phrase secrète. Choisissez-en une d’au moins %n caractères. Personne ne peut la réinitialiser&#xa0;: si vous l’oubliez, seul le kit de récupération que l’application crée ensuite ouvre vos données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PeriodStep</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The six months we look back on. It starts at the plan&apos;s first meeting (or the last evaluation).</source>
        <translation>Les six mois sur lesquels nous revenons. Ils commencent à la première réunion du plan (ou à la dernière évaluation).</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>We evaluate plan version %1 (%n goal(s)).</source>
        <translation>
            <numerusform>Nous évaluons la version %1 du plan (%n objectif).</numerusform>
            <numerusform>Nous évaluons la version %1 du plan (%n objectifs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation>Modifier la période</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Changer de phase</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Nouvelle phase&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>e.g. the team is formed, the family decides to end</source>
        <translation>p. ex. l’équipe est formée, la famille décide d’arrêter</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Not filled in</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Family copy</source>
        <translation>Exemplaire de la famille</translation>
    </message>
    <message>
        <source>Professional copy (contains professional-only notes)</source>
        <translation>Exemplaire professionnel (contient des notes réservées aux professionnels)</translation>
    </message>
    <message>
        <source>the family coach</source>
        <translation>le coach familial</translation>
    </message>
    <message>
        <source>The original of this document is a PDF file signed electronically. Open it in a PDF reader (for example Adobe Acrobat Reader) and look at its signatures: the reader shows who signed, and warns if anything was changed after signing. A Word copy is for editing; its signature is in a separate .p7s file.</source>
        <translation>L’original de ce document est un fichier PDF signé électroniquement. Ouvrez-le dans un lecteur PDF (par exemple Adobe Acrobat Reader) et regardez ses signatures&#xa0;: le lecteur indique qui a signé et avertit si quelque chose a été modifié après la signature. Une copie Word sert à modifier le texte&#xa0;; sa signature se trouve dans un fichier .p7s à part.</translation>
    </message>
    <message>
        <source>This document belongs to plan version %1. Every plan version has its own fingerprint, printed below. %2 can compare it with their records to confirm that this is the plan as it was agreed.</source>
        <translation>Ce document se rapporte à la version %1 du plan. Chaque version du plan a sa propre empreinte, imprimée ci-dessous. %2 peut la comparer avec ses propres dossiers pour confirmer qu’il s’agit bien du plan tel qu’il a été convenu.</translation>
    </message>
    <message>
        <source>How to check this document</source>
        <translation>Comment vérifier ce document</translation>
    </message>
    <message>
        <source>Six-month evaluation</source>
        <translation>Évaluation semestrielle</translation>
    </message>
    <message>
        <source>Professional copy</source>
        <translation>Exemplaire professionnel</translation>
    </message>
    <message>
        <source>plan version %1</source>
        <translation>version %1 du plan</translation>
    </message>
    <message>
        <source>Fingerprint of plan version %1: %2</source>
        <translation>Empreinte de la version %1 du plan&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <source>Plan version hash (SHA-256)</source>
        <translation>Empreinte de la version du plan (SHA-256)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals were evaluated.</source>
        <translation>Aucun objectif n’a été évalué.</translation>
    </message>
    <message>
        <source>Drawing the goal charts</source>
        <translation>Dessin des graphiques des objectifs</translation>
    </message>
    <message>
        <source>A goal no longer in the plan</source>
        <translation>Un objectif qui n’est plus dans le plan</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Evaluation %1, by %2 on %3</source>
        <translation>Évaluation %1, par %2 le %3</translation>
    </message>
    <message>
        <source>DRAFT — suggestions, not decided</source>
        <translation>BROUILLON — suggestions, rien n’est décidé</translation>
    </message>
    <message>
        <source>This is a draft computed from the ratings: the verdicts and decisions below are suggestions that nobody has taken yet.</source>
        <translation>Ceci est un brouillon calculé d’après les notes&#xa0;: les bilans et décisions ci-dessous sont des suggestions que personne n’a encore prises.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Recorded at the same time on another laptop: %1. That is a separate evaluation with its own decisions, not part of this document; both are kept.</source>
        <translation>Enregistrée en même temps sur un autre ordinateur&#xa0;: %1. Il s’agit d’une évaluation distincte, avec ses propres décisions, qui ne fait pas partie de ce document&#xa0;; les deux sont conservées.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Goal reached and closed: a success to celebrate together.</source>
        <translation>Objectif atteint et clôturé&#xa0;: une réussite à célébrer ensemble.</translation>
    </message>
    <message>
        <source>Baseline → latest → target</source>
        <translation>Départ → dernière → cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Note de départ</translation>
    </message>
    <message>
        <source>Latest rating by the family</source>
        <translation>Dernière note de la famille</translation>
    </message>
    <message>
        <source>Latest rating by the child</source>
        <translation>Dernière note de l’enfant</translation>
    </message>
    <message>
        <source>Latest rating by the team</source>
        <translation>Dernière note de l’équipe</translation>
    </message>
    <message>
        <source>What helped (the family&apos;s words)</source>
        <translation>Ce qui a aidé (mots de la famille)</translation>
    </message>
    <message>
        <source>What did not help (the family&apos;s words)</source>
        <translation>Ce qui n’a pas aidé (mots de la famille)</translation>
    </message>
    <message>
        <source>What helped (the team&apos;s view)</source>
        <translation>Ce qui a aidé (regard de l’équipe)</translation>
    </message>
    <message>
        <source>What did not help (the team&apos;s view)</source>
        <translation>Ce qui n’a pas aidé (regard de l’équipe)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Graphique de progression</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Successes to celebrate</source>
        <translation>Réussites à célébrer</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>The family&apos;s reflection:</source>
        <translation>Réflexion de la famille&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s reflection:</source>
        <translation>Réflexion de l’équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Overall decision</source>
        <translation>Décision d’ensemble</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Not agreed: this is a draft.</source>
        <translation>Pas convenu&#xa0;: ceci est un brouillon.</translation>
    </message>
    <message>
        <source>The family approved this evaluation on %1 (%2).</source>
        <translation>La famille a approuvé cette évaluation le %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this evaluation.</source>
        <translation>La famille n’a pas approuvé cette évaluation.</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Personne n’a encore signé.</translation>
    </message>
    <message>
        <source>%1 actions: %2 done, %3 in progress, %4 planned, %5 stopped.</source>
        <translation>%1 actions&#xa0;: %2 terminées, %3 en cours, %4 prévues, %5 arrêtées.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Pourquoi arrêtée</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Aucune action convenue pour l’instant.</translation>
    </message>
    <message>
        <source>Transition plan agreed at the closing meeting of %1</source>
        <translation>Plan de transition convenu lors de la réunion de clôture du %1</translation>
    </message>
    <message>
        <source>Six-month evaluation of %1 – %2</source>
        <translation>Évaluation semestrielle du %1 au %2</translation>
    </message>
    <message>
        <source>Plan approved by the family on %1</source>
        <translation>Plan approuvé par la famille le %1</translation>
    </message>
    <message>
        <source>Plan version %1, not yet approved by the family</source>
        <translation>Version %1 du plan, pas encore approuvée par la famille</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Notre vision</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan familial</translation>
    </message>
    <message>
        <source>%1 · plan version %2 · %3</source>
        <translation>%1 · version du plan %2 · %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Aucun membre de l’équipe pour l’instant.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>In the family&apos;s words:</source>
        <translation>Avec les mots de la famille&#xa0;:</translation>
    </message>
    <message>
        <source>What goes well:</source>
        <translation>Ce qui va bien&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s view:</source>
        <translation>Le regard de l’équipe&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s view (professional only):</source>
        <translation>Le regard de l’équipe (réservé aux professionnels)&#xa0;:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>No strengths written down yet.</source>
        <translation>Aucune force notée pour l’instant.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Qui s’en occupe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>No needs written down yet.</source>
        <translation>Aucun besoin noté pour l’instant.</translation>
    </message>
    <message>
        <source>No goals set yet.</source>
        <translation>Aucun objectif fixé pour l’instant.</translation>
    </message>
    <message>
        <source>Progress per life domain</source>
        <translation>Progression par domaine de vie</translation>
    </message>
    <message>
        <source>How will we know</source>
        <translation>Comment le saurons-nous</translation>
    </message>
    <message>
        <source>Today (baseline)</source>
        <translation>Aujourd’hui (départ)</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Serves the needs</source>
        <translation>Répond aux besoins</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Pour l’objectif</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Ce qui peut mal tourner</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Premiers signes</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Ce que nous faisons</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation>Aucun plan de sécurité rédigé pour l’instant.</translation>
    </message>
    <message>
        <source>The family approved this plan on %1 (%2).</source>
        <translation>La famille a approuvé ce plan le %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this plan yet.</source>
        <translation>La famille n’a pas encore approuvé ce plan.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Nobody has signed this plan yet.</source>
        <translation>Personne n’a encore signé ce plan.</translation>
    </message>
    <message>
        <source>Transition plan</source>
        <translation>Plan de transition</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation>Réunion de clôture</translation>
    </message>
    <message>
        <source>Transition plan hash (SHA-256)</source>
        <translation>Empreinte du plan de transition (SHA-256)</translation>
    </message>
    <message>
        <source>What continues, and who carries it</source>
        <translation>Ce qui continue, et qui le porte</translation>
    </message>
    <message>
        <source>What continues</source>
        <translation>Ce qui continue</translation>
    </message>
    <message>
        <source>Who carries it</source>
        <translation>Qui le porte</translation>
    </message>
    <message>
        <source>Nothing continues after closure.</source>
        <translation>Rien ne continue après la clôture.</translation>
    </message>
    <message>
        <source>Whom to call in a crisis</source>
        <translation>Qui appeler en cas de crise</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>How the family can come back</source>
        <translation>Comment la famille peut revenir</translation>
    </message>
    <message>
        <source>The family approved this transition plan on %1 (%2).</source>
        <translation>La famille a approuvé ce plan de transition le %1 (%2).</translation>
    </message>
    <message>
        <source>The family has not approved this transition plan.</source>
        <translation>La famille n’a pas approuvé ce plan de transition.</translation>
    </message>
    <message>
        <source>family plan</source>
        <translation>plan familial</translation>
    </message>
    <message>
        <source>six-month evaluation</source>
        <translation>évaluation semestrielle</translation>
    </message>
    <message>
        <source>transition plan</source>
        <translation>plan de transition</translation>
    </message>
    <message>
        <source>family copy</source>
        <translation>exemplaire de la famille</translation>
    </message>
    <message>
        <source>professional copy</source>
        <translation>exemplaire professionnel</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages de préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your name, recorded as author of saved plans</source>
        <translation>Votre nom, enregistré comme auteur des plans sauvegardés</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation named on exported documents</source>
        <translation>Organisation nommée sur les documents exportés</translation>
    </message>
    <message>
        <source>Organisation logo (PNG file)</source>
        <translation>Logo de l’organisation (fichier PNG)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Logo (PNG):</source>
        <translation>Logo (PNG)&#xa0;:</translation>
    </message>
    <message>
        <source>Signing &amp;place:</source>
        <translation>&amp;Lieu de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Place recorded in document signatures</source>
        <translation>Lieu indiqué dans la signature des documents</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après tant de minutes d’inactivité</translation>
    </message>
    <message>
        <source> min (0: never)</source>
        <translation> min (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Autosave the meeting every this many seconds</source>
        <translation>Enregistrer la réunion automatiquement toutes les tant de secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Family view type size:</source>
        <translation>Taille du texte de la vue &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>Type size of the family view</source>
        <translation>Taille du texte de la vue famille</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every:</source>
        <translation>&amp;Sauvegarde automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic backup every this many hours</source>
        <translation>Sauvegarde automatique toutes les tant d’heures</translation>
    </message>
    <message>
        <source> h (0: never)</source>
        <translation> h (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Gar&amp;der&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Nombre de sauvegardes automatiques à garder</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logo de l’organisation</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Le fichier de logo %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The logo file %1 is not a PNG image; save it as PNG and choose it again.</source>
        <translation>Le fichier de logo %1 n’est pas une image PNG&#xa0;; enregistrez-le en PNG et choisissez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A team member has no name.</source>
        <translation>Un membre de l’équipe n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 is in the team more than once.</source>
        <translation>%1 figure plusieurs fois dans l’équipe.</translation>
    </message>
    <message>
        <source>This text is longer than %2 characters; shorten it.</source>
        <translation>Ce texte dépasse %2 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>A strength has no text.</source>
        <translation>Une force n’a pas de texte.</translation>
    </message>
    <message>
        <source>A need has no text.</source>
        <translation>Un besoin n’a pas de texte.</translation>
    </message>
    <message>
        <source>A goal has no title.</source>
        <translation>Un objectif n’a pas de titre.</translation>
    </message>
    <message>
        <source>Goal %1 is not tied to any need: tick the needs it serves.</source>
        <translation>L’objectif %1 n’est lié à aucun besoin&#xa0;: cochez les besoins qu’il sert.</translation>
    </message>
    <message>
        <source>Goal %1 refers to a need that was removed.</source>
        <translation>L’objectif %1 renvoie à un besoin qui a été supprimé.</translation>
    </message>
    <message>
        <source>Goal %1: the rating today must be 0 to 10.</source>
        <translation>Objectif %1&#xa0;: la note d’aujourd’hui doit être entre 0 et 10.</translation>
    </message>
    <message>
        <source>Goal %1: the target must be 0 to 10.</source>
        <translation>Objectif %1&#xa0;: la cible doit être entre 0 et 10.</translation>
    </message>
    <message>
        <source>Goal %1 does not say how we will know.</source>
        <translation>L’objectif %1 ne dit pas comment nous le saurons.</translation>
    </message>
    <message>
        <source>An action has no description.</source>
        <translation>Une action n’a pas de description.</translation>
    </message>
    <message>
        <source>Action %1 has no responsible person.</source>
        <translation>L’action %1 n’a pas de responsable.</translation>
    </message>
    <message>
        <source>The person responsible for %1 is no longer in the team: choose another.</source>
        <translation>La personne responsable de %1 ne fait plus partie de l’équipe&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Action %1 serves a goal that was removed.</source>
        <translation>L’action %1 sert un objectif qui a été supprimé.</translation>
    </message>
    <message>
        <source>Action %1 was stopped: say why.</source>
        <translation>L’action %1 a été arrêtée&#xa0;: dites pourquoi.</translation>
    </message>
    <message>
        <source>Action %1 was due in the past.</source>
        <translation>L’action %1 était prévue pour une date passée.</translation>
    </message>
    <message>
        <source>A safety item does not say the risk.</source>
        <translation>Un point de sécurité ne dit pas quel est le risque.</translation>
    </message>
    <message>
        <source>Someone signed who is not in the team.</source>
        <translation>Quelqu’un a signé sans faire partie de l’équipe.</translation>
    </message>
    <message>
        <source>A sign-off has no typed name.</source>
        <translation>Une signature n’a pas de nom saisi.</translation>
    </message>
    <message>
        <source>A rating must be 0 to 10.</source>
        <translation>Une note doit être entre 0 et 10.</translation>
    </message>
    <message>
        <source>A rating is for a goal that was removed.</source>
        <translation>Une note concerne un objectif qui a été supprimé.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Approved by the family</source>
        <translation>Approuvé par la famille</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvé</translation>
    </message>
    <message>
        <source>Same in both</source>
        <translation>Identique des deux côtés</translation>
    </message>
    <message>
        <source>%1 only left · %2 only right · %3 changed</source>
        <translation>%1 seulement à gauche · %2 seulement à droite · %3 modifiés</translation>
    </message>
    <message>
        <source>Two versions of this plan</source>
        <translation>Deux versions de ce plan</translation>
    </message>
    <message>
        <source>This plan was changed on two laptops while they were offline. Both versions are kept; nothing was lost. Choose for each section which one to keep, then save: this adds a new version that joins the two.</source>
        <translation>Ce plan a été modifié sur deux ordinateurs pendant qu’ils étaient hors ligne. Les deux versions sont conservées&#xa0;; rien n’a été perdu. Choisissez pour chaque partie celle à garder, puis enregistrez&#xa0;: cela ajoute une nouvelle version qui réunit les deux.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Save reconciled plan</source>
        <translation>&amp;Enregistrer le plan réconcilié</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>Version %1 par %2, %3</translation>
    </message>
    <message>
        <source>Other version %1 by %2, %3</source>
        <translation>Autre version %1 par %2, %3</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Keep %1 from version %2</source>
        <translation>Garder %1 de la version %2</translation>
    </message>
    <message>
        <source>This combination cannot be saved; nothing was saved. Choose other sections or fix the plan first:</source>
        <translation>Cette combinaison ne peut pas être enregistrée&#xa0;; rien n’a été enregistré. Choisissez d’autres parties ou corrigez d’abord le plan&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <source>Made on %1 on the computer %2, for the data folder %3.</source>
        <translation>Créé le %1 sur l’ordinateur %2, pour le dossier de données %3.</translation>
    </message>
    <message>
        <source>Install VRAC Desktop on the new computer.</source>
        <translation>Installez VRAC Desktop sur le nouvel ordinateur.</translation>
    </message>
    <message>
        <source>Copy your newest backup file (.vracbak) to it, for example from a USB stick or the organisation&apos;s backup drive.</source>
        <translation>Copiez-y votre fichier de sauvegarde le plus récent (.vracbak), par exemple depuis une clé USB ou le disque de sauvegarde de l’organisation.</translation>
    </message>
    <message>
        <source>Start VRAC Desktop and choose File ▸ Restore from a backup…, or run: %1</source>
        <translation>Lancez VRAC Desktop et choisissez Fichier ▸ Restaurer une sauvegarde…, ou exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the recovery key from this page when asked. The backup is checked before anything is replaced.</source>
        <translation>Saisissez la clé de récupération de cette page quand elle est demandée. La sauvegarde est vérifiée avant que quoi que ce soit ne soit remplacé.</translation>
    </message>
    <message>
        <source>Print this page and keep it in a locked place away from the computer: a safe, or a locked cabinet at the office.</source>
        <translation>Imprimez cette page et gardez-la sous clé, loin de l’ordinateur&#xa0;: dans un coffre-fort ou une armoire fermée au bureau.</translation>
    </message>
    <message>
        <source>Never keep it in the laptop bag, never send it by e-mail, and delete the PDF file once it is printed.</source>
        <translation>Ne la gardez jamais dans la sacoche de l’ordinateur, ne l’envoyez jamais par e-mail, et supprimez le fichier PDF une fois imprimé.</translation>
    </message>
    <message>
        <source>Anyone who has this key and a backup can read the plans. If the page is lost or seen by others, make a new kit at once (File ▸ Recovery kit…).</source>
        <translation>Quiconque possède cette clé et une sauvegarde peut lire les plans. Si la page est perdue ou a été vue par d’autres, créez tout de suite un nouveau kit (Fichier ▸ Kit de récupération…).</translation>
    </message>
    <message>
        <source>A new kit replaces this one: backups made after it open with the new key only; backups made before still open with this key.</source>
        <translation>Un nouveau kit remplace celui-ci&#xa0;: les sauvegardes faites ensuite ne s’ouvrent qu’avec la nouvelle clé&#xa0;; les sauvegardes antérieures s’ouvrent toujours avec cette clé.</translation>
    </message>
    <message>
        <source>VRAC Desktop — Recovery kit</source>
        <translation>VRAC Desktop — Kit de récupération</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Letters A–Z and digits 2–7; dashes, spaces and upper or lower case do not matter.</source>
        <translation>Lettres A à Z et chiffres 2 à 7&#xa0;; tirets, espaces, majuscules ou minuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi elle sert</translation>
    </message>
    <message>
        <source>The plans in VRAC Desktop are encrypted. This key opens your backups when the computer is lost, stolen or broken, or when the passphrase is forgotten: with it and a backup file, all the data comes back on a new computer. Nobody else has a copy of this key, not even the makers of VRAC Desktop.</source>
        <translation>Les plans dans VRAC Desktop sont chiffrés. Cette clé ouvre vos sauvegardes si l’ordinateur est perdu, volé ou en panne, ou si la phrase secrète est oubliée&#xa0;: avec elle et un fichier de sauvegarde, toutes les données reviennent sur un nouvel ordinateur. Personne d’autre n’a de copie de cette clé, pas même les auteurs de VRAC Desktop.</translation>
    </message>
    <message>
        <source>Restoring on a new computer</source>
        <translation>Restaurer sur un nouvel ordinateur</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Où la conserver</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <source>Recovery kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <source>Welcome. Before you start: this is the recovery key of your data. </source>
        <translation>Bienvenue. Avant de commencer&#xa0;: voici la clé de récupération de vos données. </translation>
    </message>
    <message>
        <source>With it and a backup file, all plans can be restored on a new computer when this one is lost, stolen or broken, or the passphrase is forgotten. It is shown only now: save the kit as PDF, print it, and keep the page in a locked place away from this computer.</source>
        <translation>Avec elle et un fichier de sauvegarde, tous les plans peuvent être restaurés sur un nouvel ordinateur si celui-ci est perdu, volé ou en panne, ou si la phrase secrète est oubliée. Elle n’est affichée que maintenant&#xa0;: enregistrez le kit en PDF, imprimez-le et gardez la page sous clé, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key as QR code</source>
        <translation>Clé de récupération en code QR</translation>
    </message>
    <message>
        <source>The kit is not saved yet.</source>
        <translation>Le kit n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save the kit as PDF…</source>
        <translation>&amp;Enregistrer le kit en PDF…</translation>
    </message>
    <message>
        <source>Save the recovery kit as PDF</source>
        <translation>Enregistrer le kit de récupération en PDF</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Close the recovery kit</source>
        <translation>Fermer le kit de récupération</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>vrac-recovery-kit.pdf</source>
        <translation>vrac-kit-de-recuperation.pdf</translation>
    </message>
    <message>
        <source>The kit could not be saved: %1</source>
        <translation>Le kit n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file.</source>
        <translation>Enregistré sous %1. Imprimez-le, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>The kit was not saved. Did you write the recovery key down? It will not be shown again.</source>
        <translation>Le kit n’a pas été enregistré. Avez-vous noté la clé de récupération&#xa0;? Elle ne sera plus affichée.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Supprimer la ligne choisie de %1</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>What could go wrong, the early signs, what we do then and whom we call.</source>
        <translation>Ce qui pourrait mal tourner, les signes précoces, ce que nous faisons alors et qui nous appelons.</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Ce qui peut mal tourner</translation>
    </message>
    <message>
        <source>Early signs</source>
        <translation>Signes précoces</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Ce que nous faisons</translation>
    </message>
    <message>
        <source>Whom we call</source>
        <translation>Qui nous appelons</translation>
    </message>
    <message>
        <source>safety item</source>
        <translation>point de sécurité</translation>
    </message>
    <message>
        <source>&amp;Add safety item</source>
        <translation>&amp;Ajouter un point de sécurité</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Draw a signature with the mouse, a finger or a pen. Ctrl+Z removes the last stroke, Delete clears the pad. The typed name is the sign-off; a drawn signature is optional.</source>
        <translation>Signez avec la souris, un doigt ou un stylet. Ctrl+Z efface le dernier trait, Suppr vide la zone. Le nom saisi vaut signature&#xa0;; une signature dessinée est facultative.</translation>
    </message>
    <message>
        <source>Sign with the mouse, a finger or a pen</source>
        <translation>Signez avec la souris, un doigt ou un stylet</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Certificate documents are signed with</source>
        <translation>Certificat avec lequel les documents sont signés</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents are signed with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les documents sont signés avec&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import the organisation&apos;s certificate…</source>
        <translation>&amp;Importer le certificat de l’organisation…</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s certificate (PKCS#12 file)</source>
        <translation>Importer le certificat de l’organisation (fichier PKCS#12)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organisation CAs this computer trusts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autorités de certification (AC) d’organisations auxquelles cet ordinateur fait confiance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted organisation CAs</source>
        <translation>AC d’organisations de confiance</translation>
    </message>
    <message>
        <source>&amp;Trust an organisation CA…</source>
        <translation>Faire &amp;confiance à l’AC d’une organisation…</translation>
    </message>
    <message>
        <source>Trust an organisation CA certificate</source>
        <translation>Faire confiance au certificat d’AC d’une organisation</translation>
    </message>
    <message>
        <source>E&amp;xport the certificate for recipients…</source>
        <translation>E&amp;xporter le certificat pour les destinataires…</translation>
    </message>
    <message>
        <source>Export the organisation&apos;s CA certificate for recipients</source>
        <translation>Exporter le certificat d’AC de l’organisation pour les destinataires</translation>
    </message>
    <message>
        <source>Timestamp authority address</source>
        <translation>Adresse de l’autorité d’horodatage</translation>
    </message>
    <message>
        <source>Timestamp &amp;authority:</source>
        <translation>&amp;Autorité d’horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>With a timestamp authority, signatures carry the time it vouches for and the data needed to check them for years (PAdES B-LT). Offline, documents are signed without a timestamp.</source>
        <translation>Avec une autorité d’horodatage, les signatures portent l’heure qu’elle garantit et les données nécessaires pour les vérifier pendant des années (PAdES B-LT). Hors ligne, les documents sont signés sans horodatage.</translation>
    </message>
    <message>
        <source>No certificate yet. The first export makes one for you (self-signed: recipients cannot tell who signed). Import the organisation&apos;s certificate so schools, courts and families can check documents.</source>
        <translation>Pas encore de certificat. Le premier export en crée un pour vous (auto-signé&#xa0;: les destinataires ne peuvent pas savoir qui a signé). Importez le certificat de l’organisation pour que les écoles, les tribunaux et les familles puissent vérifier les documents.</translation>
    </message>
    <message>
        <source>Organisation certificate, issued by %1.</source>
        <translation>Certificat de l’organisation, émis par %1.</translation>
    </message>
    <message>
        <source>Your own certificate, made on this computer (self-signed): recipients cannot tell who signed.</source>
        <translation>Votre propre certificat, créé sur cet ordinateur (auto-signé)&#xa0;: les destinataires ne peuvent pas savoir qui a signé.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valable jusqu’au %2</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s certificate</source>
        <translation>Importer le certificat de l’organisation</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Password of %1 (given by the organisation):</source>
        <translation>Mot de passe de %1 (fourni par l’organisation)&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate was not imported; nothing changed. %1</source>
        <translation>Le certificat n’a pas été importé&#xa0;; rien n’a changé. %1</translation>
    </message>
    <message>
        <source>Documents are now signed by %1.</source>
        <translation>Les documents sont désormais signés par %1.</translation>
    </message>
    <message>
        <source>Trust an organisation CA</source>
        <translation>Faire confiance à l’AC d’une organisation</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The CA was not added; nothing changed. %1</source>
        <translation>L’AC n’a pas été ajoutée&#xa0;; rien n’a changé. %1</translation>
    </message>
    <message>
        <source>Documents signed with certificates issued by %1 now verify.</source>
        <translation>Les documents signés avec des certificats émis par %1 sont désormais reconnus comme valides.</translation>
    </message>
    <message>
        <source>Export the certificate for recipients</source>
        <translation>Exporter le certificat pour les destinataires</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificats (*.pem)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n’a été exporté. %1</translation>
    </message>
    <message>
        <source>Written to %1. Recipients check documents with it (for example pyhanko sign validate --trust, or vrac-desktop verify --trust).</source>
        <translation>Enregistré dans %1. Les destinataires s’en servent pour vérifier les documents (par exemple pyhanko sign validate --trust, ou vrac-desktop verify --trust).</translation>
    </message>
    <message>
        <source>The timestamp authority must be an http:// or https:// address.</source>
        <translation>L’autorité d’horodatage doit être une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>VRAC Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation>VRAC Desktop est déjà ouvert avec ce dossier de données&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>VRAC Desktop is already running with this data folder (process %1), but it did not answer. Switch to it, or close it and start again; nothing was changed.</source>
        <translation>VRAC Desktop fonctionne déjà avec ce dossier de données (processus %1), mais ne répond pas. Passez à sa fenêtre, ou fermez-le et redémarrez&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SituationStep</name>
    <message>
        <source>Our situation</source>
        <translation>Notre situation</translation>
    </message>
    <message>
        <source>The family tells its story in its own words. The team&apos;s view is written separately.</source>
        <translation>La famille raconte son histoire avec ses propres mots. Le regard de l’équipe est noté à part.</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;story</source>
        <translation>L’histoi&amp;re de la famille</translation>
    </message>
    <message>
        <source>What happened, what is hard for us…</source>
        <translation>Ce qui s’est passé, ce qui est difficile pour nous…</translation>
    </message>
    <message>
        <source>What goes &amp;well</source>
        <translation>Ce qui va &amp;bien</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s view</source>
        <translation>Le re&amp;gard de l’équipe</translation>
    </message>
</context>
<context>
    <name>StrengthsStep</name>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Talents, life skills and the resources around the family.</source>
        <translation>Talents, compétences de vie et ressources autour de la famille.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>force</translation>
    </message>
    <message>
        <source>&amp;Add strength</source>
        <translation>&amp;Ajouter une force</translation>
    </message>
</context>
<context>
    <name>SuccessesStep</name>
    <message>
        <source>Successes to celebrate</source>
        <translation>Réussites à célébrer</translation>
    </message>
    <message>
        <source>What the family achieved: the goals reached first. Name them and celebrate them together.</source>
        <translation>Ce que la famille a accompli&#xa0;: d’abord les objectifs atteints. Nommez-les et célébrez-les ensemble.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>&amp;Add a success</source>
        <translation>&amp;Ajouter une réussite</translation>
    </message>
    <message>
        <source>Add a success</source>
        <translation>Ajouter une réussite</translation>
    </message>
    <message>
        <source>Remove a success</source>
        <translation>Supprimer une réussite</translation>
    </message>
    <message>
        <source>Type a success</source>
        <translation>Saisir une réussite</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the team server and receive the team&apos;s</source>
        <translation>Envoyer les modifications de cet ordinateur au serveur de l’équipe et recevoir celles de l’équipe</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Retenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Kept in the OS keyring, or inside the encrypted database; never in a settings file</source>
        <translation>Conservé dans le trousseau du système ou dans la base de données chiffrée, jamais dans un fichier de réglages</translation>
    </message>
    <message>
        <source>Sync &amp;with this password</source>
        <translation>Synchroniser &amp;avec ce mot de passe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: %1 · changes to send: %2</source>
        <translation>Dernière synchronisation&#xa0;: %1 · modifications à envoyer&#xa0;: %2</translation>
    </message>
    <message>
        <source>plans with two versions to reconcile: %1</source>
        <translation>plans avec deux versions à réconcilier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the last sync was interrupted; sync again to finish it</source>
        <translation>la dernière synchronisation a été interrompue&#xa0;; synchronisez à nouveau pour la terminer</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Nothing was lost: what was not synced is sent next time. Try again; if it happens again, tell your administrator.</source>
        <translation>La synchronisation s’est arrêtée sur une erreur inattendue (%1). Rien n’est perdu&#xa0;: ce qui n’a pas été synchronisé sera envoyé la prochaine fois. Réessayez&#xa0;; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>%1: evaluations were recorded at the same time on two laptops. Both are kept and neither replaces the other; the family&apos;s Phases and evaluations tab shows them.</source>
        <translation>%1&#xa0;: des évaluations ont été enregistrées en même temps sur deux ordinateurs. Les deux sont conservées et aucune ne remplace l’autre&#xa0;; l’onglet Phases et évaluations de la famille les montre.</translation>
    </message>
</context>
<context>
    <name>TableStep</name>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <source>Join a team with the code from your operator</source>
        <translation>Rejoindre une équipe avec le code de votre administrateur</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>Code de clé</translation>
    </message>
    <message>
        <source>Key code (given apart from the join code)</source>
        <translation>Code de clé (donné à part du code d’accès)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>Or connect with an address</source>
        <translation>Ou se connecter avec une adresse</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>leave empty to keep the remembered one</source>
        <translation>laisser vide pour garder celui retenu</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Retenir le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l’autorité (CA)</translation>
    </message>
    <message>
        <source>from the join code, or a PEM file</source>
        <translation>du code d’accès, ou un fichier PEM</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat de l’autorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>&amp;Enregistrer l’adresse</translation>
    </message>
    <message>
        <source>Team server message</source>
        <translation>Message du serveur d’équipe</translation>
    </message>
    <message>
        <source>CA certificate of the team server</source>
        <translation>Certificat de l’autorité du serveur d’équipe</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Sync needs your signing key; nothing was synced.</source>
        <translation>La synchronisation a besoin de votre clé de signature&#xa0;; rien n’a été synchronisé.</translation>
    </message>
    <message>
        <source>Paste the join code first.</source>
        <translation>Collez d’abord le code d’accès.</translation>
    </message>
    <message numerus="yes">
        <source>Joined team %1 as %2; %n team certificate(s) pinned. Sync now to receive the team&apos;s families.</source>
        <translation>
            <numerusform>Équipe %1 rejointe en tant que %2&#xa0;; %n certificat d’équipe épinglé. Synchronisez maintenant pour recevoir les familles de l’équipe.</numerusform>
            <numerusform>Équipe %1 rejointe en tant que %2&#xa0;; %n certificats d’équipe épinglés. Synchronisez maintenant pour recevoir les familles de l’équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The password is kept in the OS keyring or the encrypted database, never in a settings file.</source>
        <translation>Enregistré. Le mot de passe est conservé dans le trousseau du système ou dans la base de données chiffrée, jamais dans un fichier de réglages.</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Who is at the table</source>
        <translation>Qui est autour de la table</translation>
    </message>
    <message>
        <source>The family, the people around them and the professionals. Untick who is absent today.</source>
        <translation>La famille, les personnes de son entourage et les professionnels. Décochez les personnes absentes aujourd’hui.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>membre de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Add team member</source>
        <translation>&amp;Ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Present today</source>
        <translation>Présent aujourd’hui</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Présents&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>Fa&amp;cilitateur&#xa0;:</translation>
    </message>
    <message>
        <source>Where we meet</source>
        <translation>Lieu de la réunion</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Modifier les présences</translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation>Changer de facilitateur</translation>
    </message>
    <message>
        <source>Type the place</source>
        <translation>Saisissez le lieu</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Professionals only (not shown to the family)</source>
        <translation>Professionnels uniquement (non visible par la famille)</translation>
    </message>
    <message>
        <source>%1: professionals only</source>
        <translation>%1&#xa0;: professionnels uniquement</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it. Nothing is lost meanwhile.</source>
        <translation>Ce texte dépasse %1 caractères&#xa0;; raccourcissez-le. Rien n’est perdu en attendant.</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>Saisir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change who sees %1</source>
        <translation>Modifier qui voit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhat</name>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>What we agreed, as of %1 (plan version %2).</source>
        <translation>Ce que nous avons convenu, au %1 (version du plan %2).</translation>
    </message>
    <message>
        <source>We still choose who</source>
        <translation>Nous choisissons encore qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>For our goal</source>
        <translation>Pour notre objectif</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Comment nous joindre</translation>
    </message>
    <message>
        <source>We meet again on %1.</source>
        <translation>Nous nous revoyons le %1.</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
</context>
</TS>
