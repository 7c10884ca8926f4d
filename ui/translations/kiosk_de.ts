<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>wh::Refusal</name>
    <message>
        <location filename="../../core/OrderRules.cpp" line="15"/>
        <source>The order has no order number.</source>
        <translation>Der Auftrag hat keine Auftragsnummer.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="18"/>
        <source>Order %1 has no lines.</source>
        <translation>Auftrag %1 hat keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="23"/>
        <source>Order %1 has a line numbered %2; lines are numbered from 1.</source>
        <translation>Auftrag %1 hat eine Zeile mit der Nummer %2; Zeilen werden ab 1 nummeriert.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="29"/>
        <source>Line %1 of order %2 asks for %3 units; a line needs at least one.</source>
        <translation>Zeile %1 von Auftrag %2 verlangt %3 Einheiten; eine Zeile braucht mindestens eine.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="34"/>
        <source>Line %1 of order %2 has a negative price.</source>
        <translation>Zeile %1 von Auftrag %2 hat einen negativen Preis.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="38"/>
        <source>Order %1 has line number %2 twice.</source>
        <translation>Auftrag %1 hat die Zeilennummer %2 doppelt.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="45"/>
        <source>Line %1 of order %2 asks for %3 units; an order holds at most %4.</source>
        <translation>Zeile %1 von Auftrag %2 verlangt %3 Einheiten; ein Auftrag hat höchstens %4.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="51"/>
        <source>Line %1 of order %2 costs %3 a unit; an order is worth at most %4.</source>
        <translation>Zeile %1 von Auftrag %2 kostet %3 je Einheit; ein Auftrag ist höchstens %4 wert.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="58"/>
        <source>Order %1 has %2 items; an order holds at most %3.</source>
        <translation>Auftrag %1 hat %2 Artikel; ein Auftrag hat höchstens %3.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="64"/>
        <source>Order %1 is worth %2; an order must be worth %3 to %4.</source>
        <translation>Auftrag %1 ist %2 wert; ein Auftrag muss %3 bis %4 wert sein.</translation>
    </message>
    <message>
        <location filename="../../core/OrderRules.cpp" line="98"/>
        <source>An order cannot go from %1 to %2.</source>
        <translation>Ein Auftrag kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="90"/>
        <source>register merchants</source>
        <translation>Händler anlegen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="92"/>
        <source>change SKUs, locations or shipping settings</source>
        <translation>SKUs, Lagerorte oder Versandeinstellungen ändern</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="94"/>
        <source>run imports or maintenance tools</source>
        <translation>Importe oder Wartungswerkzeuge ausführen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="96"/>
        <source>change orders (the central service does)</source>
        <translation>Aufträge ändern (das macht die Zentrale)</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="98"/>
        <source>release orders for picking</source>
        <translation>Aufträge zur Kommissionierung freigeben</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="100"/>
        <source>pick</source>
        <translation>kommissionieren</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="103"/>
        <source>force a short pick, skip a bin or cancel a task</source>
        <translation>eine Fehlmenge erzwingen, einen Lagerplatz überspringen oder eine Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="105"/>
        <source>put stock back</source>
        <translation>Ware zurücklegen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="107"/>
        <source>receive stock</source>
        <translation>Ware annehmen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="109"/>
        <source>move stock</source>
        <translation>Ware umlagern</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="111"/>
        <source>adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="113"/>
        <source>pack</source>
        <translation>packen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="115"/>
        <source>ship</source>
        <translation>versenden</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="117"/>
        <source>reprint a label</source>
        <translation>ein Etikett nachdrucken</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="120"/>
        <source>send a stock snapshot</source>
        <translation>einen Bestandsabzug senden</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="122"/>
        <source>plan replenishment</source>
        <translation>Nachschub planen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="125"/>
        <source>count stock</source>
        <translation>Bestand zählen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="127"/>
        <source>plan stock counts</source>
        <translation>Inventurzählungen planen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="129"/>
        <source>review or approve a stock count</source>
        <translation>eine Inventurzählung prüfen oder freigeben</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="131"/>
        <source>put stock in quarantine</source>
        <translation>Ware in Quarantäne nehmen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="133"/>
        <source>release stock from quarantine</source>
        <translation>Ware aus der Quarantäne freigeben</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="135"/>
        <source>receive customer returns</source>
        <translation>Kundenretouren annehmen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="137"/>
        <source>authorise returns</source>
        <translation>Retouren genehmigen</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="179"/>
        <source>Only with a supervisor&apos;s approval may you %1: ask one to approve it.</source>
        <translation>Nur mit Freigabe der Schichtleitung dürfen Sie %1: Bitten Sie die Schichtleitung um Freigabe.</translation>
    </message>
    <message>
        <location filename="../../core/Permissions.cpp" line="184"/>
        <source>Signed in as %1, you may not %2.</source>
        <translation>Angemeldet als %1 dürfen Sie nicht %2.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="38"/>
        <location filename="../../core/Packing.cpp" line="263"/>
        <source> lot %1</source>
        <translation> Charge %1</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="43"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="44"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="237"/>
        <location filename="../../core/Inventory.cpp" line="315"/>
        <location filename="../../core/Replenishment.cpp" line="261"/>
        <location filename="../../core/StockControl.cpp" line="40"/>
        <location filename="../../core/Receiving.cpp" line="317"/>
        <location filename="../../core/Putaway.cpp" line="249"/>
        <location filename="../../db/Store.cpp" line="1129"/>
        <source>Location %1 belongs to another merchant.</source>
        <translation>Lagerort %1 gehört einem anderen Händler.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="239"/>
        <location filename="../../core/Replenishment.cpp" line="264"/>
        <location filename="../../core/StockControl.cpp" line="42"/>
        <location filename="../../core/CycleCount.cpp" line="296"/>
        <location filename="../../core/Receiving.cpp" line="320"/>
        <location filename="../../core/Putaway.cpp" line="252"/>
        <location filename="../../db/Store.cpp" line="1131"/>
        <source>There is no location %1.</source>
        <translation>Es gibt keinen Lagerort %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="248"/>
        <location filename="../../core/StockControl.cpp" line="52"/>
        <location filename="../../core/Putaway.cpp" line="118"/>
        <location filename="../../db/Store.cpp" line="1107"/>
        <source>There is no SKU %1 for this merchant.</source>
        <translation>Für diesen Händler gibt es keine SKU %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="255"/>
        <location filename="../../core/StockControl.cpp" line="59"/>
        <location filename="../../core/Putaway.cpp" line="121"/>
        <source>SKU %1 is lot-tracked: scan or enter its lot.</source>
        <translation>SKU %1 wird chargengeführt: Scannen Sie die Charge oder geben Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="259"/>
        <location filename="../../core/StockControl.cpp" line="63"/>
        <location filename="../../core/Putaway.cpp" line="125"/>
        <source>SKU %1 is not lot-tracked, but lot %2 was given.</source>
        <translation>SKU %1 wird nicht chargengeführt, aber Charge %2 wurde angegeben.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="263"/>
        <location filename="../../core/StockControl.cpp" line="67"/>
        <location filename="../../core/Receiving.cpp" line="524"/>
        <source>Lot &quot;%1&quot; is not a valid lot code.</source>
        <translation>&quot;%1&quot; ist keine gültige Chargennummer.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="273"/>
        <location filename="../../core/StockControl.cpp" line="80"/>
        <location filename="../../core/Receiving.cpp" line="519"/>
        <location filename="../../core/Putaway.cpp" line="112"/>
        <source>%1 units in one action is not plausible (at most %2); check the quantity.</source>
        <translation>%1 Einheiten in einem Schritt sind nicht plausibel (höchstens %2); prüfen Sie die Menge.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="284"/>
        <source>&quot;%1&quot; is not a valid SKU code (1-64 printable characters, no spaces).</source>
        <translation>&quot;%1&quot; ist keine gültige SKU (1-64 druckbare Zeichen, keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="290"/>
        <source>GTIN %1 of SKU %2 is not a valid GTIN-8/12/13/14.</source>
        <translation>GTIN %1 von SKU %2 ist keine gültige GTIN-8/12/13/14.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="295"/>
        <source>SKU %1 has a negative size, weight or threshold.</source>
        <translation>SKU %1 hat eine negative Größe, ein negatives Gewicht oder eine negative Schwelle.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="302"/>
        <source>SKU %1 is in stock: its lot tracking cannot change.</source>
        <translation>SKU %1 ist am Lager: Ihre Chargenführung kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="311"/>
        <source>&quot;%1&quot; is not a valid location code.</source>
        <translation>&quot;%1&quot; ist kein gültiger Lagerort.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="319"/>
        <source>Location %1 has a negative capacity.</source>
        <translation>Lagerort %1 hat eine negative Kapazität.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="325"/>
        <source>Only a pick face is replenished; %1 is a %2 location.</source>
        <translation>Nachschub gibt es nur für Kommissionierplätze; %1 ist ein Lagerort vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="333"/>
        <source>Pick face %1 needs 0 &lt;= minimum &lt; maximum (%2 and %3 given).</source>
        <translation>Kommissionierplatz %1 braucht 0 &lt;= Minimum &lt; Maximum (%2 und %3 angegeben).</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="339"/>
        <source>Location %1 has a minimum and maximum but no SKU to replenish.</source>
        <translation>Lagerort %1 hat ein Minimum und ein Maximum, aber keine SKU für den Nachschub.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="351"/>
        <source>Received quantity must be at least 1, not %1.</source>
        <translation>Die angenommene Menge muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="363"/>
        <source>Stock cannot be received into %1, a %2 area.</source>
        <translation>In %1, einen Bereich vom Typ %2, kann keine Ware angenommen werden.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="373"/>
        <source>Lot %1 of %2 in %3 expires on %4, not %5.</source>
        <translation>Charge %1 von %2 in %3 verfällt am %4, nicht am %5.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="390"/>
        <location filename="../../core/Replenishment.cpp" line="250"/>
        <source>Moved quantity must be at least 1, not %1.</source>
        <translation>Die umgelagerte Menge muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="403"/>
        <source>A move needs two different locations.</source>
        <translation>Eine Umlagerung braucht zwei verschiedene Lagerorte.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="408"/>
        <source>Stock reaches %1 by picking, not by a move.</source>
        <translation>Ware kommt durch Kommissionieren nach %1, nicht durch Umlagern.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="414"/>
        <source>Only %1 of %2%3 is free to move in %4; %5 asked.</source>
        <translation>Nur %1 von %2%3 in %4 sind frei zum Umlagern; %5 angefragt.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="420"/>
        <location filename="../../core/StockControl.cpp" line="185"/>
        <location filename="../../core/StockControl.cpp" line="244"/>
        <location filename="../../core/Returns.cpp" line="343"/>
        <source>Lot %1 in %2 has another expiry date.</source>
        <translation>Charge %1 in %2 hat ein anderes Verfallsdatum.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="438"/>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Eine Korrektur um null ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="456"/>
        <source>Only %1 of %2 in %3 is free; %4 cannot be taken off (reserved stock is released first).</source>
        <translation>Nur %1 von %2 in %3 sind frei; %4 können nicht abgebucht werden (reservierter Bestand wird zuerst freigegeben).</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="476"/>
        <location filename="../../core/Picking.cpp" line="851"/>
        <source>Line %1 of order %2: there is no SKU %3.</source>
        <translation>Zeile %1 von Auftrag %2: Es gibt keine SKU %3.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="542"/>
        <source>Order %1 is %2: only an order not yet in processing can be reserved.</source>
        <translation>Auftrag %1 ist %2: Nur ein Auftrag, der noch nicht in Bearbeitung ist, kann reserviert werden.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="547"/>
        <source>Order %1 is already known here.</source>
        <translation>Auftrag %1 ist hier bereits bekannt.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="594"/>
        <location filename="../../core/Inventory.cpp" line="632"/>
        <location filename="../../core/Inventory.cpp" line="678"/>
        <location filename="../../core/Picking.cpp" line="622"/>
        <location filename="../../core/Picking.cpp" line="773"/>
        <location filename="../../core/Picking.cpp" line="917"/>
        <location filename="../../core/Packing.cpp" line="110"/>
        <location filename="../../core/Shipping.cpp" line="148"/>
        <location filename="../../core/Shipping.cpp" line="351"/>
        <location filename="../../core/Returns.cpp" line="162"/>
        <location filename="../../core/Returns.cpp" line="210"/>
        <location filename="../../db/Store.cpp" line="1153"/>
        <source>There is no order %1 here.</source>
        <translation>Hier gibt es keinen Auftrag %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="598"/>
        <source>Order %1 holds no reservation to release.</source>
        <translation>Auftrag %1 hat keine Reservierung, die freigegeben werden kann.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="606"/>
        <source>Order %1 is partly picked: put the picked items back before its reservation is released.</source>
        <translation>Auftrag %1 ist teilweise kommissioniert: Legen Sie die entnommenen Artikel zurück, bevor seine Reservierung freigegeben wird.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="627"/>
        <location filename="../../core/Picking.cpp" line="436"/>
        <source>Picked quantity must be at least 1, not %1.</source>
        <translation>Die entnommene Menge muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="635"/>
        <source>Order %1 is %2: only a paid order is picked.</source>
        <translation>Auftrag %1 ist %2: Nur ein bezahlter Auftrag wird kommissioniert.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="640"/>
        <source>Order %1 holds no reservation to pick from.</source>
        <translation>Auftrag %1 hat keine Reservierung, aus der kommissioniert werden kann.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="649"/>
        <source>Line %1 of order %2 is not to be picked from %3%4.</source>
        <translation>Zeile %1 von Auftrag %2 wird nicht aus %3%4 kommissioniert.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="654"/>
        <source>Only %1 more of %2 are to be picked from %3; %4 scanned.</source>
        <translation>Aus %3 sind nur noch %1 von %2 zu entnehmen; %4 gescannt.</translation>
    </message>
    <message>
        <location filename="../../core/Inventory.cpp" line="684"/>
        <source>An order becomes Shipped when its shipment is handed over.</source>
        <translation>Ein Auftrag wird Shipped, wenn seine Sendung übergeben wird.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="168"/>
        <source>A task holds 1 to 50 orders, not %1.</source>
        <translation>Eine Aufgabe umfasst 1 bis 50 Aufträge, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="178"/>
        <source>No paid order is waiting to be picked.</source>
        <translation>Kein bezahlter Auftrag wartet auf die Kommissionierung.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="181"/>
        <source>None of these orders has anything left to pick.</source>
        <translation>Bei keinem dieser Aufträge ist noch etwas zu kommissionieren.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="277"/>
        <source>Task %1 is %2.</source>
        <translation>Aufgabe %1 ist %2.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="283"/>
        <source>Stop %1 of task %2 is already done.</source>
        <translation>Stopp %1 von Aufgabe %2 ist bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="287"/>
        <source>Task %1 has no stop %2.</source>
        <translation>Aufgabe %1 hat keinen Stopp %2.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="298"/>
        <source>Wrong bin: this pick is from %1, you scanned %2.</source>
        <translation>Falscher Lagerplatz: Diese Entnahme ist aus %1, Sie haben %2 gescannt.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="318"/>
        <source>The scan is not an item of this merchant.</source>
        <translation>Der Scan ist kein Artikel dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="320"/>
        <source>%1 is not an item of this merchant.</source>
        <translation>%1 ist kein Artikel dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="336"/>
        <source>Wrong item: this pick is %1 (%2), you scanned %3 (%4).</source>
        <translation>Falscher Artikel: Diese Entnahme ist %1 (%2), Sie haben %3 (%4) gescannt.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="344"/>
        <location filename="../../core/Packing.cpp" line="241"/>
        <source>%1 is lot-tracked: scan the code with the lot on it.</source>
        <translation>%1 wird chargengeführt: Scannen Sie den Code, auf dem die Charge steht.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="350"/>
        <source>Wrong lot: this pick is lot %1 (expires %2), you scanned lot %3. Take lot %1.</source>
        <translation>Falsche Charge: Diese Entnahme ist Charge %1 (verfällt am %2), Sie haben Charge %3 gescannt. Nehmen Sie Charge %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="356"/>
        <source>Wrong lot: this pick is lot %1, you scanned lot %2. Take lot %1.</source>
        <translation>Falsche Charge: Diese Entnahme ist Charge %1, Sie haben Charge %2 gescannt. Nehmen Sie Charge %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="362"/>
        <source>Lot %1 should expire on %2, but the label says %3: call a supervisor.</source>
        <translation>Charge %1 sollte am %2 verfallen, aber auf dem Etikett steht %3: Rufen Sie die Schichtleitung.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="372"/>
        <source>Scan a tote for order %1.</source>
        <translation>Scannen Sie einen Behälter für Auftrag %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="377"/>
        <source>Tote %1 holds another merchant&apos;s order: take an empty tote.</source>
        <translation>Behälter %1 enthält den Auftrag eines anderen Händlers: Nehmen Sie einen leeren Behälter.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="382"/>
        <source>Tote %1 already holds order %2: take an empty tote for order %3.</source>
        <translation>Behälter %1 enthält bereits Auftrag %2: Nehmen Sie einen leeren Behälter für Auftrag %3.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="390"/>
        <source>Tote %1 is order %2&apos;s in this task: take another tote for order %3.</source>
        <translation>Behälter %1 gehört in dieser Aufgabe zu Auftrag %2: Nehmen Sie einen anderen Behälter für Auftrag %3.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="428"/>
        <location filename="../../core/Picking.cpp" line="467"/>
        <location filename="../../core/Picking.cpp" line="712"/>
        <location filename="../../db/Store.cpp" line="1026"/>
        <source>There is no pick task %1.</source>
        <translation>Es gibt keine Pick-Aufgabe %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="441"/>
        <source>Only %1 more of %2 are to be picked here; %3 entered.</source>
        <translation>Hier sind nur noch %1 von %2 zu entnehmen; %3 eingegeben.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="475"/>
        <source>A short pick finds fewer than the %1 expected (0 to %2), not %3.</source>
        <translation>Bei einer Fehlmenge finden Sie weniger als die erwarteten %1 (0 bis %2), nicht %3.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="482"/>
        <source>Bin %1 holds no %2 any more.</source>
        <translation>Lagerplatz %1 enthält kein %2 mehr.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="721"/>
        <source>Say why, for the record.</source>
        <translation>Geben Sie den Grund an, für das Protokoll.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="759"/>
        <source>Task %1 is %2: there is nothing left to cancel.</source>
        <translation>Aufgabe %1 ist %2: Es gibt nichts mehr abzubrechen.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="845"/>
        <source>The change to order %1 changes nothing.</source>
        <translation>Die Änderung an Auftrag %1 ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="912"/>
        <source>Put back at least 1 unit, not %1.</source>
        <translation>Legen Sie mindestens 1 Einheit zurück, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="928"/>
        <source>Nothing of %1%2 waits to be put back for order %3.</source>
        <translation>Von %1%2 wartet nichts darauf, für Auftrag %3 zurückgelegt zu werden.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="932"/>
        <source>Only %1 of %2 wait to be put back; %3 entered.</source>
        <translation>Nur %1 von %2 warten darauf, zurückgelegt zu werden; %3 eingegeben.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="938"/>
        <source>%1 is not a bin of this merchant.</source>
        <translation>%1 ist kein Lagerplatz dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="943"/>
        <source>Put the units back into a storage bin, not into %1.</source>
        <translation>Legen Sie die Einheiten auf einen Lagerplatz zurück, nicht nach %1.</translation>
    </message>
    <message>
        <location filename="../../core/Picking.cpp" line="949"/>
        <source>Lot %1 in %2 has another expiry date: choose another bin.</source>
        <translation>Charge %1 in %2 hat ein anderes Verfallsdatum: Wählen Sie einen anderen Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="114"/>
        <source>Order %1 is %2: it is not packed.</source>
        <translation>Auftrag %1 ist %2: Er wird nicht gepackt.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="119"/>
        <source>Order %1 is %2: only an order that has been picked is packed.</source>
        <translation>Auftrag %1 ist %2: Nur ein kommissionierter Auftrag wird gepackt.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="127"/>
        <source>Order %1 holds no picked stock to pack.</source>
        <translation>Auftrag %1 hat keine entnommene Ware zum Packen.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="133"/>
        <source>Order %1 is not fully picked: line %2 (%3) has %4 of %5 picked from %6. Finish picking before packing.</source>
        <translation>Auftrag %1 ist nicht vollständig kommissioniert: Zeile %2 (%3) hat %4 von %5 aus %6 entnommen. Kommissionieren Sie fertig, bevor Sie packen.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="154"/>
        <source>No carton sizes are configured for this merchant.</source>
        <translation>Für diesen Händler sind keine Kartongrößen eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="165"/>
        <source>Order %1 is already packed.</source>
        <translation>Auftrag %1 ist bereits gepackt.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="171"/>
        <source>There is no carton type %1 at this station.</source>
        <translation>An dieser Station gibt es keinen Kartontyp %1.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="190"/>
        <source>Carton %1 belongs to another merchant.</source>
        <translation>Karton %1 gehört einem anderen Händler.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="192"/>
        <source>There is no carton %1.</source>
        <translation>Es gibt keinen Karton %1.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="197"/>
        <source>Carton %1 is already closed: open a new carton.</source>
        <translation>Karton %1 ist bereits geschlossen: Öffnen Sie einen neuen Karton.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="211"/>
        <source>Order %1 is %2 now: carton %3 is not packed further. Take its items out and put them back.</source>
        <translation>Auftrag %1 ist jetzt %2: Karton %3 wird nicht weiter gepackt. Nehmen Sie die Artikel heraus und legen Sie sie zurück.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="222"/>
        <source>Pack 1 or more units at a time, not %1.</source>
        <translation>Packen Sie 1 oder mehr Einheiten auf einmal, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="235"/>
        <source>%1 (%2) is not in order %3: put it aside, it is an extra item.</source>
        <translation>%1 (%2) gehört nicht zu Auftrag %3: Legen Sie den Artikel beiseite, er ist zu viel.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="259"/>
        <source>Order %1 has %2 unit(s) of %3%4 left to pack; you scanned %5. Put the extra item aside.</source>
        <translation>Auftrag %1 hat noch %2 Einheit(en) von %3%4 zu packen; Sie haben %5 gescannt. Legen Sie den überzähligen Artikel beiseite.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="274"/>
        <source>Carton %1 (%2) takes at most %3 g; with this it would hold %4 g. Open another carton for it.</source>
        <translation>Karton %1 (%2) trägt höchstens %3 g; damit wären es %4 g. Öffnen Sie dafür einen weiteren Karton.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="319"/>
        <source>Carton %1 is empty: scan the items into it first.</source>
        <translation>Karton %1 ist leer: Scannen Sie zuerst die Artikel hinein.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="326"/>
        <source>%1 has no weight on record, so the carton cannot be checked: weigh one unit and record it first.</source>
        <translation>Für %1 ist kein Gewicht erfasst, daher kann der Karton nicht geprüft werden: Wiegen Sie zuerst eine Einheit und erfassen Sie das Gewicht.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="334"/>
        <source>Put carton %1 on the scale: no weight was read.</source>
        <translation>Stellen Sie Karton %1 auf die Waage: Es wurde kein Gewicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="340"/>
        <source>Carton %1 weighs %2 g, expected %3 g (within %4 g). %5</source>
        <translation>Karton %1 wiegt %2 g, erwartet waren %3 g (auf %4 g genau). %5</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="351"/>
        <source>line %1 %2%3: %4</source>
        <translation>Zeile %1 %2%3: %4</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="355"/>
        <source>Carton %1 is the last open carton of order %2, and picked units are not packed yet (%3). Scan them in, or open another carton first.</source>
        <translation>Karton %1 ist der letzte offene Karton von Auftrag %2, und entnommene Einheiten sind noch nicht gepackt (%3). Scannen Sie sie hinein oder öffnen Sie zuerst einen weiteren Karton.</translation>
    </message>
    <message>
        <location filename="../../core/Packing.cpp" line="358"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="114"/>
        <source>Tracking range %1 is already held; a new block needs a new name.</source>
        <translation>Nummernkreis %1 ist bereits vorhanden; ein neuer Block braucht einen neuen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="125"/>
        <source>The ship-from address needs a name, a first line, a city and a country.</source>
        <translation>Die Absenderadresse braucht einen Namen, eine erste Zeile, einen Ort und ein Land.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="131"/>
        <source>%1 is not a time zone this appliance knows (use an IANA name such as America/Chicago).</source>
        <translation>%1 ist keine Zeitzone, die dieses Gerät kennt (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="138"/>
        <source>A holiday is not a valid date.</source>
        <translation>Ein Feiertag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="151"/>
        <source>Order %1 already has shipment %2.</source>
        <translation>Auftrag %1 hat bereits Sendung %2.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="155"/>
        <location filename="../../core/Shipping.cpp" line="354"/>
        <source>Order %1 is %2 and cannot be shipped.</source>
        <translation>Auftrag %1 ist %2 und kann nicht versendet werden.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="161"/>
        <source>Order %1 is not packed yet: close its cartons at the packing station first.</source>
        <translation>Auftrag %1 ist noch nicht gepackt: Schließen Sie zuerst seine Kartons an der Packstation.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="168"/>
        <source>Order %1 has no complete ship-to address: the label cannot be printed. Ask the central service for the address.</source>
        <translation>Auftrag %1 hat keine vollständige Lieferadresse: Das Etikett kann nicht gedruckt werden. Fragen Sie die Zentrale nach der Adresse.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="175"/>
        <source>The warehouse&apos;s ship-from address is not configured for this merchant.</source>
        <translation>Die Absenderadresse des Lagers ist für diesen Händler nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="181"/>
        <source>No rate cards are configured for this merchant.</source>
        <translation>Für diesen Händler sind keine Tariftabellen eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="190"/>
        <source>No rate card offers %1 or faster.</source>
        <translation>Keine Tariftabelle bietet %1 oder schneller.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="229"/>
        <source>No %1-or-faster rate card prices every carton of order %2 (%3): split the parcel or add a card for that weight.</source>
        <translation>Keine Tariftabelle mit %1 oder schneller hat einen Preis für jeden Karton von Auftrag %2 (%3): Teilen Sie das Paket auf oder legen Sie eine Tariftabelle für dieses Gewicht an.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="248"/>
        <source>No service delivers order %1 by %2 as promised. The best available is %3. A supervisor must decide whether to ship late.</source>
        <translation>Keine Versandart liefert Auftrag %1 wie zugesagt bis %2. Die beste verfügbare ist %3. Die Schichtleitung muss entscheiden, ob verspätet versendet wird.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="277"/>
        <source>No tracking range for %1 is held for this merchant: ask the carrier for one. Nothing was shipped.</source>
        <translation>Für diesen Händler gibt es keinen Nummernkreis für %1: Fordern Sie einen beim Versanddienstleister an. Es wurde nichts versendet.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="337"/>
        <location filename="../../core/Shipping.cpp" line="390"/>
        <location filename="../../db/Store.cpp" line="840"/>
        <source>There is no shipment %1.</source>
        <translation>Es gibt keine Sendung %1.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="340"/>
        <source>Shipment %1 was already handed over.</source>
        <translation>Sendung %1 wurde bereits übergeben.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="345"/>
        <source>Shipment %1 is void: its order was cancelled. Do not hand it over.</source>
        <translation>Sendung %1 ist ungültig: Ihr Auftrag wurde storniert. Bitte nicht übergeben.</translation>
    </message>
    <message>
        <location filename="../../core/Shipping.cpp" line="394"/>
        <source>Shipment %1 was handed over: its label is no longer printed here.</source>
        <translation>Sendung %1 wurde übergeben: Ihr Etikett wird hier nicht mehr gedruckt.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="74"/>
        <source>a UPS tracking number</source>
        <translation>eine UPS-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="77"/>
        <source>a FedEx tracking number</source>
        <translation>eine FedEx-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="79"/>
        <source>a USPS tracking number</source>
        <translation>eine USPS-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="81"/>
        <source>an SSCC</source>
        <translation>eine SSCC</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="91"/>
        <source>An empty number</source>
        <translation>Eine leere Nummer</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="154"/>
        <source>%1 is not %2: %3</source>
        <translation>%1 ist nicht %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="159"/>
        <source>it has %1 characters, not %2.</source>
        <translation>Sie hat %1 Zeichen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="166"/>
        <source>it does not start with 1Z.</source>
        <translation>Sie beginnt nicht mit 1Z.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="168"/>
        <source>after 1Z only capital letters A-Z and digits may follow, and the last character is a digit.</source>
        <translation>Nach 1Z dürfen nur Großbuchstaben A-Z und Ziffern folgen, und das letzte Zeichen ist eine Ziffer.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="174"/>
        <location filename="../../core/TrackingNumber.cpp" line="184"/>
        <source>it may hold digits only.</source>
        <translation>Sie darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="178"/>
        <source>a 22-digit USPS number starts with 91 to 95.</source>
        <translation>Eine 22-stellige USPS-Nummer beginnt mit 91 bis 95.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="189"/>
        <source>its check digit does not match, so it was mistyped or misread.</source>
        <translation>Ihre Prüfziffer stimmt nicht, sie wurde also falsch eingegeben oder falsch gelesen.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingNumber.cpp" line="220"/>
        <source>%1 is not a tracking number the appliance knows (UPS 1Z, FedEx 12 or 15 digits, USPS 22 digits, SSCC 18 digits).</source>
        <translation>%1 ist keine Sendungsnummer, die das Gerät kennt (UPS 1Z, FedEx 12 oder 15 Ziffern, USPS 22 Ziffern, SSCC 18 Ziffern).</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="45"/>
        <source>a UPS prefix is 1Z, the 6-character shipper number and the 2-character service code (capital letters and digits), then digits only</source>
        <translation>ein UPS-Präfix besteht aus 1Z, der 6-stelligen Versendernummer und dem 2-stelligen Servicecode (Großbuchstaben und Ziffern), danach nur Ziffern</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="54"/>
        <source>a FedEx prefix holds digits only</source>
        <translation>ein FedEx-Präfix enthält nur Ziffern</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="59"/>
        <source>a USPS prefix holds digits only and starts with the application identifier 91 to 95</source>
        <translation>ein USPS-Präfix enthält nur Ziffern und beginnt mit dem Datenbezeichner 91 bis 95</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="68"/>
        <source>an SSCC prefix is the extension digit and the GS1 company prefix (at least 7 digits in all)</source>
        <translation>ein SSCC-Präfix besteht aus der Erweiterungsziffer und der GS1-Basisnummer (mindestens 7 Ziffern insgesamt)</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="99"/>
        <source>A tracking range needs a name.</source>
        <translation>Ein Nummernkreis braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="102"/>
        <source>Tracking range %1 names no carrier.</source>
        <translation>Nummernkreis %1 nennt keinen Versanddienstleister.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="105"/>
        <source>Tracking range %1 has the prefix &quot;%2&quot;: %3.</source>
        <translation>Nummernkreis %1 hat das Präfix &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="111"/>
        <source>Tracking range %1 leaves %2 digits for the serial after its prefix; it needs 1 to %3.</source>
        <translation>Nummernkreis %1 lässt nach seinem Präfix %2 Ziffern für die laufende Nummer; er braucht 1 bis %3.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="119"/>
        <source>Tracking range %1 runs from %2 to %3; with %4 serial digits it must run upwards within 0 to %5.</source>
        <translation>Nummernkreis %1 reicht von %2 bis %3; mit %4 Ziffern für die laufende Nummer muss er aufsteigend innerhalb von 0 bis %5 liegen.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="127"/>
        <source>Tracking range %1 would hand out serial %2 next, outside its %3 to %4.</source>
        <translation>Nummernkreis %1 würde als Nächstes die Nummer %2 vergeben, außerhalb von %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="132"/>
        <source>Tracking range %1 has a negative low-water mark.</source>
        <translation>Nummernkreis %1 hat eine negative Warnschwelle.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="143"/>
        <source>Tracking range %1 is used up: ask the carrier for a new range. Nothing was shipped.</source>
        <translation>Nummernkreis %1 ist aufgebraucht: Fordern Sie beim Versanddienstleister einen neuen Nummernkreis an. Es wurde nichts versendet.</translation>
    </message>
    <message>
        <location filename="../../core/TrackingRange.cpp" line="152"/>
        <source>Tracking range %1 cannot form a %2 number from %3.</source>
        <translation>Nummernkreis %1 kann aus %3 keine %2-Nummer bilden.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="69"/>
        <source>Rate card %1 is configured twice; keep one.</source>
        <translation>Tariftabelle %1 ist doppelt eingerichtet; behalten Sie nur eine.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="81"/>
        <source>The parcel weighs %1 g: weigh it before choosing a carrier.</source>
        <translation>Das Paket wiegt %1 g: Wiegen Sie es, bevor ein Versanddienstleister gewählt wird.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="86"/>
        <source>The time the parcel is ready is missing, so no departure day can be worked out.</source>
        <translation>Es fehlt der Zeitpunkt, zu dem das Paket fertig ist, daher lässt sich kein Versandtag bestimmen.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="92"/>
        <source>The order has no promised delivery date to choose a service by.</source>
        <translation>Der Auftrag hat kein zugesagtes Lieferdatum, nach dem eine Versandart gewählt werden kann.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="124"/>
        <source>No rate card prices a parcel of %1 g: split it or add a card for that weight.</source>
        <translation>Keine Tariftabelle hat einen Preis für ein Paket mit %1 g: Teilen Sie es auf oder legen Sie eine Tariftabelle für dieses Gewicht an.</translation>
    </message>
    <message>
        <location filename="../../core/RateShopper.cpp" line="132"/>
        <source>No service delivers by %1 as promised. The best available is %2. A supervisor must decide whether to ship late.</source>
        <translation>Keine Versandart liefert wie zugesagt bis %1. Die beste verfügbare ist %2. Die Schichtleitung muss entscheiden, ob verspätet versendet wird.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="57"/>
        <source>SKU %1 measures %2 x %3 x %4 mm on record: measure it before packing, each side 1 to %5 mm.</source>
        <translation>SKU %1 ist mit %2 x %3 x %4 mm erfasst: Messen Sie den Artikel vor dem Packen aus, jede Seite 1 bis %5 mm.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="64"/>
        <source>SKU %1 weighs %2 g on record: weigh it before packing (1 to %3 g).</source>
        <translation>SKU %1 ist mit %2 g erfasst: Wiegen Sie den Artikel vor dem Packen (1 bis %3 g).</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="70"/>
        <source>%1 units of SKU %2 cannot be packed; a parcel line holds 1 to %3.</source>
        <translation>%1 Einheiten von SKU %2 können nicht gepackt werden; eine Paketzeile hat 1 bis %3.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="94"/>
        <source>The carton fill factor is %1; it must be above 0 and at most 1 (0.85: 85 % of a carton&apos;s volume is used).</source>
        <translation>Der Füllgrad der Kartons ist %1; er muss über 0 und höchstens 1 sein (0.85: 85 % des Kartonvolumens werden genutzt).</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="102"/>
        <source>The carton fill factor %1 is too small to pack anything.</source>
        <translation>Mit dem Füllgrad %1 passt nichts in einen Karton.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="106"/>
        <source>No carton sizes are configured.</source>
        <translation>Es sind keine Kartongrößen eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="113"/>
        <source>Carton %1 is configured twice; keep one.</source>
        <translation>Karton %1 ist doppelt eingerichtet; behalten Sie nur einen.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="133"/>
        <source>There is nothing to pack.</source>
        <translation>Es gibt nichts zu packen.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="175"/>
        <source>SKU %1 (%2 x %3 x %4 mm) fits in no carton, whichever way it is turned: it needs packaging of its own.</source>
        <translation>SKU %1 (%2 x %3 x %4 mm) passt in keinen Karton, wie man ihn auch dreht: Er braucht eine eigene Verpackung.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="186"/>
        <source>The items weigh %1 g; the strongest carton (%2) takes %3 g. Split them over several cartons.</source>
        <translation>Die Artikel wiegen %1 g; der stabilste Karton (%2) trägt %3 g. Verteilen Sie sie auf mehrere Kartons.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="195"/>
        <source>The items take %1; the largest carton (%2) holds %3 filled to %4 %. Split them over several cartons.</source>
        <translation>Die Artikel brauchen %1; der größte Karton (%2) fasst %3 bei %4 % Füllung. Verteilen Sie sie auf mehrere Kartons.</translation>
    </message>
    <message>
        <location filename="../../core/CartonChooser.cpp" line="199"/>
        <source>No single carton holds these items (%1, %2 g): the cartons big enough are not strong enough or too flat for the largest item. Split them over several cartons.</source>
        <translation>Kein einzelner Karton fasst diese Artikel (%1, %2 g): Die Kartons, die groß genug sind, tragen nicht genug oder sind zu flach für den größten Artikel. Verteilen Sie sie auf mehrere Kartons.</translation>
    </message>
    <message>
        <location filename="../../core/WeightCheck.cpp" line="58"/>
        <source>The scale reads %1 g: put the parcel on the scale and weigh it again.</source>
        <translation>Die Waage zeigt %1 g: Stellen Sie das Paket auf die Waage und wiegen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../core/WeightCheck.cpp" line="62"/>
        <source>The parcel weighs %1 g; %2 g (within %3 g) was expected, so it is %4 g too heavy: check for an extra or a wrong item.</source>
        <translation>Das Paket wiegt %1 g; erwartet waren %2 g (auf %3 g genau), es ist also %4 g zu schwer: Prüfen Sie auf einen überzähligen oder falschen Artikel.</translation>
    </message>
    <message>
        <location filename="../../core/WeightCheck.cpp" line="66"/>
        <source>The parcel weighs %1 g; %2 g (within %3 g) was expected, so it is %4 g too light: check for a missing or a wrong item.</source>
        <translation>Das Paket wiegt %1 g; erwartet waren %2 g (auf %3 g genau), es ist also %4 g zu leicht: Prüfen Sie auf einen fehlenden oder falschen Artikel.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="31"/>
        <source>The stock</source>
        <translation>Der Bestand</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="32"/>
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="233"/>
        <location filename="../../db/StoreReplenishment.cpp" line="47"/>
        <source>There is no replenishment task %1.</source>
        <translation>Es gibt keine Nachschubaufgabe %1.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="238"/>
        <source>Replenishment task %1 is waiting for bulk stock of %2: there is nothing to move yet.</source>
        <translation>Nachschubaufgabe %1 wartet auf Reservebestand von %2: Es gibt noch nichts umzulagern.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="245"/>
        <source>Replenishment task %1 is finished (%2): nothing is left to move.</source>
        <translation>Nachschubaufgabe %1 ist beendet (%2): Es ist nichts mehr umzulagern.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="255"/>
        <source>Only %1 more of %2 are to go to %3; %4 is too many.</source>
        <translation>Nach %3 gehen nur noch %1 von %2; %4 sind zu viele.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="269"/>
        <source>A pick face is refilled from bulk; %1 is a %2 location.</source>
        <translation>Ein Kommissionierplatz wird aus der Reserve aufgefüllt; %1 ist ein Lagerort vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="276"/>
        <source>%1 in %2 expired on %3: it does not go to a pick face.</source>
        <translation>%1 in %2 ist am %3 verfallen und kommt nicht auf einen Kommissionierplatz.</translation>
    </message>
    <message>
        <location filename="../../core/Replenishment.cpp" line="291"/>
        <source>%1 in %2 expires sooner (%3): take that first.</source>
        <translation>%1 in %2 verfällt früher (%3): Nehmen Sie zuerst diese Ware.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="75"/>
        <source>%1 must be at least 1, not %2.</source>
        <translation>%1 muss mindestens 1 sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="91"/>
        <source>Say why %1: the reason is what a supervisor reads back later.</source>
        <translation>Geben Sie an, warum %1: Den Grund liest die Schichtleitung später nach.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="96"/>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>Der Grund ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="113"/>
        <source>Only %1 of %2%3 in %4 are free; %5 cannot be taken (reserved units are released or short-picked first).</source>
        <translation>Nur %1 von %2%3 in %4 sind frei; %5 können nicht genommen werden (reservierte Einheiten werden zuerst freigegeben oder als Fehlmenge gemeldet).</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="123"/>
        <source>Scrapped quantity</source>
        <translation>Die verschrottete Menge</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="153"/>
        <source>Quarantined quantity</source>
        <translation>Die Menge für die Quarantäne</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="157"/>
        <source>the stock goes to quarantine</source>
        <translation>die Ware in Quarantäne kommt</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="171"/>
        <source>%1 is already a quarantine location.</source>
        <translation>%1 ist bereits ein Quarantäneplatz.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="175"/>
        <location filename="../../core/Returns.cpp" line="335"/>
        <source>%1 is a %2 location, not a quarantine location.</source>
        <translation>%1 ist ein Lagerort vom Typ %2, kein Quarantäneplatz.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="201"/>
        <source>Released quantity</source>
        <translation>Die freigegebene Menge</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="205"/>
        <source>the stock leaves quarantine</source>
        <translation>die Ware die Quarantäne verlässt</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="220"/>
        <source>%1 is not a quarantine location: move the stock instead.</source>
        <translation>%1 ist kein Quarantäneplatz: Lagern Sie die Ware stattdessen um.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="225"/>
        <source>Released stock goes to a pick face or bulk bin; %1 is a %2 location.</source>
        <translation>Freigegebene Ware kommt auf einen Kommissionier- oder Reserveplatz; %1 ist ein Lagerort vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../../core/StockControl.cpp" line="238"/>
        <source>Lot %1 of %2 expired on %3: it cannot go back on the shelf. Scrap it.</source>
        <translation>Charge %1 von %2 ist am %3 verfallen: Sie darf nicht zurück ins Regal. Verschrotten Sie sie.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="98"/>
        <location filename="../../db/StoreStockControl.cpp" line="93"/>
        <location filename="../../db/StoreStockControl.cpp" line="117"/>
        <source>There is no count %1 for this merchant.</source>
        <translation>Für diesen Händler gibt es keine Zählung %1.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="109"/>
        <source>Count %1 is %2: only a count in %3 can be %4.</source>
        <translation>Zählung %1 ist %2: Nur eine Zählung in %3 kann %4 werden.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="118"/>
        <source>A count tolerance cannot be negative.</source>
        <translation>Eine Zähltoleranz kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="122"/>
        <source>A count tolerance that large would post any count unseen.</source>
        <translation>Mit einer so großen Zähltoleranz würde jede Zählung ungeprüft gebucht.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="135"/>
        <source>A count needs at least one bin.</source>
        <translation>Eine Zählung braucht mindestens einen Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="139"/>
        <source>A count of %1 bins is too large (at most %2): split it.</source>
        <translation>Eine Zählung mit %1 Lagerplätzen ist zu groß (höchstens %2): Teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="143"/>
        <source>The note is too long (at most 200 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="149"/>
        <source>Bin %1 is named twice.</source>
        <translation>Lagerplatz %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="157"/>
        <source>Bin %1 is already being counted (count %2): finish or cancel that count first.</source>
        <translation>Lagerplatz %1 wird bereits gezählt (Zählung %2): Schließen Sie diese Zählung zuerst ab oder stornieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="171"/>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="177"/>
        <source>A counted quantity cannot be negative (%1 given).</source>
        <translation>Eine gezählte Menge kann nicht negativ sein (%1 angegeben).</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="182"/>
        <source>%1 units in one bin is not plausible; count again.</source>
        <translation>%1 Einheiten auf einem Lagerplatz sind nicht plausibel; zählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="189"/>
        <source>Bin %1 is not part of count %2.</source>
        <translation>Lagerplatz %1 gehört nicht zu Zählung %2.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="203"/>
        <source>Count %1 already holds %2 lines: submit it and count the rest in a new count.</source>
        <translation>Zählung %1 hat bereits %2 Zeilen: Schließen Sie sie ab und zählen Sie den Rest in einer neuen Zählung.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="224"/>
        <source>submitted</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="230"/>
        <source>Nothing was counted in count %1: scan each item in the bin, or record 0 for an item that is not there.</source>
        <translation>In Zählung %1 wurde nichts gezählt: Scannen Sie jeden Artikel auf dem Lagerplatz, oder erfassen Sie 0 für einen Artikel, der nicht da ist.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="303"/>
        <source>%1 of %2%3 in %4 are reserved for orders, and the count leaves %5. Have those picks reported short first, or order a recount.</source>
        <translation>%1 von %2%3 in %4 sind für Aufträge reserviert, und die Zählung lässt %5 übrig. Lassen Sie diese Entnahmen zuerst als Fehlmenge melden, oder ordnen Sie eine Nachzählung an.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="328"/>
        <source>recounted</source>
        <translation>nachgezählt</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="332"/>
        <source>it is counted again</source>
        <translation>erneut gezählt wird</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="344"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="348"/>
        <source>the count is posted as it is</source>
        <translation>die Zählung so gebucht wird</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="365"/>
        <source>Count %1 is %2: it can no longer be cancelled.</source>
        <translation>Zählung %1 ist %2: Sie kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <location filename="../../core/CycleCount.cpp" line="368"/>
        <source>the count is cancelled</source>
        <translation>die Zählung storniert wird</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="64"/>
        <location filename="../../db/StoreStockControl.cpp" line="189"/>
        <source>There is no return %1 for this merchant.</source>
        <translation>Für diesen Händler gibt es keine Retoure %1.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="90"/>
        <source>&quot;%1&quot; is not a valid RMA number (1-64 characters, no spaces).</source>
        <translation>&quot;%1&quot; ist keine gültige RMA-Nummer (1-64 Zeichen, keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="95"/>
        <source>&quot;%1&quot; is not a valid order id.</source>
        <translation>&quot;%1&quot; ist keine gültige Auftragsnummer.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="98"/>
        <source>RMA %1 is already registered.</source>
        <translation>RMA %1 ist bereits erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="102"/>
        <source>The reason of RMA %1 is longer than %2 characters.</source>
        <translation>Der Grund von RMA %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="107"/>
        <source>RMA %1 authorises nothing: it needs at least one line.</source>
        <translation>RMA %1 genehmigt nichts: Sie braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="111"/>
        <source>RMA %1 has too many lines (at most %2).</source>
        <translation>RMA %1 hat zu viele Zeilen (höchstens %2).</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="121"/>
        <source>RMA %1 names SKU %2 twice.</source>
        <translation>RMA %1 nennt SKU %2 doppelt.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="125"/>
        <source>An authorised quantity</source>
        <translation>Eine genehmigte Menge</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="145"/>
        <source>RMA %1 is already registered with another order or other lines.</source>
        <translation>RMA %1 ist bereits mit einem anderen Auftrag oder anderen Zeilen erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="151"/>
        <source>RMA %1 names no order: a return from the central service is against an order this warehouse shipped.</source>
        <translation>RMA %1 nennt keinen Auftrag: Eine Retoure von der Zentrale gehört zu einem Auftrag, den dieses Lager versandt hat.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="167"/>
        <source>Order %1 is %2: only a shipped order can be authorised for return.</source>
        <translation>Auftrag %1 ist %2: Nur für einen versandten Auftrag kann eine Retoure genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="180"/>
        <source>Order %1 shipped no %2: RMA %3 cannot authorise it.</source>
        <translation>Auftrag %1 hat kein %2 versandt: RMA %3 kann es nicht genehmigen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="186"/>
        <source>Order %1 shipped %2 of %3: RMA %4 cannot authorise %5.</source>
        <translation>Auftrag %1 hat %2 von %3 versandt: RMA %4 kann nicht %5 genehmigen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="190"/>
        <source>Order %1 shipped %2 of %3 and its RMAs authorise %4 already: RMA %5 cannot authorise %6 more.</source>
        <translation>Auftrag %1 hat %2 von %3 versandt, und seine RMAs genehmigen bereits %4: RMA %5 kann nicht %6 weitere genehmigen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="203"/>
        <source>Scan the order or the RMA the return comes with (one of them).</source>
        <translation>Scannen Sie den Auftrag oder die RMA, mit der die Retoure kommt (eines von beiden).</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="215"/>
        <source>Order %1 is %2: only a shipped order can come back.</source>
        <translation>Auftrag %1 ist %2: Nur ein versandter Auftrag kann zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="222"/>
        <location filename="../../db/StoreStockControl.cpp" line="195"/>
        <source>There is no RMA %1 for this merchant.</source>
        <translation>Für diesen Händler gibt es keine RMA %1.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="242"/>
        <source>Order %1 shipped no %2%3: it cannot come back against this order.</source>
        <translation>Auftrag %1 hat kein %2%3 versandt: Es kann nicht zu diesem Auftrag zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="250"/>
        <source>All %1 of %2%3 that order %4 shipped are back already.</source>
        <translation>Alle %1 von %2%3, die Auftrag %4 versandt hat, sind bereits zurück.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="263"/>
        <source>RMA %1 does not authorise %2: it cannot come back against it.</source>
        <translation>RMA %1 genehmigt %2 nicht: Es kann nicht zu dieser RMA zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="270"/>
        <source>All %1 of %2 that RMA %3 authorises are back already.</source>
        <translation>Alle %1 von %2, die RMA %3 genehmigt, sind bereits zurück.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="283"/>
        <source>Return %1 is closed: open a new return for this item.</source>
        <translation>Retoure %1 ist abgeschlossen: Öffnen Sie für diesen Artikel eine neue Retoure.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="286"/>
        <source>A returned quantity</source>
        <translation>Eine zurückgegebene Menge</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="297"/>
        <source>Return %1 holds %2 lines already: close it and open another.</source>
        <translation>Retoure %1 hat bereits %2 Zeilen: Schließen Sie sie ab und öffnen Sie eine weitere.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="305"/>
        <source>Only %1 more of %2%3 can come back against %4; %5 scanned.</source>
        <translation>Zu %4 können nur noch %1 von %2%3 zurückkommen; %5 gescannt.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="308"/>
        <source>RMA %1</source>
        <translation>RMA %1</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="309"/>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="316"/>
        <source>A scrapped item goes to no bin: leave the location empty.</source>
        <translation>Ein verschrotteter Artikel kommt auf keinen Lagerplatz: Lassen Sie den Lagerort leer.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="321"/>
        <source>Scan the bin the item goes to.</source>
        <translation>Scannen Sie den Lagerplatz, auf den der Artikel kommt.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="329"/>
        <source>A restocked item goes to a pick face or bulk bin; %1 is a %2 location.</source>
        <translation>Ein wieder eingelagerter Artikel kommt auf einen Kommissionier- oder Reserveplatz; %1 ist ein Lagerort vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="349"/>
        <source>Lot %1 of %2 expired on %3: quarantine or scrap it, never restock it.</source>
        <translation>Charge %1 von %2 ist am %3 verfallen: In Quarantäne nehmen oder verschrotten, niemals wieder einlagern.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="378"/>
        <source>Return %1 is closed already.</source>
        <translation>Retoure %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../core/Returns.cpp" line="382"/>
        <source>Return %1 holds no items yet: scan what came back before closing it.</source>
        <translation>Retoure %1 enthält noch keine Artikel: Scannen Sie, was zurückkam, bevor Sie sie abschließen.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="214"/>
        <source>ASN: %1.</source>
        <translation>ASN: %1.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="224"/>
        <source>ASN: not JSON (%1 at byte %2).</source>
        <translation>ASN: kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="228"/>
        <source>ASN: the file must hold one JSON object.</source>
        <translation>ASN: Die Datei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="237"/>
        <source>&quot;%1&quot; is not a valid ASN id (1-64 printable characters, no spaces).</source>
        <translation>&quot;%1&quot; ist keine gültige ASN-Nummer (1-64 druckbare Zeichen, keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="242"/>
        <source>ASN %1 names no supplier.</source>
        <translation>ASN %1 nennt keinen Lieferanten.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="245"/>
        <source>ASN %1 has no expected delivery date.</source>
        <translation>ASN %1 hat kein erwartetes Lieferdatum.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="248"/>
        <source>ASN %1 is already registered here.</source>
        <translation>ASN %1 ist hier bereits erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="252"/>
        <source>ASN %1 lists nothing: it needs at least one line.</source>
        <translation>ASN %1 führt nichts auf: Sie braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="255"/>
        <source>Line %1 of ASN %2</source>
        <translation>Zeile %1 der ASN %2</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="259"/>
        <source>%1: the quantity must be at least 1, not %2.</source>
        <translation>%1: Die Menge muss mindestens 1 sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="264"/>
        <source>%1: %2 units is not plausible (at most %3); check the quantity.</source>
        <translation>%1: %2 Einheiten sind nicht plausibel (höchstens %3); prüfen Sie die Menge.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="270"/>
        <source>%1: there is no SKU %2 for this merchant.</source>
        <translation>%1: Für diesen Händler gibt es keine SKU %2.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="275"/>
        <source>%1: SKU %2 is not lot-tracked, but lot %3 was given.</source>
        <translation>%1: SKU %2 wird nicht chargengeführt, aber Charge %3 wurde angegeben.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="279"/>
        <source>%1: &quot;%2&quot; is not a valid lot code.</source>
        <translation>%1: &quot;%2&quot; ist keine gültige Chargennummer.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="285"/>
        <source>%1: %2 is not an SSCC (18 digits with a valid check digit).</source>
        <translation>%1: %2 ist keine SSCC (18 Ziffern mit gültiger Prüfziffer).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="291"/>
        <source>%1: pallet %2 is already announced on ASN %3.</source>
        <translation>%1: Palette %2 ist bereits in ASN %3 angekündigt.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="298"/>
        <source>Lines %1 and %2 of ASN %3 both announce %4%5%6: send them as one line.</source>
        <translation>Die Zeilen %1 und %2 der ASN %3 kündigen beide %4%5%6 an: Senden Sie sie als eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="305"/>
        <source> on pallet %1</source>
        <translation> auf Palette %1</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="325"/>
        <source>Receipts are opened at a receiving location; %1 is a %2 location.</source>
        <translation>Wareneingänge werden an einem Wareneingangsplatz geöffnet; %1 ist ein Lagerort vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="332"/>
        <location filename="../../db/Store.cpp" line="899"/>
        <source>There is no ASN %1 for this merchant.</source>
        <translation>Für diesen Händler gibt es keine ASN %1.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="337"/>
        <source>ASN %1 was received on receipt %2 and is closed; what did not come was reported. A later delivery comes with a new ASN, or is received blind.</source>
        <translation>ASN %1 wurde mit Wareneingang %2 angenommen und ist abgeschlossen; was nicht kam, wurde gemeldet. Eine spätere Lieferung kommt mit einer neuen ASN oder wird ohne Abgleich angenommen.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="344"/>
        <source>ASN %1 is being received on receipt %2: continue that one.</source>
        <translation>ASN %1 wird gerade mit Wareneingang %2 angenommen: Machen Sie dort weiter.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="360"/>
        <location filename="../../db/Store.cpp" line="914"/>
        <source>Receipt %1 belongs to another merchant.</source>
        <translation>Wareneingang %1 gehört einem anderen Händler.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="363"/>
        <location filename="../../db/Store.cpp" line="916"/>
        <source>There is no receipt %1.</source>
        <translation>Es gibt keinen Wareneingang %1.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="368"/>
        <source>Receipt %1 is posted: nothing more goes into it. Open a new receipt.</source>
        <translation>Wareneingang %1 ist gebucht: Es kommt nichts mehr hinzu. Öffnen Sie einen neuen Wareneingang.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="382"/>
        <source>%1%2 on this receipt expires %3; this one says %4. One lot has one expiry date: check the label, or receive it on another receipt.</source>
        <translation>%1%2 auf diesem Wareneingang verfällt %3; dieser Scan sagt %4. Eine Charge hat ein Verfallsdatum: Prüfen Sie das Etikett oder nehmen Sie die Ware mit einem anderen Wareneingang an.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="394"/>
        <source>%1%2 in %3 expires %4; this one says %5. One lot has one expiry date in a location: receive it at another receiving location.</source>
        <translation>%1%2 in %3 verfällt %4; dieser Scan sagt %5. Eine Charge hat an einem Lagerort ein Verfallsdatum: Nehmen Sie die Ware an einem anderen Wareneingangsplatz an.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="419"/>
        <source>A pallet scan (SSCC) receives the pallet as its ASN lists it; scan items on their own.</source>
        <translation>Ein Palettenscan (SSCC) nimmt die Palette so an, wie ihre ASN sie aufführt; scannen Sie Artikel einzeln.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="426"/>
        <source>Scan a pallet label (SSCC) or an item.</source>
        <translation>Scannen Sie ein Palettenetikett (SSCC) oder einen Artikel.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="434"/>
        <source>Receipt %1 is not against an ASN, so pallet %2 has no announced contents: scan its items one by one.</source>
        <translation>Wareneingang %1 hat keine ASN, daher hat Palette %2 keinen angekündigten Inhalt: Scannen Sie ihre Artikel einzeln.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="440"/>
        <source>%1 is not an SSCC (18 digits with a valid check digit): scan the pallet label again.</source>
        <translation>%1 ist keine SSCC (18 Ziffern mit gültiger Prüfziffer): Scannen Sie das Palettenetikett erneut.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="453"/>
        <source>Pallet %1 is not on ASN %2: break it down and scan its items one by one.</source>
        <translation>Palette %1 steht nicht in ASN %2: Lösen Sie sie auf und scannen Sie ihre Artikel einzeln.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="460"/>
        <source>Pallet %1 was received on this receipt already (scan %2).</source>
        <translation>Palette %1 wurde mit diesem Wareneingang bereits angenommen (Scan %2).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="467"/>
        <source>Pallet %1 holds SKU %2, which this merchant no longer has.</source>
        <translation>Palette %1 enthält SKU %2, die dieser Händler nicht mehr führt.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="473"/>
        <source>Pallet %1 holds lot-tracked %2 without a lot on the ASN: scan its items one by one, with their lot.</source>
        <translation>Palette %1 enthält die chargengeführte SKU %2 ohne Charge in der ASN: Scannen Sie ihre Artikel einzeln, mit ihrer Charge.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="481"/>
        <location filename="../../core/Receiving.cpp" line="578"/>
        <source>%1 units of %2 on one receipt is not plausible (at most %3).</source>
        <translation>%1 Einheiten von %2 auf einem Wareneingang sind nicht plausibel (höchstens %3).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="510"/>
        <source>&quot;%1&quot; is not a code the appliance can read: scan it again.</source>
        <translation>&quot;%1&quot; ist kein Code, den das Gerät lesen kann: Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="514"/>
        <source>A scan stands for at least 1 unit, not %1.</source>
        <translation>Ein Scan steht für mindestens 1 Einheit, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="528"/>
        <source>Serial &quot;%1&quot; is not a valid serial number.</source>
        <translation>&quot;%1&quot; ist keine gültige Seriennummer.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="533"/>
        <source>A serial number names one unit: scan each unit on its own (%1 given).</source>
        <translation>Eine Seriennummer steht für eine Einheit: Scannen Sie jede Einheit einzeln (%1 angegeben).</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="561"/>
        <source>%1 is lot-tracked: scan the code with its lot, or enter the lot.</source>
        <translation>%1 wird chargengeführt: Scannen Sie den Code mit der Charge oder geben Sie die Charge ein.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="570"/>
        <source>Serial %1 of %2 was received already (receipt %3): a serial number is one unit. Check the label.</source>
        <translation>Seriennummer %1 von %2 wurde bereits angenommen (Wareneingang %3): Eine Seriennummer ist eine Einheit. Prüfen Sie das Etikett.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="604"/>
        <source>Nothing is scanned on receipt %1: there is nothing to undo.</source>
        <translation>Auf Wareneingang %1 ist nichts gescannt: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../core/Receiving.cpp" line="631"/>
        <source>Nothing is scanned on receipt %1: scan what arrived before posting.</source>
        <translation>Auf Wareneingang %1 ist nichts gescannt: Scannen Sie vor dem Buchen, was angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="107"/>
        <source>Put away at least 1 unit, not %1.</source>
        <translation>Lagern Sie mindestens 1 Einheit ein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="166"/>
        <source>%1 holds %2%3 expiring %4; these units (%2%5) expire %6. Lots that expire on different dates do not share a bin: choose another.</source>
        <translation>%1 enthält %2%3, das %4 verfällt; diese Einheiten (%2%5) verfallen %6. Chargen mit verschiedenen Verfallsdaten teilen sich keinen Lagerplatz: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="229"/>
        <source>No empty bin can take %1 of %2%3: choose a bin and scan it.</source>
        <translation>Kein leerer Lagerplatz kann %1 von %2%3 aufnehmen: Wählen Sie einen Lagerplatz und scannen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="234"/>
        <source>No bin in zone %1 can take %2 of %3%4: choose a bin and scan it.</source>
        <translation>Kein Lagerplatz in Zone %1 kann %2 von %3%4 aufnehmen: Wählen Sie einen Lagerplatz und scannen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="260"/>
        <source>Putaway takes stock from a receiving location; %1 is a %2 location: move it instead.</source>
        <translation>Eingelagert wird Ware von einem Wareneingangsplatz; %1 ist ein Lagerort vom Typ %2: Lagern Sie die Ware stattdessen um.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="271"/>
        <source>%1 is a %2 area: put stock away into a pick, bulk or quarantine bin.</source>
        <translation>%1 ist ein Bereich vom Typ %2: Lagern Sie Ware auf einen Kommissionier-, Reserve- oder Quarantäneplatz ein.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="277"/>
        <source>%1 is the pick face of %2: choose another bin for %3.</source>
        <translation>%1 ist der Kommissionierplatz von %2: Wählen Sie einen anderen Lagerplatz für %3.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="284"/>
        <source>Only %1 of %2%3 is waiting in %4; %5 to put away.</source>
        <translation>In %4 warten nur %1 von %2%3; %5 zum Einlagern.</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="297"/>
        <source>%1 cm3 (it holds %2 cm3, these need %3 cm3)</source>
        <translation>%1 cm3 (er enthält %2 cm3, diese brauchen %3 cm3)</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="300"/>
        <source>%1 g (it holds %2 g, these weigh %3 g)</source>
        <translation>%1 g (er enthält %2 g, diese wiegen %3 g)</translation>
    </message>
    <message>
        <location filename="../../core/Putaway.cpp" line="305"/>
        <source>%1 cannot take %2 of %3: it takes at most %4. Choose another bin.</source>
        <translation>%1 kann %2 von %3 nicht aufnehmen: Er fasst höchstens %4. Wählen Sie einen anderen Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="21"/>
        <source>The appliance&apos;s disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Der Speicher des Geräts ist voll: Es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="23"/>
        <source>The appliance&apos;s disk is full: nothing was saved. Free some space and try again. (%1)</source>
        <translation>Der Speicher des Geräts ist voll: Es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="29"/>
        <source>The store is read-only: nothing was saved. Check the data folder&apos;s permissions and the disk.</source>
        <translation>Der Datenspeicher ist schreibgeschützt: Es wurde nichts gespeichert. Prüfen Sie die Rechte des Datenordners und den Datenträger.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="31"/>
        <source>The store is read-only: nothing was saved. Check the data folder&apos;s permissions and the disk. (%1)</source>
        <translation>Der Datenspeicher ist schreibgeschützt: Es wurde nichts gespeichert. Prüfen Sie die Rechte des Datenordners und den Datenträger. (%1)</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="37"/>
        <source>The store is locked by another program: nothing was saved. Try again.</source>
        <translation>Der Datenspeicher ist von einem anderen Programm gesperrt: Es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="39"/>
        <source>The store is locked by another program: nothing was saved. Try again. (%1)</source>
        <translation>Der Datenspeicher ist von einem anderen Programm gesperrt: Es wurde nichts gespeichert. Versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="45"/>
        <source>The store file is damaged or is not an appliance store.</source>
        <translation>Die Datei des Datenspeichers ist beschädigt oder gehört nicht zu diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="46"/>
        <source>The store file is damaged or is not an appliance store. (%1)</source>
        <translation>Die Datei des Datenspeichers ist beschädigt oder gehört nicht zu diesem Gerät. (%1)</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="49"/>
        <source>The store file cannot be opened.</source>
        <translation>Die Datei des Datenspeichers kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="50"/>
        <source>The store file cannot be opened. (%1)</source>
        <translation>Die Datei des Datenspeichers kann nicht geöffnet werden. (%1)</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="52"/>
        <source>The store failed: %1.</source>
        <translation>Der Datenspeicher meldet einen Fehler: %1.</translation>
    </message>
    <message>
        <location filename="../../db/Sqlite.cpp" line="53"/>
        <source>The store failed: %1. (%2)</source>
        <translation>Der Datenspeicher meldet einen Fehler: %1. (%2)</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="99"/>
        <source>The store %1 is read-only: nothing was saved. Check the data folder&apos;s permissions and the disk.</source>
        <translation>Der Datenspeicher %1 ist schreibgeschützt: Es wurde nichts gespeichert. Prüfen Sie die Rechte des Datenordners und den Datenträger.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="110"/>
        <source>&quot;%1&quot; is not a valid tenant id (1-32 letters, digits, - or _).</source>
        <translation>&quot;%1&quot; ist keine gültige Händlerkennung (1-32 Buchstaben, Ziffern, - oder _).</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="115"/>
        <source>Tenant %1 needs a name.</source>
        <translation>Händler %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="130"/>
        <source>Tenant %1 is already registered.</source>
        <translation>Händler %1 ist bereits angelegt.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="154"/>
        <location filename="../../db/Store.cpp" line="219"/>
        <source>There is no tenant %1 here.</source>
        <translation>Hier gibt es keinen Händler %1.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="328"/>
        <source>A numbered command starts at 1.</source>
        <translation>Ein nummerierter Befehl beginnt bei 1.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="456"/>
        <source>A command needs an id of 1-128 characters.</source>
        <translation>Ein Befehl braucht eine Kennung mit 1-128 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="492"/>
        <source>Command %1 was already used by another tenant.</source>
        <translation>Befehl %1 wurde bereits von einem anderen Händler verwendet.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="847"/>
        <source>Order %1 has no shipment.</source>
        <translation>Auftrag %1 hat keine Sendung.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="854"/>
        <source>There is no tracking range %1.</source>
        <translation>Es gibt keinen Nummernkreis %1.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="1114"/>
        <source>No SKU of this merchant has GTIN %1.</source>
        <translation>Keine SKU dieses Händlers hat die GTIN %1.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="1160"/>
        <source>Order %1 has no reservation here.</source>
        <translation>Auftrag %1 hat hier keine Reservierung.</translation>
    </message>
    <message>
        <location filename="../../db/Store.cpp" line="1183"/>
        <source>%1 exists: a rebuild writes a new store and never overwrites one.</source>
        <translation>%1 ist bereits vorhanden: Ein Neuaufbau schreibt einen neuen Datenspeicher und überschreibt nie einen vorhandenen.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="46"/>
        <source>There is no print job %1.</source>
        <translation>Es gibt keinen Druckauftrag %1.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="80"/>
        <source>A print job needs a %1: nothing was queued.</source>
        <translation>Ein Druckauftrag braucht %1: Es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="85"/>
        <source>printer</source>
        <translation>einen Drucker</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="86"/>
        <source>tenant</source>
        <translation>einen Händler</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="87"/>
        <source>kind</source>
        <translation>eine Art</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="88"/>
        <source>idempotency key</source>
        <translation>einen Idempotenzschlüssel</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="94"/>
        <source>The print job %1 has no label data: nothing was queued.</source>
        <translation>Der Druckauftrag %1 hat keine Etikettendaten: Es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="99"/>
        <source>The print job %1 is %2 bytes, more than the %3 a label may have: nothing was queued.</source>
        <translation>Der Druckauftrag %1 hat %2 Bytes, mehr als die %3, die ein Etikett haben darf: Es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="171"/>
        <source>Print job %1 is %2; it cannot become %3.</source>
        <translation>Druckauftrag %1 ist %2; er kann nicht %3 werden.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="338"/>
        <source>Say why (print job %1): the reason is what a supervisor reads back in the audit trail.</source>
        <translation>Geben Sie den Grund an (Druckauftrag %1): Die Schichtleitung liest ihn später im Prüfprotokoll nach.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="347"/>
        <source>Print job %1 belongs to another merchant: nothing was changed.</source>
        <translation>Druckauftrag %1 gehört einem anderen Händler: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="352"/>
        <source>Print job %1 is %2: %3</source>
        <translation>Druckauftrag %1 ist %2: %3</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="384"/>
        <source>only a printed, uncertain or failed label can be reprinted.</source>
        <translation>Nur ein gedrucktes, unsicheres oder fehlgeschlagenes Etikett kann nachgedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="438"/>
        <source>only an uncertain one is confirmed by hand.</source>
        <translation>Nur ein unsicherer Druckauftrag wird von Hand bestätigt.</translation>
    </message>
    <message>
        <location filename="../../db/SqlPrintQueue.cpp" line="460"/>
        <source>it cannot be cancelled.</source>
        <translation>Er kann nicht storniert werden.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="53"/>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="61"/>
        <source>The PIN could not be hashed: not enough memory for Argon2id.</source>
        <translation>Die PIN konnte nicht verschlüsselt werden: zu wenig Speicher für Argon2id.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="69"/>
        <source>A staff number is 1 to 32 characters.</source>
        <translation>Eine Personalnummer hat 1 bis 32 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="72"/>
        <source>Staff %1 needs a name.</source>
        <translation>Mitarbeiter %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="76"/>
        <source>The system role belongs to the appliance, not to a person.</source>
        <translation>Die Systemrolle gehört dem Gerät, nicht einer Person.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="79"/>
        <source>Staff %1 must work for at least one merchant.</source>
        <translation>Mitarbeiter %1 muss für mindestens einen Händler arbeiten.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="84"/>
        <source>A merchant id may not be empty or hold a comma.</source>
        <translation>Eine Händlerkennung darf nicht leer sein und kein Komma enthalten.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="93"/>
        <source>Badge %1 belongs to staff %2 already.</source>
        <translation>Ausweis %1 gehört bereits Mitarbeiter %2.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="114"/>
        <location filename="../../db/StaffDirectory.cpp" line="193"/>
        <source>There is no staff %1 here.</source>
        <translation>Hier gibt es keinen Mitarbeiter %1.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="126"/>
        <source>No member of staff is known by %1 here.</source>
        <translation>Hier ist kein Mitarbeiter unter %1 bekannt.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="168"/>
        <source>Staff %1 is no longer active here. Ask a supervisor.</source>
        <translation>Mitarbeiter %1 ist hier nicht mehr aktiv. Fragen Sie die Schichtleitung.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="173"/>
        <source>Too many wrong PINs: staff %1 is locked until %2.</source>
        <translation>Zu viele falsche PINs: Mitarbeiter %1 ist bis %2 gesperrt.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="213"/>
        <source>Wrong PIN, %1 times: staff %2 is locked until %3.</source>
        <translation>%1-mal falsche PIN: Mitarbeiter %2 ist bis %3 gesperrt.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="221"/>
        <source>Wrong PIN. One more try before the lock.</source>
        <translation>Falsche PIN. Noch ein Versuch vor der Sperre.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="222"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Falsche PIN. Noch %1 Versuche.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="238"/>
        <source>The badge scan was empty.</source>
        <translation>Der Ausweisscan war leer.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="242"/>
        <source>This badge is not registered here.</source>
        <translation>Dieser Ausweis ist hier nicht registriert.</translation>
    </message>
    <message>
        <location filename="../../db/StaffDirectory.cpp" line="256"/>
        <source>%1 is not a supervisor: only a supervisor may approve this.</source>
        <translation>%1 gehört nicht zur Schichtleitung: Nur die Schichtleitung darf das freigeben.</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="40"/>
        <source>has no data</source>
        <translation>hat keine Daten</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="42"/>
        <source>has a bad check digit</source>
        <translation>hat eine falsche Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="44"/>
        <source>has a character it cannot carry</source>
        <translation>hat ein Zeichen, das er nicht darstellen kann</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="46"/>
        <source>has too much data</source>
        <translation>hat zu viele Daten</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="48"/>
        <source>has data the symbology refuses</source>
        <translation>hat Daten, die die Symbologie ablehnt</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="58"/>
        <source>The %1 barcode %2; nothing was printed.</source>
        <translation>Der Barcode %1 %2; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="62"/>
        <source>The %1 barcode %2 (%3); nothing was printed.</source>
        <translation>Der Barcode %1 %2 (%3); es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../devices/BarcodeEncoder.cpp" line="95"/>
        <source>Out of memory while encoding a barcode.</source>
        <translation>Zu wenig Speicher beim Erzeugen eines Barcodes.</translation>
    </message>
    <message>
        <location filename="../../devices/DigitalLink.cpp" line="38"/>
        <source>The web address names AI %1, which is no GS1 application identifier the appliance knows.</source>
        <translation>Die Webadresse nennt AI %1, einen GS1-Datenbezeichner, den das Gerät nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../devices/DigitalLink.cpp" line="98"/>
        <source>The web address ends with AI %1 and no value for it.</source>
        <translation>Die Webadresse endet mit AI %1 ohne Wert dafür.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="500"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="504"/>
        <source>The %1 (AI %2) has %3 characters; it must have %4.</source>
        <translation>%1 (AI %2) hat %3 Zeichen; es müssen %4 sein.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="520"/>
        <source>The %1 (AI %2) holds the character &quot;%3&quot;, which is not a digit.</source>
        <translation>%1 (AI %2) enthält das Zeichen &quot;%3&quot;, das keine Ziffer ist.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="525"/>
        <source>The %1 (AI %2) holds the character &quot;%3&quot;, which is not allowed in GS1 barcodes.</source>
        <translation>%1 (AI %2) enthält das Zeichen &quot;%3&quot;, das in GS1-Barcodes nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="537"/>
        <source>The %1 (AI %2) %3 has a wrong check digit: it was misprinted or misread.</source>
        <translation>%1 (AI %2) %3 hat eine falsche Prüfziffer: Der Code wurde falsch gedruckt oder falsch gelesen.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="554"/>
        <source>The %1 (AI %2) %3 is not a real date (YYMMDD, day 00 for the month&apos;s last day).</source>
        <translation>%1 (AI %2) %3 ist kein gültiges Datum (JJMMTT, Tag 00 für den letzten Tag des Monats).</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="561"/>
        <source>The %1 (AI %2) %3 is not a real date (YYMMDDHHMM).</source>
        <translation>%1 (AI %2) %3 ist kein gültiges Datum (JJMMTTHHMM).</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="566"/>
        <source>The %1 (AI %2) %3 is not a real date (YYMMDD).</source>
        <translation>%1 (AI %2) %3 ist kein gültiges Datum (JJMMTT).</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="587"/>
        <source>AI %1 and AI %2 are the same measure twice: one barcode carries each measure once.</source>
        <translation>AI %1 und AI %2 sind zweimal dasselbe Maß: Ein Barcode enthält jedes Maß nur einmal.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="593"/>
        <source>AI %1 appears twice with different values (%2 and %3): two labels were read as one, or the label is wrong.</source>
        <translation>AI %1 kommt zweimal mit verschiedenen Werten vor (%2 und %3): Zwei Etiketten wurden als eines gelesen, oder das Etikett ist falsch.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="610"/>
        <source>AI %1 and AI %2 may not appear in one barcode.</source>
        <translation>AI %1 und AI %2 dürfen nicht im selben Barcode stehen.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="630"/>
        <source>The %1 (AI %2) needs the item it belongs to: AI %3 is missing.</source>
        <translation>%1 (AI %2) braucht den Artikel, zu dem es gehört: AI %3 fehlt.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="650"/>
        <source>The barcode holds no GS1 data.</source>
        <translation>Der Barcode enthält keine GS1-Daten.</translation>
    </message>
    <message>
        <location filename="../../devices/Gs1.cpp" line="664"/>
        <source>The data &quot;%1&quot; does not start with a GS1 application identifier the appliance knows.</source>
        <translation>Die Daten &quot;%1&quot; beginnen nicht mit einem GS1-Datenbezeichner, den das Gerät kennt.</translation>
    </message>
    <message>
        <location filename="../../devices/LabelPainter.cpp" line="172"/>
        <source>A preview is drawn at 72 to 1200 dpi, not %1.</source>
        <translation>Eine Vorschau wird mit 72 bis 1200 dpi gezeichnet, nicht mit %1.</translation>
    </message>
    <message>
        <location filename="../../devices/LabelPainter.cpp" line="213"/>
        <source>The preview could not be written as PNG.</source>
        <translation>Die Vorschau konnte nicht als PNG geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../devices/LabelPainter.cpp" line="223"/>
        <source>There is no label to draw.</source>
        <translation>Es gibt kein Etikett zum Zeichnen.</translation>
    </message>
    <message>
        <location filename="../../devices/ReceivingScan.cpp" line="37"/>
        <source>%1 names no item or pallet (no GTIN and no SSCC): scan the item&apos;s own code.</source>
        <translation>%1 nennt keinen Artikel und keine Palette (keine GTIN und keine SSCC): Scannen Sie den Code des Artikels selbst.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="72"/>
        <source>Only part of the code was read: %1 Scan it again.</source>
        <translation>Nur ein Teil des Codes wurde gelesen: %1 Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="83"/>
        <source>An EAN/UPC code holds digits only.</source>
        <translation>Ein EAN/UPC-Code enthält nur Ziffern.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="91"/>
        <source>Only %1 of the %2 digits of the code were read. Scan it again.</source>
        <translation>Nur %1 der %2 Ziffern des Codes wurden gelesen. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="97"/>
        <source>%1 digits came for one %2-digit code: two codes were read as one. Cover the other code and scan again.</source>
        <translation>%1 Ziffern kamen für einen %2-stelligen Code: Zwei Codes wurden als einer gelesen. Decken Sie den anderen Code ab und scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="183"/>
        <source>Nothing was read.</source>
        <translation>Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="189"/>
        <source>The code&apos;s type (its AIM identifier) was cut off. Scan it again.</source>
        <translation>Der Typ des Codes (seine AIM-Kennung) wurde abgeschnitten. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="203"/>
        <source>The scan holds control character 0x%1 at position %2: that is line noise or a scanner set up wrongly, not a barcode.</source>
        <translation>Der Scan enthält das Steuerzeichen 0x%1 an Position %2: Das ist eine Leitungsstörung oder ein falsch eingestellter Scanner, kein Barcode.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="215"/>
        <source>Two codes were read as one (a second %1 at position %2). Cover the other code and scan again.</source>
        <translation>Zwei Codes wurden als einer gelesen (ein zweites %1 an Position %2). Decken Sie den anderen Code ab und scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ScanDecoder.cpp" line="221"/>
        <source>Only the code&apos;s type was read, no data. Scan it again.</source>
        <translation>Nur der Typ des Codes wurde gelesen, keine Daten. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="137"/>
        <source>The scanner was disconnected in the middle of a scan; the %1 bytes read so far were dropped. Scan it again.</source>
        <translation>Der Scanner wurde mitten in einem Scan getrennt; die bisher gelesenen %1 Bytes wurden verworfen. Scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="171"/>
        <source>Only part of a scan came (%1 bytes, then nothing for %2 ms). Scan it again.</source>
        <translation>Nur ein Teil eines Scans kam an (%1 Bytes, dann %2 ms lang nichts). Scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="204"/>
        <source>More than %1 bytes came without the scanner&apos;s suffix (%2): several scans ran together, or the scanner ends its scans with another suffix. The bytes up to the next suffix are dropped.</source>
        <translation>Mehr als %1 Bytes kamen ohne das Endzeichen des Scanners (%2): Mehrere Scans liefen zusammen, oder der Scanner beendet seine Scans mit einem anderen Endzeichen. Die Bytes bis zum nächsten Endzeichen werden verworfen.</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="226"/>
        <source>The scan holds bytes that are not UTF-8: line noise, or a scanner sending another encoding (set encoding=latin1).</source>
        <translation>Der Scan enthält Bytes, die kein UTF-8 sind: eine Leitungsstörung oder ein Scanner mit anderer Kodierung (stellen Sie encoding=latin1 ein).</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="242"/>
        <source>The scan holds byte %1 at position %2, which is not ASCII: line noise, or a scanner sending another encoding.</source>
        <translation>Der Scan enthält an Position %2 das Byte %1, das kein ASCII ist: eine Leitungsstörung oder ein Scanner mit anderer Kodierung.</translation>
    </message>
    <message>
        <location filename="../../devices/SerialScanner.cpp" line="256"/>
        <source>The scan does not start with the scanner&apos;s prefix: its start was lost, or the scanner is set up without the prefix. Scan it again.</source>
        <translation>Der Scan beginnt nicht mit dem Präfix des Scanners: Sein Anfang ging verloren, oder der Scanner ist ohne Präfix eingestellt. Scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../devices/ZplEncoder.cpp" line="129"/>
        <source>The %1 barcode has a value with ( ) &gt; or a space, which the printer&apos;s GS1-128 mode reads as markup (AI %2); nothing was printed.</source>
        <translation>Der Barcode %1 hat einen Wert mit ( ) &gt; oder einem Leerzeichen, die der GS1-128-Modus des Druckers als Steuerzeichen liest (AI %2); es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../devices/ZplEncoder.cpp" line="212"/>
        <source>Printers here have 152, 203, 300 or 600 dpi, not %1.</source>
        <translation>Drucker haben hier 152, 203, 300 oder 600 dpi, nicht %1.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="50"/>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 gibt es schon; eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="55"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Den Ordner von %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="59"/>
        <source>%1 is left from an earlier backup that did not finish (or one is running now); remove it first.</source>
        <translation>%1 ist von einer früheren Sicherung übrig, die nicht fertig wurde (oder eine läuft gerade); entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="67"/>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Datenbestand.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="106"/>
        <source>The backup to %1 failed, nothing was kept: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen, nichts wurde behalten: %2</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="114"/>
        <source>The backup to %1 could not be flushed to disk, nothing was kept.</source>
        <translation>Die Sicherung nach %1 konnte nicht auf die Platte geschrieben werden, nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="140"/>
        <source>The backup could not be named %1: %2</source>
        <translation>Die Sicherung konnte nicht %1 genannt werden: %2</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="159"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="167"/>
        <source>At least one backup must be kept.</source>
        <translation>Mindestens eine Sicherung muss behalten werden.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="176"/>
        <source>The old backup %1 could not be removed.</source>
        <translation>Die alte Sicherung %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="187"/>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="197"/>
        <source>The backup %1 could not be copied next to the store.</source>
        <translation>Die Sicherung %1 konnte nicht neben den Datenbestand kopiert werden.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="215"/>
        <location filename="../../db/Backup.cpp" line="227"/>
        <location filename="../../db/Backup.cpp" line="236"/>
        <source>The backup %1 was refused: %2</source>
        <translation>Die Sicherung %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="219"/>
        <source>The backup %1 is not a store of this appliance.</source>
        <translation>Die Sicherung %1 ist kein Datenbestand dieses Geräts.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="240"/>
        <source>The backup %1 was refused: its event log is broken at event %2 (%3). The store was left as it was.</source>
        <translation>Die Sicherung %1 wurde abgelehnt: ihr Ereignisprotokoll ist bei Ereignis %2 gebrochen (%3). Der Datenbestand blieb, wie er war.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="257"/>
        <source>The restored store could not be flushed to disk.</source>
        <translation>Der wiederhergestellte Datenbestand konnte nicht auf die Platte geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="277"/>
        <source>The store %1 is in use (is the appliance running?). Stop it, then restore again. The store was left as it was.</source>
        <translation>Der Datenbestand %1 ist in Gebrauch (läuft das Gerät?). Halten Sie es an und stellen Sie dann erneut wieder her. Der Datenbestand blieb, wie er war.</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="288"/>
        <source>The store could not be kept aside as %1: %2</source>
        <translation>Der Datenbestand konnte nicht als %1 beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="302"/>
        <source>The restored store could not be put in place: %1</source>
        <translation>Der wiederhergestellte Datenbestand konnte nicht an seinen Platz gestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../db/Backup.cpp" line="345"/>
        <location filename="../../db/Backup.cpp" line="386"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
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
        <location filename="../KioskWindow.cpp" line="261"/>
        <source>Stations %1</source>
        <translation>Stationen %1</translation>
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
        <location filename="../LoginScreen.cpp" line="258"/>
        <source>Working for %1 at station %2.</source>
        <translation>Arbeit für %1 an Station %2.</translation>
    </message>
    <message>
        <location filename="../LoginScreen.cpp" line="262"/>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
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
        <location filename="../PackScreen.cpp" line="804"/>
        <source>Label 1 of %1 (%2).</source>
        <translation>Etikett 1 von %1 (%2).</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="867"/>
        <source>The label is already in the queue of printer %1 (job %2): nothing new to print.</source>
        <translation>Das Etikett ist bereits in der Warteschlange von Drucker %1 (Auftrag %2): Es gibt nichts Neues zu drucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="870"/>
        <source>Label sent to printer %1 (job %2).</source>
        <translation>Etikett an Drucker %1 gesendet (Auftrag %2).</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="879"/>
        <source>The labels folder %1 could not be made.</source>
        <translation>Der Etikettenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="909"/>
        <source>No printer is attached to this station: the label was saved as %1 in the labels folder.</source>
        <translation>An dieser Station ist kein Drucker angeschlossen: Das Etikett wurde als %1 im Etikettenordner gespeichert.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="929"/>
        <source>Handed over: shipment %1 of order %2 has left with the carrier.</source>
        <translation>Übergeben: Sendung %1 von Auftrag %2 hat das Lager mit dem Versanddienstleister verlassen.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="948"/>
        <source>A reprint needs a supervisor&apos;s approval: the supervisor scans their badge, or enters their staff number and PIN. Then choose why and tap Reprint.</source>
        <translation>Ein Nachdruck braucht die Freigabe der Schichtleitung: Die Schichtleitung scannt ihren Ausweis oder gibt Personalnummer und PIN ein. Wählen Sie dann den Grund und tippen Sie auf Nachdrucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="950"/>
        <source>Choose why the label is printed again, then tap Reprint.</source>
        <translation>Wählen Sie, warum das Etikett erneut gedruckt wird, und tippen Sie dann auf Nachdrucken.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="983"/>
        <source>Enter the supervisor&apos;s PIN too.</source>
        <translation>Bitte auch die PIN der Schichtleitung eingeben.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="1011"/>
        <source>Reprint recorded.</source>
        <translation>Nachdruck erfasst.</translation>
    </message>
    <message>
        <location filename="../PackScreen.cpp" line="1012"/>
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
        <location filename="../ScanLookup.cpp" line="32"/>
        <source>No SKU of this merchant has GTIN %1.</source>
        <translation>Kein Artikel dieses Händlers hat die GTIN %1.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="43"/>
        <source>That is a pallet label: scan an item&apos;s own code.</source>
        <translation>Das ist ein Palettenetikett: Scannen Sie den Code des Artikels selbst.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="46"/>
        <source>%1 names no item (no GTIN): scan the item&apos;s own code.</source>
        <translation>%1 bezeichnet keinen Artikel (keine GTIN): Scannen Sie den Code des Artikels selbst.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="113"/>
        <source>%1 is no item and no bin of this merchant.</source>
        <translation>%1 ist weder ein Artikel noch ein Lagerplatz dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="140"/>
        <source>bin %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="149"/>
        <source>SKU %1 (%2)</source>
        <translation>SKU %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="151"/>
        <source>SKU %1 (%2), lot %3</source>
        <translation>SKU %1 (%2), Charge %3</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="178"/>
        <source>Nothing found for %1: it is no SKU, GTIN, bin or lot of this merchant.</source>
        <translation>Nichts gefunden für %1: Es ist keine SKU, GTIN, kein Lagerplatz und keine Charge dieses Händlers.</translation>
    </message>
    <message>
        <location filename="../ScanLookup.cpp" line="182"/>
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
        <location filename="../SupervisorScreen.cpp" line="114"/>
        <source>Print jobs</source>
        <translation>Druckaufträge</translation>
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
        <location filename="../SupervisorScreen.cpp" line="609"/>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
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
