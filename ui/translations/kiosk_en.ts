<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wh::ui::AlertsScreen</name>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="92"/>
        <source>%n label(s) may or may not have printed: a supervisor decides under Supervisor, Print jobs.</source>
        <translation>
            <numerusform>%n label may or may not have printed: a supervisor decides under Supervisor, Print jobs.</numerusform>
            <numerusform>%n labels may or may not have printed: a supervisor decides under Supervisor, Print jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="109"/>
        <source>%1. %n event(s) wait; nothing is lost, they go when the link is back.</source>
        <translation>
            <numerusform>%1. %n event waits; nothing is lost, it goes when the link is back.</numerusform>
            <numerusform>%1. %n events wait; nothing is lost, they go when the link is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="114"/>
        <source>%n command(s) from the central service could not be applied: see the supervisor screen.</source>
        <translation>
            <numerusform>%n command from the central service could not be applied: see the supervisor screen.</numerusform>
            <numerusform>%n commands from the central service could not be applied: see the supervisor screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../AlertsScreen.cpp" line="119"/>
        <source>%n number(s) left (warning at %1): ask the carrier for a new range.</source>
        <translation>
            <numerusform>%n number left (warning at %1): ask the carrier for a new range.</numerusform>
            <numerusform>%n numbers left (warning at %1): ask the carrier for a new range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::BacklogChart</name>
    <message numerus="yes">
        <location filename="../BacklogChart.cpp" line="51"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::DevicesScreen</name>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="91"/>
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n job waiting</numerusform>
            <numerusform>%n jobs waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="93"/>
        <source>%n job(s) need a decision (supervisor)</source>
        <translation>
            <numerusform>%n job needs a decision (supervisor)</numerusform>
            <numerusform>%n jobs need a decision (supervisor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::KioskWindow</name>
    <message numerus="yes">
        <location filename="../KioskWindow.cpp" line="290"/>
        <source>sync: %1, %n waiting</source>
        <translation>
            <numerusform>sync: %1, %n waiting</numerusform>
            <numerusform>sync: %1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::LookupScreen</name>
    <message numerus="yes">
        <location filename="../LookupScreen.cpp" line="100"/>
        <source>%1: %2 on hand, %3 available, in %n row(s).</source>
        <translation>
            <numerusform>%1: %2 on hand, %3 available, in %n row.</numerusform>
            <numerusform>%1: %2 on hand, %3 available, in %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::MaintenanceScreen</name>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="138"/>
        <source>The event log is whole: %n event(s) checked, every link holds.</source>
        <translation>
            <numerusform>The event log is whole: %n event checked, every link holds.</numerusform>
            <numerusform>The event log is whole: %n events checked, every link holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="177"/>
        <source>%n event(s) replayed: every projection equals the live one.</source>
        <translation>
            <numerusform>%n event replayed: every projection equals the live one.</numerusform>
            <numerusform>%n events replayed: every projection equals the live one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../MaintenanceScreen.cpp" line="183"/>
        <source>%n event(s) replayed: these projections differ from the live ones: %1. Call support.</source>
        <translation>
            <numerusform>%n event replayed: these projections differ from the live ones: %1. Call support.</numerusform>
            <numerusform>%n events replayed: these projections differ from the live ones: %1. Call support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::PackScreen</name>
    <message numerus="yes">
        <location filename="../PackScreen.cpp" line="622"/>
        <source>Carton %1 (%2) is open: %n unit(s) in it. Scan the items, then weigh and close it.</source>
        <translation>
            <numerusform>Carton %1 (%2) is open: %n unit in it. Scan the items, then weigh and close it.</numerusform>
            <numerusform>Carton %1 (%2) is open: %n units in it. Scan the items, then weigh and close it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::ReceiveScreen</name>
    <message numerus="yes">
        <location filename="../ReceiveScreen.cpp" line="254"/>
        <source>%1 from %2, expected %3, %n line(s)</source>
        <translation>
            <numerusform>%1 from %2, expected %3, %n line</numerusform>
            <numerusform>%1 from %2, expected %3, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ReceiveScreen.cpp" line="425"/>
        <source>Receipt %1 posted: %n unit(s) at the dock.</source>
        <translation>
            <numerusform>Receipt %1 posted: %n unit at the dock.</numerusform>
            <numerusform>Receipt %1 posted: %n units at the dock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::Session</name>
    <message numerus="yes">
        <location filename="../Session.cpp" line="22"/>
        <source>Logged out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Logged out after %n minute without use.</numerusform>
            <numerusform>Logged out after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::ui::SyncScreen</name>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="55"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="57"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="58"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
</TS>
