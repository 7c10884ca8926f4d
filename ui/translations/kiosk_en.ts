<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wh::ui::BacklogChart</name>
    <message numerus="yes">
        <location filename="../BacklogChart.cpp" line="51" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
</context>
<context>
    <name>wh::ui::DevicesScreen</name>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="91" />
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n job waiting</numerusform><numerusform>%n jobs waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../DevicesScreen.cpp" line="93" />
        <source>%n job(s) need a decision (supervisor)</source>
        <translation>
            <numerusform>%n job needs a decision (supervisor)</numerusform><numerusform>%n jobs need a decision (supervisor)</numerusform></translation>
    </message>
</context>
<context>
    <name>wh::ui::KioskWindow</name>
    <message numerus="yes">
        <location filename="../KioskWindow.cpp" line="275" />
        <source>sync: %1, %n waiting</source>
        <translation>
            <numerusform>sync: %1, %n waiting</numerusform><numerusform>sync: %1, %n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>wh::ui::Session</name>
    <message numerus="yes">
        <location filename="../Session.cpp" line="13" />
        <source>Logged out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Logged out after %n minute without use.</numerusform><numerusform>Logged out after %n minutes without use.</numerusform></translation>
    </message>
</context>
<context>
    <name>wh::ui::SyncScreen</name>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="53" />
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform><numerusform>%n seconds ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="55" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncScreen.cpp" line="56" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
</context>
</TS>