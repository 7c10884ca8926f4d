<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>wh::ui::AlertsScreen</name>
    <message>
        <location filename="../AlertsScreen.cpp" line="23"/>
        <source>Alerts, the most urgent first</source>
        <translation>Warnungen, die dringendsten zuerst</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="75"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="75"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="75"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="77"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="77"/>
        <source>soon</source>
        <translation>bald</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="100"/>
        <source>Printer %1</source>
        <translation>Drucker %1</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="101"/>
        <source>does not answer</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="108"/>
        <source>Sync %1</source>
        <translation>Sync %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="109"/>
        <source>%1. %n event(s) wait; nothing is lost, they go when the link is back.</source>
        <translation>
            <numerusform>%1. %n Ereignis wartet; nichts geht verloren, es wird gesendet, sobald die Verbindung wieder steht.</numerusform>
            <numerusform>%1. %n Ereignisse warten; nichts geht verloren, sie werden gesendet, sobald die Verbindung wieder steht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="113"/>
        <source>Commands not applied</source>
        <translation>Nicht ausgeführte Befehle</translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="114"/>
        <source>%n command(s) from the central service could not be applied: see the supervisor screen.</source>
        <translation>
            <numerusform>%n Befehl der Zentrale konnte nicht ausgeführt werden: siehe Bildschirm der Schichtleitung.</numerusform>
            <numerusform>%n Befehle der Zentrale konnten nicht ausgeführt werden: siehe Bildschirm der Schichtleitung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="117"/>
        <source>Tracking numbers %1 (%2)</source>
        <translation>Sendungsnummern %1 (%2)</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="118"/>
        <source>used up: no more %1 labels until the carrier sends a new range.</source>
        <translation>aufgebraucht: keine %1-Etiketten mehr, bis der Versanddienstleister einen neuen Nummernkreis schickt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="119"/>
        <source>%n number(s) left (warning at %1): ask the carrier for a new range.</source>
        <translation>
            <numerusform>Noch %n Nummer übrig (Warnung bei %1): Bitte beim Versanddienstleister einen neuen Nummernkreis anfordern.</numerusform>
            <numerusform>Noch %n Nummern übrig (Warnung bei %1): Bitte beim Versanddienstleister einen neuen Nummernkreis anfordern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="123"/>
        <source>Low stock %1</source>
        <translation>Niedriger Bestand %1</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="124"/>
        <source>%1 available, threshold %2; suggested reorder %3.</source>
        <translation>%1 verfügbar, Schwelle %2; empfohlene Nachbestellung %3.</translation>
    </message>
    <message>
        <location filename="../KioskScreens.cpp" line="37"/>
        <location filename="../AlertsScreen.h" line="27"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../AlertsScreen.cpp" line="91"/>
        <source>Uncertain labels on %1</source>
        <translation>Ungeklärte Etiketten an %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="92"/>
        <source>%n label(s) may or may not have printed: a supervisor decides under Supervisor, Print jobs.</source>
        <translation>
            <numerusform>%n Etikett wurde vielleicht gedruckt, vielleicht nicht: Die Schichtleitung entscheidet unter Schichtleitung, Druckaufträge.</numerusform>
            <numerusform>%n Etiketten wurden vielleicht gedruckt, vielleicht nicht: Die Schichtleitung entscheidet unter Schichtleitung, Druckaufträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::ApprovalPanel</name>
    <message>
        <location filename="../ApprovalPanel.cpp" line="27"/>
        <source>What the supervisor approves</source>
        <translation>Was die Schichtleitung freigibt</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="30"/>
        <source>Supervisor: scan your badge, or enter your staff number and PIN.</source>
        <translation>Schichtleitung: Bitte Ausweis scannen oder Personalnummer und PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="32"/>
        <source>How to approve</source>
        <translation>So geben Sie frei</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="42"/>
        <source>Type into: %1</source>
        <translation>Eingabe in: %1</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="48"/>
        <source>Supervisor&apos;s %1</source>
        <translation>%1 der Schichtleitung</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="56"/>
        <source>Staff number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="57"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="65"/>
        <location filename="../ApprovalPanel.cpp" line="118"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="67"/>
        <source>Approve with staff number and PIN</source>
        <translation>Mit Personalnummer und PIN freigeben</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="73"/>
        <source>Cancel, no approval</source>
        <translation>Abbrechen, keine Freigabe</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="118"/>
        <source>Checking...</source>
        <translation>Wird geprüft ...</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="133"/>
        <source>Supervisor: enter your staff number first, or scan your badge.</source>
        <translation>Schichtleitung: Bitte zuerst die Personalnummer eingeben oder den Ausweis scannen.</translation>
    </message>
    <message>
        <location filename="../ApprovalPanel.cpp" line="138"/>
        <source>Supervisor: enter your PIN.</source>
        <translation>Schichtleitung: Bitte die PIN eingeben.</translation>
    </message>
</context>
<context>
    <name>wh::ui::BacklogChart</name>
    <message>
        <location filename="../BacklogChart.cpp" line="14"/>
        <source>Sync backlog over the last minutes</source>
        <translation>Sync-Rückstand der letzten Minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../BacklogChart.cpp" line="51"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../BacklogChart.cpp" line="52"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../BacklogChart.cpp" line="54"/>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
</context>
<context>
    <name>wh::ui::CountScreen</name>
    <message>
        <location filename="../CountScreen.cpp" line="31"/>
        <source>Open counts</source>
        <translation>Offene Zählungen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="33"/>
        <source>The last count&apos;s result</source>
        <translation>Ergebnis der letzten Zählung</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="35"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="36"/>
        <source>Read the open counts again</source>
        <translation>Offene Zählungen neu laden</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="47"/>
        <source>The count</source>
        <translation>Die Zählung</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="49"/>
        <source>Bin being counted</source>
        <translation>Lagerplatz, der gezählt wird</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="51"/>
        <source>Item being counted</source>
        <translation>Artikel, der gezählt wird</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="55"/>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="55"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="55"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="55"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="56"/>
        <source>What you counted</source>
        <translation>Was Sie gezählt haben</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="58"/>
        <source>Other count</source>
        <translation>Andere Zählung</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="59"/>
        <source>Back to the open counts</source>
        <translation>Zurück zu den offenen Zählungen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="60"/>
        <source>Submit count</source>
        <translation>Zählung abschließen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="61"/>
        <source>Submit the count</source>
        <translation>Die Zählung abschließen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="67"/>
        <location filename="../CountScreen.cpp" line="70"/>
        <source>Units counted</source>
        <translation>Gezählte Einheiten</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="68"/>
        <source>Units you counted (0: none there)</source>
        <translation>Gezählte Einheiten (0: keine vorhanden)</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="76"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="77"/>
        <source>Record the units counted</source>
        <translation>Die gezählten Einheiten erfassen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="107"/>
        <source>Reading the open counts...</source>
        <translation>Offene Zählungen werden geladen ...</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="129"/>
        <source>No count is waiting to be counted.</source>
        <translation>Keine Zählung wartet.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="130"/>
        <source>Choose a count:</source>
        <translation>Wählen Sie eine Zählung:</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="137"/>
        <source>Recount, round %1</source>
        <translation>Nachzählung, Runde %1</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="139"/>
        <source>Count %1</source>
        <translation>Zählung %1</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="154"/>
        <source>Count %1: scan the first bin.</source>
        <translation>Zählung %1: Scannen Sie den ersten Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="160"/>
        <source>Count %1, bins %2</source>
        <translation>Zählung %1, Lagerplätze %2</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="162"/>
        <source> (recount, round %1)</source>
        <translation> (Nachzählung, Runde %1)</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="164"/>
        <source>Scan a bin</source>
        <translation>Lagerplatz scannen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="164"/>
        <source>Bin %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="166"/>
        <source>Scan an item</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="169"/>
        <source>%1 (%2), lot %3</source>
        <translation>%1 (%2), Charge %3</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="179"/>
        <source>Choose a count first.</source>
        <translation>Wählen Sie zuerst eine Zählung.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="183"/>
        <source>Wait a moment: the last action is still being saved.</source>
        <translation>Einen Moment bitte: Die letzte Aktion wird noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="187"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="202"/>
        <source>Bin %1 is not in count %2: count only %3.</source>
        <translation>Lagerplatz %1 gehört nicht zu Zählung %2: Zählen Sie nur %3.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="211"/>
        <source>Bin %1: scan each item in it.</source>
        <translation>Lagerplatz %1: Scannen Sie jeden Artikel darin.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="215"/>
        <source>Scan the bin first, then its items.</source>
        <translation>Scannen Sie zuerst den Lagerplatz, dann seine Artikel.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="222"/>
        <source>%1: count the units and enter them on the keypad.</source>
        <translation>%1: Zählen Sie die Einheiten und geben Sie sie über das Ziffernfeld ein.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="231"/>
        <source>Scan the bin and the item first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz und den Artikel.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="235"/>
        <source>Enter the units you counted (0 when there are none).</source>
        <translation>Geben Sie die gezählten Einheiten ein (0, wenn keine da sind).</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="255"/>
        <source>Counted %1 x %2 in %3. Scan the next item or bin.</source>
        <translation>%1 x %2 in %3 gezählt. Scannen Sie den nächsten Artikel oder Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="281"/>
        <source>Count %1 accepted: the stock now shows what you counted.</source>
        <translation>Zählung %1 angenommen: Der Bestand zeigt jetzt, was Sie gezählt haben.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="284"/>
        <source>Count %1 needs a supervisor&apos;s approval: it differs from the books by more than allowed. They approve it or order a recount.</source>
        <translation>Zählung %1 braucht die Freigabe der Schichtleitung: Sie weicht stärker als erlaubt vom Buchbestand ab. Die Schichtleitung gibt sie frei oder ordnet eine Nachzählung an.</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="291"/>
        <source>Count %1 must be counted again (round %2).</source>
        <translation>Zählung %1 muss erneut gezählt werden (Runde %2).</translation>
    </message>
    <message>
        <location filename="../CountScreen.cpp" line="294"/>
        <source>Count %1 was cancelled.</source>
        <translation>Zählung %1 wurde storniert.</translation>
    </message>
    <message>
        <location filename="../CountScreen.h" line="30"/>
        <source>Cycle count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../KioskScreens.cpp" line="31"/>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
