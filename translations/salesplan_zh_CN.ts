<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="53"/>
        <location filename="../ui/charts/chartexport.cpp" line="60"/>
        <location filename="../ui/charts/chartexport.cpp" line="64"/>
        <source>The chart could not be saved as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="58"/>
        <source>the picture could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="98"/>
        <location filename="../ui/charts/chartexport.cpp" line="105"/>
        <source>There is no chart to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="117"/>
        <source>A chart of SalesPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="120"/>
        <source>The chart could not be drawn as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="76"/>
        <source>Targets by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="80"/>
        <source>Targets by region and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="82"/>
        <source>Targets by product line and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="84"/>
        <source>Targets by team member and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="89"/>
        <source>Share of the year by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="91"/>
        <source>Share of the year by product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="93"/>
        <source>Share of the year by team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="96"/>
        <source>Funnel: from leads to won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="98"/>
        <source>Reps required and available by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="100"/>
        <source>Plan against actual, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="122"/>
        <location filename="../ui/charts/chartbuilders.cpp" line="155"/>
        <source>%1 carries %2 of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="130"/>
        <location filename="../ui/charts/actualchart.cpp" line="22"/>
        <source>No actuals yet: import monthly results to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="137"/>
        <source>%1 booked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="140"/>
        <source>%1 ahead of plan by the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="142"/>
        <source>%1 behind plan by the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="166"/>
        <source>%1 deals need %2 leads: %3 calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="34"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="58"/>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="60"/>
        <source>product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="62"/>
        <source>team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartsupport.cpp" line="91"/>
        <source>Others (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="142"/>
        <source>&lt;p align=&quot;center&quot;&gt;%1&lt;br&gt;&lt;span style=&quot;font-weight:normal&quot;&gt;%2&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="152"/>
        <location filename="../ui/charts/splitcharts.cpp" line="27"/>
        <location filename="../ui/charts/funnelchart.cpp" line="21"/>
        <location filename="../ui/charts/capacitychart.cpp" line="24"/>
        <source>No revenue target yet: enter the annual target in Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="157"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="64"/>
        <source>B</source>
        <comment>billions on an axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="66"/>
        <source>M</source>
        <comment>millions on an axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="68"/>
        <source>k</source>
        <comment>thousands on an axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="74"/>
        <location filename="../ui/charts/funnelchart.cpp" line="41"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="110"/>
        <source>%1: target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="113"/>
        <source>, stretch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="115"/>
        <source>, last year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="129"/>
        <source>Month target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="136"/>
        <location filename="../ui/charts/targetschart.cpp" line="187"/>
        <source>Stretch tier (+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="146"/>
        <location filename="../ui/charts/targetschart.cpp" line="195"/>
        <source>Actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="33"/>
        <source>No team members yet: add them in the Team section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="34"/>
        <source>No %1 yet: add them in Targets, Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="41"/>
        <source>The target cannot be split yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="90"/>
        <source>%1, %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="141"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="157"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="26"/>
        <source>The funnel cannot be solved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="33"/>
        <source>Won deals&lt;br&gt;%1 of proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="34"/>
        <source>Proposals&lt;br&gt;%1 of qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="35"/>
        <source>Qualified&lt;br&gt;%1 of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="36"/>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="53"/>
        <source>Needed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="28"/>
        <source>The reps cannot be counted yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="46"/>
        <source>%1: %2 reps required, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/capacitychart.cpp" line="50"/>
        <source>, %n short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="53"/>
        <source>%1&lt;br&gt;−%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="66"/>
        <source>Reps required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="68"/>
        <source>Reps required, month short of reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="75"/>
        <source>Reps available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="36"/>
        <source>%1: plan %2 to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="40"/>
        <source>%1: actual %2 to date, plan %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="51"/>
        <source>Plan, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="54"/>
        <source>Actual, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../core/check/findings.cpp" line="50"/>
        <source>The plan has no name; give it one so that it can be told from other plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="59"/>
        <source>The mission is missing; say in a sentence what the team is there to achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="71"/>
        <source>The currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="83"/>
        <source>The annual revenue target is missing; enter what the team is to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="85"/>
        <source>The annual revenue target is %1; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="104"/>
        <source>The target is %1 above last year&apos;s actual; growth of more than 100% is rarely reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="110"/>
        <source>The target is %1 below last year&apos;s actual; check that a fall of more than 50% is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="123"/>
        <source>The stretch reserve is %1; a reserve of 10–15% above the target is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="139"/>
        <source>lead to qualified lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="142"/>
        <source>qualified lead to proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="143"/>
        <source>proposal to won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="150"/>
        <source>The conversion rate from %1 is %2; it must be above 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="162"/>
        <source>The average deal size is missing; without it the deals, activity and reps the target needs cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="209"/>
        <source>The weight of &quot;%1&quot; is %2; a weight must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="225"/>
        <source>The %1 are all zero; give at least one a weight above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="230"/>
        <source>The %1 add up to %2 rather than 1 or 100; they are relative, so each counts as its share of their total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="252"/>
        <source>month weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="267"/>
        <source>members&apos; quota shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="282"/>
        <source>region weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="286"/>
        <source>product line weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="298"/>
        <source>The team has no members; add the reps who will carry the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="325"/>
        <source>The activity and the reps the target needs cannot be worked out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/check/findings.cpp" line="333"/>
        <source>The target needs %1 reps, allowing for attrition, but the team has %2: %n rep(s) short.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="347"/>
        <source>The plan has no sales stages; add the steps from the first lead to the signed contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="355"/>
        <source>The conversion rate of the stage &quot;%1&quot; is %2; it must be above 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="370"/>
        <source>The KPI &quot;%1&quot; turns yellow at %2 of its target but green already at %3; the yellow threshold belongs below the green one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="384"/>
        <source>The likelihood of the risk &quot;%1&quot; is %2; rate it from 1 (rare) to 5 (almost certain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="391"/>
        <source>The impact of the risk &quot;%1&quot; is %2; rate it from 1 (minor) to 5 (severe).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="45"/>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="68"/>
        <source>Usage: salesplan [options] [FILE]
       salesplan COMMAND [arguments]

SalesPlan writes, decomposes and presents an annual sales plan.
Without a command it opens FILE (a .salesplan plan) in the window.

Options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --lang LANGUAGE   Use LANGUAGE (en, zh_CN, zh_TW) instead of the system&apos;s.
  --screenshots DIR Save every page of the window as PNG in DIR and exit.

Commands (they need no display):
  export FILE --json OUT        Write the plan as JSON.
  export FILE --pdf OUT [--page A4|Letter]
                                Write the plan as a PDF report (A4 unless told).
  import JSON --to FILE         Make a new .salesplan file from a JSON plan.
  summary FILE [--json]         Print targets, funnel, capacity and findings.
  check FILE                    Print the findings; exit 1 when there are errors.
FILE is a .salesplan file or a .json plan.

Exit codes: 0 ok, 1 the plan has errors, 2 bad usage or bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="127"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="138"/>
        <source>needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="143"/>
        <source>is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="150"/>
        <source>expected %n file name(s), got %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="158"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="162"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="202"/>
        <source>export needs exactly one of --json OUT or --pdf OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="206"/>
        <source>--page goes with --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="213"/>
        <source>--page: &quot;%1&quot; is not a page size; use A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="232"/>
        <source>import needs --to FILE.salesplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="234"/>
        <source>%1 already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="73"/>
        <source>the file is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="88"/>
        <source>the file is not UTF-8, and this SalesPlan cannot read GBK or GB18030; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="94"/>
        <source>the file is neither UTF-8 nor GBK/GB18030 text; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="159"/>
        <source>line %1: a quoted field is not closed; a &quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decompose</name>
    <message>
        <location filename="../core/calc/decompose.cpp" line="30"/>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="42"/>
        <source>the weight of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="44"/>
        <source>the weight of %1 is infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="45"/>
        <source>the weight of %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="51"/>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="59"/>
        <source>has no entries to split between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="65"/>
        <source>all weights are zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="187"/>
        <source>row totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="188"/>
        <source>column totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="190"/>
        <location filename="../core/calc/decompose.cpp" line="192"/>
        <source>there are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="194"/>
        <location filename="../core/calc/decompose.cpp" line="196"/>
        <location filename="../core/calc/decompose.cpp" line="260"/>
        <location filename="../core/calc/decompose.cpp" line="308"/>
        <location filename="../core/calc/decompose.cpp" line="334"/>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="200"/>
        <location filename="../core/calc/decompose.cpp" line="202"/>
        <source>add up to more than can be calculated with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="204"/>
        <source>add up to %1, but the column totals to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="215"/>
        <source>month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="223"/>
        <source>has %1 names but %2 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="251"/>
        <source>is too large to calculate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="258"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="262"/>
        <source>cannot be more than 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="271"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="272"/>
        <source>cannot split a negative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="279"/>
        <source>has too many entries to split between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="308"/>
        <location filename="../core/calc/decompose.cpp" line="334"/>
        <source>annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="311"/>
        <source>seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="335"/>
        <source>stretch reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="336"/>
        <source>challenge reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="342"/>
        <source>is below the stretch reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="343"/>
        <source>stretch target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="347"/>
        <source>challenge target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../core/calc/funnel.cpp" line="61"/>
        <source>is too large to calculate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="66"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="71"/>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="76"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="81"/>
        <source>is in %1 but the target is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="103"/>
        <source>must be more than 0 % and at most 100 %, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="112"/>
        <source>lead to qualified rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="114"/>
        <source>qualified to proposal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="116"/>
        <source>proposal to won rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="147"/>
        <source>calls per rep a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="149"/>
        <source>demos per rep a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="154"/>
        <source>calls per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="162"/>
        <location filename="../core/calc/funnel.cpp" line="381"/>
        <location filename="../core/calc/funnel.cpp" line="419"/>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="163"/>
        <source>must be between 1 and 366, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="168"/>
        <source>annual attrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="174"/>
        <source>must be at least 0 % and below 100 %, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="180"/>
        <source>average deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="182"/>
        <source>revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="192"/>
        <source>cost per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="208"/>
        <source>headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="215"/>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="264"/>
        <location filename="../core/calc/funnel.cpp" line="398"/>
        <location filename="../core/calc/funnel.cpp" line="494"/>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="268"/>
        <source>qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="272"/>
        <location filename="../core/calc/funnel.cpp" line="479"/>
        <location filename="../core/calc/funnel.cpp" line="500"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="276"/>
        <location filename="../core/calc/funnel.cpp" line="396"/>
        <location filename="../core/calc/funnel.cpp" line="490"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="304"/>
        <source>headcount required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="317"/>
        <source>marketing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="363"/>
        <source>month targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="382"/>
        <source>must be between 0 and 31 in a month, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="391"/>
        <source>plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="392"/>
        <source>is not a valid year and start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="420"/>
        <source>%1 has a target but no working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="461"/>
        <source>calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="462"/>
        <source>demos a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="466"/>
        <source>reps required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="507"/>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="510"/>
        <source>gap to target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <location filename="../core/calc/growth.cpp" line="13"/>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="18"/>
        <source>is too large to calculate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="23"/>
        <source>revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="28"/>
        <source>last year&apos;s actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="33"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="42"/>
        <source>is in %1 but %2 is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="48"/>
        <location filename="../core/calc/growth.cpp" line="81"/>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="50"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="54"/>
        <source>must be more than -100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="113"/>
        <source>gap to target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="37"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="41"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="45"/>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="49"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="54"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="105"/>
        <source>month %1 is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="119"/>
        <source>month %1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="184"/>
        <source>amount %1 is not a number: a comma must separate thousands, as in 1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="195"/>
        <source>amount %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="198"/>
        <source>amount %1 has more decimal places than %2 has (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="202"/>
        <source>amount %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="216"/>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="237"/>
        <source>line %1: columns %2 and %3 are both the %4 column; remove or rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="255"/>
        <source>the file has no %1 column (expected a header such as %2); line %3 has: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="312"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="313"/>
        <source>%1 is not a three-letter currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="323"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="328"/>
        <source>the file has a header but no rows below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="340"/>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="346"/>
        <source>month is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="354"/>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../core/plan/plan.cpp" line="53"/>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="54"/>
        <source>Leads that passed qualification in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="55"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="56"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="57"/>
        <source>Deals won divided by proposals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="57"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="59"/>
        <source>Average deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <source>Revenue divided by deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <location filename="../core/plan/plan.cpp" line="64"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="62"/>
        <source>Revenue per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="63"/>
        <source>Revenue booked in the period against its target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="76"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="76"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="76"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="76"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="81"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="81"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="81"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="81"/>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="97"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="99"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="103"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="109"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="114"/>
        <source>What is measured, e.g. qualified leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="115"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="120"/>
        <source>How it is counted, so that everyone gets the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="121"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="126"/>
        <source>e.g. leads a month, %, yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="127"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="135"/>
        <source>The value to reach in each period, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="136"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="145"/>
        <source>How often the KPI is measured and looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="146"/>
        <source>Green at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="154"/>
        <source>Green at or above this share of the target. It cannot be below the yellow threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="156"/>
        <source>Yellow at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="164"/>
        <source>Yellow at or above this share of the target, red below it. It cannot be above the green threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="191"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="200"/>
        <source>Market, customer, execution or financial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="201"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="206"/>
        <source>What could go wrong, and what it would cost the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="207"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="208"/>
        <source>How likely it is: 1 (rare) to 5 (almost certain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="209"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="210"/>
        <source>How much it would hurt the plan: 1 (minor) to 5 (severe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="211"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="214"/>
        <source>Likelihood × impact: 15–25 high, 8–14 medium, 1–7 low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="215"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="220"/>
        <source>What you do now to make it less likely, and what you do if it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="221"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="226"/>
        <source>Who watches the risk and acts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="260"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/plan/money.cpp" line="15"/>
        <location filename="../core/plan/money.cpp" line="99"/>
        <location filename="../core/plan/money.cpp" line="116"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="15"/>
        <source>is too large to calculate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="20"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="21"/>
        <source>cannot combine %1 and %2 amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="99"/>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="117"/>
        <source>must be a whole number in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/money.cpp" line="118"/>
        <source>has more than %n decimal place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="225"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="225"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../core/store/planfile.cpp" line="119"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="122"/>
        <source>%1 is a folder, not a SalesPlan plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="129"/>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="134"/>
        <source>This file is not a SalesPlan plan: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="137"/>
        <source>This file is not a SalesPlan plan: it is an SQLite database of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="142"/>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="144"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="146"/>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="152"/>
        <source>This plan is already open in another SalesPlan window. Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="154"/>
        <source>SalesPlan cannot create its lock file in the plan&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="172"/>
        <source>This file is not a SalesPlan plan: SQLite cannot read it as a database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="178"/>
        <source>This plan file is damaged (%1). SalesPlan did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="181"/>
        <source>This plan was being saved when SalesPlan or the computer stopped. Open it for editing once so that SalesPlan can finish repairing it; until then it cannot be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="185"/>
        <source>The plan file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="192"/>
        <source>This plan was made by a newer SalesPlan (file version %1; this SalesPlan reads versions up to %2). Open it with the newer SalesPlan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="198"/>
        <source>This file is not a SalesPlan plan: it is marked as one but holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="205"/>
        <source>This plan file is damaged (%1). SalesPlan did not change it. You can open it read-only to see and copy what is still readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="208"/>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="223"/>
        <source>This plan was made by an older SalesPlan, and there is no room for a temporary copy to read it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="234"/>
        <source>This plan was made by an older SalesPlan and could not be updated to this version (%1). The step that failed was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="245"/>
        <source>This plan file is damaged and cannot be read (%1). SalesPlan did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="262"/>
        <location filename="../core/store/planfile.cpp" line="317"/>
        <source>The plan was not created: a file named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="265"/>
        <source>The plan was not created: the folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="270"/>
        <source>The plan was not created: %1 is being created or edited in another SalesPlan window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="273"/>
        <source>The plan was not created: SalesPlan cannot write in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="311"/>
        <source>The plan was not created: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="312"/>
        <source>The plan was not created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="319"/>
        <source>The plan was not created: it could not be renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="36"/>
        <source>The plan file still holds everything saved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="40"/>
        <source>The change was not saved because the disk is full. Free some space and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="44"/>
        <source>The change was not saved because of a disk error while writing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="49"/>
        <source>The change was not saved because the plan file or its folder has become read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="53"/>
        <source>The change was not saved because SalesPlan could not write its journal file beside the plan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="58"/>
        <source>The change was not saved because another program is reading the plan file. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="62"/>
        <source>The change was not saved because the plan file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="66"/>
        <source>The change was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="75"/>
        <source>The change was not saved: this plan is open read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="105"/>
        <source>The copy was not saved: it would replace the plan itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="110"/>
        <source>The copy was not saved: %1 is open in another SalesPlan window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="112"/>
        <source>The copy was not saved: SalesPlan cannot write in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="118"/>
        <location filename="../core/store/planfilesave.cpp" line="130"/>
        <location filename="../core/store/planfilesave.cpp" line="135"/>
        <location filename="../core/store/planfilesave.cpp" line="138"/>
        <location filename="../core/store/planfilesave.cpp" line="143"/>
        <location filename="../core/store/planfilesave.cpp" line="147"/>
        <source>The copy was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="129"/>
        <source>The copy was not saved: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connection.cpp" line="36"/>
        <source>the SQLite driver of Qt Sql is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="68"/>
        <source>the table %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="222"/>
        <source>the seasonality weights are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="76"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="90"/>
        <source>the file ends before an object is closed with }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="91"/>
        <source>the file ends before a list is closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="97"/>
        <source>a key must be text in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="99"/>
        <source>missing comma or closing }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="100"/>
        <source>missing comma or closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="104"/>
        <source>missing colon after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="107"/>
        <source>a value is missing (is there a comma after the last entry?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="114"/>
        <source>not a valid value: text needs double quotes, and true, false and null are written in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="116"/>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="119"/>
        <source>a text is not closed with a double quote &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="122"/>
        <source>invalid escape sequence in a text; write a backslash as \\</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="125"/>
        <source>text that is not UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="128"/>
        <source>unexpected text after the end of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="140"/>
        <source>this is not a SalesPlan plan: a plan file starts with {&quot;format&quot;: &quot;salesplan&quot;, &quot;version&quot;: %1, &quot;plan&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="159"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="175"/>
        <source>must be a whole number, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="179"/>
        <source>this plan was made by a newer SalesPlan (format version %1); this SalesPlan reads versions up to %2. Update SalesPlan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="188"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="216"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="189"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="346"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="376"/>
        <source>must be an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="50"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="52"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="99"/>
        <source>%1 — got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="121"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="542"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="138"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="142"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="176"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="143"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="177"/>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="169"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="172"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="191"/>
        <source>must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="224"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="234"/>
        <source>must be an amount written as text, such as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="245"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="270"/>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="264"/>
        <source>has more decimal places than %1 has (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="284"/>
        <source>must be a three-letter currency code such as CNY, USD or JPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="296"/>
        <source>must be a date written like 2027-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="331"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="361"/>
        <source>must be a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="477"/>
        <source>must be a list of %1 monthly weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="481"/>
        <source>%1 — got a list of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="616"/>
        <source>must be a month written like 2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="635"/>
        <source>must be one of the charts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="682"/>
        <source>row id %1 is used twice (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePlans</name>
    <message>
        <location filename="../ui/sampleplans.cpp" line="29"/>
        <source>cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seasonality</name>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="61"/>
        <source>custom month weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="67"/>
        <source>the weight of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="69"/>
        <source>the weight of %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="72"/>
        <source>all weights are zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="79"/>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="83"/>
        <source>%1 %2 adds up to a negative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="88"/>
        <source>%1 adds up to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="97"/>
        <source>seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="98"/>
        <source>there is no history for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="132"/>
        <source>history years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="132"/>
        <source>must be from 1 to 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="15"/>
        <source>Mission &amp; positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="16"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="17"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="18"/>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="19"/>
        <source>Stages &amp; methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="20"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectioneditor.cpp" line="21"/>
        <source>Metrics &amp; review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../core/plan/plan.cpp" line="21"/>
        <source>Lead generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="22"/>
        <source>Campaigns, referrals and outbound calls fill the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="23"/>
        <source>Contact details and a stated interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="24"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="25"/>
        <source>Check budget, authority, need and timing before investing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="26"/>
        <source>Budget, decision maker and timeline confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="27"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="28"/>
        <source>First meeting or call with the decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="29"/>
        <source>A meeting held and a next step agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="30"/>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="31"/>
        <source>Ask open questions; document the problem and its cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="32"/>
        <source>Written summary of needs confirmed by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="33"/>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="34"/>
        <source>Demo and proposal tailored to the confirmed needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="35"/>
        <source>Proposal delivered and reviewed with the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="36"/>
        <source>Objection handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="37"/>
        <source>Answer concerns on price, risk and fit with references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="38"/>
        <source>No open objections; terms agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="39"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="40"/>
        <source>Contract, signature and hand-over to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="41"/>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../core/calc/plansummary.cpp" line="57"/>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/plansummary.cpp" line="59"/>
        <source>product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/plansummary.cpp" line="62"/>
        <source>team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calc/plansummary.cpp" line="124"/>
        <source>Enough reps in every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/calc/plansummary.cpp" line="126"/>
        <source>Up to %n rep(s) short from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/summaryprinter.cpp" line="43"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="45"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="47"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="67"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="74"/>
        <source>%1 — %2, plan year from %3, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="75"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="77"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="79"/>
        <source>Last year&apos;s actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="81"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="83"/>
        <source>Stretch tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="84"/>
        <source>Challenge tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="92"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="93"/>
        <source>Not decomposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="95"/>
        <source>Quarter targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="97"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="98"/>
        <source>Month targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="113"/>
        <source>Targets by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="122"/>
        <source>Funnel and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="124"/>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="127"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="128"/>
        <source>Deals to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="129"/>
        <source>Demos / proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="130"/>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="131"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="132"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="133"/>
        <source>Calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="134"/>
        <source>Demos a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="135"/>
        <source>Qualified leads a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="136"/>
        <source>Reps required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="137"/>
        <source>Headcount required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="138"/>
        <source>Reps on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="140"/>
        <source>Reps short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="142"/>
        <source>Marketing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="145"/>
        <source>Capacity by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="152"/>
        <source>%1 error(s), %2 warning(s), %3 hint(s)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="51"/>
        <source>The first working day in the team. “—”: on the team before the plan year (step below the first day of the plan year to set it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="57"/>
        <source>When the new hires are to start. “—”: not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="63"/>
        <location filename="../ui/sections/teameditortables.cpp" line="105"/>
        <location filename="../ui/sections/teameditortables.cpp" line="169"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="68"/>
        <source>The role&apos;s name as the team uses it, e.g. account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="69"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="74"/>
        <source>What this role owns: accounts, stages of the sale, people it leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="75"/>
        <source>Skills needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="80"/>
        <source>The expertise the role needs to get results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="110"/>
        <location filename="../ui/sections/teameditortables.cpp" line="174"/>
        <source>Pick one of the roles above or type another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="111"/>
        <location filename="../ui/sections/teameditortables.cpp" line="175"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="116"/>
        <location filename="../ui/sections/teameditortables.cpp" line="180"/>
        <source>One of the plan&apos;s regions (set in Targets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="117"/>
        <source>Quota weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="126"/>
        <source>A weight of zero or more: a member&apos;s part of the target is their weight divided by the sum of all weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="128"/>
        <source>Share of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="131"/>
        <source>This member&apos;s weight divided by the sum of all weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="132"/>
        <location filename="../ui/sections/teameditortables.cpp" line="190"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="138"/>
        <source>Ramp (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="146"/>
        <source>Months from the start date to full productivity, 0 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="181"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="189"/>
        <source>How many people to hire, 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>This is your own copy of the sample plan, kept in %1. Change it freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>SalesPlan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="174"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="175"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="177"/>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="178"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="183"/>
        <location filename="../ui/charts/chartview.cpp" line="193"/>
        <source>Cannot save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="185"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="186"/>
        <source>Save the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="188"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="195"/>
        <source>Copy as image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="15"/>
        <source>&amp;Dark background (for a projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="19"/>
        <source>Dark background for the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="40"/>
        <source>&lt;b&gt;Charts&lt;/b&gt; — point at a bar, a point or a slice for its exact figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::DeckDialog</name>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="27"/>
        <location filename="../ui/charts/deckdialog.cpp" line="112"/>
        <source>Choose slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="54"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="56"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="72"/>
        <source>Tick the charts to present and put them in the order you will show them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::GuidancePanel</name>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="17"/>
        <source>How to write this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="21"/>
        <source>Show or hide the advice for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="26"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::IntroPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="55"/>
        <source>A new sales plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="56"/>
        <source>Name the plan and choose where to keep it. Every change is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="65"/>
        <location filename="../ui/wizard/wizardpages.cpp" line="72"/>
        <source>Sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="73"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="80"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="84"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="85"/>
        <source>Plan &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="86"/>
        <source>Plan &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="87"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="96"/>
        <source>Save the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="97"/>
        <source>Sales plans (*.salesplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="116"/>
        <source>The currency must be a three-letter code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="120"/>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Sales plans (*.salesplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Plans as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>No plan is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Open a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>&amp;Present…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>Choose &amp;Slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Dark Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;About SalesPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>About SalesPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&lt;h3&gt;SalesPlan %1&lt;/h3&gt;&lt;p&gt;Write next year&apos;s sales plan, decompose the target and present it — offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Plan sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>The plan is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>%1

Open it read-only to read what can be read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Cannot read the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Cannot import the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Save the imported plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>%1

The plan shows what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="311"/>
        <source>%1 error(s), %2 warning(s), %3 hint(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>SalesPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Continue the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>You kept a draft plan, %1. Continue it where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Save plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>Import a plan from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Export the plan as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Cannot export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MetricsEditor</name>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="51"/>
        <source>Score = likelihood × impact: %1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="52"/>
        <source>15–25 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="53"/>
        <source>8–14 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="54"/>
        <source>1–7 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="62"/>
        <source>&lt;p&gt;Pick a handful of &lt;b&gt;KPIs&lt;/b&gt; that show early whether the plan is on track: qualified leads, win rate, average deal size and revenue per period are a good start. Say how each is counted, its target, and how often you look at it. The thresholds turn a number into a signal, for example &lt;i&gt;green at 100 % of target, yellow from 90 %, red below&lt;/i&gt;; a gap of more than about 10 % deserves a root-cause review (ask “why” until you reach a cause you can act on).&lt;/p&gt;&lt;p&gt;Fix the &lt;b&gt;review&lt;/b&gt; rhythm: e.g. a weekly pipeline check per region, a monthly review of results against plan, and a quarterly adjustment of targets and resources. List the &lt;b&gt;risks&lt;/b&gt; (market, customer, execution, financial), rate likelihood and impact from 1 to 5 and give each a mitigation and an owner, e.g. &lt;i&gt;a competitor cuts prices for mid-size customers — likelihood 3, impact 4 — answer with faster rollout and an annual-payment discount.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="80"/>
        <source>&amp;KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="82"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="84"/>
        <source>R&amp;isks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="98"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="128"/>
        <source>How often the team meets to compare results with the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="132"/>
        <source>Change review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="141"/>
        <source>Review &amp;cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="141"/>
        <source>Review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="144"/>
        <source>Who meets when, what is looked at, what happens when a KPI turns red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="149"/>
        <source>Edit review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="157"/>
        <source>Review &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="157"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="178"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MissionEditor</name>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="33"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="49"/>
        <source>Direct: offers a similar product. Indirect: solves the same problem another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="51"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="57"/>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="99"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="99"/>
        <source>Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="106"/>
        <source>&lt;p&gt;Say in a sentence or two why the company exists and for whom, where it stands in its market today, and what a customer gets from you that others do not give. Be concrete enough that a new rep could repeat it, for example: &lt;i&gt;“Give growing companies a CRM they can afford and actually use. Number two for mid-size firms in East China, about 6 % share. Live in two weeks, priced per seat, with on-site training.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Name the direct competitors (a similar product) and the indirect ones (another way to solve the same problem, such as spreadsheets and chat groups), each with a strength to respect and a weakness to sell against. Market size and growth show how much room the target has.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="121"/>
        <source>e.g. Sales plan 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="123"/>
        <source>Edit plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="124"/>
        <source>Plan &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="124"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="127"/>
        <source>The company or business unit the plan is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="129"/>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="130"/>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="130"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="132"/>
        <source>Why the company exists and what it brings to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="134"/>
        <source>Edit mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="136"/>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="136"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="139"/>
        <source>Where you stand: market tier, share, region, what you are known for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="141"/>
        <source>Edit market position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="143"/>
        <source>Market &amp;position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="143"/>
        <source>Market position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="146"/>
        <source>The features, benefits and solutions a customer pays you for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="148"/>
        <source>Edit value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="150"/>
        <source>&amp;Value proposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="150"/>
        <source>Value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="154"/>
        <source>Edit market size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="161"/>
        <source>What all customers in your market spend a year, e.g. 50亿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="168"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="183"/>
        <source>Market si&amp;ze (a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="183"/>
        <source>Market size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="189"/>
        <source>Edit market growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="196"/>
        <source>Yearly growth of the market; negative when it shrinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="203"/>
        <source>Market &amp;growth (a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="204"/>
        <source>Market growth per year in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="207"/>
        <source>What is changing: budgets, technology, regulation, how customers buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="209"/>
        <source>Edit market trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="211"/>
        <source>Market &amp;trends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="211"/>
        <source>Market trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="217"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="222"/>
        <source>&amp;Competitors (direct and indirect):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MoneyField</name>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="64"/>
        <source>e.g. 1,200,000 or 1.2亿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="120"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="124"/>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="25"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="27"/>
        <source>Deals to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="29"/>
        <source>Calls and demos a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="30"/>
        <source>%1 calls, %2 demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="33"/>
        <source>Reps needed / on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="40"/>
        <source>Marketing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="47"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="49"/>
        <source>Growth on last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="51"/>
        <source>Stretch tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53"/>
        <source>Challenge tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="62"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="64"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="66"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="108"/>
        <source>Quarter targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="109"/>
        <location filename="../ui/overviewpage.cpp" line="112"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="109"/>
        <location filename="../ui/overviewpage.cpp" line="112"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="111"/>
        <source>Month targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="112"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="112"/>
        <source>Reps needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="112"/>
        <source>Reps available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="124"/>
        <location filename="../ui/overviewpage.cpp" line="141"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="126"/>
        <source>Double-click a finding to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="135"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="137"/>
        <source>Targets by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="139"/>
        <source>Targets and capacity by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="152"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="163"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="198"/>
        <source>%n rep(s) short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="213"/>
        <source>No findings: the plan is complete and consistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanReport</name>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="74"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="30"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="32"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="34"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="43"/>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="45"/>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="47"/>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="49"/>
        <source>Maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="58"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="60"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="62"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="64"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="73"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="75"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="77"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="79"/>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="88"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="90"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="92"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="167"/>
        <location filename="../ui/report/planreport.cpp" line="466"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="168"/>
        <source>Sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="170"/>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="171"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="174"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="176"/>
        <source>Annual target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="185"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="186"/>
        <source>Market position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="187"/>
        <source>Value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="190"/>
        <source>Market size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="191"/>
        <source>%1, growing %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="193"/>
        <source>Market trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="196"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="200"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="201"/>
        <source>Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="203"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="203"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="204"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="204"/>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="214"/>
        <location filename="../ui/report/planreport.cpp" line="268"/>
        <location filename="../ui/report/planreport.cpp" line="330"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="217"/>
        <source>Last year&apos;s actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="219"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="221"/>
        <source>Stretch tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="223"/>
        <source>Challenge tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="225"/>
        <location filename="../ui/report/planreport.cpp" line="298"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="225"/>
        <location filename="../ui/report/planreport.cpp" line="298"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="229"/>
        <source>Targets by quarter and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="232"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="241"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="241"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="241"/>
        <location filename="../ui/report/planreport.cpp" line="406"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="245"/>
        <source>Not decomposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="248"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="249"/>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="268"/>
        <location filename="../ui/report/planreport.cpp" line="329"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="268"/>
        <location filename="../ui/report/planreport.cpp" line="330"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="274"/>
        <source>Funnel and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="276"/>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="281"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="282"/>
        <source>Deals to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="283"/>
        <source>Demos / proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="284"/>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="285"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="286"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="287"/>
        <source>Calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="288"/>
        <source>Demos a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="289"/>
        <source>Reps required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="290"/>
        <source>Headcount required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="291"/>
        <source>Reps on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="294"/>
        <source>Marketing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="296"/>
        <source>Capacity by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="308"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="312"/>
        <location filename="../ui/report/planreport.cpp" line="329"/>
        <location filename="../ui/report/planreport.cpp" line="339"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="312"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="313"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="328"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="329"/>
        <location filename="../ui/report/planreport.cpp" line="339"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="334"/>
        <source>Hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="339"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="340"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="343"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="345"/>
        <source>Incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="346"/>
        <source>Commission %1, above quota %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="357"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="358"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="361"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="361"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="361"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="362"/>
        <source>Characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="362"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="363"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="374"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="374"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="375"/>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="375"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="376"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="387"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="387"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="387"/>
        <location filename="../ui/report/planreport.cpp" line="424"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="388"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="388"/>
        <source>Data held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="401"/>
        <source>green ≥ %1, yellow ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="404"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="405"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="405"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="406"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="407"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="410"/>
        <source>Review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="411"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="421"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="422"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="422"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="423"/>
        <source>Likelihood × impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="423"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="434"/>
        <source>Appendix: open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="440"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="440"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="440"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="474"/>
        <source>the report cannot be drawn on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="478"/>
        <source>the report could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="486"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="490"/>
        <location filename="../ui/report/planreport.cpp" line="504"/>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="510"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanWizard</name>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="54"/>
        <source>New sales plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <source>Steps of the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="71"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="74"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="107"/>
        <source>Cannot open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="167"/>
        <source>Keep the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="168"/>
        <source>Keep the plan written so far? You can continue it later from File ▸ New Plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="119"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="120"/>
        <source>%1 — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="223"/>
        <source>%1 / %2</source>
        <extracomment>The slide counter of a presentation: slide 3 of 7.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::RiskTableEditor</name>
    <message>
        <location filename="../ui/sections/metricseditorrisks.cpp" line="23"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditorrisks.cpp" line="23"/>
        <source>Add a risk (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditorrisks.cpp" line="24"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditorrisks.cpp" line="24"/>
        <source>Remove the current risk (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::RowTableModel</name>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="118"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="125"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="136"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="143"/>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SectionPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="188"/>
        <source>To fix before Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="189"/>
        <source>Worth a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SegmentsEditor</name>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="28"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="33"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="44"/>
        <source>B2B: you sell to companies. B2C: you sell to consumers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="45"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="56"/>
        <source>Strategic: few, large, long-term. Profit: today&apos;s revenue. Nurture: small now, could grow. Maintain: keep and upsell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="74"/>
        <source>Industry, registered capital, number of employees, region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="75"/>
        <source>Age, income, occupation, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="82"/>
        <source>B2B (companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="82"/>
        <source>B2C (consumers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="87"/>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="87"/>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="87"/>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="87"/>
        <source>Maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="105"/>
        <source>&lt;p&gt;Start from the customers who already pay you and look for what they share. Describe each segment so that a new rep would recognise one: for companies the industry, registered capital and headcount; for consumers age, income and occupation. Add tags that round out the picture, the problem they struggle with and the goal it keeps them from.&lt;/p&gt;&lt;p&gt;Give every segment a tier and a way of selling to it: &lt;b&gt;strategic&lt;/b&gt; (few, large, long-term: senior people and tailored offers), &lt;b&gt;profit&lt;/b&gt; (today&apos;s revenue: a standard offer and an efficient process), &lt;b&gt;nurture&lt;/b&gt; (small now but growing: low-cost coverage), &lt;b&gt;maintain&lt;/b&gt; (existing customers: renewals and upsell). For example: &lt;i&gt;large manufacturers, 1,000+ employees; sales data scattered across divisions; goal: one forecast a month; strategic: the director leads a pilot.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="119"/>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="127"/>
        <source>&amp;Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="137"/>
        <source>Edit segment characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="138"/>
        <source>C&amp;haracteristics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="139"/>
        <source>Segment characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="143"/>
        <source>Tags separated by commas, e.g. price-sensitive, buys online, long decision chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="147"/>
        <source>Edit segment attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="150"/>
        <source>&amp;Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="151"/>
        <source>Segment attributes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="154"/>
        <source>What problem do they struggle with, and what does it cost them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="158"/>
        <source>Edit segment challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="159"/>
        <source>Cha&amp;llenges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="159"/>
        <source>Segment challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="161"/>
        <source>What do they want to achieve, and why does it matter to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="163"/>
        <source>Edit segment goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="164"/>
        <source>G&amp;oals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="164"/>
        <source>Segment goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="167"/>
        <source>How you sell to this tier: who covers it, what you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="169"/>
        <source>Edit segment strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="170"/>
        <source>St&amp;rategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="170"/>
        <source>Segment strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="243"/>
        <source>, </source>
        <comment>between attribute tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="249"/>
        <source>Segment details: add or choose a segment above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="251"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="252"/>
        <source>Details of the segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StagesEditor</name>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="140"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="141"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="142"/>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="143"/>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="144"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="153"/>
        <source>The share of the deals in this stage that move on to the next one, 0–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="155"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="163"/>
        <source>How many days a deal typically spends in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="182"/>
        <source>Add the stages from the first lead to the signed contract to see how many leads become customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="194"/>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="197"/>
        <source>No lead becomes a customer: the stage “%1” lets none through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="207"/>
        <source>Of %1 leads, 1 becomes a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="208"/>
        <source>Of %1 leads, %2 become customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="210"/>
        <source> (overall conversion %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="212"/>
        <source>The narrowest step is “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="215"/>
        <source>A deal takes about 1 day from the first lead to the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="217"/>
        <source>A deal takes about %1 days from the first lead to the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="228"/>
        <source>&lt;p&gt;Write down the steps a prospect takes from the first contact to the signed contract, in order. A new plan starts with seven common ones (lead generation, qualification, contact, needs analysis, solution, objection handling, close): rename, remove or add steps until they match how your customers really buy.&lt;/p&gt;&lt;p&gt;For each stage say how the rep works (the method), the fact that shows the deal may move on (the exit criteria, something the customer does, not the rep), what material helps, what share of deals moves on and how long it usually takes. Take the rates from last year&apos;s CRM data. For example: &lt;i&gt;Qualification: check budget, decision maker, need and timing; exit when all four are confirmed; 50 %, 7 days.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="240"/>
        <source>Sales stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="255"/>
        <source>Sales &amp;stages, in order (drag a row or press Ctrl+Up / Ctrl+Down to move it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="262"/>
        <source>Overall conversion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="200"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="201"/>
        <source>The plan at a glance. Finish opens it in the main window, where every section stays editable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableEditor</name>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="55"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="55"/>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="56"/>
        <source>Remove the current row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="57"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="57"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="58"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="58"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionModel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="71"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="71"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="140"/>
        <source>Q%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="148"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="169"/>
        <source>%1 of the year&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionPanel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="27"/>
        <source>Split the columns by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="28"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="29"/>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="30"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="31"/>
        <source>Columns by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="39"/>
        <source>Why the target cannot be decomposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="43"/>
        <source>Target by quarter and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="58"/>
        <source>Every quarter is the sum of its months and every column adds up to the year exactly; rounding goes to the largest remainders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="75"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsEditor</name>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="96"/>
        <source>Parts of the targets section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="98"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="99"/>
        <source>&amp;Seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="100"/>
        <source>S&amp;plits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="101"/>
        <source>&amp;Decomposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="102"/>
        <source>&amp;Funnel &amp;&amp; capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="107"/>
        <source>&lt;p&gt;Start from last year&apos;s actual and the growth you commit to; the target and the growth follow each other as you type. Put a reserve of 10–15 % on top of the committed target as the stretch tier, so one slipped deal does not sink the year. Then break the year down by quarter and month (seasonality from your own history), by region, by product line and by person: every part adds up exactly. Last, let last year&apos;s ratios tell you the activity and the reps the target needs.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example:&lt;/i&gt; ¥100 million last year, +20 % → a target of ¥120 million, stretch +12 % → ¥134.4 million. If the team needs 200 calls and 25 demos a day and a rep makes 40 calls or 5 demos, you need at least 5 reps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsFunnelPanel</name>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="72"/>
        <source>Your ratios from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="76"/>
        <source>Edit average deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="79"/>
        <source>Average deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="81"/>
        <source>Average deal size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Leads that qualify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Edit lead to qualified rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="92"/>
        <source>Qualified leads that get a demo or proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="93"/>
        <source>Edit qualified to proposal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Proposals that are won:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Edit win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="113"/>
        <source>Calls per lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="113"/>
        <source>Edit calls per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="115"/>
        <source>Calls a rep makes a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="115"/>
        <source>Edit calls per rep a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="117"/>
        <source>Demos a rep gives a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="117"/>
        <source>Edit demos per rep a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="131"/>
        <source>Edit attrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="133"/>
        <source>Reps expected to leave in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="135"/>
        <source>Reps expected to leave in the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="139"/>
        <source>Edit new-hire ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="144"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="145"/>
        <source>Months a new hire needs to reach full productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="147"/>
        <source>New hires reach full speed after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="150"/>
        <source>Edit cost per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="153"/>
        <source>Marketing cost per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="155"/>
        <source>empty if leads are not bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="156"/>
        <source>Marketing cost per lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="157"/>
        <source>Take these from last year&apos;s CRM records, not from hope: how many calls made a lead, how many leads became deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="183"/>
        <source>What the target needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="186"/>
        <source>Why the activity cannot be calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="191"/>
        <source>Deals to win:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="192"/>
        <source>Demos or proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="193"/>
        <source>Qualified leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="194"/>
        <source>Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="195"/>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="196"/>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="197"/>
        <source>Calls a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="198"/>
        <source>Demos a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="199"/>
        <source>Qualified leads a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="200"/>
        <source>Productive reps the activity needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="201"/>
        <source>Reps to employ (allowing for attrition):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="202"/>
        <source>Marketing budget for leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="212"/>
        <source>Capacity by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="213"/>
        <source>Capacity gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="221"/>
        <source>Counts the members and planned hires of the Team section, each ramping up from the start date, less expected attrition, against each month&apos;s share of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="247"/>
        <source>%1 needed, %2 on the team: %n short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="250"/>
        <source>%1 needed, %2 on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="254"/>
        <source>none: no cost per lead entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="265"/>
        <source>Shown once the activity the target needs can be calculated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsGoalPanel</name>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="131"/>
        <source>Plan year and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="137"/>
        <source>Plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="140"/>
        <source>Edit plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="145"/>
        <source>Plan year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="150"/>
        <source>Fiscal year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="154"/>
        <source>Edit fiscal year start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="159"/>
        <source>Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="163"/>
        <source>Currency (ISO 4217 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="164"/>
        <source>Changing the currency relabels every amount of the plan; it does not convert them at an exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="187"/>
        <source>&quot;%1&quot; is not a three-letter currency code; the plan stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="191"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="197"/>
        <source>Revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="202"/>
        <source>Edit last year&apos;s actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="208"/>
        <source>Last year&apos;s actual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="210"/>
        <source>Last year&apos;s actual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="214"/>
        <source>Growth on last year, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="218"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="223"/>
        <source>Growth on last year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="227"/>
        <source>Edit annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="231"/>
        <source>Annual revenue target (committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="233"/>
        <source>Annual target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="234"/>
        <source>Type the growth to set the target from last year&apos;s actual, or type the target and see the growth it means. 1.2亿 and 500万 are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="244"/>
        <source>Base, stretch and challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="248"/>
        <source>Base target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="249"/>
        <source>Base (committed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="254"/>
        <source>Edit stretch reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="260"/>
        <source>Stretch reserve, percent above the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="261"/>
        <source>Stretch target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="262"/>
        <source>Stretch reserve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="268"/>
        <source>Edit challenge reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="274"/>
        <source>Challenge reserve, percent above the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="276"/>
        <source>Challenge target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="277"/>
        <source>Challenge reserve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="283"/>
        <source>Commit the base to the company and plan the team&apos;s work to the stretch tier: a reserve of 10–15 % absorbs deals that slip. The challenge tier is what earns the accelerators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="304"/>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="305"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="321"/>
        <source>Enter last year&apos;s actual to plan by growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="327"/>
        <source>%1 less than last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="328"/>
        <source>%1 more than last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="330"/>
        <source>Enter the target, or type the growth to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="348"/>
        <source>The target must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="355"/>
        <source>Edit growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="364"/>
        <source>A currency is three letters, such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="373"/>
        <source>An amount of the plan is too large to write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="376"/>
        <source>Change currency to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsSeasonalityPanel</name>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="71"/>
        <source>How the year is spread over the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="76"/>
        <source>Even: every month the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="77"/>
        <source>Like last year&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="78"/>
        <source>Average of earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="79"/>
        <source>Custom weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="80"/>
        <source>Seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="84"/>
        <source>Change seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="86"/>
        <source>Seasonality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="90"/>
        <source>Years of history to average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="94"/>
        <source>Edit years to average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="99"/>
        <source>Years to average (1–3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="105"/>
        <source>Why the month shares cannot be calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="112"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="119"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="119"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="119"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="120"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="138"/>
        <source>Edit month weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="144"/>
        <source>Weight of plan month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="147"/>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="154"/>
        <source>Share of the year, plan month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="156"/>
        <source>Target of plan month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="183"/>
        <source>Every month gets the same share of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="187"/>
        <source>Each month gets the share it had of the revenue booked in plan year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="191"/>
        <source>Each month gets its average share over plan years %1–%2; years without history are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="197"/>
        <source>Type a weight for each month: 2 means twice the revenue of a month weighted 1. Percentages that add up to 100 work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="205"/>
        <source>%1. Import the bookings of earlier years as history, or choose even or custom weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="215"/>
        <source>Choose custom weights to type your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="217"/>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="222"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsSplitsPanel</name>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="57"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="73"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="216"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="219"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="90"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="100"/>
        <source>Relative weight: 2 gets twice the target of 1. Percentages that add up to 100 work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="102"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="182"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="106"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="182"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="155"/>
        <source>New region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="156"/>
        <source>Regions and their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="158"/>
        <source>New product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="159"/>
        <source>Product lines and their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="165"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="167"/>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="175"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="178"/>
        <source>Each team member&apos;s part of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="181"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="181"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="181"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="182"/>
        <source>Quota weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="224"/>
        <source>No team members yet: add them in the Team section to split the target by person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="226"/>
        <source>The split by person follows each member&apos;s quota weight. Members and their weights are edited in the Team section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamEditor</name>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="59"/>
        <source>&lt;p&gt;Start from the work the target needs, then the people to do it. Give each &lt;b&gt;role&lt;/b&gt; its responsibilities and the skills it needs, and list every &lt;b&gt;member&lt;/b&gt; with a role, a region and a quota weight; the share of the target follows from the weights. Someone joining during the year produces little at first: give a start date and the months of ramp-up (new account managers often need about three).&lt;/p&gt;&lt;p&gt;Plan &lt;b&gt;hiring&lt;/b&gt; early enough that ramp-up ends before the busy months, and say how new and current people are trained: for example &lt;i&gt;two weeks of product and process training for newcomers, a monthly review of won and lost deals, one-to-one coaching by the regional manager each week.&lt;/i&gt; Keep the incentive simple and tied to results, e.g. 5 % commission up to quota and 8 % on revenue above it, paid once the money is in.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="77"/>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="79"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="85"/>
        <source>&amp;Hiring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="87"/>
        <source>&amp;Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="90"/>
        <source>Incentive scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="107"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="118"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="142"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="150"/>
        <source>Hiring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="171"/>
        <source>Onboarding for new people, regular coaching, workshops: what, how often, who runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="175"/>
        <source>Edit training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="177"/>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="195"/>
        <source>Edit commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="202"/>
        <source>Paid on revenue up to 100 % of a member&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="204"/>
        <source>&amp;Commission rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="205"/>
        <source>Commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="210"/>
        <source>Edit accelerator rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="218"/>
        <source>Paid instead of the commission rate on revenue above 100 % of quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="220"/>
        <source>&amp;Accelerator above 100 %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="221"/>
        <source>Accelerator rate above 100 % of quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="224"/>
        <source>Bonuses, contests, when commission is paid (e.g. once the customer has paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="228"/>
        <source>Edit incentive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="233"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="233"/>
        <source>Incentive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="252"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="252"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="253"/>
        <source>1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="253"/>
        <source>%1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="254"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ToolsEditor</name>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="57"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="58"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="59"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="60"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="72"/>
        <source>What the tool costs a year: licences, seats, calls; e.g. 36000 or 3.6万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="74"/>
        <source>Data it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="97"/>
        <source>The tools&apos; costs are in different currencies, so they are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="102"/>
        <source>No tools yet: add the CRM first, then the tools for calls, chat and contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="104"/>
        <source>Annual cost of the one tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="105"/>
        <source>Total annual cost of the %1 tools: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="113"/>
        <source>&lt;p&gt;List each tool the sales team depends on, the CRM first, then the tools for calling, chat, e-signature and reporting. For each, say what it is used for, who looks after it, what it costs a year and which customer or sales data lives in it, so the budget is complete and everyone knows where the data is kept. For example: &lt;i&gt;CRM: leads, opportunities, contracts and payments; owner: sales operations; ¥60,000 a year; holds customers, contacts and the activity history.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A plan is only carried out if the tools make the work easy: one place for customer data also lets managers see the pipeline and the team&apos;s performance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="123"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="129"/>
        <source>&amp;Tools the team uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="132"/>
        <source>Total annual cost of the tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
