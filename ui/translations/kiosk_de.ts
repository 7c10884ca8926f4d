<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>wh::ui::BacklogChart</name>
    <message>
        <location filename="../BacklogChart.cpp" line="14" />
        <source>Sync backlog over the last minutes</source>
        <translation>Sync-Rückstand der letzten Minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../BacklogChart.cpp" line="51" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform><numerusform>vor %n Minuten</numerusform></translation>
    </message>
    <message>
        <location filename="../BacklogChart.cpp" line="52" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../BacklogChart.cpp" line="54" />
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
</context>
<context>
    <name>wh::ui::DemoScannerPanel</name>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="21" />
        <source>Demo scanner: barcodes to tap</source>
        <translation>Demo-Scanner: Barcodes zum Antippen</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="25" />
        <source>Demo scanner: tap a barcode to scan it</source>
        <translation>Demo-Scanner: Barcode antippen, um ihn zu scannen</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="32" />
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="34" />
        <source>Load the barcodes again</source>
        <translation>Barcodes neu laden</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="64" />
        <source>Badges</source>
        <translation>Ausweise</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="65" />
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="66" />
        <source>Bins</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="67" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="68" />
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="79" />
        <source>Scan %1</source>
        <translation>%1 scannen</translation>
    </message>
</context>
<context>
    <name>wh::ui::DevicesScreen</name>
    <message>
        <location filename="../DevicesScreen.cpp" line="20" />
        <source>Scanners and printers</source>
        <translation>Scanner und Drucker</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="73" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="82" />
        <location filename="../DevicesScreen.cpp" line="97" />
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="82" />
        <source>no report yet</source>
        <translation>noch keine Meldung</translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="91" />
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n Auftrag wartet</numerusform><numerusform>%n Aufträge warten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="93" />
        <source>%n job(s) need a decision (supervisor)</source>
        <translation>
            <numerusform>%n Auftrag braucht eine Entscheidung (Schichtleitung)</numerusform><numerusform>%n Aufträge brauchen eine Entscheidung (Schichtleitung)</numerusform></translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97" />
        <source>fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="101" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="101" />
        <source>no scanner or printer configured</source>
        <translation>kein Scanner oder Drucker eingerichtet</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="102" />
        <source>Serial scanners and printers are set with run --scanner and --printer; a keyboard-wedge scanner types into the scan field.</source>
        <translation>Serielle Scanner und Drucker werden mit run --scanner und --printer eingerichtet; ein Tastatur-Scanner tippt in das Scanfeld.</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.h" line="25" />
        <location filename="../KioskScreens.cpp" line="13" />
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>wh::ui::Feedback</name>
    <message>
        <location filename="../Feedback.cpp" line="61" />
        <location filename="../KioskWindow.cpp" line="128" />
        <source>Result of the last scan or action</source>
        <translation>Ergebnis des letzten Scans oder der letzten Aktion</translation>
    </message>
</context>
<context>
    <name>wh::ui::HomeScreen</name>
    <message>
        <location filename="../HomeScreen.cpp" line="36" />
        <source>%1, what is next?</source>
        <translation>%1, was kommt als Nächstes?</translation>
    </message>
    <message>
        <location filename="../HomeScreen.h" line="32" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>wh::ui::Keypad</name>
    <message>
        <location filename="../Keypad.cpp" line="21" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="22" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="28" />
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="29" />
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="30" />
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="36" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="38" />
        <source>Confirm the number</source>
        <translation>Zahl bestätigen</translation>
    </message>