</context>
<context>
    <name>wh::ui::DemoScannerPanel</name>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="21"/>
        <source>Demo scanner: barcodes to tap</source>
        <translation>Demo-Scanner: Barcodes zum Antippen</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="25"/>
        <source>Demo scanner: tap a barcode to scan it</source>
        <translation>Demo-Scanner: Barcode antippen, um ihn zu scannen</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="32"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="34"/>
        <source>Load the barcodes again</source>
        <translation>Barcodes neu laden</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="64"/>
        <source>Badges</source>
        <translation>Ausweise</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="65"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="66"/>
        <source>Bins</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="67"/>
        <source>Totes</source>
        <translation>Behälter</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="68"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="69"/>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../DemoScannerPanel.cpp" line="80"/>
        <source>Scan %1</source>
        <translation>%1 scannen</translation>
    </message>
</context>
<context>
    <name>wh::ui::DevicesScreen</name>
    <message>
        <location filename="../DevicesScreen.cpp" line="20"/>
        <source>Scanners and printers</source>
        <translation>Scanner und Drucker</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="60"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="73"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="82"/>
        <location filename="../DevicesScreen.cpp" line="97"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="82"/>
        <source>no report yet</source>
        <translation>noch keine Meldung</translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="91"/>
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n Auftrag wartet</numerusform>
            <numerusform>%n Aufträge warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="93"/>
        <source>%n job(s) need a decision (supervisor)</source>
        <translation>
            <numerusform>%n Auftrag braucht eine Entscheidung (Schichtleitung)</numerusform>
            <numerusform>%n Aufträge brauchen eine Entscheidung (Schichtleitung)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97"/>
        <source>fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="97"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="101"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="101"/>
        <source>no scanner or printer configured</source>
        <translation>kein Scanner oder Drucker eingerichtet</translation>
    </message>
    <message>
        <location filename="../DevicesScreen.cpp" line="102"/>
        <source>Serial scanners and printers are set with run --scanner and --printer; a keyboard-wedge scanner types into the scan field.</source>
        <translation>Serielle Scanner und Drucker werden mit run --scanner und --printer eingerichtet; ein Tastatur-Scanner tippt in das Scanfeld.</translation>
    </message>
    <message>
        <location filename="../KioskScreens.cpp" line="39"/>
        <location filename="../DevicesScreen.h" line="25"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>wh::ui::Feedback</name>
    <message>
        <location filename="../Feedback.cpp" line="61"/>
        <location filename="../KioskWindow.cpp" line="143"/>
        <source>Result of the last scan or action</source>
        <translation>Ergebnis des letzten Scans oder der letzten Aktion</translation>
    </message>
</context>
<context>
    <name>wh::ui::HomeScreen</name>
    <message>
        <location filename="../HomeScreen.cpp" line="36"/>
        <source>%1, what is next?</source>
        <translation>%1, was kommt als Nächstes?</translation>
    </message>
    <message>
        <location filename="../HomeScreen.h" line="32"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>wh::ui::Keypad</name>
    <message>
        <location filename="../Keypad.cpp" line="32"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="33"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="39"/>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="40"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="41"/>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../Keypad.cpp" line="50"/>
        <source>Confirm the number</source>
        <translation>Zahl bestätigen</translation>
    </message>
</context>
<context>
    <name>wh::ui::KioskWindow</name>
    <message>
        <location filename="../KioskWindow.cpp" line="112"/>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="134"/>
        <source>Warehouse kiosk</source>
        <translation>Lager-Kiosk</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="135"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="136"/>
        <source>Back to the home screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="137"/>
        <source>sync: not configured</source>
        <translation>Sync: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="138"/>
        <source>Sync state</source>
        <translation>Sync-Zustand</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="139"/>
        <location filename="../KioskWindow.cpp" line="140"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="141"/>
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="142"/>
        <source>Scan here</source>
        <translation>Hier scannen</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="188"/>
        <source>There is no translation for the language %1.</source>
        <translation>Für die Sprache %1 gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="201"/>
        <source>Language changed.</source>
        <translation>Sprache gewechselt.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="205"/>
        <source>The kiosk speaks English now.</source>
        <translation>Der Kiosk spricht jetzt Deutsch.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="256"/>
        <source>%1 (%2) for %3 at %4</source>
        <translation>%1 (%2) für %3 an %4</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="260"/>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="287"/>
        <source>offline (no broker)</source>
        <translation>offline (kein Broker)</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="288"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message numerus="yes">
        <location filename="../KioskWindow.cpp" line="290"/>
        <source>sync: %1, %n waiting</source>
        <translation>
            <numerusform>Sync: %1, %n wartet</numerusform>
            <numerusform>Sync: %1, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="331"/>
        <source>The kiosk stays open: only an admin can close it, from the supervisor screen.</source>
        <translation>Der Kiosk bleibt offen: Nur ein Admin kann ihn schließen, über den Bildschirm der Schichtleitung.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="334"/>
        <source>The kiosk closed.</source>
        <translation>Der Kiosk wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../KioskWindow.cpp" line="261"/>
        <source>Stations %1</source>
        <translation>Stationen %1</translation>
    </message>
</context>
<context>
    <name>wh::ui::LoginScreen</name>
    <message>
        <location filename="../LoginScreen.cpp" line="40"/>
        <source>Scan your badge, or enter your staff number and PIN.</source>
        <translation>Ausweis scannen oder Personalnummer und PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="50"/>
        <source>Type into: %1</source>
        <translation>Eingabe in: %1</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="64"/>
        <source>Staff number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="65"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="85"/>
        <location filename="../LoginScreen.cpp" line="173"/>
        <location filename="../LoginScreen.h" line="29"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="87"/>
        <source>Log in with staff number and PIN</source>
        <translation>Mit Personalnummer und PIN anmelden</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="173"/>
        <source>Checking...</source>
        <translation>Wird geprüft ...</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="181"/>
        <source>Badge not read: %1</source>
        <translation>Ausweis nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="201"/>
        <source>Enter your staff number first.</source>
        <translation>Bitte zuerst die Personalnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="206"/>
        <source>Enter your PIN.</source>
        <translation>Bitte die PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="262"/>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="325"/>
        <source>Welcome, %1. Which merchant do you work for now?</source>
        <translation>Willkommen, %1. Für welchen Händler arbeiten Sie jetzt?</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="330"/>
        <source>Work for %1</source>
        <translation>Für %1 arbeiten</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="260"/>
        <source>Working for %1.</source>
        <translation>Arbeit für %1.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="258"/>
        <source>Working for %1 at station %2.</source>
        <translation>Arbeit für %1 an Station %2.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="276"/>
        <source>Station %1 is not one of this kiosk&apos;s.</source>
        <translation>Station %1 gehört nicht zu diesem Kiosk.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="286"/>
        <source>Welcome, %1. At which station do you work now?</source>
        <translation>Willkommen, %1. An welcher Station arbeiten Sie jetzt?</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="295"/>
        <source>%1 (last used here)</source>
        <translation>%1 (zuletzt hier genutzt)</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="297"/>
        <source>Work at station %1</source>
        <translation>An Station %1 arbeiten</translation>
    </message>
