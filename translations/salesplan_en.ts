<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActualsInput</name>
    <message numerus="yes">
        <location filename="../core/summary/actualsinput.cpp" line="188"/>
        <source>This amount adds up %n booked entries, so it cannot be typed over. Change them in Targets ▸ History.</source>
        <translation>
            <numerusform>This amount adds up %n booked entry, so it cannot be typed over. Change it in Targets ▸ History.</numerusform>
            <numerusform>This amount adds up %n booked entries, so it cannot be typed over. Change them in Targets ▸ History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../ui/charts/chartsupport.cpp" line="63"/>
        <location filename="../ui/charts/bridgechart.cpp" line="53"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/capacitychart.cpp" line="53"/>
        <source>, %n short</source>
        <translation>
            <numerusform>, %n short</numerusform>
            <numerusform>, %n short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="268"/>
        <source>%n regions share the year evenly</source>
        <translation>
            <numerusform>%n region shares the year evenly</numerusform>
            <numerusform>%n regions share the year evenly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="270"/>
        <source>%n product lines share the year evenly</source>
        <translation>
            <numerusform>%n product line shares the year evenly</numerusform>
            <numerusform>%n product lines share the year evenly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="272"/>
        <source>%n reps share the year evenly</source>
        <translation>
            <numerusform>%n rep shares the year evenly</numerusform>
            <numerusform>%n reps share the year evenly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="285"/>
        <source>%n regions carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n region carries %1 to %2 of the year</numerusform>
            <numerusform>%n regions carry %1 to %2 of the year each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="288"/>
        <source>%n product lines carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n product line carries %1 to %2 of the year</numerusform>
            <numerusform>%n product lines carry %1 to %2 of the year each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="291"/>
        <source>%n reps carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n rep carries %1 to %2 of the year</numerusform>
            <numerusform>%n reps carry %1 to %2 of the year each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="347"/>
        <source>%1; %n start after %2</source>
        <extracomment>After what a split says: how many reps start after the plan&apos;s third month.</extracomment>
        <translation>
            <numerusform>%1; %n starts after %2</numerusform>
            <numerusform>%1; %n start after %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/attainmentchart.cpp" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="36"/>
        <source>%n initiative(s) with %1 of budget</source>
        <extracomment>%n initiatives, %1 their budgets in all.</extracomment>
        <translation>
            <numerusform>%n initiative with %1 of budget</numerusform>
            <numerusform>%n initiatives with %1 of budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="41"/>
        <source>%1; %n overdue</source>
        <extracomment>After the count of initiatives: how many of them are overdue.</extracomment>
        <translation>
            <numerusform>%1; %n overdue</numerusform>
            <numerusform>%1; %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="154"/>
        <source>%1 of %n units plan below their allocation</source>
        <translation>
            <numerusform>%1 of %n unit plans below its allocation</numerusform>
            <numerusform>%1 of %n units plan below their allocation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="157"/>
        <source>%1 of %n units plan above their allocation</source>
        <translation>
            <numerusform>%1 of %n unit plans above its allocation</numerusform>
            <numerusform>%1 of %n units plan above their allocation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="164"/>
        <source>%n units not summed</source>
        <translation>
            <numerusform>%n unit not summed</numerusform>
            <numerusform>%n units not summed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <location filename="../core/check/findings.cpp" line="332"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="341"/>
        <source>expected %n file name(s), got %1</source>
        <translation>
            <numerusform>expected %n file name, got %1</numerusform>
            <numerusform>expected %n file names, got %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="585"/>
        <source>%n history row(s) imported into %1
</source>
        <translation>
            <numerusform>%n history row imported into %1
