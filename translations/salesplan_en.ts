<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../ui/charts/chartsupport.cpp" line="91"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/capacitychart.cpp" line="50"/>
        <source>, %n short</source>
        <translation>
            <numerusform>, %n short</numerusform>
            <numerusform>, %n short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <location filename="../core/check/findings.cpp" line="333"/>
        <source>The target needs %1 reps, allowing for attrition, but the team has %2: %n rep(s) short.</source>
        <translation>
            <numerusform>The target needs %1 reps, allowing for attrition, but the team has %2: %n rep short.</numerusform>
            <numerusform>The target needs %1 reps, allowing for attrition, but the team has %2: %n reps short.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="150"/>
        <source>expected %n file name(s), got %1</source>
        <translation>
            <numerusform>expected %n file name, got %1</numerusform>
            <numerusform>expected %n file names, got %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <location filename="../core/plan/money.cpp" line="118"/>
        <source>has more than %n decimal place(s)</source>
        <translation>
            <numerusform>has more than %n decimal place</numerusform>
            <numerusform>has more than %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../core/calc/plansummary.cpp" line="126"/>
        <source>Up to %n rep(s) short from %1</source>
        <translation>
            <numerusform>Up to %n rep short from %1</numerusform>
            <numerusform>Up to %n reps short from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="211"/>
        <source>%n rep(s) short</source>
        <translation>
            <numerusform>%n rep short</numerusform>
            <numerusform>%n reps short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsFunnelPanel</name>
    <message numerus="yes">
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="247"/>
        <source>%1 needed, %2 on the team: %n short</source>
        <translation>
            <numerusform>%1 needed, %2 on the team: %n short</numerusform>
            <numerusform>%1 needed, %2 on the team: %n short</numerusform>
        </translation>
    </message>
</context>
</TS>