</context>
<context>
    <name>wh::ui::LookupScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="29"/>
        <location filename="../LookupScreen.h" line="22"/>
        <source>Stock look-up</source>
        <translation>Bestandsabfrage</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="20"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="21"/>
        <source>Scan an item or a bin, or type a SKU, GTIN, bin or lot.</source>
        <translation>Scannen Sie einen Artikel oder Lagerplatz, oder geben Sie eine SKU, GTIN, einen Lagerplatz oder eine Charge ein.</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="24"/>
        <source>Search for a SKU, GTIN, bin or lot</source>
        <translation>Nach SKU, GTIN, Lagerplatz oder Charge suchen</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="25"/>
        <source>SKU, GTIN, bin or lot</source>
        <translation>SKU, GTIN, Lagerplatz oder Charge</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="27"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="29"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="29"/>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="33"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>Expiry</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="38"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="39"/>
        <source>Stock found</source>
        <translation>Gefundener Bestand</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="59"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="70"/>
        <source>Type a SKU, GTIN, bin or lot first, or scan.</source>
        <translation>Geben Sie zuerst eine SKU, GTIN, einen Lagerplatz oder eine Charge ein, oder scannen Sie.</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="80"/>
        <source>Searching...</source>
        <translation>Suche läuft ...</translation>
    </message>
    <message>
        <location filename="../LookupScreen.cpp" line="99"/>
        <source>%1: no stock.</source>
        <translation>%1: kein Bestand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../LookupScreen.cpp" line="100"/>
        <source>%1: %2 on hand, %3 available, in %n row(s).</source>
        <translation>
            <numerusform>%1: %2 im Bestand, %3 verfügbar, in %n Zeile.</numerusform>
            <numerusform>%1: %2 im Bestand, %3 verfügbar, in %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::MaintenanceScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="43"/>
        <location filename="../MaintenanceScreen.h" line="31"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="23"/>
        <source>What this screen does</source>
        <translation>Wozu diese Seite dient</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="24"/>
        <source>Checks that take a while on a big store. The floor goes on working meanwhile.</source>
        <translation>Prüfungen, die bei einem großen Datenbestand eine Weile dauern. Im Lager wird währenddessen weitergearbeitet.</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="27"/>
        <source>Check the event log</source>
        <translation>Ereignisprotokoll prüfen</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="28"/>
        <source>Check the event log&apos;s hash chain</source>
        <translation>Die Hash-Kette des Ereignisprotokolls prüfen</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="29"/>
        <source>Rebuild and compare</source>
        <translation>Neu aufbauen und vergleichen</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="30"/>
        <source>Rebuild the projections from the log and compare them</source>
        <translation>Die Projektionen aus dem Protokoll neu aufbauen und vergleichen</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="34"/>
        <source>What is running</source>
        <translation>Was gerade läuft</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="38"/>
        <source>Events done</source>
        <translation>Bearbeitete Ereignisse</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="42"/>
        <source>%v of %m events</source>
        <translation>%v von %m Ereignissen</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="44"/>
        <source>What the last check found</source>
        <translation>Was die letzte Prüfung ergab</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="58"/>
        <location filename="../MaintenanceScreen.cpp" line="103"/>
        <source>Nothing is running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="69"/>
        <source>The check cannot start: %1</source>
        <translation>Die Prüfung kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="123"/>
        <source>Checking the event log&apos;s hash chain...</source>
        <translation>Die Hash-Kette des Ereignisprotokolls wird geprüft …</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="136"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="138"/>
        <source>The event log is whole: %n event(s) checked, every link holds.</source>
        <translation>
            <numerusform>Das Ereignisprotokoll ist vollständig: %n Ereignis geprüft, jedes Glied hält.</numerusform>
            <numerusform>Das Ereignisprotokoll ist vollständig: %n Ereignisse geprüft, jedes Glied hält.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="141"/>
        <source>The event log is broken at event %1: %2. Keep this store as it is and call support.</source>
        <translation>Das Ereignisprotokoll ist bei Ereignis %1 gebrochen: %2. Lassen Sie den Datenbestand unverändert und rufen Sie den Support.</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="150"/>
        <source>Rebuilding every projection from the log...</source>
        <translation>Alle Projektionen werden aus dem Protokoll neu aufgebaut …</translation>
    </message>
    <message>
        <location filename="../MaintenanceScreen.cpp" line="172"/>
        <source>The rebuild failed: %1</source>
        <translation>Der Neuaufbau ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="177"/>
        <source>%n event(s) replayed: every projection equals the live one.</source>
        <translation>
            <numerusform>%n Ereignis nachgespielt: jede Projektion gleicht der laufenden.</numerusform>
            <numerusform>%n Ereignisse nachgespielt: jede Projektion gleicht der laufenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="183"/>
        <source>%n event(s) replayed: these projections differ from the live ones: %1. Call support.</source>
        <translation>
            <numerusform>%n Ereignis nachgespielt: diese Projektionen weichen von den laufenden ab: %1. Rufen Sie den Support.</numerusform>
            <numerusform>%n Ereignisse nachgespielt: diese Projektionen weichen von den laufenden ab: %1. Rufen Sie den Support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::PackScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="24"/>
        <location filename="../PackScreen.h" line="49"/>
        <source>Pack &amp; ship</source>
        <translation>Packen &amp; Versand</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="62"/>
        <source>, lot %1</source>
        <translation>, Charge %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="63"/>
        <source>Line %1: %2 x %3%4</source>
        <translation>Position %1: %2 x %3%4</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="100"/>
        <source>Tote %1 holds another merchant&apos;s order: it is not packed here.</source>
        <translation>Behälter %1 enthält den Auftrag eines anderen Händlers: Er wird hier nicht gepackt.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="105"/>
        <source>%1 is neither an order nor a tote in use here: scan the order&apos;s or the tote&apos;s code.</source>
        <translation>%1 ist weder ein Auftrag noch ein hier genutzter Behälter: Scannen Sie den Code des Auftrags oder des Behälters.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="179"/>
        <source>The label could not be saved as %1: %2</source>
        <translation>Das Etikett konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="195"/>
        <source>Order being packed</source>
        <translation>Auftrag, der gepackt wird</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="198"/>
        <source>Answer to the last scan</source>
        <translation>Antwort auf den letzten Scan</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="206"/>
        <source>Units still to pack</source>
        <translation>Noch zu packende Einheiten</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="211"/>
        <source>Suggested carton</source>
        <translation>Empfohlener Karton</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="218"/>
        <source>Open carton</source>
        <translation>Offener Karton</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="223"/>
        <source>Weight on the scale, in grams</source>
        <translation>Gewicht auf der Waage, in Gramm</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="224"/>
        <source>Weight in g</source>
        <translation>Gewicht in g</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="230"/>
        <source>Close carton</source>
        <translation>Karton schließen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="231"/>
        <source>Close the carton at this weight</source>
        <translation>Den Karton mit diesem Gewicht schließen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="235"/>
        <source>Create shipment</source>
        <translation>Sendung anlegen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="236"/>
        <source>Create the shipment and its label</source>
        <translation>Die Sendung und ihr Etikett anlegen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="238"/>
        <source>Next order</source>
        <translation>Nächster Auftrag</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="239"/>
        <source>Put this order aside and scan the next</source>
        <translation>Diesen Auftrag zurückstellen und den nächsten scannen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="249"/>
        <source>About the reprint</source>
        <translation>Zum Nachdruck</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="254"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="254"/>
        <source>Label damaged</source>
        <translation>Etikett beschädigt</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="255"/>
        <source>Jammed</source>
        <translation>Papierstau</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="255"/>
        <source>Printer jammed</source>
        <translation>Papierstau im Drucker</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="256"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="256"/>
        <source>Label lost</source>
        <translation>Etikett verloren</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="258"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="271"/>
        <source>Type into: %1</source>
        <translation>Eingabe in: %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="286"/>
        <source>Staff no.</source>
        <translation>Personalnr.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="286"/>
        <source>Supervisor&apos;s staff number</source>
        <translation>Personalnummer der Schichtleitung</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="288"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="288"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>PIN der Schichtleitung</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="292"/>
        <location filename="../PackScreen.cpp" line="332"/>
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="293"/>
        <source>Reprint the label now</source>
        <translation>Das Etikett jetzt nachdrucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="294"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="294"/>
        <source>Do not reprint</source>
        <translation>Nicht nachdrucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="311"/>
        <source>Carrier and price</source>
        <translation>Versanddienstleister und Preis</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="316"/>
        <source>Preview of the shipping label</source>
        <translation>Vorschau des Versandetiketts</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="321"/>
        <source>About the label</source>
        <translation>Zum Etikett</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="324"/>
        <source>The station&apos;s printer</source>
        <translation>Der Drucker der Station</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="330"/>
        <location filename="../PackScreen.cpp" line="647"/>
        <source>Print label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="330"/>
        <source>Print the label</source>
        <translation>Das Etikett drucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="333"/>
        <source>Reprint the label (needs a supervisor&apos;s approval)</source>
        <translation>Das Etikett nachdrucken (braucht die Freigabe der Schichtleitung)</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="336"/>
        <source>Handed over to the carrier</source>
        <translation>An den Versanddienstleister übergeben</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="337"/>
        <source>Confirm the hand-over to the carrier</source>
        <translation>Die Übergabe an den Versanddienstleister bestätigen</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="339"/>
        <source>Hand-over confirmation</source>
        <translation>Übergabebestätigung</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="355"/>
        <source>Scan the next order or its tote.</source>
        <translation>Scannen Sie den nächsten Auftrag oder seinen Behälter.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="447"/>
        <source>One moment: the last step is still being saved. Scan again.</source>
        <translation>Einen Moment bitte: Der letzte Schritt wird noch gespeichert. Scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="451"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="482"/>
        <source>No carton is open for order %1: tap a carton type first, then scan the items.</source>
        <translation>Für Auftrag %1 ist kein Karton offen: Tippen Sie zuerst auf einen Kartontyp und scannen Sie dann die Artikel.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="494"/>
        <source>Order %1: take a carton and tap its type.</source>
        <translation>Auftrag %1: Nehmen Sie einen Karton und tippen Sie auf seinen Typ.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="495"/>
        <source>Order %1: carton %2 is open, scan the items.</source>
        <translation>Auftrag %1: Karton %2 ist offen, scannen Sie die Artikel.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="499"/>
        <source>Order %1 is packed: create the shipment.</source>
        <translation>Auftrag %1 ist gepackt: Legen Sie die Sendung an.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="503"/>
        <source>Order %1 has its label: print it and hand the parcels over.</source>
        <translation>Auftrag %1 hat sein Etikett: Drucken Sie es und übergeben Sie die Pakete.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="506"/>
        <source>Order %1 was already handed over.</source>
        <translation>Auftrag %1 wurde bereits übergeben.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="509"/>
        <source>Order %1 was cancelled: its shipment is void. Do not hand it over.</source>
        <translation>Auftrag %1 wurde storniert: Seine Sendung ist ungültig. Bitte nicht übergeben.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="540"/>
        <source>Handed over: order %1 has shipped.</source>
        <translation>Übergeben: Auftrag %1 ist versandt.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="575"/>
        <source>%1 (suggested)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="577"/>
        <source>Open a carton of type %1, %2 x %3 x %4 mm</source>
        <translation>Einen Karton vom Typ %1 öffnen, %2 x %3 x %4 mm</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="596"/>
        <source>Scan an order or its tote to start packing.</source>
        <translation>Scannen Sie einen Auftrag oder seinen Behälter, um mit dem Packen zu beginnen.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="602"/>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="607"/>
        <source>Nothing left to pack.</source>
        <translation>Nichts mehr zu packen.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="610"/>
        <source>Suggested carton: %1 (%2 x %3 x %4 mm)</source>
        <translation>Empfohlener Karton: %1 (%2 x %3 x %4 mm)</translation>
    </message>
    <message numerus="yes">
        <location filename="../PackScreen.cpp" line="622"/>
        <source>Carton %1 (%2) is open: %n unit(s) in it. Scan the items, then weigh and close it.</source>
        <translation>
            <numerusform>Karton %1 (%2) ist offen: %n Einheit darin. Scannen Sie die Artikel, dann wiegen und schließen Sie ihn.</numerusform>
            <numerusform>Karton %1 (%2) ist offen: %n Einheiten darin. Scannen Sie die Artikel, dann wiegen und schließen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="626"/>
        <source>No carton open: take one and tap its type.</source>
        <translation>Kein Karton offen: Nehmen Sie einen und tippen Sie auf seinen Typ.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="634"/>
        <source>Shipment %1: %2 %3, tracking %4</source>
        <translation>Sendung %1: %2 %3, Sendungsnummer %4</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="637"/>
        <source>Ships with %1</source>
        <translation>Versand mit %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="644"/>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="645"/>
        <source>No printer is attached to this station. Labels are saved as PNG and PDF in the labels folder.</source>
        <translation>An dieser Station ist kein Drucker angeschlossen. Etiketten werden als PNG und PDF im Etikettenordner gespeichert.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="647"/>
        <source>Save label</source>
        <translation>Etikett speichern</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="648"/>
        <source>Print the label on %1</source>
        <translation>Das Etikett auf %1 drucken</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="649"/>
        <source>Save the label as PNG and PDF in the labels folder</source>
        <translation>Das Etikett als PNG und PDF im Etikettenordner speichern</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="683"/>
        <source>Carton %1 is open: scan the items into it.</source>
        <translation>Karton %1 ist offen: Scannen Sie die Artikel hinein.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="697"/>
        <source>That is a pallet&apos;s label (SSCC): scan the item itself.</source>
        <translation>Das ist ein Palettenetikett (SSCC): Scannen Sie den Artikel selbst.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="716"/>
        <source>Packed %1 x %2 into carton %3.</source>
        <translation>%1 x %2 in Karton %3 gepackt.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="728"/>
        <source>Put the carton on the scale and enter its weight in grams on the keypad.</source>
        <translation>Stellen Sie den Karton auf die Waage und geben Sie sein Gewicht in Gramm über das Ziffernfeld ein.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="745"/>
        <source>Carton %1 closed at %2 g. The order is packed: create the shipment.</source>
        <translation>Karton %1 mit %2 g geschlossen. Der Auftrag ist gepackt: Legen Sie die Sendung an.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="748"/>
        <source>Carton %1 closed at %2 g.</source>
        <translation>Karton %1 mit %2 g geschlossen.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="773"/>
        <source>Shipment %1 created: check the label, print it, then hand the parcels over.</source>
        <translation>Sendung %1 angelegt: Prüfen Sie das Etikett, drucken Sie es und übergeben Sie dann die Pakete.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="790"/>
        <source>The shipment has no package to label.</source>
        <translation>Die Sendung hat kein Paket, das ein Etikett braucht.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="803"/>
        <source>Label 1 of %1 (%2).</source>
        <translation>Etikett 1 von %1 (%2).</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="866"/>
        <source>The label is already in the queue of printer %1 (job %2): nothing new to print.</source>
        <translation>Das Etikett ist bereits in der Warteschlange von Drucker %1 (Auftrag %2): Es gibt nichts Neues zu drucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="869"/>
        <source>Label sent to printer %1 (job %2).</source>
        <translation>Etikett an Drucker %1 gesendet (Auftrag %2).</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="878"/>
        <source>The labels folder %1 could not be made.</source>
        <translation>Der Etikettenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="908"/>
        <source>No printer is attached to this station: the label was saved as %1 in the labels folder.</source>
        <translation>An dieser Station ist kein Drucker angeschlossen: Das Etikett wurde als %1 im Etikettenordner gespeichert.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="928"/>
        <source>Handed over: shipment %1 of order %2 has left with the carrier.</source>
        <translation>Übergeben: Sendung %1 von Auftrag %2 hat das Lager mit dem Versanddienstleister verlassen.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="947"/>
        <source>A reprint needs a supervisor&apos;s approval: the supervisor scans their badge, or enters their staff number and PIN. Then choose why and tap Reprint.</source>
        <translation>Ein Nachdruck braucht die Freigabe der Schichtleitung: Die Schichtleitung scannt ihren Ausweis oder gibt Personalnummer und PIN ein. Wählen Sie dann den Grund und tippen Sie auf Nachdrucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="949"/>
        <source>Choose why the label is printed again, then tap Reprint.</source>
        <translation>Wählen Sie, warum das Etikett erneut gedruckt wird, und tippen Sie dann auf Nachdrucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="982"/>
        <source>Enter the supervisor&apos;s PIN too.</source>
        <translation>Bitte auch die PIN der Schichtleitung eingeben.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="1010"/>
        <source>Reprint recorded.</source>
        <translation>Nachdruck erfasst.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="1011"/>
        <source>Reprint approved by %1.</source>
        <translation>Nachdruck freigegeben von %1.</translation>
    </message>