</numerusform>
            <numerusform>%n history rows imported into %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationPrinter</name>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="109"/>
        <source>%1 of %n units</source>
        <translation>
            <numerusform>%1 of %n unit</numerusform>
            <numerusform>%1 of %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="130"/>
        <source>%1 (%2 of %n units)</source>
        <translation>
            <numerusform>%1 (%2 of %n unit)</numerusform>
            <numerusform>%1 (%2 of %n units)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureFormulas</name>
    <message numerus="yes">
        <location filename="../core/summary/figureformulas.cpp" line="78"/>
        <source>= %1 × (1 + %2) = %3, %4 of the target; %n member(s) and hire(s) carry it</source>
        <translation>
            <numerusform>= %1 × (1 + %2) = %3, %4 of the target; %n member or hire carries it</numerusform>
            <numerusform>= %1 × (1 + %2) = %3, %4 of the target; %n members and hires carry it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <location filename="../core/exchange/historycsv.cpp" line="470"/>
        <source>%n row(s) fall after the plan year: nothing reads them.</source>
        <translation>
            <numerusform>%n row falls after the plan year: nothing reads it.</numerusform>
            <numerusform>%n rows fall after the plan year: nothing reads them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message numerus="yes">
        <location filename="../ui/server/passwordstore.cpp" line="42"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the system keychain did not answer within %n second</numerusform>
            <numerusform>the system keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberActivityText</name>
    <message numerus="yes">
        <location filename="../core/summary/memberactivity.cpp" line="293"/>
        <source>For the %n people together; the figures a working day are each person&apos;s:</source>
        <translation>
            <numerusform>For the %n person; the figures a working day are theirs:</numerusform>
            <numerusform>For the %n people together; the figures a working day are each person&apos;s:</numerusform>
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
    <name>PlanDiffText</name>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="402"/>
        <source>%n rep(s) added</source>
        <translation>
            <numerusform>%n rep added</numerusform>
            <numerusform>%n reps added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="404"/>
        <source>%n rep(s) removed</source>
        <translation>
            <numerusform>%n rep removed</numerusform>
            <numerusform>%n reps removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPrinter</name>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="140"/>
        <source>%1, about %n deal(s)</source>
        <translation>
            <numerusform>%1, about %n deal</numerusform>
            <numerusform>%1, about %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="158"/>
        <source>A day, each of %n rep(s)</source>
        <translation>
            <numerusform>A day, each of %n rep</numerusform>
            <numerusform>A day, each of %n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionMarks</name>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="123"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="125"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../core/summary/plansummary.cpp" line="191"/>
        <source>Up to %n rep(s) short from %1</source>
        <translation>
            <numerusform>Up to %n rep short from %1</numerusform>
            <numerusform>Up to %n reps short from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConsolidation</name>
    <message numerus="yes">
        <location filename="../core/team/consolidation.cpp" line="416"/>
        <source>%1 of %n units</source>
        <translation>
            <numerusform>%1 of %n unit</numerusform>
            <numerusform>%1 of %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ConsolidationSection</name>
    <message numerus="yes">
        <location filename="../ui/report/consolidationsection.cpp" line="80"/>
        <source>The team&apos;s target of %1 is allocated to %n unit(s) by %2; each unit&apos;s own plan sets its target bottom-up. A gap beyond %3 of the allocation is a finding.</source>
        <translation>
            <numerusform>The team&apos;s target of %1 is allocated to %n unit by %2; each unit&apos;s own plan sets its target bottom-up. A gap beyond %3 of the allocation is a finding.</numerusform>
            <numerusform>The team&apos;s target of %1 is allocated to %n units by %2; each unit&apos;s own plan sets its target bottom-up. A gap beyond %3 of the allocation is a finding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExportLettersDialog</name>
    <message numerus="yes">
        <location filename="../ui/report/exportlettersdialog.cpp" line="156"/>
        <source>%n of the letters already exist in the folder. Replace them?</source>
        <translation>
            <numerusform>%n of the letters already exists in the folder. Replace it?</numerusform>
            <numerusform>%n of the letters already exist in the folder. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::HolidaysPanel</name>
    <message numerus="yes">
        <location filename="../ui/sections/holidayspanel.cpp" line="252"/>
        <source>%n day(s) off imported.</source>
        <translation>
            <numerusform>%n day off imported.</numerusform>
            <numerusform>%n days off imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="232"/>
        <source>&amp;Replace the history (%n row(s) now)</source>
        <translation>
            <numerusform>&amp;Replace the history (%n row now)</numerusform>
            <numerusform>&amp;Replace the history (%n rows now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="436"/>
        <source>Fix the %n refused row(s) in the file, or map the columns, then import.</source>
        <translation>
            <numerusform>Fix the %n refused row in the file, or map the columns, then import.</numerusform>
            <numerusform>Fix the %n refused rows in the file, or map the columns, then import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="444"/>
        <source>%n row(s) will replace the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>%n row will replace the history. Edit ▸ Undo takes the import back.</numerusform>
            <numerusform>%n rows will replace the history. Edit ▸ Undo takes the import back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="446"/>
        <source>%n row(s) will be added to the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>%n row will be added to the history. Edit ▸ Undo takes the import back.</numerusform>
            <numerusform>%n rows will be added to the history. Edit ▸ Undo takes the import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::InitiativeReviewPanel</name>
    <message numerus="yes">
        <location filename="../ui/review/initiativereviewpanel.cpp" line="119"/>
        <source>%n initiative(s) · %1 overdue · %2 over budget · spent %3 of %4</source>
        <translation>
            <numerusform>%n initiative · %1 overdue · %2 over budget · spent %3 of %4</numerusform>
            <numerusform>%n initiatives · %1 overdue · %2 over budget · spent %3 of %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n hint</numerusform>
            <numerusform>%n hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="202"/>
        <source>%n deviation(s) need a note</source>
        <translation>
            <numerusform>%n deviation needs a note</numerusform>
            <numerusform>%n deviations need a note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="376"/>
        <source>%n rep(s) short</source>
        <translation>
            <numerusform>%n rep short</numerusform>
            <numerusform>%n reps short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableClipboard</name>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="243"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="245"/>
        <source>%n cell(s) could not be read and were left out; the rest was pasted.</source>
        <translation>
            <numerusform>%n cell could not be read and was left out; the rest was pasted.</numerusform>
            <numerusform>%n cells could not be read and were left out; the rest was pasted.</numerusform>
        </translation>
    </message>
</context>
</TS>