</context>
<context>
    <name>wh::ui::KioskWindow</name>
    <message>
        <location filename="../KioskWindow.cpp" line="97" />
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="119" />
        <source>Warehouse kiosk</source>
        <translation>Lager-Kiosk</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="120" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="121" />
        <source>Back to the home screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="122" />
        <source>sync: not configured</source>
        <translation>Sync: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="123" />
        <source>Sync state</source>
        <translation>Sync-Zustand</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="124" />
        <location filename="../KioskWindow.cpp" line="125" />
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="126" />
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="127" />
        <source>Scan here</source>
        <translation>Hier scannen</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="175" />
        <source>There is no translation for the language %1.</source>
        <translation>Für die Sprache %1 gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="188" />
        <source>Language changed.</source>
        <translation>Sprache gewechselt.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="192" />
        <source>The kiosk speaks English now.</source>
        <translation>Der Kiosk spricht jetzt Deutsch.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="243" />
        <source>%1 (%2) for %3 at %4</source>
        <translation>%1 (%2) für %3 an %4</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="246" />
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="272" />
        <source>offline (no broker)</source>
        <translation>offline (kein Broker)</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="273" />
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message numerus="yes">
        <location filename="../KioskWindow.cpp" line="275" />
        <source>sync: %1, %n waiting</source>
        <translation>
            <numerusform>Sync: %1, %n wartet</numerusform><numerusform>Sync: %1, %n warten</numerusform></translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="316" />
        <source>The kiosk stays open: only an admin can close it, from the supervisor screen.</source>
        <translation>Der Kiosk bleibt offen: Nur ein Admin kann ihn schließen, über den Bildschirm der Schichtleitung.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="319" />
        <source>The kiosk closed.</source>
        <translation>Der Kiosk wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>wh::ui::LoginScreen</name>
    <message>
        <location filename="../LoginScreen.cpp" line="24" />
        <source>Scan your badge, or enter your staff number and PIN.</source>
        <translation>Ausweis scannen oder Personalnummer und PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="34" />
        <source>Type into: %1</source>
        <translation>Eingabe in: %1</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="48" />
        <source>Staff number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="49" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="69" />
        <location filename="../LoginScreen.cpp" line="132" />
        <location filename="../LoginScreen.h" line="28" />
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="71" />
        <source>Log in with staff number and PIN</source>
        <translation>Mit Personalnummer und PIN anmelden</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="132" />
        <source>Checking...</source>
        <translation>Wird geprüft ...</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="140" />
        <source>Badge not read: %1</source>
        <translation>Ausweis nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="160" />
        <source>Enter your staff number first.</source>
        <translation>Bitte zuerst die Personalnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="165" />
        <source>Enter your PIN.</source>
        <translation>Bitte die PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="192" />
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="206" />
        <source>Welcome, %1. Which merchant do you work for now?</source>
        <translation>Willkommen, %1. Für welchen Händler arbeiten Sie jetzt?</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="211" />
        <source>Work for %1</source>
        <translation>Für %1 arbeiten</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="217" />
        <source>Working for %1.</source>
        <translation>Arbeit für %1.</translation>
    </message>
</context>
<context>
    <name>wh::ui::Screen</name>
    <message>
        <location filename="../Screen.cpp" line="10" />
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../Screen.cpp" line="13" />
        <source>Nothing to scan on this screen.</source>
        <translation>Auf diesem Bildschirm gibt es nichts zu scannen.</translation>
    </message>
</context>
<context>
    <name>wh::ui::Session</name>
    <message numerus="yes">
        <location filename="../Session.cpp" line="13" />
        <source>Logged out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung abgemeldet.</numerusform><numerusform>Nach %n Minuten ohne Nutzung abgemeldet.</numerusform></translation>
    </message>
</context>
<context>
    <name>wh::ui::SyncScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="15" />
        <location filename="../SyncScreen.h" line="28" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="29" />
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="30" />
        <source>Events waiting</source>
        <translation>Wartende Ereignisse</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="31" />
        <source>Oldest waiting</source>
        <translation>Ältestes wartendes</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="32" />
        <source>Last acknowledgement</source>
        <translation>Letzte Bestätigung</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="33" />
        <source>Since start</source>
        <translation>Seit dem Start</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="34" />
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="53" />
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform><numerusform>vor %n Sekunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="55" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform><numerusform>vor %n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="56" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform><numerusform>vor %n Stunden</numerusform></translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="69" />
        <source>not configured: the appliance keeps every event until a broker is set</source>
        <translation>nicht eingerichtet: Das Gerät behält jedes Ereignis, bis ein Broker eingerichtet ist</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="78" />
        <location filename="../SyncScreen.cpp" line="86" />
        <location filename="../SyncScreen.cpp" line="94" />
        <location filename="../SyncScreen.cpp" line="97" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="79" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="80" />
        <source>%1 published, %2 acknowledged, %3 commands, %4 reconnects, %5 dead letters</source>
        <translation>%1 gesendet, %2 bestätigt, %3 Befehle, %4 Neuverbindungen, %5 unzustellbar</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="92" />
        <source>offline: no broker configured (buffering)</source>
        <translation>offline: kein Broker eingerichtet (puffert)</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="95" />
        <source>none: no broker</source>
        <translation>keine: kein Broker</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="96" />
        <source>%1 events in the log</source>
        <translation>%1 Ereignisse im Protokoll</translation>
    </message>
</context>
</TS>