</context>
<context>
    <name>wh::ui::PickListModel</name>
    <message>
        <location filename="../PickListModel.cpp" line="57"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="57"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="69"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="71"/>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="73"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="75"/>
        <source>Stops</source>
        <translation>Stopps</translation>
    </message>
    <message>
        <location filename="../PickListModel.cpp" line="77"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>wh::ui::PickScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="22"/>
        <location filename="../PickScreen.h" line="55"/>
        <source>Pick</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="108"/>
        <source>Start picking</source>
        <translation>Kommissionierung starten</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="109"/>
        <source>Start picking the most urgent task</source>
        <translation>Die dringendste Aufgabe kommissionieren</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="111"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="112"/>
        <source>Refresh the pick list</source>
        <translation>Die Pickliste neu laden</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="116"/>
        <source>Pick list state</source>
        <translation>Zustand der Pickliste</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="120"/>
        <source>Open pick tasks, most urgent first</source>
        <translation>Offene Pick-Aufgaben, die dringendsten zuerst</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="147"/>
        <source>No pick task is waiting.</source>
        <translation>Keine Pick-Aufgabe wartet.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="148"/>
        <source>Tasks shown: %1, most urgent first.</source>
        <translation>Angezeigte Aufgaben: %1, die dringendsten zuerst.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="156"/>
        <source>Progress through the task</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="157"/>
        <source>Bin to pick from</source>
        <translation>Lagerplatz für die Entnahme</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="158"/>
        <source>Item to pick</source>
        <translation>Zu entnehmender Artikel</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="159"/>
        <source>Quantity to pick</source>
        <translation>Zu entnehmende Menge</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="160"/>
        <source>Order and tote</source>
        <translation>Auftrag und Behälter</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="161"/>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="166"/>
        <source>Short</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="167"/>
        <source>Short pick: the bin holds fewer than expected</source>
        <translation>Fehlmenge: Der Lagerplatz enthält weniger als erwartet</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="168"/>
        <source>Skip bin</source>
        <translation>Platz überspringen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="169"/>
        <source>Skip this bin: it cannot be reached</source>
        <translation>Diesen Lagerplatz überspringen: Er ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="170"/>
        <source>Back to list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="171"/>
        <source>Leave the task for now and show the pick list</source>
        <translation>Die Aufgabe vorerst verlassen und die Pickliste zeigen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="180"/>
        <source>Quantity picked</source>
        <translation>Entnommene Menge</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="189"/>
        <source>Confirm quantity</source>
        <translation>Menge bestätigen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="190"/>
        <source>Confirm the quantity picked</source>
        <translation>Die entnommene Menge bestätigen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="210"/>
        <source>The override asked for</source>
        <translation>Die angeforderte Ausnahme</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="219"/>
        <location filename="../PickScreen.cpp" line="708"/>
        <source>Bin blocked</source>
        <translation>Lagerplatz blockiert</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="220"/>
        <source>Bin out of reach</source>
        <translation>Lagerplatz nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="221"/>
        <source>Bin damaged or unsafe</source>
        <translation>Lagerplatz beschädigt oder unsicher</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="224"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="234"/>
        <source>Do it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="235"/>
        <source>Carry out the override</source>
        <translation>Die Ausnahme ausführen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="236"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="237"/>
        <source>Cancel the override</source>
        <translation>Die Ausnahme abbrechen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="275"/>
        <source>Loading the pick list...</source>
        <translation>Pickliste wird geladen ...</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="292"/>
        <source>Scan the bin.</source>
        <translation>Scannen Sie den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="295"/>
        <source>Scan the item.</source>
        <translation>Scannen Sie den Artikel.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="298"/>
        <source>Scan an empty tote for order %1.</source>
        <translation>Scannen Sie einen leeren Behälter für Auftrag %1.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="302"/>
        <source>Put %1 in the tote and confirm the quantity.</source>
        <translation>Legen Sie %1 in den Behälter und bestätigen Sie die Menge.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="357"/>
        <source>No order is waiting to be picked.</source>
        <translation>Kein Auftrag wartet auf die Kommissionierung.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="358"/>
        <source>No pick task is waiting. A supervisor releases orders for picking.</source>
        <translation>Keine Pick-Aufgabe wartet. Die Schichtleitung gibt Aufträge zur Kommissionierung frei.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="408"/>
        <source>Task %1 is done. Units picked: %2.</source>
        <translation>Aufgabe %1 ist erledigt. Entnommene Einheiten: %2.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="435"/>
        <source>Task %1: stop %2 of %3, %4 of %5 units done</source>
        <translation>Aufgabe %1: Stopp %2 von %3, %4 von %5 Einheiten erledigt</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="442"/>
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="444"/>
        <source>Take %1</source>
        <translation>%1 entnehmen</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="446"/>
        <location filename="../PickScreen.cpp" line="617"/>
        <source>Order %1, no tote yet</source>
        <translation>Auftrag %1, noch kein Behälter</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="447"/>
        <location filename="../PickScreen.cpp" line="577"/>
        <source>Order %1 into tote %2</source>
        <translation>Auftrag %1 in Behälter %2</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="486"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="494"/>
        <source>Tap Do it or Cancel first.</source>
        <translation>Tippen Sie zuerst auf Ausführen oder Abbrechen.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="499"/>
        <source>Start picking first: tap Start picking or a task in the list.</source>
        <translation>Starten Sie zuerst die Kommissionierung: Tippen Sie auf Kommissionierung starten oder auf eine Aufgabe in der Liste.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="513"/>
        <source>Confirm the quantity first: tap Confirm quantity, or type another on the keypad.</source>
        <translation>Bestätigen Sie zuerst die Menge: Tippen Sie auf Menge bestätigen oder geben Sie eine andere über das Ziffernfeld ein.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="537"/>
        <source>Bin %1.</source>
        <translation>Lagerplatz %1.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="563"/>
        <source>Item %1.</source>
        <translation>Artikel %1.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="578"/>
        <source>Tote %1 for order %2.</source>
        <translation>Behälter %1 für Auftrag %2.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="593"/>
        <source>Type the quantity you picked on the keypad.</source>
        <translation>Geben Sie die entnommene Menge über das Ziffernfeld ein.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="599"/>
        <source>%1 x %2 picked into tote %3.</source>
        <translation>%1 x %2 in Behälter %3 entnommen.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="646"/>
        <source>Type the units you found on the keypad (0 to %1), then tap Short.</source>
        <translation>Geben Sie die gefundenen Einheiten über das Ziffernfeld ein (0 bis %1) und tippen Sie dann auf Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="652"/>
        <source>Scan the bin, the item and a tote for order %1 first: the units found go into it.</source>
        <translation>Scannen Sie zuerst den Lagerplatz, den Artikel und einen Behälter für Auftrag %1: Die gefundenen Einheiten kommen hinein.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="656"/>
        <source>Short pick at bin %1: %2 of %3 x %4 found.</source>
        <translation>Fehlmenge an Lagerplatz %1: %2 von %3 x %4 gefunden.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="659"/>
        <source>Skip bin %1: %2 x %3 go back to planning.</source>
        <translation>Lagerplatz %1 überspringen: %2 x %3 gehen zurück in die Planung.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="702"/>
        <source>Short pick recorded at bin %1: %2 found.</source>
        <translation>Fehlmenge an Lagerplatz %1 erfasst: %2 gefunden.</translation>
    </message>
    <message>
        <location filename="../PickScreen.cpp" line="709"/>
        <source>Bin %1 skipped: %2.</source>
        <translation>Lagerplatz %1 übersprungen: %2.</translation>
    </message>
