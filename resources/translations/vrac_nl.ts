<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the data. Try again.</source>
        <translation>Met die wachtzin gaan de gegevens niet open. Probeer het opnieuw.</translation>
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
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
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
        <source>Search by name or reference</source>
        <translation>Zoek op naam of referentie</translation>
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
        <source>&amp;New family…</source>
        <translation>&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
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
        <source>← &amp;Families</source>
        <translation>← &amp;Gezinnen</translation>
    </message>
    <message>
        <source>Back to families</source>
        <translation>Terug naar de gezinnen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Plan versions:</source>
        <translation>Planversies:</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversies</translation>
    </message>
    <message>
        <source>No plan yet: the first meeting creates version 1.</source>
        <translation>Nog geen plan: het eerste overleg maakt versie 1.</translation>
    </message>
    <message>
        <source>Current plan: version %1 · %2 goals · %3 actions · %4 team members</source>
        <translation>Huidig plan: versie %1 · %2 doelen · %3 acties · %4 teamleden</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>The family&apos;s language</source>
        <translation>De taal van het gezin</translation>
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
        <translation>Gegevens versleuteld · wachtzin</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
        <source>The family needs a name.</source>
        <translation>Het gezin heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message numerus="yes">
        <source>No secure keyring is available on this computer, so your data will be protected by a passphrase. Choose one of at least %n characters. It cannot be recovered if you forget it.</source>
        <translation>
            <numerusform>Er is geen veilige sleutelbos op deze computer, dus uw gegevens worden beschermd met een wachtzin. Kies er een van minstens %n teken. Als u hem vergeet, kan hij niet worden hersteld.</numerusform>
            <numerusform>Er is geen veilige sleutelbos op deze computer, dus uw gegevens worden beschermd met een wachtzin. Kies er een van minstens %n tekens. Als u hem vergeet, kan hij niet worden hersteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase to open your data.</source>
        <translation>Typ de wachtzin om uw gegevens te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>De wachtzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De wachtzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
</context>
</TS>
