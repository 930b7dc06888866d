<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Plan versions:</source>
        <translation>Versions du plan :</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>No plan yet: the first meeting creates version 1.</source>
        <translation>Pas encore de plan : la première réunion crée la version 1.</translation>
    </message>
    <message>
        <source>Current plan: version %1 · %2 goals · %3 actions · %4 team members</source>
        <translation>Plan actuel : version %1 · %2 objectifs · %3 actions · %4 membres de l’équipe</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>The family&apos;s language</source>
        <translation>La langue de la famille</translation>
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
</TS>