</context>
<context>
    <name>wh::ui::ReceiveScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="27"/>
        <source>Receive</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="54"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="56"/>
        <source>Scan the dock&apos;s label, then the ASN number (or type it). A delivery without an ASN is received blind.</source>
        <translation>Scannen Sie das Etikett des Tors, dann die ASN-Nummer (oder geben Sie sie ein). Eine Lieferung ohne ASN wird ohne Abgleich angenommen.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="59"/>
        <source>Dock</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="62"/>
        <location filename="../ReceiveScreen.cpp" line="65"/>
        <source>ASN number</source>
        <translation>ASN-Nummer</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="63"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="66"/>
        <source>Scan or type the ASN number</source>
        <translation>ASN-Nummer scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="69"/>
        <source>The ASN</source>
        <translation>Die ASN</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="72"/>
        <source>Receive against ASN</source>
        <translation>Mit ASN annehmen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="73"/>
        <source>Start a receipt against the ASN</source>
        <translation>Einen Wareneingang zur ASN beginnen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="74"/>
        <source>Blind receipt</source>
        <translation>Ohne ASN annehmen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="75"/>
        <source>Start a receipt without an ASN</source>
        <translation>Einen Wareneingang ohne ASN beginnen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="96"/>
        <source>The receipt</source>
        <translation>Der Wareneingang</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>SKU or code</source>
        <translation>SKU oder Code</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>Expiry</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="101"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="103"/>
        <source>What the receipt holds</source>
        <translation>Was der Wareneingang enthält</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="105"/>
        <source>Undo last scan</source>
        <translation>Letzten Scan zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="106"/>
        <source>Undo the last scan</source>
        <translation>Den letzten Scan zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="107"/>
        <source>Post receipt</source>
        <translation>Eingang buchen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="108"/>
        <source>Post the receipt: the stock lands at the dock</source>
        <translation>Den Wareneingang buchen: Die Ware steht dann am Tor</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="115"/>
        <source>Units per scan</source>
        <translation>Einheiten pro Scan</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="116"/>
        <source>Units in the next scan (empty: 1, or the label&apos;s count)</source>
        <translation>Einheiten im nächsten Scan (leer: 1 oder die Menge auf dem Etikett)</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="118"/>
        <source>Units in the next scan</source>
        <translation>Einheiten im nächsten Scan</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="134"/>
        <source>What to put away</source>
        <translation>Was einzulagern ist</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="136"/>
        <source>Suggested bin</source>
        <translation>Empfohlener Lagerplatz</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="139"/>
        <source>How to confirm</source>
        <translation>So bestätigen Sie</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="142"/>
        <source>Leave at the dock</source>
        <translation>Am Tor lassen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="143"/>
        <source>Leave these units at the dock and go on</source>
        <translation>Diese Einheiten am Tor lassen und weitermachen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="144"/>
        <source>New receipt</source>
        <translation>Neuer Eingang</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="145"/>
        <source>Start a new receipt</source>
        <translation>Einen neuen Wareneingang beginnen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="181"/>
        <source>Dock: scan its label</source>
        <translation>Tor: Etikett scannen</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="181"/>
        <location filename="../ReceiveScreen.cpp" line="247"/>
        <source>Dock: %1</source>
        <translation>Tor: %1</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="196"/>
        <source>Wait a moment: the last action is still being saved.</source>
        <translation>Einen Moment bitte: Die letzte Aktion wird noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="200"/>
        <location filename="../ReceiveScreen.cpp" line="214"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="228"/>
        <source>%1 is not a receiving location: scan the dock&apos;s label.</source>
        <translation>%1 ist kein Wareneingangsplatz: Scannen Sie das Etikett des Tors.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="248"/>
        <source>Receiving at %1.</source>
        <translation>Wareneingang an %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ReceiveScreen.cpp" line="254"/>
        <source>%1 from %2, expected %3, %n line(s)</source>
        <translation>
            <numerusform>%1 von %2, erwartet %3, %n Position</numerusform>
            <numerusform>%1 von %2, erwartet %3, %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="258"/>
        <source>ASN %1 was received already (receipt %2).</source>
        <translation>ASN %1 wurde bereits angenommen (Eingang %2).</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="260"/>
        <source>ASN %1. Now scan the dock&apos;s label.</source>
        <translation>ASN %1. Scannen Sie jetzt das Etikett des Tors.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="262"/>
        <source>ASN %1: tap Receive against ASN.</source>
        <translation>ASN %1: Tippen Sie auf Mit ASN annehmen.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="271"/>
        <source>Scan the dock&apos;s label first.</source>
        <translation>Scannen Sie zuerst das Etikett des Tors.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="276"/>
        <source>Scan or type the ASN number, or start a blind receipt.</source>
        <translation>Scannen Sie die ASN-Nummer oder geben Sie sie ein, oder beginnen Sie einen Eingang ohne ASN.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="293"/>
        <source>Receipt %1 (blind) at %2</source>
        <translation>Eingang %1 (ohne ASN) an %2</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="294"/>
        <source>Receipt %1 for ASN %2 at %3</source>
        <translation>Eingang %1 zu ASN %2 an %3</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="298"/>
        <source>Receipt %1 open: scan the pallets and items.</source>
        <translation>Eingang %1 offen: Scannen Sie die Paletten und Artikel.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="340"/>
        <location filename="../ReceiveScreen.cpp" line="446"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="344"/>
        <source>%1 is no item of this merchant: recorded as unknown, reported when the receipt is posted.</source>
        <translation>%1 ist kein Artikel dieses Händlers: als unbekannt erfasst und beim Buchen des Eingangs gemeldet.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="348"/>
        <source>Received %1.</source>
        <translation>Angenommen: %1.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="357"/>
        <source>pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="358"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="359"/>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="387"/>
        <source>Last scan undone.</source>
        <translation>Letzter Scan zurückgenommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ReceiveScreen.cpp" line="425"/>
        <source>Receipt %1 posted: %n unit(s) at the dock.</source>
        <translation>
            <numerusform>Eingang %1 gebucht: %n Einheit am Tor.</numerusform>
            <numerusform>Eingang %1 gebucht: %n Einheiten am Tor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="437"/>
        <source>Receipt %1 is put away.</source>
        <translation>Eingang %1 ist eingelagert.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="439"/>
        <source>Tap New receipt for the next delivery.</source>
        <translation>Tippen Sie für die nächste Lieferung auf Neuer Eingang.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="447"/>
        <source>%1 x %2, lot %3</source>
        <translation>%1 x %2, Charge %3</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="448"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="449"/>
        <source>Finding a bin...</source>
        <translation>Lagerplatz wird gesucht ...</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="459"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="460"/>
        <source>%1 Scan the bin you choose.</source>
        <translation>%1 Scannen Sie den gewählten Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="466"/>
        <source>Put them in %1 and scan the bin to confirm (another bin that takes them is fine too).</source>
        <translation>Legen Sie sie in %1 und scannen Sie zur Bestätigung den Lagerplatz (ein anderer passender Lagerplatz geht auch).</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="475"/>
        <source>Nothing left to put away: tap New receipt.</source>
        <translation>Nichts mehr einzulagern: Tippen Sie auf Neuer Eingang.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.cpp" line="492"/>
        <source>Put away %1 x %2 in %3.</source>
        <translation>%1 x %2 in %3 eingelagert.</translation>
    </message>
    <message>
        <location filename="../ReceiveScreen.h" line="31"/>
        <source>Receive and put away</source>
        <translation>Wareneingang und Einlagerung</translation>
    </message>
