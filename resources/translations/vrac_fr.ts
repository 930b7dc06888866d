<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsStep</name>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>For each goal: what will be done, by whom (exactly one person from the team, family and informal supports included) and when.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Raison de l&apos;arrêt</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>Not tied to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goals first: every action serves a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action for this goal</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family &amp;approves this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family approves this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Accord donné par</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off by the members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off: add the team first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the family&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the data. Try again.</source>
        <translation>Cette phrase secrète n’ouvre pas les données. Réessayez.</translation>
    </message>
    <message>
        <source>VRAC Desktop</source>
        <translation>VRAC Desktop</translation>
    </message>
</context>
<context>
    <name>Charts</name>
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
        <translation>%1 : %2 sur 10</translation>
    </message>
    <message>
        <source>Baseline %1, target %2.</source>
        <translation>Point de départ %1, objectif %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>État : %1.</translation>
    </message>
    <message>
        <source>%1: no ratings.</source>
        <translation>%1 : aucune note.</translation>
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
        <translation>Domaines de vie : première et dernière notes</translation>
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation>%1 : de %2 à %3.</translation>
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
        <translation>Nombre d&apos;actions</translation>
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
        <translation>Afficher l&apos;ancien et le nouveau côte à côte</translation>
    </message>
    <message>
        <source>Show the old and the new version in two columns instead of inline</source>
        <translation>Afficher l&apos;ancienne et la nouvelle version en deux colonnes plutôt qu&apos;à la suite</translation>
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
        <translation>Actif jusqu&apos;au</translation>
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
        <translation>Qui s&apos;en charge</translation>
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
        <translation>Aujourd&apos;hui</translation>
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
        <translation>Pour l&apos;objectif</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Raison de l&apos;arrêt</translation>
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
        <translation>Nous avons besoin d&apos;aide</translation>
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
        <translation>L&apos;histoire de la famille</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>The team&apos;s view</source>
        <translation>Le regard de l&apos;équipe</translation>
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
        <translation>(une personne qui ne fait plus partie de l&apos;équipe)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and %2.</source>
        <translation>Rien n&apos;a changé entre %1 et %2.</translation>
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
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
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
        <source>Search by name or reference</source>
        <translation>Rechercher par nom ou référence</translation>
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
        <source>&amp;New family…</source>
        <translation>&amp;Nouvelle famille…</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
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
        <translation>Pas encore de familles. Créez-en une avec « Nouvelle famille » (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>FamilyHome</name>
    <message>
        <source>← &amp;Families</source>
        <translation>← &amp;Familles</translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is edited in the first step of a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan: version %1 · %2 goals · %3 actions (%4 open) · %5 team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The six-month evaluation is due (since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-month evaluation due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue meeting (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: the first meeting creates version 1.</source>
        <translation>Pas encore de plan : la première réunion crée la version 1.</translation>
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
        <source>Nothing written here yet.</source>
        <translation>Rien n&apos;est encore écrit ici.</translation>
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
        <translation>Notre rêve pour l&apos;avenir</translation>
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
        <translation>Ce que l&apos;équipe voit :</translation>
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
        <translation>Nous aimerions de l&apos;aide pour</translation>
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
        <translation>Comment nous le saurons : %1</translation>
    </message>
    <message>
        <source>Today %1 of 10, we aim for %2.</source>
        <translation>Aujourd&apos;hui %1 sur 10, nous visons %2.</translation>
    </message>
    <message>
        <source>We look at it again on %1.</source>
        <translation>Nous en reparlons le %1.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <source>If %1</source>
        <translation>Si : %1</translation>
    </message>
    <message>
        <source>Early signs: %1</source>
        <translation>Premiers signes : %1</translation>
    </message>
    <message>
        <source>What we do: %1</source>
        <translation>Ce que nous faisons : %1</translation>
    </message>
    <message>
        <source>Whom we call: %1</source>
        <translation>Qui nous appelons : %1</translation>
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
    <name>FollowUpStep</name>
    <message>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each goal again from 0 to 10 — the family, the child and the team each give their own rating — and go through the open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Start → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
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
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of %1 by the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not done / why stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review action</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How will we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs this goal serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the selected goal serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
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
        <translation>Cette phrase secrète est incorrecte ; rien n&apos;a été modifié (tentatives incorrectes de suite : %1).</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About VRAC Desktop</source>
        <translation>À &amp;propos de VRAC Desktop</translation>
    </message>
    <message>
        <source>Unfinished meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting with %1 was not saved as a plan version (last autosave %2). Continue it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — meeting — VRAC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as plan version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not saved as a plan version yet. It is kept as a draft and offered back next time. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VRAC Desktop</source>
        <translation>À propos de VRAC Desktop</translation>
    </message>
    <message>
        <source>VRAC Desktop %1
Wraparound Care team meetings: one family, one plan.</source>
        <translation>VRAC Desktop %1
Réunions d’équipe Wraparound Care : une famille, un plan.</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save meeting as plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave meeting (keep draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n to fix)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in this step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1 — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be saved until these are fixed (your work is kept as a draft):

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved by the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has not approved this plan. Save it anyway as a version without approval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1
Your work is kept as a draft.</source>
        <translation type="unfinished"></translation>
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
    <name>NeedsStep</name>
    <message>
        <source>Needs and vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family needs in each part of life: what it handles itself and where it needs help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;vision: life when things are better</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Langue de la famille :</translation>
    </message>
    <message>
        <source>The family needs a name.</source>
        <translation>La famille doit avoir un nom.</translation>
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
    <message numerus="yes">
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. It cannot be recovered if you forget it.</source>
        <translation>
            <numerusform>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : vos données seront protégées par une phrase secrète. Choisissez-en une d’au moins %n caractère. Elle ne peut pas être récupérée si vous l’oubliez.</numerusform>
            <numerusform>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : vos données seront protégées par une phrase secrète. Choisissez-en une d’au moins %n caractères. Elle ne peut pas être récupérée si vous l’oubliez.</numerusform>
        </translation>
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
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
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
        <translation>Ce plan a été modifié sur deux ordinateurs pendant qu&apos;ils étaient hors ligne. Les deux versions sont conservées ; rien n&apos;a été perdu. Choisissez pour chaque partie celle à garder, puis enregistrez : cela ajoute une nouvelle version qui réunit les deux.</translation>
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
        <translation>Cette combinaison ne peut pas être enregistrée ; rien n&apos;a été enregistré. Choisissez d&apos;autres parties ou corrigez d&apos;abord le plan :</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>safety item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add safety item</source>
        <translation type="unfinished"></translation>
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
        <translation>Signez avec la souris, un doigt ou un stylet. Ctrl+Z efface le dernier trait, Suppr vide la zone. Le nom saisi vaut signature ; une signature dessinée est facultative.</translation>
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
    <name>SingleInstance</name>
    <message>
        <source>VRAC Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation>VRAC Desktop est déjà ouvert avec ce dossier de données ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>VRAC Desktop is already running with this data folder (process %1), but it did not answer. Switch to it, or close it and start again; nothing was changed.</source>
        <translation>VRAC Desktop fonctionne déjà avec ce dossier de données (processus %1), mais ne répond pas. Passez à sa fenêtre, ou fermez-le et redémarrez ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SituationStep</name>
    <message>
        <source>Our situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family tells its story in its own words. The team&apos;s view is written separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s &amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what is hard for us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;team&apos;s view</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation>Réservé aux professionnels</translation>
    </message>
    <message>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
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
        <translation>Envoyer les modifications de cet ordinateur au serveur de l&apos;équipe et recevoir celles de l&apos;équipe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: %1 · changes to send: %2</source>
        <translation>Dernière synchronisation : %1 · modifications à envoyer : %2</translation>
    </message>
    <message>
        <source>plans with two versions to reconcile: %1</source>
        <translation>plans avec deux versions à réconcilier : %1</translation>
    </message>
    <message>
        <source>the last sync was interrupted; sync again to finish it</source>
        <translation>la dernière synchronisation a été interrompue ; synchronisez à nouveau pour la terminer</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Who is at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family, the people around them and the professionals. Untick who is absent today.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Present today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Professionals only (not shown to the family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: professionals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it. Nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who sees %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