</context>
<context>
    <name>wh::ui::ReturnsScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="33"/>
        <location filename="../ReturnsScreen.h" line="30"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="30"/>
        <source>restock</source>
        <translation>Wiedereinlagerung</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="32"/>
        <source>quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="34"/>
        <source>scrap</source>
        <translation>Verschrottung</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="55"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="56"/>
        <source>Scan or type the RMA number, or the order number the parcel came back for.</source>
        <translation>Scannen Sie die RMA-Nummer oder die Auftragsnummer, zu der das Paket zurückkam, oder geben Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="59"/>
        <location filename="../ReturnsScreen.cpp" line="60"/>
        <source>RMA or order number</source>
        <translation>RMA- oder Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="62"/>
        <source>Open return</source>
        <translation>Retoure öffnen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="63"/>
        <source>Open a return for this RMA or order</source>
        <translation>Eine Retoure zu dieser RMA oder diesem Auftrag öffnen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="66"/>
        <source>The last return</source>
        <translation>Die letzte Retoure</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="78"/>
        <source>The return</source>
        <translation>Die Retoure</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="80"/>
        <source>Item being received</source>
        <translation>Artikel, der angenommen wird</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="95"/>
        <source>Restock</source>
        <translation>Wieder einlagern</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="96"/>
        <source>Restock: back into a bin, sellable again</source>
        <translation>Wieder einlagern: zurück auf einen Lagerplatz, wieder verkäuflich</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="97"/>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="98"/>
        <source>Quarantine: into a quarantine location, decided later</source>
        <translation>Quarantäne: auf einen Quarantäneplatz, Entscheidung später</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="100"/>
        <source>Scrap</source>
        <translation>Verschrotten</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="101"/>
        <source>Scrap: destroyed, never back in stock</source>
        <translation>Verschrotten: vernichtet, nie wieder im Bestand</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="104"/>
        <source>Where the item goes</source>
        <translation>Wohin der Artikel kommt</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="108"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="108"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="108"/>
        <location filename="../ReturnsScreen.cpp" line="116"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="108"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="108"/>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="109"/>
        <source>What came back</source>
        <translation>Was zurückkam</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="111"/>
        <source>Close return</source>
        <translation>Retoure abschließen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="112"/>
        <source>Close the return: everything is in</source>
        <translation>Die Retoure abschließen: Alles ist angenommen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="117"/>
        <source>Units (empty: 1)</source>
        <translation>Einheiten (leer: 1)</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="119"/>
        <source>Units of the item</source>
        <translation>Einheiten des Artikels</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="125"/>
        <source>Receive item</source>
        <translation>Artikel annehmen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="126"/>
        <source>Receive the item as chosen</source>
        <translation>Den Artikel wie gewählt annehmen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="176"/>
        <source>Wait a moment: the last action is still being saved.</source>
        <translation>Einen Moment bitte: Die letzte Aktion wird noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="180"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="196"/>
        <source>Scan or type the RMA or order number first.</source>
        <translation>Scannen Sie zuerst die RMA- oder Auftragsnummer oder geben Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="210"/>
        <source>RMA %1</source>
        <translation>RMA %1</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="217"/>
        <source>%1 is neither an RMA nor an order of this merchant.</source>
        <translation>%1 ist weder eine RMA noch ein Auftrag dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="222"/>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="251"/>
        <source>Return %1 for %2 open: scan the first item.</source>
        <translation>Retoure %1 zu %2 offen: Scannen Sie den ersten Artikel.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="257"/>
        <source>Return %1 for %2</source>
        <translation>Retoure %1 zu %2</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="268"/>
        <source>Scan an item</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="270"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="271"/>
        <source>%1 (%2), lot %3</source>
        <translation>%1 (%2), Charge %3</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="274"/>
        <source>Scrap: no bin</source>
        <translation>Verschrotten: kein Lagerplatz</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="277"/>
        <source>Scan the quarantine location</source>
        <translation>Quarantäneplatz scannen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="277"/>
        <location filename="../ReturnsScreen.cpp" line="280"/>
        <source>Into %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="280"/>
        <source>Scan the bin to restock into</source>
        <translation>Lagerplatz zum Wiedereinlagern scannen</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="300"/>
        <source>Bin %1.</source>
        <translation>Lagerplatz %1.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="307"/>
        <source>%1: choose what becomes of it, then Receive item.</source>
        <translation>%1: Wählen Sie, was damit geschieht, und dann Artikel annehmen.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="316"/>
        <source>Scan the item first.</source>
        <translation>Scannen Sie zuerst den Artikel.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="322"/>
        <source>Scan the bin to restock into first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz zum Wiedereinlagern.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="323"/>
        <source>Scan the quarantine location first.</source>
        <translation>Scannen Sie zuerst den Quarantäneplatz.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="356"/>
        <source>%1 x %2 scrapped.</source>
        <translation>%1 x %2 verschrottet.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="357"/>
        <source>%1 x %2: %3 into %4.</source>
        <translation>%1 x %2 nach %4: %3.</translation>
    </message>
    <message>
        <location filename="../ReturnsScreen.cpp" line="380"/>
        <source>Return %1 closed.</source>
        <translation>Retoure %1 abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>wh::ui::ScanLookup</name>
    <message>
        <location filename="../ScanLookup.cpp" line="49"/>
        <source>No SKU of this merchant has GTIN %1.</source>
        <translation>Kein Artikel dieses Händlers hat die GTIN %1.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="60"/>
        <source>That is a pallet label: scan an item&apos;s own code.</source>
        <translation>Das ist ein Palettenetikett: Scannen Sie den Code des Artikels selbst.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="63"/>
        <source>%1 names no item (no GTIN): scan the item&apos;s own code.</source>
        <translation>%1 bezeichnet keinen Artikel (keine GTIN): Scannen Sie den Code des Artikels selbst.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="130"/>
        <source>%1 is no item and no bin of this merchant.</source>
        <translation>%1 ist weder ein Artikel noch ein Lagerplatz dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="157"/>
        <source>bin %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="166"/>
        <source>SKU %1 (%2)</source>
        <translation>SKU %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="168"/>
        <source>SKU %1 (%2), lot %3</source>
        <translation>SKU %1 (%2), Charge %3</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="195"/>
        <source>Nothing found for %1: it is no SKU, GTIN, bin or lot of this merchant.</source>
        <translation>Nichts gefunden für %1: Es ist keine SKU, GTIN, kein Lagerplatz und keine Charge dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="199"/>
        <source>lot %1</source>
        <translation>Charge %1</translation>
    </message>
</context>
<context>
    <name>wh::ui::Screen</name>
    <message>
        <location filename="../Screen.cpp" line="10"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../Screen.cpp" line="13"/>
        <source>Nothing to scan on this screen.</source>
        <translation>Auf diesem Bildschirm gibt es nichts zu scannen.</translation>
    </message>
</context>
<context>
    <name>wh::ui::Session</name>
    <message numerus="yes">
        <location filename="../Session.cpp" line="22"/>
        <source>Logged out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung abgemeldet.</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung abgemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::SupervisorScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="35"/>
        <location filename="../SupervisorScreen.h" line="37"/>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="111"/>
        <source>Counts to approve</source>
        <translation>Freizugebende Zählungen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="112"/>
        <source>Adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="113"/>
        <location filename="../SupervisorScreen.cpp" line="438"/>
        <source>Commands not applied</source>
        <translation>Nicht ausgeführte Befehle</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="115"/>
        <source>The kiosk</source>
        <translation>Der Kiosk</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="171"/>
        <source>Counts waiting for a decision</source>
        <translation>Zählungen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="174"/>
        <source>The count&apos;s variances</source>
        <translation>Die Differenzen der Zählung</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="178"/>
        <source>Approve and post</source>
        <translation>Freigeben und buchen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="179"/>
        <source>Order a recount</source>
        <translation>Nachzählung anordnen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="202"/>
        <source>Count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="202"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="202"/>
        <source>Bins</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="202"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="230"/>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="237"/>
        <source>Count %1: approve it to post the variances, or order a recount.</source>
        <translation>Zählung %1: Geben Sie sie frei, um die Differenzen zu buchen, oder ordnen Sie eine Nachzählung an.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="259"/>
        <source>Count %1 approved and posted.</source>
        <translation>Zählung %1 freigegeben und gebucht.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="260"/>
        <source>Count %1 goes back for a recount.</source>
        <translation>Zählung %1 geht zur Nachzählung zurück.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="278"/>
        <source>Remove units</source>
        <translation>Einheiten entnehmen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="279"/>
        <source>Add units</source>
        <translation>Einheiten hinzufügen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="297"/>
        <source>Units to adjust</source>
        <translation>Zu korrigierende Einheiten</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="307"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="308"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="309"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="310"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="311"/>
        <source>Count correction</source>
        <translation>Zählkorrektur</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="323"/>
        <source>Adjust</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="347"/>
        <source>Scan the bin.</source>
        <translation>Scannen Sie den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="357"/>
        <source>Scan not read: %1</source>
        <translation>Scan nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="371"/>
        <source>That is an item: scan the bin first.</source>
        <translation>Das ist ein Artikel: Scannen Sie zuerst den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="375"/>
        <source>Bin %1.</source>
        <translation>Lagerplatz %1.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="376"/>
        <source>Bin %1: scan the item.</source>
        <translation>Lagerplatz %1: Scannen Sie den Artikel.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="380"/>
        <source>That is a bin: scan the item in %1.</source>
        <translation>Das ist ein Lagerplatz: Scannen Sie den Artikel in %1.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="385"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="386"/>
        <source>%1 in %2%3: how many units, and why?</source>
        <translation>%1 in %2%3: Wie viele Einheiten, und warum?</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="388"/>
        <source>, lot %1</source>
        <translation>, Charge %1</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="395"/>
        <source>Scan the bin first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="395"/>
        <source>Scan the item first.</source>
        <translation>Scannen Sie zuerst den Artikel.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="400"/>
        <source>Enter how many units on the keypad.</source>
        <translation>Geben Sie die Anzahl der Einheiten über das Ziffernfeld ein.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="418"/>
        <source>%1 %2 units of %3 in %4 (%5).</source>
        <translation>%1: %2 Einheiten von %3 in %4 (%5).</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="419"/>
        <source>Removed</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="419"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="432"/>
        <source>Commands from the central service that could not be applied, with the reason. The central service has been told; it sends them again once corrected.</source>
        <translation>Befehle der Zentrale, die nicht ausgeführt werden konnten, mit Grund. Die Zentrale ist informiert; sie sendet sie erneut, sobald sie korrigiert sind.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="449"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="449"/>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="449"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="449"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="449"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="732"/>
        <source>Only an admin may close the kiosk. It starts again by itself when the appliance&apos;s service restarts it.</source>
        <translation>Nur ein Admin darf den Kiosk schließen. Er startet von selbst wieder, sobald der Dienst des Geräts ihn neu startet.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="737"/>
        <source>Close the kiosk</source>
        <translation>Den Kiosk schließen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="740"/>
        <source>Only an admin may close the kiosk.</source>
        <translation>Nur ein Admin darf den Kiosk schließen.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="114"/>
        <source>Print jobs</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="468"/>
        <source>Print jobs that need a decision</source>
        <translation>Druckaufträge, die eine Entscheidung brauchen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="477"/>
        <source>About the chosen print job</source>
        <translation>Zum gewählten Druckauftrag</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="482"/>
        <source>Confirm printed</source>
        <translation>Als gedruckt bestätigen</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="483"/>
        <source>Confirm the label of the chosen job was printed</source>
        <translation>Bestätigen, dass das Etikett des gewählten Druckauftrags gedruckt wurde</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="484"/>
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="485"/>
        <source>Print the chosen job&apos;s label again</source>
        <translation>Das Etikett des gewählten Druckauftrags noch einmal drucken</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="486"/>
        <source>Cancel job</source>
        <translation>Druckauftrag stornieren</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="487"/>
        <source>Cancel the chosen print job</source>
        <translation>Den gewählten Druckauftrag stornieren</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="532"/>
        <source>Job</source>
        <translation>Druck-Nr.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="532"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="532"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="532"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="533"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="533"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="533"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="544"/>
        <source>Uncertain</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="545"/>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="546"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="548"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="549"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="550"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="551"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="613"/>
        <source>No print job needs a decision.</source>
        <translation>Kein Druckauftrag braucht eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="614"/>
        <source>Tap a job to decide on it. A printer&apos;s faults (head open, paper out) are on the Alerts screen.</source>
        <translation>Tippen Sie auf einen Druckauftrag, um über ihn zu entscheiden. Störungen eines Druckers (Druckkopf offen, Papier leer) stehen unter Warnungen.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="618"/>
        <source>Job %1 may or may not have printed: look at printer %2, then Confirm printed, Reprint or Cancel job.</source>
        <translation>Druckauftrag %1 wurde vielleicht gedruckt, vielleicht nicht: Sehen Sie am Drucker %2 nach, dann Als gedruckt bestätigen, Nachdrucken oder Druckauftrag stornieren.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="625"/>
        <source>Job %1 waits for printer %2 and prints by itself once the printer is back (its faults are on the Alerts screen). Not needed any more: Cancel job.</source>
        <translation>Druckauftrag %1 wartet auf Drucker %2 und wird von selbst gedruckt, sobald der Drucker wieder bereit ist (seine Störungen stehen unter Warnungen). Nicht mehr nötig: Druckauftrag stornieren.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="637"/>
        <source>Tap a print job in the list first.</source>
        <translation>Tippen Sie zuerst auf einen Druckauftrag in der Liste.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="699"/>
        <source>Print job %1 confirmed as printed.</source>
        <translation>Druckauftrag %1 als gedruckt bestätigt.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="701"/>
        <source>Print job %1 cancelled: it is not printed.</source>
        <translation>Druckauftrag %1 storniert: Er wird nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="709"/>
        <source>Print job %1 goes to printer %2 again, as job %3.</source>
        <translation>Druckauftrag %1 geht noch einmal an Drucker %2, als Druckauftrag %3.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="714"/>
        <source>Print job %1 is queued again as job %2. Printer %3 is not attached to this kiosk: the job waits in its queue.</source>
        <translation>Druckauftrag %1 steht als Druckauftrag %2 wieder in der Warteschlange. Drucker %3 ist nicht an diesen Kiosk angeschlossen: Der Auftrag wartet in seiner Warteschlange.</translation>
    </message>
    <message>
        <location filename="../SupervisorScreen.cpp" line="609"/>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
</context>
<context>
    <name>wh::ui::SyncScreen</name>
    <message>
        <location filename="../KioskScreens.cpp" line="41"/>
        <location filename="../SyncScreen.h" line="28"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="31"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="32"/>
        <source>Events waiting</source>
        <translation>Wartende Ereignisse</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="33"/>
        <source>Oldest waiting</source>
        <translation>Ältestes wartendes</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="34"/>
        <source>Last acknowledgement</source>
        <translation>Letzte Bestätigung</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="35"/>
        <source>Since start</source>
        <translation>Seit dem Start</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="36"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="55"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="57"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="58"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="74"/>
        <source>not configured: the appliance keeps every event until a broker is set</source>
        <translation>nicht eingerichtet: Das Gerät behält jedes Ereignis, bis ein Broker eingerichtet ist</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="83"/>
        <location filename="../SyncScreen.cpp" line="91"/>
        <location filename="../SyncScreen.cpp" line="99"/>
        <location filename="../SyncScreen.cpp" line="102"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="84"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="85"/>
        <source>%1 published, %2 acknowledged, %3 commands, %4 reconnects, %5 dead letters</source>
        <translation>%1 gesendet, %2 bestätigt, %3 Befehle, %4 Neuverbindungen, %5 unzustellbar</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="97"/>
        <source>offline: no broker configured (buffering)</source>
        <translation>offline: kein Broker eingerichtet (puffert)</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="100"/>
        <source>none: no broker</source>
        <translation>keine: kein Broker</translation>
    </message>
    <message>
        <location filename="../SyncScreen.cpp" line="101"/>
        <source>%1 events in the log</source>
        <translation>%1 Ereignisse im Protokoll</translation>
    </message>
</context>
</TS>
