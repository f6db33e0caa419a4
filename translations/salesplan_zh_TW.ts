<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActualsInput</name>
    <message numerus="yes">
        <location filename="../core/summary/actualsinput.cpp" line="188"/>
        <source>This amount adds up %n booked entries, so it cannot be typed over. Change them in Targets ▸ History.</source>
        <translation>
            <numerusform>此金額由 %n 筆業績紀錄加總而成，無法直接覆寫。請在「目標 ▸ 歷史資料」中修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="191"/>
        <source>This amount was imported with more details (a product line, a region or another currency), so it cannot be typed over. Change it in Targets ▸ History.</source>
        <translation>此金額匯入時帶有更多明細（產品線、區域或其他幣別），無法直接覆寫。請在「目標 ▸ 歷史資料」中修改。</translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="203"/>
        <source>the amount is not in %1</source>
        <translation>金額的幣別不是 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="266"/>
        <source>a deal size cannot be negative</source>
        <translation>客單價不能為負數</translation>
    </message>
</context>
<context>
    <name>ActualsLevels</name>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="46"/>
        <source>for the company</source>
        <translation>公司整體</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="48"/>
        <source>by region</source>
        <translation>依區域</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="50"/>
        <source>by product line</source>
        <translation>依產品線</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="52"/>
        <source>by member</source>
        <translation>依成員</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="56"/>
        <source>in imported rows</source>
        <translation>匯入明細中</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="189"/>
        <source>%1 has actuals %2: the company&apos;s total adds them all, so a booking entered at two levels counts twice.</source>
        <translation>%1 同時輸入了%2的實際業績：公司合計會將它們全部相加，因此在兩個層級輸入的同一筆業績會被重複計算。</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="192"/>
        <source> and </source>
        <comment>joins the levels of actuals</comment>
        <translation>與</translation>
    </message>
</context>
<context>
    <name>Appearances</name>
    <message>
        <location filename="../ui/appearance.cpp" line="70"/>
        <source>Light</source>
        <extracomment>Preferences ▸ Appearance: light colours whatever the system uses.</extracomment>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="73"/>
        <source>Dark</source>
        <extracomment>Preferences ▸ Appearance: dark colours whatever the system uses.</extracomment>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="78"/>
        <source>System</source>
        <extracomment>Preferences ▸ Appearance: the colours of the operating system.</extracomment>
        <translation>依系統設定</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../core/plan/approval.cpp" line="34"/>
        <source>The plan is approved: its targets are locked. Reopen it as a draft to change them.</source>
        <translation>計畫已核准，目標已鎖定。如需修改，請將計畫退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="37"/>
        <source>The plan is approved: its team and quotas are locked. Reopen it as a draft to change them.</source>
        <translation>計畫已核准，團隊與個人配額已鎖定。如需修改，請將計畫退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="39"/>
        <source>The plan is approved: it is locked as approved. Reopen it as a draft to change it.</source>
        <translation>計畫已核准，並以已核准狀態鎖定。如需修改，請將計畫退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="95"/>
        <source>The plan is approved and its narrative was locked with it. Reopen it as a draft to change the texts.</source>
        <translation>計畫已核准，其文字內容也隨之鎖定。如需修改文字內容，請將計畫退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="110"/>
        <source>Approved on %1</source>
        <translation>已於%1核准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="111"/>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 於%2核准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="118"/>
        <source>Approved %1</source>
        <translation>%1 核准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="119"/>
        <source>Approved %1 by %2</source>
        <translation>%1 由 %2 核准</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="108"/>
        <source>Not in the history</source>
        <translation>歷史資料未涵蓋</translation>
    </message>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="109"/>
        <source>History above actual</source>
        <translation>歷史資料高於實際達成</translation>
    </message>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="115"/>
        <source>Other / not assigned</source>
        <translation>其他 / 未歸屬</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="22"/>
        <location filename="../core/summary/salesbudget.cpp" line="51"/>
        <source>sales budget</source>
        <translation>銷售預算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="22"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="27"/>
        <source>must be zero or more</source>
        <translation>不能小於零</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="123"/>
        <source>cost a month of the role %1</source>
        <translation>職務「%1」的每月成本</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="157"/>
        <source>amount a month of the budget line %1</source>
        <translation>預算項目「%1」的每月金額</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="160"/>
        <source>months of the budget line %1</source>
        <translation>預算項目「%1」的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="161"/>
        <source>must run from a month 1 to 12 to the same or a later one</source>
        <translation>必須介於 1 到 12 之間，且結束月份不能早於起始月份</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="230"/>
        <source>Headcount</source>
        <translation>人事成本</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="230"/>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="231"/>
        <source>Marketing</source>
        <translation>行銷費用</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="231"/>
        <source>Events</source>
        <translation>展會活動</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="232"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="232"/>
        <source>Sales tools</source>
        <translation>銷售工具</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="233"/>
        <source>Initiatives</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="233"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="255"/>
        <source>budget limit</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="265"/>
        <source>initiatives&apos; budgets</source>
        <translation>行動項目預算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="286"/>
        <source>The sales budget of %1 is above its limit of %2 by %3.</source>
        <translation>銷售預算 %1 比上限 %2 高出 %3。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="305"/>
        <source>The sales budget has no headcount cost yet: give the roles a cost a month on Team ▸ Roles.</source>
        <translation>銷售預算尚未包含人事成本：請在「團隊 ▸ 職務」中為各職務填寫每月成本。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="312"/>
        <source>Members or hires without a role count at zero in the sales budget: give them a role with a cost a month.</source>
        <translation>未指定職務的成員或計畫招募人員在銷售預算中以零計算：請為他們指定已填寫每月成本的職務。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="314"/>
        <source>No cost a month for the role %1: its people count at zero in the sales budget. Set the role&apos;s cost on Team ▸ Roles.</source>
        <translation>職務「%1」沒有每月成本：該職務的人員在銷售預算中以零計算。請在「團隊 ▸ 職務」中設定該職務的成本。</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/calc/calibration.cpp" line="41"/>
        <source>no market size (Mission)</source>
        <translation>未填寫市場規模（使命）</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="44"/>
        <source>the market shrinks to nothing</source>
        <translation>市場萎縮至零</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="56"/>
        <source>no market share: type one, or last year&apos;s actual</source>
        <translation>未填寫市占率：請填寫，或採用去年的實際市占率</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="202"/>
        <source>no history before the plan year</source>
        <translation>計畫年度之前沒有歷史資料</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="211"/>
        <source>history has no bookings of the team</source>
        <translation>歷史資料中沒有本團隊的簽約額</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="231"/>
        <source>no one on the team in the plan year</source>
        <translation>計畫年度內團隊沒有成員</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="253"/>
        <source>no marketing budget</source>
        <translation>未填寫行銷預算</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="255"/>
        <source>no cost per lead</source>
        <translation>未填寫每個潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="257"/>
        <source>no average deal size</source>
        <translation>未填寫客單價</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="47"/>
        <source>Fits: the target is %1 of it</source>
        <translation>可達成：目標為上限的 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="71"/>
        <source>%1 × (1 + %2 growth) × %3 share</source>
        <translation>%1 ×（1 + %2 成長率）× %3 市占率</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="72"/>
        <source>%1 × (1 + %2 growth) × %3 (last year&apos;s share)</source>
        <translation>%1 ×（1 + %2 成長率）× %3（去年市占率）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="74"/>
        <source>a share of %1</source>
        <translation>%1 的市占率</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="77"/>
        <source>%1 (%2 on last year&apos;s %3)</source>
        <translation>%1（較去年的 %3 變動 %2）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="81"/>
        <source>Needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="83"/>
        <source>%1; needs %2</source>
        <translation>%1；需要 %2</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="94"/>
        <source> × (1 + %1 uplift)</source>
        <translation> ×（1 + %1 提升）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="95"/>
        <source> × (1 + %1 uplift, %2 more for new hires)</source>
        <translation> ×（1 + %1 提升，新進人員再提升 %2）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="115"/>
        <source>%1 a rep-month (%2 months of history) × %3 rep-months%4</source>
        <translation>人月產出 %1（%2 個月歷史資料）× %3 人月%4</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="117"/>
        <source>%1 a rep-month on average, each region at its own (%2 months of history) × %3 rep-months%4</source>
        <translation>平均人月產出 %1，各區域依各自水準計算（%2 個月歷史資料）× %3 人月%4</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="129"/>
        <source>Needs %1 more productivity per rep</source>
        <translation>每位業務的產能需提升 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="136"/>
        <source>%1, or %2 more reps from %3</source>
        <translation>%1，或自%3起增加 %2 名業務</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="161"/>
        <source>%1 ÷ %2 a lead = %3 leads → %4 deals × %5</source>
        <translation>%1 ÷ 每個潛在客戶 %2 = %3 個潛在客戶 → %4 筆成交 × %5</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="166"/>
        <source>%1 + %2 from existing customers</source>
        <translation>%1 + 既有客戶貢獻 %2</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="173"/>
        <source>Needs %1 more marketing budget</source>
        <translation>行銷預算需增加 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="181"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="199"/>
        <source>The target %1 is above every ceiling of the calibration: %2.</source>
        <translation>目標 %1 超過了校準的所有上限：%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="200"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="216"/>
        <source>The target %1 is %2 above what the team delivered at its history&apos;s pace (%3: %4), and the uplifts do not explain it. %5.</source>
        <translation>目標 %1 比團隊依歷史步調可達成的業績高出 %2（%3：%4），且產能提升無法解釋這個差距。%5。</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="228"/>
        <source>Not set — %1</source>
        <translation>未設定 — %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="248"/>
        <source>Market ceiling</source>
        <translation>市場上限</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="250"/>
        <source>Team ceiling</source>
        <translation>團隊上限</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="252"/>
        <source>Resources ceiling</source>
        <translation>資源上限</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="53"/>
        <location filename="../ui/charts/chartexport.cpp" line="60"/>
        <location filename="../ui/charts/chartexport.cpp" line="64"/>
        <source>The chart could not be saved as %1: %2.</source>
        <translation>無法將圖表儲存為 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="58"/>
        <source>the picture could not be made</source>
        <translation>無法產生圖片</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="98"/>
        <location filename="../ui/charts/chartexport.cpp" line="105"/>
        <source>There is no chart to save.</source>
        <translation>沒有可儲存的圖表。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="117"/>
        <source>A chart of SalesPlan</source>
        <translation>SalesPlan 圖表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="120"/>
        <source>The chart could not be drawn as SVG.</source>
        <translation>無法將圖表繪製為 SVG。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="156"/>
        <source>Targets by month</source>
        <translation>各月目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="160"/>
        <source>Targets by region and month</source>
        <translation>各區域每月目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="162"/>
        <source>Targets by product line and month</source>
        <translation>各產品線每月目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="164"/>
        <source>Targets by team member and month</source>
        <translation>各成員每月目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="169"/>
        <source>Share of the year by region</source>
        <translation>各區域全年佔比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="171"/>
        <source>Share of the year by product line</source>
        <translation>各產品線全年佔比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="173"/>
        <source>Share of the year by team member</source>
        <translation>各成員全年佔比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="176"/>
        <source>Funnel: from leads to won deals</source>
        <translation>銷售漏斗：從潛在客戶到贏單</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="178"/>
        <source>Reps required and available by month</source>
        <translation>各月所需與可用業務人數</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="180"/>
        <source>Plan against actual, cumulative</source>
        <translation>計畫與實際達成對比（累計）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="182"/>
        <source>Bookings and collections by month</source>
        <translation>各月簽約額與回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="184"/>
        <source>Sales budget by month</source>
        <translation>各月銷售預算</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="186"/>
        <source>From last year to this year by region</source>
        <translation>從去年到今年（依區域）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="187"/>
        <source>From last year to this year by product line</source>
        <translation>從去年到今年（依產品線）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="189"/>
        <source>Cumulative: plan, actual, forecast</source>
        <translation>累計：計畫、實際與預測</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="193"/>
        <source>Attainment by region, year to date</source>
        <translation>各區域達成率（年初至今）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="195"/>
        <source>Attainment by product line, year to date</source>
        <translation>各產品線達成率（年初至今）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="197"/>
        <source>Attainment by team member, year to date</source>
        <translation>各成員達成率（年初至今）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="200"/>
        <source>Market, team and resources ceilings</source>
        <translation>市場、團隊與資源上限</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="202"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="204"/>
        <source>Action plan timeline</source>
        <translation>行動計畫時間軸</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="206"/>
        <source>Top-down against bottom-up by unit</source>
        <translation>各單位由上而下與由下而上對照</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="208"/>
        <source>Consolidated target by month</source>
        <translation>各月彙總目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="254"/>
        <source>%1 carries %2 of the year</source>
        <translation>%1 佔全年 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="256"/>
        <source>%1 and %2 carry %3 of the year</source>
        <translation>%1和%2佔全年 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="258"/>
        <source>%1, %2 and %3 carry %4 of the year</source>
        <translation>%1、%2 和 %3 佔全年 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="268"/>
        <source>%n regions share the year evenly</source>
        <translation>
            <numerusform>%n 個區域平均分攤全年目標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="270"/>
        <source>%n product lines share the year evenly</source>
        <translation>
            <numerusform>%n 條產品線平均分攤全年目標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="272"/>
        <source>%n reps share the year evenly</source>
        <translation>
            <numerusform>%n 位業務平均分攤全年目標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="285"/>
        <source>%n regions carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 個區域各佔全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="288"/>
        <source>%n product lines carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 條產品線各佔全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="291"/>
        <source>%n reps carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 位業務各佔全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="347"/>
        <source>%1; %n start after %2</source>
        <extracomment>After what a split says: how many reps start after the plan&apos;s third month.</extracomment>
        <translation>
            <numerusform>%1；%n 人在%2之後到職</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="360"/>
        <source>Every month carries about %1 of the year</source>
        <translation>每月約佔全年 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="366"/>
        <source>%1 carries %2 of the year; %3 is the peak</source>
        <translation>%1 佔全年 %2；%3為高峰月</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="375"/>
        <location filename="../ui/charts/actualchart.cpp" line="20"/>
        <location filename="../ui/charts/cumulativechart.cpp" line="128"/>
        <location filename="../ui/charts/cumulativechart.cpp" line="164"/>
        <location filename="../ui/charts/attainmentchart.cpp" line="113"/>
        <location filename="../ui/charts/attainmentchart.cpp" line="201"/>
        <location filename="../ui/charts/kpiboardchart.cpp" line="22"/>
        <location filename="../ui/charts/kpiboardchart.cpp" line="32"/>
        <source>No actuals yet: import monthly results to compare</source>
        <translation>尚無實際達成資料：匯入各月實際業績後即可對比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="383"/>
        <source>%1 booked by %2</source>
        <translation>截至%2底已達成 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="387"/>
        <source>%1 ahead of plan by the end of %2</source>
        <translation>截至%2底，領先計畫 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="389"/>
        <source>%1 behind plan by the end of %2</source>
        <translation>截至%2底，落後計畫 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="408"/>
        <source>%1 deals need %2 leads: %3 calls a day</source>
        <translation>成交 %1 筆需要 %2 個潛在客戶：每天 %3 通電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="23"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="30"/>
        <source>regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="32"/>
        <source>product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="34"/>
        <source>team members</source>
        <translation>團隊成員</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartsupport.cpp" line="63"/>
        <location filename="../ui/charts/bridgechart.cpp" line="53"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>其他（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="133"/>
        <source>&lt;p align=&quot;center&quot;&gt;%1&lt;br&gt;&lt;span style=&quot;font-weight:normal&quot;&gt;%2&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p align=&quot;center&quot;&gt;%1&lt;br&gt;&lt;span style=&quot;font-weight:normal&quot;&gt;%2&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="167"/>
        <location filename="../ui/charts/splitcharts.cpp" line="30"/>
        <location filename="../ui/charts/funnelchart.cpp" line="21"/>
        <location filename="../ui/charts/capacitychart.cpp" line="27"/>
        <location filename="../ui/charts/calibrationchart.cpp" line="78"/>
        <source>No revenue target yet: enter the annual target in Targets</source>
        <translation>尚未設定業績目標：請在「目標」中輸入年度目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="172"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目標暫時無法分解：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="68"/>
        <source>B</source>
        <comment>billions on an axis</comment>
        <translation>十億</translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="70"/>
        <source>M</source>
        <comment>millions on an axis</comment>
        <translation>百萬</translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="72"/>
        <source>k</source>
        <comment>thousands on an axis</comment>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="76"/>
        <location filename="../ui/charts/funnelchart.cpp" line="41"/>
        <location filename="../ui/charts/bridgechart.cpp" line="233"/>
        <location filename="../ui/charts/calibrationchart.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="116"/>
        <source>%1: target %2</source>
        <translation>%1：目標 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="119"/>
        <source>, stretch %1</source>
        <translation>，衝刺 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="122"/>
        <source>, last year %1</source>
        <translation>，去年 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="135"/>
        <source>Month target</source>
        <translation>每月目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="142"/>
        <location filename="../ui/charts/targetschart.cpp" line="190"/>
        <source>Stretch tier (+%1)</source>
        <translation>衝刺目標（+%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="152"/>
        <location filename="../ui/charts/targetschart.cpp" line="198"/>
        <source>Actual %1</source>
        <translation>%1年實際達成</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="35"/>
        <source>No team members yet: add them in the Team section</source>
        <translation>尚無團隊成員：請在「團隊」部分新增</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="36"/>
        <source>No %1 yet: add them in Targets, Splits</source>
        <translation>尚無%1：請在「目標 ▸ 拆分」中新增</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="43"/>
        <source>The target cannot be split yet: %1</source>
        <translation>目標暫時無法拆分：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="68"/>
        <source>Share of the year</source>
        <translation>全年佔比</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="147"/>
        <location filename="../ui/charts/budgetchart.cpp" line="78"/>
        <location filename="../ui/charts/consolidatedchart.cpp" line="110"/>
        <source>%1, %2: %3 of %4</source>
        <translation>%1，%2：%3（當月共 %4）</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="197"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="90"/>
        <location filename="../ui/charts/splitcharts.cpp" line="214"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="26"/>
        <source>The funnel cannot be solved yet: %1</source>
        <translation>銷售漏斗暫時無法估算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="33"/>
        <source>Won deals&lt;br&gt;%1 of proposals</source>
        <translation>贏單&lt;br&gt;佔提案 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="34"/>
        <source>Proposals&lt;br&gt;%1 of qualified</source>
        <translation>提案&lt;br&gt;佔合格潛在客戶 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="35"/>
        <source>Qualified&lt;br&gt;%1 of leads</source>
        <translation>合格潛在客戶&lt;br&gt;佔潛在客戶 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="36"/>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Won deals</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="53"/>
        <source>Needed in the year</source>
        <translation>全年所需</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="31"/>
        <source>The reps cannot be counted yet: %1</source>
        <translation>業務人數暫時無法估算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="49"/>
        <source>%1: %2 reps required, %3 available</source>
        <translation>%1：需要 %2 名業務，可用 %3 名</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/capacitychart.cpp" line="53"/>
        <source>, %n short</source>
        <translation>
            <numerusform>，缺 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="55"/>
        <source>%1&lt;br&gt;−%2</source>
        <translation>%1&lt;br&gt;−%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="68"/>
        <source>Reps required</source>
        <translation>所需業務人數</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="70"/>
        <source>Reps required, month short of reps</source>
        <translation>所需業務人數（人力不足的月份）</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="77"/>
        <source>Reps available</source>
        <translation>可用業務人數</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="35"/>
        <source>%1: plan %2 to date</source>
        <translation>%1：累計計畫 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="39"/>
        <source>%1: actual %2 to date, plan %3</source>
        <translation>%1：累計實際達成 %2，計畫 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="50"/>
        <source>Plan, cumulative</source>
        <translation>累計計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="53"/>
        <source>Actual, cumulative</source>
        <translation>累計實際達成</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="30"/>
        <source>Collections are not planned: set the shares in Targets ▸ Collections</source>
        <translation>尚未規劃回款：請在「目標 ▸ 回款」中設定回款比例</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="36"/>
        <source>Collections cannot be planned: %1. Set the shares in Targets ▸ Collections</source>
        <translation>無法規劃回款：%1。請在「目標 ▸ 回款」中設定回款比例</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="51"/>
        <source>Bookings</source>
        <translation>簽約額</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="53"/>
        <source>Collected</source>
        <translation>回款額</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="60"/>
        <source>From last year</source>
        <translation>來自去年簽約</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="87"/>
        <source>%1: booked %2, collected %3, of which %4 from last year</source>
        <translation>%1：簽約%2，回款%3，其中%4來自去年簽約</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="60"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="62"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="153"/>
        <source>Last year and this year</source>
        <translation>去年與今年</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="154"/>
        <source>Rise</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="155"/>
        <source>Fall</source>
        <translation>減少</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="217"/>
        <source>No history of last year by region: import last year&apos;s bookings with their regions</source>
        <translation>尚無去年各區域的歷史資料：請匯入去年的簽約額及其所屬區域</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="219"/>
        <source>No history of last year by product line: import last year&apos;s bookings with their product lines</source>
        <translation>尚無去年各產品線的歷史資料：請匯入去年的簽約額及其所屬產品線</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="299"/>
        <source>%1 brings the largest rise: %2</source>
        <translation>%1 增幅最大：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="300"/>
        <source>%1 brings the largest fall: %2</source>
        <translation>%1 降幅最大：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="82"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="83"/>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="85"/>
        <source>Run rate</source>
        <extracomment>A dashed forecast line: the year to date scaled by the plan&apos;s seasonality.</extracomment>
        <translation>依目前進度預測</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="87"/>
        <source>Booked + plan</source>
        <extracomment>A dashed forecast line: booked so far plus the plan&apos;s remaining months.</extracomment>
        <translation>已達成 + 計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="88"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="110"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="169"/>
        <source>At the run rate the year ends at %1, %2 of the target (as of %3)</source>
        <extracomment>%1 the forecast at the run rate, %2 its share of the annual target, %3 the month.</extracomment>
        <translation>依目前進度，全年將達到 %1，為目標的 %2（截至%3）</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="91"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="93"/>
        <source>%1  %2 · %3</source>
        <extracomment>Beside an attainment bar: %1 the name, %2 the share of the target, %3 the light&apos;s word.</extracomment>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="119"/>
        <source>Nothing is booked for these lines yet</source>
        <translation>這些項目尚無入帳業績</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="120"/>
        <source>The plan does not split its target this way</source>
        <translation>計畫未依此維度拆分目標</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/attainmentchart.cpp" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="154"/>
        <source>%1: %2 of %3 year to date</source>
        <translation>%1：年初至今 %2，目標 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="186"/>
        <source>Target (100 %)</source>
        <translation>目標（100%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="213"/>
        <source>%1 of %2 on track; %3 is furthest behind at %4 (%5)</source>
        <extracomment>%1 how many are green, %2 how many there are, %3 the name furthest behind, %4 its share of its target, %5 its light in words.</extracomment>
        <translation>%2 項中 %1 項達標；%3 落後最多，為 %4（%5）</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpiboardchart.cpp" line="42"/>
        <source>%1 of %2 green in %3</source>
        <extracomment>%1 how many tiles are green, %2 how many there are, %3 the month.</extracomment>
        <translation>%3：%2 項中 %1 項為綠燈</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpiboardchart.cpp" line="46"/>
        <source>%1; %2 is %3</source>
        <extracomment>After how many KPIs are green: the first that is red, %2 its light&apos;s word.</extracomment>
        <translation>%1；%2為%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="31"/>
        <source>Ceiling at or above the target</source>
        <translation>上限不低於目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="33"/>
        <source>Ceiling below the target</source>
        <translation>上限低於目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="40"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="49"/>
        <source>%1&lt;br&gt;&lt;i&gt;not set:&lt;/i&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;&lt;i&gt;未設定：&lt;/i&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="55"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="64"/>
        <source>%1: %2 = %3</source>
        <translation>%1：%2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="84"/>
        <source>No ceiling can be worked out yet: enter the market size, import history or set a marketing budget</source>
        <translation>目前還無法計算任何上限：請填寫市場規模、匯入歷史資料或設定行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="135"/>
        <location filename="../ui/charts/calibrationchart.cpp" line="136"/>
        <source>Annual target: %1</source>
        <translation>年度目標：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="151"/>
        <source>The target fits under every ceiling set; the tightest: %1 at %2</source>
        <translation>目標未超過任何已設定的上限；最緊的上限是 %1，目標占其 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="153"/>
        <source>%1: the target is %2 of it. %3</source>
        <translation>%1：目標為上限的 %2。%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinechart.cpp" line="16"/>
        <location filename="../ui/charts/timelinechart.cpp" line="26"/>
        <source>No initiatives yet: add them in Metrics &amp; review</source>
        <translation>尚無行動項目：請在「指標與檢討會議」中新增</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="36"/>
        <source>%n initiative(s) with %1 of budget</source>
        <extracomment>%n initiatives, %1 their budgets in all.</extracomment>
        <translation>
            <numerusform>%n 個行動項目，預算共 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="41"/>
        <source>%1; %n overdue</source>
        <extracomment>After the count of initiatives: how many of them are overdue.</extracomment>
        <translation>
            <numerusform>%1；%n 個逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="36"/>
        <source>The sales budget cannot be worked out yet: %1</source>
        <translation>暫時無法計算銷售預算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="45"/>
        <source>No sales budget yet: give the roles a cost a month in Team</source>
        <translation>尚無銷售預算：請在「團隊」中為各職務填寫每月成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="97"/>
        <source>A sales budget of %1, %2 of the target</source>
        <translation>銷售預算 %1，佔目標 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="101"/>
        <source>%1: above its limit by %2</source>
        <translation>%1：超出上限 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="31"/>
        <source>Allocation (top-down)</source>
        <translation>分配額（由上而下）</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="33"/>
        <source>Unit&apos;s own target (bottom-up)</source>
        <translation>單位自身目標（由下而上）</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="57"/>
        <source>%1&lt;br&gt;&lt;b&gt;%2 %3&lt;/b&gt;</source>
        <extracomment>A gap beyond the threshold under a unit&apos;s name: an arrow up or down, then the gap.</extracomment>
        <translation>%1&lt;br&gt;&lt;b&gt;%2 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="64"/>
        <source>%1: allocated %2</source>
        <translation>%1：分配額 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="66"/>
        <source>%1, its own target %2, gap %3</source>
        <translation>%1，自身目標 %2，差距 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="68"/>
        <location filename="../ui/charts/unitschart.cpp" line="165"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="77"/>
        <source>Not a team plan: no units. Add units in Targets, Units</source>
        <translation>不是團隊彙總計畫：沒有單位。請在「目標 ▸ 單位」中新增單位</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="83"/>
        <source>The units&apos; plans are not read here: save the team plan first</source>
        <translation>此處尚未讀取各單位的計畫：請先儲存團隊計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="96"/>
        <source>Not a team plan: no units</source>
        <translation>不是團隊彙總計畫：沒有單位</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="149"/>
        <source>%1 of %n units plan below their allocation</source>
        <translation>
            <numerusform>%n 個單位中有 %1 個的計畫低於分配額</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="152"/>
        <source>%1 of %n units plan above their allocation</source>
        <translation>
            <numerusform>%n 個單位中有 %1 個的計畫高於分配額</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="154"/>
        <source>Every unit read plans its allocation</source>
        <translation>已讀取的各單位計畫均與分配額一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="159"/>
        <source>%n units not summed</source>
        <translation>
            <numerusform>%n 個單位未計入彙總</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="161"/>
        <source>%1 is missing</source>
        <translation>單位「%1」缺漏</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="163"/>
        <source>%1 is not summed (%2)</source>
        <translation>單位「%1」未計入彙總（%2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="44"/>
        <location filename="../ui/charts/consolidatedchart.cpp" line="165"/>
        <source>%1 (%2)</source>
        <extracomment>A chart&apos;s title and how many units it adds up: &quot;Consolidated target by month (2 of 3 units)&quot;.
----------
A sentence about the units&apos; sums and how many units they add up: &quot;…, 2 of 3 units&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="61"/>
        <source>Team&apos;s own target (top-down)</source>
        <translation>團隊自身目標（由上而下）</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="81"/>
        <source>No unit plan could be read: link the units&apos; plan files in Targets, Units</source>
        <translation>無法讀取任何單位的計畫：請在「目標 ▸ 單位」中連結各單位的計畫檔</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="135"/>
        <source>%1: the team&apos;s own target %2, the units&apos; %3</source>
        <translation>%1：團隊自身目標 %2，各單位合計 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="154"/>
        <source>The units&apos; own targets add up to the team&apos;s %1</source>
        <translation>各單位自身目標合計 %1，與團隊目標一致</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="157"/>
        <source>The units&apos; own targets add up to %1, %2 the team&apos;s %3</source>
        <translation>各單位自身目標合計 %1，比團隊目標 %3 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="159"/>
        <source>%1 above</source>
        <translation>高出 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="160"/>
        <source>%1 below</source>
        <translation>低 %1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../core/check/findings.cpp" line="49"/>
        <source>The plan has no name; give it one so that it can be told from other plans.</source>
        <translation>計畫尚未命名；請為它命名，以便與其他計畫區分。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="58"/>
        <source>The mission is missing; say in a sentence what the team is there to achieve.</source>
        <translation>缺少使命；請用一句話說明團隊要達成什麼。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="70"/>
        <source>The currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY or USD.</source>
        <translation>幣別「%1」不是三個字母的 ISO 4217 代碼（如 CNY 或 USD）。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="93"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>「%2」的%1</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="95"/>
        <source>%1 is %2, but the plan is kept in %3. SalesPlan does not convert between currencies; enter the amount in %3.</source>
        <translation>%1為 %2，但計畫使用的幣別是 %3。SalesPlan 不會換算幣別；請以 %3 填寫此金額。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="139"/>
        <source>The annual revenue target is missing; enter what the team is to sell.</source>
        <translation>缺少年度業績目標；請填寫團隊要達成的業績。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="141"/>
        <source>The annual revenue target is %1; it must be above zero.</source>
        <translation>年度業績目標為 %1；必須大於零。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="160"/>
        <source>The target is %1 above last year&apos;s actual; growth of more than 100% is rarely reached.</source>
        <translation>目標比去年實際達成高 %1；成長超過 100% 的目標很少能達成。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="166"/>
        <source>The target is %1 below last year&apos;s actual; check that a fall of more than 50% is intended.</source>
        <translation>目標比去年實際達成低 %1；請確認衰退超過 50% 是否符合預期。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="179"/>
        <source>The stretch reserve is %1; a reserve of 10–15% above the target is usual.</source>
        <translation>衝刺加成為 %1；通常會在目標之上加成 10–15%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="195"/>
        <source>lead to qualified lead</source>
        <translation>潛在客戶到合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="198"/>
        <source>qualified lead to proposal</source>
        <translation>合格潛在客戶到提案</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="199"/>
        <source>proposal to won deal</source>
        <translation>提案到贏單</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="206"/>
        <source>The conversion rate from %1 is %2; it must be above 0% and at most 100%.</source>
        <translation>%1的轉換率為 %2；必須大於 0% 且不超過 100%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="218"/>
        <source>The average deal size is missing; without it the deals, activity and reps the target needs cannot be worked out.</source>
        <translation>缺少客單價；沒有客單價，就無法算出達成目標所需的成交案數、業務活動量和業務人數。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="269"/>
        <source>The weight of &quot;%1&quot; is %2; a weight must be zero or more.</source>
        <translation>「%1」的權重為 %2；權重不能小於零。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/check/findings.cpp" line="332"/>
        <source>%n more</source>
        <translation>
            <numerusform>其他 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="337"/>
        <source>%1 gets %2</source>
        <translation>%1 分得 %2</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="338"/>
        <source>%1 get %2 each</source>
        <translation>%1 各分得 %2</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="342"/>
        <source>the others get %1 each</source>
        <translation>其餘各分得 %1</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="345"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="357"/>
        <source>The %1 are all zero; give at least one a weight above zero.</source>
        <translation>%1全部為零；請至少為一項設定大於零的權重。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="362"/>
        <source>The %1 are relative, so the shares are: %2.</source>
        <translation>%1為相對值，因此各項佔比為：%2。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="384"/>
        <source>month weights</source>
        <translation>月份權重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="399"/>
        <source>members&apos; quota shares</source>
        <translation>成員個人配額權重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="417"/>
        <source>region weights</source>
        <translation>區域權重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="421"/>
        <source>product line weights</source>
        <translation>產品線權重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="433"/>
        <source>The team has no members; add the reps who will carry the target.</source>
        <translation>團隊還沒有成員；請新增要承擔目標的業務代表。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="119"/>
        <source>The activity and the reps the target needs cannot be worked out: %1.</source>
        <translation>無法算出達成目標所需的業務活動量和業務人數：%1。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="444"/>
        <source>The plan has no sales stages; add the steps from the first lead to the signed contract.</source>
        <translation>計畫中沒有銷售階段；請新增從第一個潛在客戶到簽約的各個步驟。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="452"/>
        <source>The conversion rate of the stage &quot;%1&quot; is %2; it must be above 0% and at most 100%.</source>
        <translation>銷售階段「%1」的轉換率為 %2；必須大於 0% 且不超過 100%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="467"/>
        <source>The KPI &quot;%1&quot; turns yellow at %2 of its target but green already at %3; the yellow threshold belongs below the green one.</source>
        <translation>關鍵指標「%1」在達到目標的 %2 時亮黃燈，卻在 %3 時就已亮綠燈；黃燈門檻應低於綠燈門檻。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="485"/>
        <source>The KPI &quot;%1&quot; has no target: with 0 to reach it is met from the first day. Type a target.</source>
        <translation>關鍵指標「%1」沒有目標：目標為 0 時第一天就已達成。請輸入目標。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="498"/>
        <source>The likelihood of the risk &quot;%1&quot; is %2; rate it from 1 (rare) to 5 (almost certain).</source>
        <translation>風險「%1」的可能性為 %2；請以 1（罕見）到 5（幾乎確定）評分。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="505"/>
        <source>The impact of the risk &quot;%1&quot; is %2; rate it from 1 (minor) to 5 (severe).</source>
        <translation>風險「%1」的影響為 %2；請以 1（輕微）到 5（嚴重）評分。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="40"/>
        <source>The initiative &quot;%1&quot; is due on %2, before it starts on %3.</source>
        <translation>行動項目「%1」的截止日期 %2 早於開始日期 %3。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="47"/>
        <source>The initiative &quot;%1&quot; runs outside the plan year (%2 to %3); move it into the year or leave it to next year&apos;s plan.</source>
        <translation>行動項目「%1」不在計畫年度內（%2 至 %3）；請移到本年度內，或留待明年的計畫。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="59"/>
        <source>The initiative &quot;%1&quot; has no owner; name the one person who answers for it.</source>
        <translation>行動項目「%1」沒有負責人；請指定一位為其負責的人。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="69"/>
        <source>The owner of the initiative &quot;%1&quot;, %2, is not on the team; fine for marketing or a partner, else check the name.</source>
        <translation>行動項目「%1」的負責人 %2 不在團隊中；若是行銷部門或合作夥伴則無妨，否則請檢查姓名。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="80"/>
        <source>The initiative &quot;%1&quot; has spent %2 of its budget of %3.</source>
        <translation>行動項目「%1」已支出 %2，預算為 %3。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="104"/>
        <source>The milestone &quot;%1&quot; of the initiative &quot;%2&quot; was due on %3 and is not done: mark it done or move its date.</source>
        <translation>行動項目「%2」的里程碑「%1」已於 %3 到期但尚未完成：請將其標示為已完成，或調整日期。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="147"/>
        <source>The initiative &quot;%1&quot; of %2 was due on %3 and is not done: finish it, move its date or drop it.</source>
        <translation>%2 負責的行動項目「%1」應於 %3 完成，但尚未完成：請完成它、調整日期或取消。</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../core/plan/choices.h" line="42"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="43"/>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="44"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="49"/>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="50"/>
        <source>Indirect</source>
        <translation>間接</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="55"/>
        <source>Even</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="56"/>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="58"/>
        <source>Like last year</source>
        <translation>參照去年</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="60"/>
        <source>Average of past years</source>
        <translation>往年平均</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="65"/>
        <source>Business</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="66"/>
        <source>Consumer</source>
        <translation>個人消費者</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="71"/>
        <source>Strategic</source>
        <translation>策略型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="72"/>
        <source>Profit</source>
        <translation>獲利型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="73"/>
        <source>Nurture</source>
        <translation>培育型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="74"/>
        <source>Maintain</source>
        <translation>維護型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="79"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="80"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="82"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="83"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="88"/>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="89"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="91"/>
        <source>Execution</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="93"/>
        <source>Financial</source>
        <translation>財務</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="98"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="99"/>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="100"/>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="105"/>
        <source>Events</source>
        <translation>展會活動</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="106"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="108"/>
        <source>Marketing campaigns</source>
        <translation>行銷推廣</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="109"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="114"/>
        <source>Amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="115"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="120"/>
        <source>All reps</source>
        <translation>全體業務</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="122"/>
        <source>New hires only</source>
        <translation>僅新進人員</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="127"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="129"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="130"/>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="132"/>
        <source>Average deal size</source>
        <translation>客單價</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="133"/>
        <source>Revenue</source>
        <translation>業績</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="138"/>
        <source>Typed</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="139"/>
        <source>The plan</source>
        <translation>依計畫</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="145"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="147"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="152"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="153"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="155"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="156"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="157"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="162"/>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="164"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="165"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="166"/>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/check/findings.h" line="19"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../core/check/findings.h" line="20"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/check/findings.h" line="21"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="318"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的指令「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="329"/>
        <source>needs a value</source>
        <translation>需要指定值</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="334"/>
        <source>is not an option of this command</source>
        <translation>不是此指令的選項</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="341"/>
        <source>expected %n file name(s), got %1</source>
        <translation>
            <numerusform>應提供 %n 個檔名，實際為 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="390"/>
        <source>the plan cannot be reviewed: %1</source>
        <translation>無法產生計畫檢討：%1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="434"/>
        <location filename="../app/cli.cpp" line="502"/>
        <source>export needs exactly one of --json OUT, --pdf OUT, --deck OUT, --xlsx OUT or --letters OUT</source>
        <translation>export 必須且只能指定 --json OUT、--pdf OUT、--deck OUT、--xlsx OUT 或 --letters OUT 其中一項</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="437"/>
        <source>--per-member goes with --letters</source>
        <translation>--per-member 須搭配 --letters 使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="441"/>
        <source>--page goes with --pdf or --letters</source>
        <translation>--page 須搭配 --pdf 或 --letters 使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="448"/>
        <source>--page: &quot;%1&quot; is not a page size; use A4 or Letter</source>
        <translation>--page：「%1」不是有效的紙張大小，請使用 A4 或 Letter</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="452"/>
        <source>--open-points goes with --pdf</source>
        <translation>--open-points 只能與 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="457"/>
        <source>--confidential goes with --pdf</source>
        <translation>--confidential 須與 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="462"/>
        <source>--review-month goes with --pdf</source>
        <translation>--review-month 只能搭配 --pdf 使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="464"/>
        <source>--server goes with --deck or --pdf</source>
        <translation>--server 須與 --deck 或 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="515"/>
        <source>--letters %1: with --per-member, OUT must be an existing folder</source>
        <translation>--letters %1：使用 --per-member 時，OUT 必須是已存在的資料夾</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="545"/>
        <source>import needs --to FILE.salesplan</source>
        <translation>import 需要 --to FILE.salesplan</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="547"/>
        <location filename="../app/clitemplates.cpp" line="68"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 已存在，請改用其他檔名</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="560"/>
        <source>%1: import-history adds to a .salesplan file; import the JSON plan into one first</source>
        <translation>%1：import-history 只能將資料新增至 .salesplan 檔；請先將 JSON 計畫匯入為 .salesplan 檔</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="570"/>
        <source>%1: --sheet is for .xlsx workbooks; a CSV file has no sheets</source>
        <translation>%1：--sheet 僅適用於 .xlsx 活頁簿；CSV 檔沒有工作表</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="565"/>
        <location filename="../app/cli.cpp" line="574"/>
        <location filename="../app/cli.cpp" line="581"/>
        <location filename="../app/cli.cpp" line="584"/>
        <location filename="../app/cli.cpp" line="590"/>
        <location filename="../app/clipublish.cpp" line="61"/>
        <location filename="../app/clipublish.cpp" line="130"/>
        <location filename="../app/clipublish.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="79"/>
        <source>Usage: salesplan [options] [FILE]
       salesplan COMMAND [arguments]

SalesPlan writes, decomposes and presents an annual sales plan.
Without a command it opens FILE (a .salesplan plan) in the window.

Options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --lang LANGUAGE   Use LANGUAGE (en, zh_CN, zh_TW) instead of the system&apos;s.
  --screenshots DIR Save every page of the window as PNG in DIR and exit.
  --palette dark|light|system
                    Show the window in dark or light colours, or the system&apos;s,
                    instead of the Preferences&apos; choice.

Commands (they need no display):
  export FILE --json OUT        Write the plan as JSON, with its saved versions.
  export FILE --pdf OUT [--page A4|Letter] [--open-points]
             [--confidential TEXT] [--review-month YYYY-MM]
                                Write the plan as a PDF report (A4 unless told;
                                the open findings in the appendix if asked;
                                TEXT on the cover and in every page&apos;s footer;
                                the execution review of the month if asked).
  export FILE --deck OUT        Write the presentation as a PDF, a 16:9 page a
                                slide.
  export FILE --letters OUT [--per-member] [--page A4|Letter]
                                Write each member&apos;s target letter, a page each,
                                as one PDF (--per-member: OUT is a folder that
                                gets one PDF per member), in the language of
                                --lang.
  export FILE --xlsx OUT        Write the plan&apos;s figures as an Excel workbook
                                whose totals are formulas.
  import JSON --to FILE         Make a new .salesplan file from a JSON plan and
                                its saved versions.
  import-history FILE TABLE [--sheet NAME] [--replace]
                                Add the booked amounts of a CSV file or an .xlsx
                                workbook (its first sheet, or the sheet NAME) to
                                the plan&apos;s history (--replace: instead of what it
                                holds).
  summary FILE [--json]         Print targets, funnel, capacity and findings.
  check FILE                    Print the findings; exit 1 when there are errors.
  review FILE [--month YYYY-MM] [--json]
                                Print the month&apos;s review: attainment of every
                                line, the forecast, the KPIs&apos; lights and the
                                deviations (the last month with actuals unless
                                told); exit 1 when a deviation has no note.
  diff FILE FILE [--json]       Compare two plans: the targets, the team, the
                                stages, KPIs, risks and texts that differ; exit 1
                                when they differ.
  version FILE --save NAME [--author NAME]
                                Save the plan as it is now as a version called
                                NAME inside the .salesplan file.
  versions FILE [--json]        List the saved versions: name, date, author
                                and size.
  status FILE [--submit | --approve --by NAME [--comment TEXT]
              [--narrative-editable] | --reopen --reason TEXT [--by NAME]]
                                Print the plan&apos;s status and its changes, or move
                                it: submit for review, approve (locks the
                                targets and saves a version), reopen as a draft.
  templates [--json]            List the industry templates a new plan can start
                                from: key, name and what each assumes.
  new --template KEY --to FILE  Make a new .salesplan file (or, for a .json FILE,
                                a JSON plan) from a template, in the language of
                                --lang, for next year.
  consolidate TEAM [--json]     Print a team plan over its units&apos; plans (linked
                                files, relative to TEAM&apos;s folder): each unit&apos;s
                                allocation against its own target, the gap,
                                headcount and budget, then the units&apos; figures
                                added up. A unit that cannot be read is listed
                                as missing (exit 1), never counted as zero.

Team server (PostgreSQL; URL is postgresql://USER@HOST:PORT/DATABASE, with
?sslmode=require or verify-full for TLS; your password comes from
--password-stdin, PGPASSWORD, ~/.pgpass or a prompt, never the command line:
a URL with a password in it is refused):
  server init URL               Create the team server&apos;s tables, roles and
                                row-level security, or bring them up to this
                                SalesPlan (as the database&apos;s owner).
  server add-unit URL --unit NAME --manager ROLE
  server add-director URL --director ROLE
                                Add a unit with the login role of its manager,
                                or a director; a new role&apos;s password is typed
                                twice, or read from the next line of standard
                                input. A role that exists keeps its password;
                                a superuser, or one that may create roles or
                                databases, is refused.
  server units URL              List the units, their managers and their latest
                                versions.
  fetch FILE --server URL [--unit NAME]
                                Record in the .salesplan FILE the latest
                                allocation, the unit&apos;s part of it and the unit&apos;s
                                latest version, and print the allocated target
                                against the plan&apos;s own (a manager).
  fetch FILE --server URL --allocation
                                Record the allocation the team plan is based on
                                (a director).
  publish FILE --server URL --unit NAME [--allocation-version N]
                                [--unit-version N]
                                Publish the plan as the unit&apos;s next version (a
                                manager); refused when the allocation or the
                                unit changed since FILE was fetched or last
                                published (or since versions N), and FILE then
                                records the version it published.
  publish FILE --server URL --allocation [--allocation-version N]
                                Publish the team plan as the next allocation
                                (a director), checked the same way.
  consolidate --server URL [--json]
                                As consolidate TEAM, over the allocation (the
                                team plan) and the latest version of every unit
                                you may read on the server.
  export TEAM --deck OUT --server URL, export TEAM --pdf OUT --server URL
                                A team plan&apos;s deck or report over its units as
                                the server has them, not the linked files.
  (add --password-stdin to read your password from standard input&apos;s first line)

FILE is a .salesplan file or a .json plan; FILE@NAME reads the version NAME
saved in a .salesplan file instead of the plan as it is now.

Exit codes: 0 ok, 1 the plan has errors (review: a deviation without a note;
diff: the plans differ; consolidate: a unit missing or in another currency),
2 bad usage or bad input (consolidate: TEAM cannot be read or has no units),
or the team server refused (sign-in, permission, a stale version).
</source>
        <translation>用法：salesplan [選項] [FILE]
      salesplan COMMAND [引數]

SalesPlan 用於撰寫、分解和簡報年度銷售計畫。
未指定指令時，會在視窗中開啟 FILE（.salesplan 計畫檔）。

選項：
  -h, --help        顯示此說明並結束。
  -v, --version     顯示版本並結束。
  --lang LANGUAGE   使用 LANGUAGE（en、zh_CN、zh_TW）而非系統語言。
  --screenshots DIR 將視窗的每個頁面以 PNG 格式儲存至 DIR 後結束。
  --palette dark|light|system
                    以深色或淺色顯示視窗，或依系統設定，
                    而不採用偏好設定中的選擇。

指令（不需要圖形介面）：
  export FILE --json OUT        將計畫匯出為 JSON，包含已儲存的版本。
  export FILE --pdf OUT [--page A4|Letter] [--open-points]
             [--confidential TEXT] [--review-month YYYY-MM]
                                將計畫匯出為 PDF 報告（未指定時為 A4；
                                指定時在附錄中列出待決事項；
                                TEXT 印在封面與每頁頁尾；
                                指定時附上當月的執行檢討）。
  export FILE --deck OUT        將簡報匯出為 PDF，
                                每張投影片為一頁 16:9 頁面。
  export FILE --letters OUT [--per-member] [--page A4|Letter]
                                將每位成員的目標責任書匯出為一個 PDF，
                                每人一頁（--per-member：OUT 為資料夾，
                                每位成員各一個 PDF），語言依 --lang 而定。
  export FILE --xlsx OUT        將計畫數據匯出為 Excel 活頁簿，
                                其中的合計皆為公式。
  import JSON --to FILE         從 JSON 計畫及其已儲存的版本建立新的
                                .salesplan 檔。
  import-history FILE TABLE [--sheet NAME] [--replace]
                                將 CSV 檔或 .xlsx 活頁簿（第一個工作表，
                                或名為 NAME 的工作表）中的業績新增至
                                計畫的歷史資料（--replace：取代現有的
                                歷史資料）。
  summary FILE [--json]         輸出目標、銷售漏斗、產能與檢查提示。
  check FILE                    輸出檢查提示；有錯誤時以結束代碼 1 結束。
  review FILE [--month YYYY-MM] [--json]
                                輸出當月檢討：各項的達成率、全年預測、
                                關鍵指標的燈號與偏差（未指定時為最近
                                一個有實際資料的月份）；有偏差未填寫
                                說明時以結束代碼 1 結束。
  diff FILE FILE [--json]       比較兩個計畫：列出不同的目標、團隊、銷售
                                階段、關鍵指標、風險與文字；兩者不同時以
                                結束代碼 1 結束。
  version FILE --save NAME [--author NAME]
                                將計畫的目前狀態儲存為 .salesplan 檔中
                                名為 NAME 的版本。
  versions FILE [--json]        列出已儲存的版本：名稱、日期、作者與大小。
  status FILE [--submit | --approve --by NAME [--comment TEXT]
              [--narrative-editable] | --reopen --reason TEXT [--by NAME]]
                                輸出計畫的狀態及其變更紀錄，或變更狀態：
                                送交審核、核准（鎖定目標並儲存一個版本）、
                                退回草稿。
  templates [--json]            列出新計畫可採用的產業範本：鍵值、名稱
                                及各範本的假設。
  new --template KEY --to FILE  從範本建立新的 .salesplan 檔（若 FILE 為
                                .json，則建立 JSON 計畫），使用 --lang
                                指定的語言，計畫年度為明年。
  consolidate TEAM [--json]     輸出團隊計畫及其各單位的計畫（連結的檔案，
                                路徑相對於 TEAM 所在的資料夾）：各單位的
                                分配額與其自身目標的對照、差距、人數與
                                預算，以及各單位數據的彙總。無法讀取的
                                單位列為缺少（結束代碼 1），絕不以零計算。

團隊伺服器（PostgreSQL；URL 為 postgresql://USER@HOST:PORT/DATABASE，
使用 TLS 時加上 ?sslmode=require 或 verify-full；密碼來自
--password-stdin、PGPASSWORD、~/.pgpass 或提示輸入，絕不來自命令列：
含密碼的 URL 會被拒絕）：
  server init URL               建立團隊伺服器的資料表、角色與資料列層級
                                安全性，或將其更新至目前的 SalesPlan
                                （須以資料庫擁有者身分執行）。
  server add-unit URL --unit NAME --manager ROLE
  server add-director URL --director ROLE
                                新增單位及其經理的登入角色，或新增總監；
                                新角色的密碼需輸入兩次，或從標準輸入的
                                下一行讀取。既有的角色保留其原密碼；超級使用者
                                或可建立角色、資料庫的角色會被拒絕。
  server units URL              列出各單位、其經理及最新版本。
  fetch FILE --server URL [--unit NAME]
                                在 .salesplan 檔 FILE 中記錄最新的目標分配、
                                該單位分到的部分及該單位的最新版本，並輸出
                                分配的目標與計畫自身目標的對照（由經理
                                執行）。
  fetch FILE --server URL --allocation
                                記錄團隊計畫所依據的目標分配（由總監執行）。
  publish FILE --server URL --unit NAME [--allocation-version N]
                                [--unit-version N]
                                將計畫發布為該單位的下一個版本（由經理
                                發布）；若目標分配或該單位在 FILE 上次取得
                                或發布之後（或在版本 N 之後）已有變更，則拒絕
                                發布；發布後 FILE 會記錄所發布的版本。
  publish FILE --server URL --allocation [--allocation-version N]
                                將團隊計畫發布為下一個目標分配版本（由總監
                                發布），檢查方式相同。
  consolidate --server URL [--json]
                                同 consolidate TEAM，但依據伺服器上的目標
                                分配（團隊計畫）以及你有權讀取的每個單位
                                的最新版本。
  export TEAM --deck OUT --server URL, export TEAM --pdf OUT --server URL
                                依伺服器上各單位的資料（而非連結的檔案）
                                輸出團隊計畫的簡報或報告。
  （加上 --password-stdin 可從標準輸入的第一行讀取密碼）

FILE 為 .salesplan 檔或 .json 計畫；FILE@NAME 讀取 .salesplan 檔中
儲存的版本 NAME，而非計畫的目前狀態。

結束代碼：0 成功，1 計畫有錯誤（review：有偏差未填寫說明；diff：兩個計畫
不同；consolidate：有單位缺少或幣別不同），2 用法錯誤或輸入有誤
（consolidate：無法讀取 TEAM 或其中沒有單位），或團隊伺服器拒絕了
要求（登入、權限、版本已過期）。
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="368"/>
        <source>%1 %2: give a month of the plan year as YYYY-MM, from %3 to %4</source>
        <translation>%1 %2：請以 YYYY-MM 格式指定計畫年度內的月份，範圍為 %3 至 %4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="576"/>
        <location filename="../app/clipublish.cpp" line="132"/>
        <source>%1: cannot be changed: %2</source>
        <translation>%1：無法修改：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="591"/>
        <source>%n history row(s) imported into %1
</source>
        <translation>
            <numerusform>已將 %n 列歷史資料匯入 %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cliversions.cpp" line="32"/>
        <source>version: say what to do: --save NAME</source>
        <translation>version：請指明要做什麼：--save NAME</translation>
    </message>
    <message>
        <location filename="../app/cliversions.cpp" line="69"/>
        <source>No saved versions.
</source>
        <translation>沒有已儲存的版本。
</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="35"/>
        <source>status takes one of --submit, --approve or --reopen</source>
        <translation>status 必須指定 --submit、--approve 或 --reopen 其中之一</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="37"/>
        <source>--approve needs --by NAME: who approves the plan</source>
        <translation>--approve 需要 --by NAME：計畫的核准人</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="39"/>
        <source>--reopen needs --reason TEXT: why the plan goes back to a draft</source>
        <translation>--reopen 需要 --reason TEXT：計畫退回草稿的原因</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="58"/>
        <source>Status: %1
</source>
        <translation>狀態：%1
</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="69"/>
        <source>the plan is %1: it cannot move to %2</source>
        <translation>計畫目前為「%1」，無法變更為「%2」</translation>
    </message>
    <message>
        <location filename="../app/clitemplates.cpp" line="64"/>
        <source>new needs --template KEY and --to FILE.salesplan (or FILE.json); the templates are %1</source>
        <translation>new 需要 --template KEY 與 --to FILE.salesplan（或 FILE.json）；可用範本為 %1</translation>
    </message>
    <message>
        <location filename="../app/cliconsolidate.cpp" line="20"/>
        <source>%1: has no units: it is the plan of one team, not a team plan</source>
        <translation>%1：沒有單位：這是單一團隊的計畫，而非團隊彙總計畫</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="81"/>
        <source>Team server %1: allocation version %2 by %3, %4
</source>
        <translation>團隊伺服器 %1：目標分配版本 %2，%3 於 %4 發布
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="86"/>
        <source>  %1: version %2 by %3, %4
</source>
        <translation>  %1：版本 %2，%3 於 %4 發布
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="98"/>
        <source>%1 manages “%2”: these are the units&apos; published figures. Their plans — regions, product lines, members, funnel — are the director&apos;s to read.

</source>
        <translation>%1 負責「%2」：以下是各單位已發布的數據。其計畫內容（區域、產品線、成員、銷售漏斗）僅總監可以查看。

</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="115"/>
        <source>the address holds a password, which the command line must not: give it with --password-stdin, in PGPASSWORD or ~/.pgpass, or type it at the prompt</source>
        <translation>位址中含有密碼，命令列中不得出現密碼：請透過 --password-stdin、PGPASSWORD 或 ~/.pgpass 提供，或在提示時輸入</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="119"/>
        <source>Password of %1 at %2: </source>
        <translation>%1 在 %2 上的密碼：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="136"/>
        <source>The team server %1 is ready: add a director with “salesplan server add-director” and each unit with “salesplan server add-unit”.
</source>
        <translation>團隊伺服器 %1 已就緒：請用「salesplan server add-director」新增總監，用「salesplan server add-unit」新增各單位。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="146"/>
        <source>server: unknown action “%1” (init, add-unit, add-director, units)</source>
        <translation>server：未知的動作「%1」（可用：init、add-unit、add-director、units）</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="150"/>
        <source>server add-unit: give --unit NAME and --manager ROLE</source>
        <translation>server add-unit：請指定 --unit NAME 與 --manager ROLE</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="151"/>
        <source>server add-director: give --director ROLE</source>
        <translation>server add-director：請指定 --director ROLE</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="159"/>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="159"/>
        <source>The same again: </source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="161"/>
        <source>%1 needs a password to sign in with: type it at the prompt, or give it on the line of standard input after your own.</source>
        <translation>%1 需要一組登入密碼：請在提示時輸入，或在標準輸入中你自己的密碼之後的一行提供。</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="171"/>
        <source>%1 existed already on the server: it keeps its own password.
</source>
        <translation>伺服器上已有 %1：保留其原密碼。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="172"/>
        <source>%1 manages “%2” on %3.
</source>
        <translation>%1 在 %3 上負責「%2」。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="174"/>
        <source>%1 is a director on %2.
</source>
        <translation>%1 是 %2 上的總監。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="187"/>
        <source>version %1, %2 by %3</source>
        <translation>版本 %1，%3 於 %2 發布</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="190"/>
        <source>nothing published</source>
        <translation>尚未發布</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="203"/>
        <source>give a version number (0: none published yet)</source>
        <translation>請提供版本號（0：尚未發布任何版本）</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="287"/>
        <source>--server: this is not a team plan (it has no units)</source>
        <translation>--server：這不是團隊計畫（沒有單位）</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="33"/>
        <source>%1 keeps no basis of its own: give the versions it is based on with --allocation-version N and --unit-version N, or import it into a .salesplan file and run “salesplan fetch” on that.</source>
        <translation>%1 本身不記錄所依據的版本：請用 --allocation-version N 與 --unit-version N 指定其依據的版本，或將其匯入 .salesplan 檔後對該檔執行「salesplan fetch」。</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="37"/>
        <source>Run “salesplan fetch %1 --server URL %2” to record what is on the server now.</source>
        <translation>請執行「salesplan fetch %1 --server URL %2」，記錄伺服器上目前的版本。</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="50"/>
        <source>publish: give --server URL and either --unit NAME or --allocation</source>
        <translation>publish：請指定 --server URL，以及 --unit NAME 或 --allocation 其中之一</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="63"/>
        <source>%1: cannot record the published version: %2</source>
        <translation>%1：無法記錄已發布的版本：%2</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="93"/>
        <source>Published the allocation as version %1 on %2.
</source>
        <translation>已將目標分配發布為 %2 上的版本 %1。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="96"/>
        <source>Published “%1” as version %2 on %3.
</source>
        <translation>已將「%1」發布為 %3 上的版本 %2。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="104"/>
        <source>%1: the version is published, but the file could not record it: %2</source>
        <translation>%1：版本已發布，但檔案無法記錄此版本：%2</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="107"/>
        <source>%1 is now based on allocation %2%3.
</source>
        <translation>%1 目前依據目標分配版本 %2%3。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="112"/>
        <source> and version %1 of “%2”</source>
        <translation> 以及「%2」的版本 %1</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="122"/>
        <source>fetch: give --server URL and --unit NAME, or --allocation</source>
        <translation>fetch：請指定 --server URL，以及 --unit NAME 或 --allocation</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="125"/>
        <source>%1: fetch records what the plan is based on in a .salesplan file; import the JSON plan into one first</source>
        <translation>%1：fetch 會將計畫所依據的版本記錄在 .salesplan 檔中；請先將 JSON 計畫匯入 .salesplan 檔</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="153"/>
        <source>fetch: give --unit NAME (the unit whose plan this is) or --allocation (the director&apos;s team plan)</source>
        <translation>fetch：請指定 --unit NAME（此計畫所屬的單位）或 --allocation（總監的團隊計畫）</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="168"/>
        <source>Nothing of “%1” is published yet: the first publish makes version 1.
</source>
        <translation>「%1」尚未發布任何版本：第一次發布將產生版本 1。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="170"/>
        <source>This plan is based on version %1 of “%2”.
</source>
        <translation>此計畫依據「%2」的版本 %1。
</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../core/calc/collections.cpp" line="28"/>
        <source>collection terms</source>
        <translation>回款條件</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="36"/>
        <source>each share must be from 0 % to 100 %</source>
        <translation>每項比例必須介於 0% 到 100% 之間</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="40"/>
        <source>the shares add up to %1, not %2</source>
        <translation>各項比例合計為%1，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="120"/>
        <source>bookings cannot be negative</source>
        <translation>簽約額不能為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="122"/>
        <source>opening receivable</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="122"/>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
</context>
<context>
    <name>CollectionsText</name>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="38"/>
        <source>%1 in the month of booking</source>
        <translation>%1於簽約當月回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="39"/>
        <source>%1 the month after</source>
        <translation>%1於次月回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="40"/>
        <source>%1 two months later</source>
        <translation>%1於兩個月後回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="41"/>
        <source>%1 three months later</source>
        <translation>%1於三個月後回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="42"/>
        <source>%1 four months later</source>
        <translation>%1於四個月後回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="43"/>
        <source>%1 five months later</source>
        <translation>%1於五個月後回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="44"/>
        <source>%1 six months later</source>
        <translation>%1於六個月後回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="53"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="65"/>
        <source>Adds up to %1</source>
        <translation>合計%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="66"/>
        <source>Adds up to %1 — the shares must add up to %2</source>
        <translation>合計%1——各項比例合計必須為%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="94"/>
        <source>%1 comes in during the year; %2 is still to collect at year end</source>
        <translation>年內回款%1；年末仍有%2待回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="100"/>
        <source>%1 of last year&apos;s bookings comes in by %2; %3 is still to collect at year end</source>
        <translation>去年簽約額中有%1於%2前（含）回款；年末仍有%3待回款</translation>
    </message>
</context>
<context>
    <name>ConsolidationPrinter</name>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="25"/>
        <location filename="../app/consolidationprinter.cpp" line="40"/>
        <source>Units</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="28"/>
        <location filename="../app/consolidationprinter.cpp" line="42"/>
        <source>Consolidated figures (%1)</source>
        <translation>彙總數據（%1）</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="30"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="32"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="33"/>
        <source>Funnel and team</source>
        <translation>銷售漏斗與團隊</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="35"/>
        <location filename="../app/consolidationprinter.cpp" line="44"/>
        <source>Findings</source>
        <translation>檢查提示</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="49"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="50"/>
        <source>Team consolidation — %1, %2
</source>
        <translation>團隊彙總 — %1，%2
</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="51"/>
        <source>Team target</source>
        <translation>團隊目標</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="52"/>
        <source>Allocated by weights</source>
        <translation>依權重分配</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="53"/>
        <source>Allocated by amounts</source>
        <translation>依金額分配</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="55"/>
        <source>Consolidated target</source>
        <translation>彙總目標</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="57"/>
        <source>Gap threshold</source>
        <translation>差距門檻</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="64"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="64"/>
        <source>Top-down</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="65"/>
        <source>Bottom-up</source>
        <translation>由下而上</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="65"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="84"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="86"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="108"/>
        <source>Funnel of</source>
        <translation>銷售漏斗統計範圍</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="109"/>
        <source>%1 of %n units</source>
        <translation>
            <numerusform>%n 個單位中的 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="110"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="111"/>
        <source>Proposals / demos</source>
        <translation>提案 / 產品展示</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="112"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="113"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="114"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="115"/>
        <source>Reps to employ</source>
        <translation>需配置業務人數</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="116"/>
        <source>Reps on the teams</source>
        <translation>各團隊現有業務人數</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="117"/>
        <source>Members listed</source>
        <translation>已列成員數</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="122"/>
        <source>Collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="130"/>
        <source>Sales budget</source>
        <translation>銷售預算</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="130"/>
        <source>%1 (%2 of %n units)</source>
        <translation>
            <numerusform>%1（%n 個單位中的 %2 個）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="138"/>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation>%1 個錯誤，%2 個警告
</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <location filename="../core/summary/plancost.cpp" line="20"/>
        <source>cost of the plan</source>
        <translation>計畫成本</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="20"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="26"/>
        <source>must be zero or more</source>
        <translation>不能小於零</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="90"/>
        <source>revenue target</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="90"/>
        <source>must be more than zero</source>
        <translation>必須大於零</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="91"/>
        <source>commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="93"/>
        <source>accelerator rate</source>
        <translation>超額佣金比例</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="73"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>檔案不是有效的 UTF-16 文字</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="88"/>
        <source>the file is not UTF-8, and this SalesPlan cannot read GBK or GB18030; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>檔案不是 UTF-8 編碼，而此版本的 SalesPlan 無法讀取 GBK 或 GB18030 編碼；請將其另存為「CSV UTF-8」後重新匯入</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="94"/>
        <source>the file is neither UTF-8 nor GBK/GB18030 text; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>檔案既不是 UTF-8 也不是 GBK/GB18030 編碼的文字；請將其另存為「CSV UTF-8」後重新匯入</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="159"/>
        <source>line %1: a quoted field is not closed; a &quot; is missing</source>
        <translation>第 %1 行：以引號括住的欄位未結束，缺少一個 &quot;</translation>
    </message>
</context>
<context>
    <name>DeckPdf</name>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="90"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>無法寫入：資料夾 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="94"/>
        <location filename="../ui/charts/deckpdf.cpp" line="116"/>
        <source>cannot be written: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="106"/>
        <source>the deck could not be drawn</source>
        <translation>無法繪製簡報</translation>
    </message>
</context>
<context>
    <name>Decompose</name>
    <message>
        <location filename="../core/calc/decompose.cpp" line="32"/>
        <source>entry %1</source>
        <translation>第 %1 項</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="44"/>
        <source>the weight of %1 is not a number</source>
        <translation>%1 的權重不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="46"/>
        <source>the weight of %1 is infinite</source>
        <translation>%1 的權重為無限大</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="47"/>
        <source>the weight of %1 is negative</source>
        <translation>%1 的權重為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="53"/>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="61"/>
        <location filename="../core/calc/decompose.cpp" line="272"/>
        <source>has no entries to split between</source>
        <translation>沒有可拆分的項目</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="67"/>
        <source>all weights are zero</source>
        <translation>所有權重皆為零</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="189"/>
        <source>row totals</source>
        <translation>列合計</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="190"/>
        <source>column totals</source>
        <translation>欄合計</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="192"/>
        <location filename="../core/calc/decompose.cpp" line="194"/>
        <source>there are none</source>
        <translation>為空</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="196"/>
        <location filename="../core/calc/decompose.cpp" line="198"/>
        <location filename="../core/calc/decompose.cpp" line="303"/>
        <location filename="../core/calc/decompose.cpp" line="351"/>
        <location filename="../core/calc/decompose.cpp" line="387"/>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="202"/>
        <location filename="../core/calc/decompose.cpp" line="204"/>
        <source>add up to more than can be calculated with</source>
        <translation>總和過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="206"/>
        <source>add up to %1, but the column totals to %2</source>
        <translation>總和為 %1，但欄合計總和為 %2</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="217"/>
        <source>month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="240"/>
        <source>the fixed amounts add up to more than the target of %1</source>
        <translation>固定金額合計超過了目標%1</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="248"/>
        <source>the fixed amounts leave %1 that no entry with a weight can take</source>
        <translation>扣除固定金額後還剩%1，但沒有依權重分配的項目可以承擔</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="267"/>
        <source>has %1 names but %2 weights</source>
        <translation>有 %1 個名稱，卻有 %2 個權重</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="294"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="301"/>
        <source>is not a number</source>
        <translation>不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="305"/>
        <source>cannot be more than 100 %</source>
        <translation>不能超過 100%</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="314"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="315"/>
        <source>cannot split a negative amount</source>
        <translation>無法拆分負數金額</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="322"/>
        <source>has too many entries to split between</source>
        <translation>項目過多，無法拆分</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="351"/>
        <location filename="../core/calc/decompose.cpp" line="387"/>
        <source>annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="354"/>
        <source>seasonality</source>
        <translation>季節性</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="388"/>
        <source>stretch reserve</source>
        <translation>衝刺加成</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="389"/>
        <source>challenge reserve</source>
        <translation>挑戰加成</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="395"/>
        <source>is below the stretch reserve</source>
        <translation>低於衝刺加成</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="396"/>
        <source>stretch target</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="400"/>
        <source>challenge target</source>
        <translation>挑戰目標</translation>
    </message>
</context>
<context>
    <name>DiffPrinter</name>
    <message>
        <location filename="../app/diffprinter.cpp" line="39"/>
        <source>Stages</source>
        <translation>銷售階段</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="39"/>
        <source>KPIs</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="40"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="49"/>
        <source>added, %1</source>
        <translation>新增，%1</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="51"/>
        <source>removed, was %1</source>
        <translation>已刪除，原為 %1</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="53"/>
        <source>%1 → %2  %3</source>
        <translation>%1 → %2  %3</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="76"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="79"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="80"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="81"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="82"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="83"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="91"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="93"/>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="95"/>
        <source>left</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="108"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="111"/>
        <source>removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="116"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="127"/>
        <source>Texts</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/plan/result.h" line="21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/plan/fields.cpp" line="21"/>
        <source>Plan name</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="22"/>
        <source>e.g. Sales plan 2027</source>
        <translation>例如：2027年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="24"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="25"/>
        <source>The company or business unit the plan is for</source>
        <translation>本計畫所屬的公司或事業單位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="28"/>
        <source>Author</source>
        <translation>撰寫人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="29"/>
        <source>Who wrote the plan</source>
        <translation>計畫的撰寫人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="31"/>
        <source>Plan language</source>
        <translation>計畫語言</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="32"/>
        <source>The language of the plan&apos;s own texts: en, zh_CN or zh_TW</source>
        <translation>計畫本身文字所用的語言：en、zh_CN 或 zh_TW</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="35"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="36"/>
        <source>The currency of every amount in the plan, such as CNY or USD</source>
        <translation>計畫中所有金額的幣別，例如 CNY 或 USD</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="38"/>
        <source>Plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="39"/>
        <source>The year the plan is for</source>
        <translation>本計畫適用的年度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="44"/>
        <source>First month</source>
        <translation>起始月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="45"/>
        <source>The month the plan year starts in, 1 to 12</source>
        <translation>計畫年度從哪個月開始，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="50"/>
        <location filename="../core/plan/fields.cpp" line="60"/>
        <location filename="../core/plan/fields.cpp" line="623"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="51"/>
        <source>Draft, in review or approved</source>
        <translation>草稿、審核中或已核准</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="61"/>
        <source>The status the plan changed to</source>
        <translation>計畫變更後的狀態</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="62"/>
        <source>By</source>
        <translation>變更人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="63"/>
        <source>Who changed it: the approver of an approval</source>
        <translation>變更狀態的人；核准時為核准人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="65"/>
        <location filename="../core/plan/fields.cpp" line="644"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="66"/>
        <source>When the status changed</source>
        <translation>狀態變更的時間</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="68"/>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="69"/>
        <source>The approval&apos;s comment, or why the plan was reopened</source>
        <translation>核准意見，或計畫退回草稿的原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="73"/>
        <source>Narrative editable</source>
        <translation>文字內容可編輯</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="74"/>
        <source>Whether the narrative texts may still be edited while the plan is approved</source>
        <translation>計畫核准後是否仍可編輯文字內容</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="84"/>
        <source>Mission</source>
        <translation>使命</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="85"/>
        <source>Why the company exists and what it brings to customers</source>
        <translation>公司為何存在，能為客戶帶來什麼</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="88"/>
        <source>Market position</source>
        <translation>市場定位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="89"/>
        <source>Where you stand: market tier, share, region, what you are known for</source>
        <translation>你的市場地位：市場層級、市佔率、區域、以什麼聞名</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="93"/>
        <source>Value proposition</source>
        <translation>價值主張</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="94"/>
        <source>The features, benefits and solutions a customer pays you for</source>
        <translation>客戶願意付費購買的功能、效益與解決方案</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="97"/>
        <source>Market size</source>
        <translation>市場規模</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="102"/>
        <source>Market growth</source>
        <translation>市場成長率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="103"/>
        <source>Yearly growth of the market; negative when it shrinks</source>
        <translation>市場的年成長率；市場萎縮時填負數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="106"/>
        <source>Market trends</source>
        <translation>市場趨勢</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="107"/>
        <source>What is changing: budgets, technology, regulation, how customers buy</source>
        <translation>正在發生的變化：預算、技術、法規、客戶的採購方式</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="117"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="118"/>
        <source>The competitor&apos;s name</source>
        <translation>競爭對手的名稱</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="119"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="120"/>
        <source>Direct: offers a similar product. Indirect: solves the same problem another way.</source>
        <translation>直接：提供同類產品。間接：以其他方式解決同一問題。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="124"/>
        <source>Strengths</source>
        <translation>優勢</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="125"/>
        <source>Where they beat you</source>
        <translation>對手勝過你的地方</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="127"/>
        <source>Weaknesses</source>
        <translation>劣勢</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="128"/>
        <source>Where you beat them</source>
        <translation>你勝過對手的地方</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="138"/>
        <location filename="../core/plan/scenario.cpp" line="72"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="139"/>
        <source>The revenue the team commits to for the plan year</source>
        <translation>團隊承諾在計畫年度達成的業績</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="142"/>
        <source>Last year&apos;s actual</source>
        <translation>去年實際達成</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="143"/>
        <source>The revenue booked in the year before the plan year</source>
        <translation>計畫年度前一年實際達成的業績</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="146"/>
        <source>Stretch reserve</source>
        <translation>衝刺加成</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="147"/>
        <source>The stretch tier above the target; 10–15 % is usual</source>
        <translation>衝刺目標在目標之上的加成比例；通常為 10–15%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="150"/>
        <source>Challenge reserve</source>
        <translation>挑戰加成</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="151"/>
        <source>The challenge tier above the target</source>
        <translation>挑戰目標在目標之上的加成比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="153"/>
        <location filename="../core/plan/scenario.cpp" line="168"/>
        <location filename="../core/plan/scenario.cpp" line="173"/>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="184"/>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="188"/>
        <source>Seasonality</source>
        <translation>季節性</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="154"/>
        <source>How the year&apos;s target spreads over the months</source>
        <translation>全年目標如何分配到各月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="157"/>
        <source>Years of history</source>
        <translation>歷史年數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="158"/>
        <source>How many past years the average seasonality takes, 1 to 3</source>
        <translation>依往年平均計算季節性時採計幾年，1 至 3</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="162"/>
        <source>Quotas follow start dates and ramp</source>
        <translation>配額依到職日期與培訓上手期調整</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="163"/>
        <source>A member or hire has no quota before their start month and a reduced one while ramping up; the month&apos;s target goes to those active in it</source>
        <translation>成員或招募人員在到職月份之前沒有配額，培訓上手期間配額相應減少；每月目標由當月在職的人員承擔</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="168"/>
        <source>Over-assignment</source>
        <translation>超額分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="169"/>
        <source>Reps&apos; quotas add up to the target plus this much, so the target is met even when some miss; 10 % is common</source>
        <translation>業務配額總和比目標高出此比例，即使部分人未達成，目標仍能達成；通常為 10%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="173"/>
        <source>Market share</source>
        <translation>市占率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="174"/>
        <source>The share of the plan year&apos;s market the plan assumes; empty = last year&apos;s share (last year&apos;s actual ÷ the market size)</source>
        <translation>計畫假設在計畫年度市場中所占的比例；留空 = 去年的市占率（去年實際達成 ÷ 市場規模）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="179"/>
        <source>Marketing budget available</source>
        <translation>可用行銷預算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="180"/>
        <source>What marketing may spend on leads in the plan year; empty = no resources ceiling</source>
        <translation>計畫年度內行銷可用於取得潛在客戶的費用；留空 = 不計算資源上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="185"/>
        <source>Revenue from existing customers</source>
        <translation>既有客戶業績</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="186"/>
        <source>The share of last year&apos;s actual that existing customers bring again (renewals, repeat orders)</source>
        <translation>去年實際達成中既有客戶會再次帶來的比例（續約、回購）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="260"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="261"/>
        <source>Why the reps will sell more: training, a new tool, a better territory</source>
        <translation>業務為什麼能賣得更多：教育訓練、新工具、更好的轄區</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="263"/>
        <source>Uplift</source>
        <translation>提升幅度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="264"/>
        <source>How much more revenue a rep-month brings, e.g. 20 %</source>
        <translation>每個人月的業績提升多少，例如 20 %</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="268"/>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="269"/>
        <source>All reps, or the planned hires only</source>
        <translation>全體業務，或僅計畫招募的新進人員</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="278"/>
        <location filename="../core/plan/fields.cpp" line="463"/>
        <location filename="../core/plan/fields.cpp" line="678"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="218"/>
        <location filename="../core/plan/fields.cpp" line="281"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="191"/>
        <source>Allocate to units by</source>
        <translation>單位目標分配方式</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="192"/>
        <source>A team plan gives each unit a fixed amount of the target, or a share of it by weight</source>
        <translation>團隊計畫可以分配固定金額的目標給每個單位，或依權重分配目標的一定比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="196"/>
        <source>Gap threshold</source>
        <translation>差距門檻</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="197"/>
        <source>A unit whose own target differs from its allocation by more than this share of the allocation is a finding; 5 % is usual</source>
        <translation>單位自身目標與分配額的差距超過分配額的這個比例時，會列為檢查提示；通常為 5 %</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="208"/>
        <source>The region or business line, e.g. East China</source>
        <translation>區域或事業線，例如北區</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="210"/>
        <source>Plan file</source>
        <translation>計畫檔</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="211"/>
        <source>The unit&apos;s plan file, beside the team plan or in a folder under it</source>
        <translation>該單位的計畫檔，與團隊計畫放在同一資料夾或其子資料夾中</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="214"/>
        <source>Allocation</source>
        <translation>分配額</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="215"/>
        <source>The unit&apos;s part of the team&apos;s annual target</source>
        <translation>該單位在團隊年度目標中分到的部分</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="219"/>
        <source>The unit&apos;s share of the target among the units, when allocating by weights</source>
        <translation>依權重分配時，該單位在各單位之間所佔目標的比重</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="230"/>
        <source>Team server</source>
        <translation>團隊伺服器</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="231"/>
        <source>The team server the plan was fetched from or published to</source>
        <translation>取得或發布此計畫的團隊伺服器</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="235"/>
        <source>The unit whose plan this is on the team server</source>
        <translation>此計畫在團隊伺服器上所屬的單位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="239"/>
        <source>Allocation version</source>
        <translation>目標分配版本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="240"/>
        <source>The director&apos;s allocation the plan is based on; 0 for none</source>
        <translation>此計畫所依據的總監目標分配版本；0 表示無</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="245"/>
        <source>Unit version</source>
        <translation>單位版本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="246"/>
        <source>The unit&apos;s published version the plan is based on; 0 for none</source>
        <translation>此計畫所依據的單位已發布版本；0 表示無</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="251"/>
        <source>Allocated target</source>
        <translation>分配目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="252"/>
        <source>The unit&apos;s part of the allocation when it was fetched</source>
        <translation>取得時該單位在目標分配中分到的部分</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="282"/>
        <source>Relative weight: 2 gets twice the target of 1. Percentages that add up to 100 work too.</source>
        <translation>相對權重：權重 2 分得的目標是權重 1 的兩倍。也可輸入合計為 100 的百分比。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="286"/>
        <source>Fixed amount</source>
        <translation>固定金額</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="287"/>
        <source>A fixed annual amount, taken before the weights share out the rest; empty = by weight</source>
        <translation>固定的年度金額，先行扣除，其餘部分再依權重分配；留空 = 依權重分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="298"/>
        <location filename="../core/plan/scenario.cpp" line="78"/>
        <source>Average deal size</source>
        <translation>客單價</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="299"/>
        <source>What one won deal brings on average</source>
        <translation>平均每筆成交帶來的業績</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="302"/>
        <location filename="../core/plan/scenario.cpp" line="84"/>
        <source>Lead to qualified</source>
        <translation>潛在客戶合格率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="303"/>
        <source>The share of leads that qualify</source>
        <translation>潛在客戶中通過資格審核的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="305"/>
        <location filename="../core/plan/scenario.cpp" line="87"/>
        <source>Qualified to proposal</source>
        <translation>合格潛在客戶轉提案率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="306"/>
        <source>The share of qualified leads that get a demo or proposal</source>
        <translation>合格潛在客戶中進入產品展示或提案階段的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="309"/>
        <location filename="../core/plan/scenario.cpp" line="90"/>
        <source>Proposal to won</source>
        <translation>提案贏單率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="310"/>
        <source>The share of proposals that are won</source>
        <translation>提案中最終贏單的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="312"/>
        <source>Calls per lead</source>
        <translation>每個潛在客戶的電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="313"/>
        <source>How many calls make one lead</source>
        <translation>取得一個潛在客戶需要打幾通電話</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="315"/>
        <location filename="../core/plan/scenario.cpp" line="93"/>
        <source>Calls a rep makes a day</source>
        <translation>每位業務每日電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="316"/>
        <source>How many calls one rep makes on a working day</source>
        <translation>每位業務每個工作日打幾通電話</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="319"/>
        <location filename="../core/plan/scenario.cpp" line="96"/>
        <source>Demos a rep gives a day</source>
        <translation>每位業務每日產品展示數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="320"/>
        <source>How many demos or proposals one rep gives on a working day</source>
        <translation>每位業務每個工作日完成幾次產品展示或提案</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="323"/>
        <location filename="../core/plan/scenario.cpp" line="99"/>
        <source>Attrition a year</source>
        <translation>年度人員流失率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="324"/>
        <source>The share of reps expected to leave during the year</source>
        <translation>預計年內離職的業務人員比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="327"/>
        <source>New hires&apos; ramp (months)</source>
        <translation>新進人員培訓上手期（月）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="328"/>
        <source>Months a new hire takes to reach full speed, 0 to 24</source>
        <translation>新進人員達到完整產能所需的月數，0 至 24</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="332"/>
        <source>Cost per lead</source>
        <translation>每個潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="333"/>
        <source>What marketing spends to buy one lead</source>
        <translation>取得一個潛在客戶的行銷花費</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="335"/>
        <source>Public holidays</source>
        <translation>國定假日</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="336"/>
        <source>Whose public holidays and make-up working days the working days follow</source>
        <translation>工作日依哪個地區的國定假日和補班日計算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="347"/>
        <source>Same month</source>
        <translation>當月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="348"/>
        <source>Share of a month&apos;s bookings collected in that month</source>
        <translation>當月簽約額中於當月回款的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="351"/>
        <source>1 month later</source>
        <translation>1 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="352"/>
        <source>Share collected the month after</source>
        <translation>於次月回款的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="354"/>
        <source>2 months later</source>
        <translation>2 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="356"/>
        <source>3 months later</source>
        <translation>3 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="358"/>
        <source>4 months later</source>
        <translation>4 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="360"/>
        <source>5 months later</source>
        <translation>5 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="362"/>
        <source>6 months later</source>
        <translation>6 個月後</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="365"/>
        <source>Opening receivable</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="366"/>
        <source>Last year&apos;s bookings still to be collected when the plan year starts; used when there is no monthly history</source>
        <translation>計畫年度開始時去年簽約額中尚未回款的部分；沒有每月歷史資料時使用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="376"/>
        <source>Training plan</source>
        <translation>培訓計畫</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="377"/>
        <source>How new and current reps learn the product and the method</source>
        <translation>新進與現有業務如何學習產品與銷售方法</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="381"/>
        <source>Commission</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="382"/>
        <source>The commission on revenue up to quota</source>
        <translation>個人配額以內業績的佣金比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="385"/>
        <source>Accelerator</source>
        <translation>超額佣金比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="386"/>
        <source>The commission on revenue above 100 % of quota</source>
        <translation>超過個人配額 100% 部分業績的佣金比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="389"/>
        <source>Incentive notes</source>
        <translation>激勵備註</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="390"/>
        <source>Bonuses, contests and anything else that rewards results</source>
        <translation>獎金、業績競賽以及其他獎勵績效的做法</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="394"/>
        <source>Budget limit</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="395"/>
        <source>What the sales budget may spend in the plan year; empty = no limit</source>
        <translation>計畫年度內銷售預算最多可支出的金額；留空 = 不設上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="407"/>
        <source>Events, travel, marketing campaigns or other</source>
        <translation>展會活動、差旅、行銷推廣或其他</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="410"/>
        <source>Budget line</source>
        <translation>預算項目</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="411"/>
        <source>What the money is for, e.g. the spring trade show</source>
        <translation>這筆費用的用途，例如春季商展</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="414"/>
        <source>A month</source>
        <translation>每月金額</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="415"/>
        <source>What it costs in each month it runs</source>
        <translation>執行期間每月的費用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="418"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="419"/>
        <source>The first month it runs, 1 to 12 of the plan year</source>
        <translation>從計畫年度的第幾個月開始，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="423"/>
        <source>To month</source>
        <translation>結束月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="424"/>
        <source>The last month it runs, 1 to 12 of the plan year</source>
        <translation>到計畫年度的第幾個月結束，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="430"/>
        <source>must not be before %1</source>
        <translation>不能早於%1</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="439"/>
        <location filename="../core/plan/fields.cpp" line="465"/>
        <location filename="../core/plan/fields.cpp" line="500"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="440"/>
        <source>The role&apos;s name as the team uses it, e.g. account manager.</source>
        <translation>團隊內部使用的職務名稱，例如客戶經理。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="443"/>
        <source>Responsibilities</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="444"/>
        <source>What this role owns: accounts, stages of the sale, people it leads.</source>
        <translation>此職務負責的範圍：客戶、銷售階段、帶領的人員。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="448"/>
        <source>Skills needed</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="449"/>
        <source>The expertise the role needs to get results.</source>
        <translation>此職務達成業績所需的專業能力。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="452"/>
        <source>Cost a month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="453"/>
        <source>What one person in the role costs a month: salary, social insurance, overheads; e.g. 2万</source>
        <translation>該職務每人每月的成本：薪資、勞健保、間接費用分攤等；例如 2萬</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="466"/>
        <location filename="../core/plan/fields.cpp" line="501"/>
        <source>Pick one of the roles above or type another.</source>
        <translation>從上方的職務中選擇，或輸入其他職務。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="468"/>
        <location filename="../core/plan/fields.cpp" line="503"/>
        <location filename="../core/plan/fields.cpp" line="827"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="469"/>
        <location filename="../core/plan/fields.cpp" line="504"/>
        <source>One of the plan&apos;s regions (set in Targets).</source>
        <translation>計畫中的某個區域（於「目標」中設定）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="472"/>
        <source>Quota weight</source>
        <translation>個人配額權重</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="473"/>
        <source>A weight of zero or more: a member&apos;s part of the target is their weight divided by the sum of all weights.</source>
        <translation>大於或等於零的權重：成員分配到的目標 = 其權重 ÷ 所有權重總和。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="478"/>
        <source>Fixed quota</source>
        <translation>固定配額</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="479"/>
        <source>A fixed annual quota, taken before the weights share out the rest of the region&apos;s target; empty = by weight</source>
        <translation>固定的年度配額，先從區域目標中扣除，其餘部分再依權重分配；留空 = 依權重分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="482"/>
        <location filename="../core/plan/fields.cpp" line="510"/>
        <source>Start date</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="483"/>
        <source>The first working day in the team. “—”: on the team before the plan year (step below the first day of the plan year to set it).</source>
        <translation>在團隊的第一個工作日。「—」：計畫年度開始前即已在團隊中（將日期調到計畫年度第一天之前即可設為此值）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="489"/>
        <source>Ramp (months)</source>
        <translation>培訓上手期（月）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="490"/>
        <source>Months from the start date to full productivity, 0 to 24.</source>
        <translation>從到職到完全上手所需的月數，0 至 24。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="506"/>
        <source>Count</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="507"/>
        <source>How many people to hire, 1 to 999.</source>
        <translation>招募人數，1 至 999。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="511"/>
        <source>When the new hires are to start. “—”: not decided yet.</source>
        <translation>新進人員預計到職的日期。「—」：尚未決定。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="521"/>
        <source>Segment</source>
        <translation>客戶區隔</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="522"/>
        <source>A short name for the group of customers</source>
        <translation>這類客戶的簡短名稱</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="525"/>
        <source>Customers</source>
        <translation>客戶類型</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="526"/>
        <source>B2B: you sell to companies. B2C: you sell to consumers.</source>
        <translation>B2B：銷售對象為企業。B2C：銷售對象為個人消費者。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="529"/>
        <source>Characteristics</source>
        <translation>特徵</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="530"/>
        <source>B2B: industry, capital, employees. B2C: age, income, occupation.</source>
        <translation>B2B：產業、資本額、員工人數。B2C：年齡、收入、職業。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="534"/>
        <source>Challenges</source>
        <translation>痛點</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="535"/>
        <source>What stands in these customers&apos; way</source>
        <translation>這類客戶面臨的阻礙</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="537"/>
        <source>Goals</source>
        <translation>客戶目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="538"/>
        <source>What these customers want to achieve</source>
        <translation>這類客戶想要達成的目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="539"/>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="540"/>
        <source>Strategic: few, large, long-term. Profit: today&apos;s revenue. Nurture: small now, could grow. Maintain: keep and upsell.</source>
        <translation>策略型：數量少、規模大、長期合作。獲利型：貢獻當期營收。培育型：目前規模小，具成長潛力。維護型：維繫關係並促成加購。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="545"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="546"/>
        <source>How the team wins and keeps these customers</source>
        <translation>團隊如何贏得並留住這類客戶</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="555"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="557"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="560"/>
        <source>Exit criteria</source>
        <translation>完成標準</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="562"/>
        <source>Collateral</source>
        <translation>銷售資料</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="564"/>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="565"/>
        <source>The share of the deals in this stage that move on to the next one, 0–100 %</source>
        <translation>本階段的商機進入下一階段的比例，0–100%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="569"/>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="570"/>
        <source>How many days a deal typically spends in this stage</source>
        <translation>商機通常在本階段停留的天數</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="580"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="582"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="583"/>
        <location filename="../core/plan/fields.cpp" line="605"/>
        <location filename="../core/plan/fields.cpp" line="688"/>
        <location filename="../core/plan/fields.cpp" line="802"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="586"/>
        <source>Annual cost</source>
        <translation>年度費用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="587"/>
        <source>What the tool costs a year: licences, seats, calls; e.g. 36000 or 3.6万</source>
        <translation>工具每年的費用：授權、帳號、通話費；例如 36000 或 3.6萬</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="590"/>
        <source>Data it holds</source>
        <translation>存放的資料</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="599"/>
        <location filename="../core/plan/fields.cpp" line="639"/>
        <source>Initiative</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="600"/>
        <source>What is done: a partner channel launch, a trade show, a CRM rollout</source>
        <translation>要做什麼：啟動合作夥伴通路、參加展覽、導入 CRM</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="602"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="603"/>
        <source>What it should achieve, in figures where you can</source>
        <translation>要達成的成效，盡量以數字表示</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="606"/>
        <source>Who answers for it: a member of the team</source>
        <translation>由誰負責：團隊中的一位成員</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="608"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="611"/>
        <source>By when it is done</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="613"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="614"/>
        <source>What it may cost in the plan year; e.g. 50000 or 5万</source>
        <translation>計畫年度內可花費的金額；例如 50000 或 5萬</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="617"/>
        <source>Serves</source>
        <translation>服務對象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="618"/>
        <source>The segment, region or product line it serves</source>
        <translation>服務的客戶區隔、區域或產品線</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="621"/>
        <source>The KPI of the plan it should move</source>
        <translation>要推動的計畫關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="624"/>
        <source>Planned, in progress, done or dropped</source>
        <translation>已規劃、進行中、已完成或已取消</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="627"/>
        <source>Progress notes</source>
        <translation>進度紀錄</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="628"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="629"/>
        <source>What it has cost so far; more than its budget is a finding</source>
        <translation>目前已花費的金額；超出預算會產生檢查提示</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="640"/>
        <source>The id of the initiative.</source>
        <translation>行動項目的 ID。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="642"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="656"/>
        <source>The id of the KPI measured.</source>
        <translation>所衡量關鍵指標的 ID。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="661"/>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="662"/>
        <source>What was measured in the month, in the KPI&apos;s unit.</source>
        <translation>當月實際量測到的數值，以該關鍵指標的單位計。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="672"/>
        <source>The month reviewed.</source>
        <translation>檢討的月份。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="674"/>
        <source>Line</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="675"/>
        <source>What deviates: the company, a region, a product line, a member or a KPI.</source>
        <translation>偏離計畫的對象：公司、區域、產品線、成員或關鍵指標。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="679"/>
        <source>Which region, product line, member or KPI.</source>
        <translation>具體是哪個區域、產品線、成員或關鍵指標。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="681"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="682"/>
        <source>Why it happened: ask why until the answer is something you can act on, one why a line.</source>
        <translation>為什麼會發生：不斷追問「為什麼」，直到答案是可以著手處理的事，每行寫一個「為什麼」。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="686"/>
        <source>Action</source>
        <translation>對策</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="687"/>
        <source>What is done about it.</source>
        <translation>為此採取的對策。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="689"/>
        <source>Who does it.</source>
        <translation>由誰執行。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="610"/>
        <location filename="../core/plan/fields.cpp" line="690"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="691"/>
        <source>By when.</source>
        <translation>何時完成。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="646"/>
        <location filename="../core/plan/fields.cpp" line="692"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="693"/>
        <source>Whether the action was done; the next review shows it until it is.</source>
        <translation>對策是否已完成；完成之前，下次檢討會繼續列出。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="703"/>
        <source>Review cadence</source>
        <translation>檢討會議頻率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="704"/>
        <source>How often the team reviews the plan</source>
        <translation>團隊多久檢討一次計畫</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="707"/>
        <source>Review notes</source>
        <translation>檢討會議備註</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="708"/>
        <source>Who takes part, what is looked at and what is decided</source>
        <translation>誰參加、檢視哪些內容、做出哪些決定</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="620"/>
        <location filename="../core/plan/fields.cpp" line="655"/>
        <location filename="../core/plan/fields.cpp" line="725"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="98"/>
        <source>What all customers in your market spent last year, e.g. 50亿; the plan year&apos;s market is this × (1 + growth)</source>
        <translation>去年您所在市場全部客戶的總支出，例如 50億；計畫年度的市場規模 = 此數 ×（1 + 成長率）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="713"/>
        <source>Note deviations above</source>
        <translation>需說明的偏差門檻</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="714"/>
        <source>A line of the monthly review further from plan than this (10 %: below 90 % or above 110 %) asks for a note on its cause and the action taken.</source>
        <translation>每月檢討中偏離計畫超過此比例的項目（10%：低於 90% 或高於 110%）需說明原因及採取的對策。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="726"/>
        <source>What is measured, e.g. qualified leads.</source>
        <translation>衡量什麼，例如合格潛在客戶數。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="729"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="730"/>
        <source>How it is counted, so that everyone gets the same number.</source>
        <translation>計算方式，確保每個人算出的數字一致。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="207"/>
        <location filename="../core/plan/fields.cpp" line="234"/>
        <location filename="../core/plan/fields.cpp" line="732"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="733"/>
        <source>e.g. leads a month, %, yuan.</source>
        <translation>例如：潛在客戶數/月、%、元。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="735"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="736"/>
        <source>The value to reach in each period, zero or more.</source>
        <translation>每個週期要達到的數值，不小於零。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="739"/>
        <source>Frequency</source>
        <translation>頻率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="740"/>
        <source>How often the KPI is measured and looked at.</source>
        <translation>多久統計並檢視一次該指標。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="743"/>
        <source>Measures</source>
        <translation>衡量對象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="744"/>
        <source>Which of the plan&apos;s figures the KPI measures, if any.</source>
        <translation>此關鍵指標衡量計畫中的哪項數據（如有）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="747"/>
        <source>Target from</source>
        <translation>目標來源</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="748"/>
        <source>Whether the target follows the plan&apos;s figures or is typed.</source>
        <translation>目標是跟隨計畫數據，還是手動輸入。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="751"/>
        <source>Green at</source>
        <translation>綠燈門檻</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="752"/>
        <source>Green at or above this share of the target. It cannot be below the yellow threshold.</source>
        <translation>達到目標的這個比例以上時亮綠燈。不能低於黃燈門檻。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="757"/>
        <source>Yellow at</source>
        <translation>黃燈門檻</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="758"/>
        <source>Yellow at or above this share of the target, red below it. It cannot be above the green threshold.</source>
        <translation>達到目標的這個比例以上時亮黃燈，低於則亮紅燈。不能高於綠燈門檻。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="763"/>
        <source>Better when</source>
        <translation>指標方向</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="764"/>
        <source>Whether more is better (revenue, leads) or less (cost per lead, days to close); the lights read the thresholds that way.</source>
        <translation>數值越高越好（如營收、潛在客戶），還是越低越好（如每個潛在客戶成本、成交天數）；燈號依此方向判讀門檻。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="771"/>
        <source>must not be above %1</source>
        <translation>不能高於%1</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="406"/>
        <location filename="../core/plan/fields.cpp" line="781"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="782"/>
        <source>Market, customer, execution or financial.</source>
        <translation>市場、客戶、執行或財務。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="785"/>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="786"/>
        <source>What could go wrong, and what it would cost the plan.</source>
        <translation>可能出什麼問題，會讓計畫損失多少。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="789"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="790"/>
        <source>How likely it is: 1 (rare) to 5 (almost certain).</source>
        <translation>發生的可能性：1（罕見）到 5（幾乎確定）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="793"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="794"/>
        <source>How much it would hurt the plan: 1 (minor) to 5 (severe).</source>
        <translation>對計畫的影響程度：1（輕微）到 5（嚴重）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="798"/>
        <source>Mitigation</source>
        <translation>因應措施</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="799"/>
        <source>What you do now to make it less likely, and what you do if it happens.</source>
        <translation>現在採取哪些措施降低發生機率，以及一旦發生如何因應。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="803"/>
        <source>Who watches the risk and acts on it.</source>
        <translation>負責追蹤並處理該風險的人。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="658"/>
        <location filename="../core/plan/fields.cpp" line="671"/>
        <location filename="../core/plan/fields.cpp" line="825"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="812"/>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="813"/>
        <source>The first month the adjusted targets change.</source>
        <translation>調整後目標開始生效的第一個月。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="815"/>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="816"/>
        <source>Why the targets were adjusted.</source>
        <translation>目標調整的原因。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="829"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="831"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="833"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../core/plan/fieldformat.cpp" line="32"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/plan/fieldformat.cpp" line="33"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="102"/>
        <source>Reps added or removed</source>
        <translation>增減業務人數</translation>
    </message>
</context>
<context>
    <name>FieldCells</name>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="148"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>「%1」不是下列選項之一：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="158"/>
        <source>&quot;%1&quot; is below zero</source>
        <translation>「%1」小於零</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="214"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>「%1」不是有效日期</translation>
    </message>
</context>
<context>
    <name>FigureFormulas</name>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="53"/>
        <source>Enter last year&apos;s actual to see the growth.</source>
        <translation>填寫去年實際達成額即可查看成長。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/figureformulas.cpp" line="78"/>
        <source>= %1 × (1 + %2) = %3, %4 of the target; %n member(s) and hire(s) carry it</source>
        <translation>
            <numerusform>= %1 × (1 + %2) = %3，為目標的 %4；由 %n 位成員及計畫招募人員承擔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="88"/>
        <source>The plan does not plan collections.</source>
        <translation>本計畫未規劃回款。</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="96"/>
        <source>= %1 from last year&apos;s bookings + %2 from this year&apos;s = %3; %4 still receivable at year end</source>
        <translation>= 去年簽約於今年回款 %1 + 今年簽約回款 %2 = %3；年末仍有應收款 %4</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="140"/>
        <source>= the larger of %1 ÷ %2 = %3 and %4 ÷ %5 = %6 → %7</source>
        <translation>= %1 ÷ %2 = %3 與 %4 ÷ %5 = %6 中的較大者 → %7</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="147"/>
        <source>= %1 ÷ (1 − %2) = %3; the team has %4 → %5 to hire</source>
        <translation>= %1 ÷ (1 − %2) = %3；團隊現有 %4 → 需招募 %5</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="152"/>
        <source>No marketing cost per lead is entered.</source>
        <translation>未填寫每個潛在客戶的行銷成本。</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="205"/>
        <source>= the larger of %1 calls ÷ %2 = %3 and %4 demos ÷ %5 = %6 → %7 (%8 of the target, %9 working days)</source>
        <translation>= %1 通電話拜訪 ÷ %2 = %3 與 %4 場產品展示 ÷ %5 = %6 中的較大者 → %7（目標的 %8，%9 個工作日）</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="258"/>
        <source>%1 to hire</source>
        <translation>需招募 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="259"/>
        <source>%1 to spare</source>
        <translation>多出 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="260"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="263"/>
        <source>The team has no members or planned hires.</source>
        <translation>團隊中沒有成員，也沒有計畫招募。</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="311"/>
        <source>%1 = %2</source>
        <extracomment>A formula in words: &quot;Deals to win = annual target ÷ average deal size, rounded up&quot;.</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="320"/>
        <source>Q%1 target</source>
        <extracomment>The title of a quarter&apos;s target explained: &quot;Q2 target&quot;.</extracomment>
        <translation>Q%1目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="324"/>
        <source>%1, %2</source>
        <extracomment>A month&apos;s figure explained: &quot;Month target, March 2027&quot;.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="9"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="11"/>
        <source>Growth on last year</source>
        <translation>較去年成長</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="13"/>
        <source>Stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="15"/>
        <source>Challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="17"/>
        <source>Assigned to reps</source>
        <translation>分配給業務</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="19"/>
        <source>Collections in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="21"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="23"/>
        <source>Demos or proposals</source>
        <translation>產品展示或提案</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="25"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="27"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="29"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="31"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="33"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="35"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="37"/>
        <source>Qualified leads a day</source>
        <translation>每日合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="39"/>
        <source>Reps the activity needs</source>
        <translation>活動量所需業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="41"/>
        <source>Reps to employ</source>
        <translation>需配置業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="43"/>
        <source>Headcount for the year</source>
        <translation>全年人力</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="45"/>
        <source>Tightest month</source>
        <translation>最吃緊的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="47"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="49"/>
        <source>Quarter target</source>
        <translation>每季目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="51"/>
        <source>Month target</source>
        <translation>每月目標</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="53"/>
        <source>Reps needed in the month</source>
        <translation>當月所需業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="55"/>
        <source>Reps available in the month</source>
        <translation>當月可用業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="57"/>
        <source>Cost of sales</source>
        <translation>銷售成本</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="59"/>
        <source>Reps available</source>
        <translation>可用業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="61"/>
        <source>Calls per rep a day</source>
        <translation>每位業務每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="63"/>
        <source>Headcount gap</source>
        <translation>人力缺口</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="72"/>
        <source>the amount entered on the Targets page; the months, quarters, tiers, quotas and the funnel are worked out from it</source>
        <translation>在「目標」頁填寫的金額；各月、各季、目標級距、個人配額及銷售漏斗都由它推算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="75"/>
        <source>(annual target − last year&apos;s actual) ÷ last year&apos;s actual</source>
        <translation>（年度目標 − 去年實際達成額）÷ 去年實際達成額</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="77"/>
        <source>annual target × (1 + stretch reserve)</source>
        <translation>年度目標 × (1 + 衝刺加成)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="79"/>
        <source>annual target × (1 + challenge reserve)</source>
        <translation>年度目標 × (1 + 挑戰加成)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="81"/>
        <source>the sum of the members&apos; and planned hires&apos; quotas: the target × (1 + over-assignment), each from the start month</source>
        <translation>成員及計畫招募人員的個人配額總和：目標 × (1 + 超額分配)，各自從起始月起算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="84"/>
        <source>each month&apos;s bookings × the shares collected that month and in the months after, plus what last year left to collect; the rest is still receivable at year end</source>
        <translation>每月簽約額 × 當月及之後各月的回款比例，加上去年留下的待回款；其餘為年末應收款</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="88"/>
        <source>annual target ÷ average deal size, rounded up</source>
        <translation>年度目標 ÷ 客單價，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="90"/>
        <source>deals to win ÷ the share of proposals won, rounded up</source>
        <translation>需贏單數 ÷ 提案贏單率，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="92"/>
        <source>demos or proposals ÷ the share of qualified leads that get one, rounded up</source>
        <translation>產品展示或提案數 ÷ 合格潛在客戶轉提案率，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="95"/>
        <source>qualified leads ÷ the share of leads that qualify, rounded up</source>
        <translation>合格潛在客戶 ÷ 潛在客戶合格率，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="97"/>
        <source>leads × calls per lead, rounded up</source>
        <translation>潛在客戶 × 每個潛在客戶的電話拜訪數，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="99"/>
        <source>the weekdays of the plan year, less public holidays and your days off, plus make-up working days</source>
        <translation>計畫年度的週一至週五，扣除國定假日及你的休假日，加上補班日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="102"/>
        <source>calls ÷ working days</source>
        <translation>電話拜訪 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="104"/>
        <source>demos or proposals ÷ working days</source>
        <translation>產品展示或提案 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="106"/>
        <source>qualified leads ÷ working days</source>
        <translation>合格潛在客戶 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="108"/>
        <source>the larger of calls a day ÷ calls a rep makes a day and demos a day ÷ demos a rep gives a day, rounded up</source>
        <translation>每日電話拜訪 ÷ 每位業務每日電話拜訪數，與每日產品展示 ÷ 每位業務每日產品展示數，取較大者，無條件進位</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="112"/>
        <source>reps the activity needs ÷ (1 − reps expected to leave in the year), rounded up; less the team, the reps to hire</source>
        <translation>活動量所需業務人數 ÷ (1 − 年度人員流失率)，無條件進位；扣除團隊現有人數即為需招募人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="115"/>
        <source>the month with the fewest reps to spare: reps needed in the month against the reps available in it</source>
        <translation>業務人力餘裕最少的月份：比較當月所需業務人數與當月可用業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="118"/>
        <source>leads × marketing cost per lead</source>
        <translation>潛在客戶 × 每個潛在客戶的行銷成本</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="120"/>
        <source>the sum of its three month targets</source>
        <translation>該季三個月的每月目標總和</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="122"/>
        <source>annual target × the month&apos;s share of the seasonality weights; the last cents (fen) go to the months with the largest remainders, so the months add up to the year exactly</source>
        <translation>年度目標 × 當月在季節性權重中的占比；最後的零頭（分）分配給餘數最大的月份，使各月合計恰好等於全年</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="140"/>
        <source>reps to employ − reps available (the members + the planned hires): above zero, the reps to hire; below, the reps to spare</source>
        <translation>需配置業務人數 − 可用業務人數（團隊成員 + 計畫招募）：大於零為需招募的人數，小於零為多出的人數</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="126"/>
        <source>the larger of the month&apos;s calls a day ÷ calls a rep makes a day and its demos a day ÷ demos a rep gives a day, rounded up; the month has the year&apos;s activity × its share of the target</source>
        <translation>當月每日電話拜訪 ÷ 每位業務每日電話拜訪數，與當月每日產品展示 ÷ 每位業務每日產品展示數，取較大者，無條件進位；當月活動量 = 全年活動量 × 當月目標占比</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="130"/>
        <source>each member and planned hire from the start month, ramping up to full speed, × (1 − attrition × the months gone by ÷ 12)</source>
        <translation>每位成員及計畫招募人員自起始月起依培訓上手期逐步達到完整產能，× (1 − 年度人員流失率 × 已過月數 ÷ 12)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="133"/>
        <source>commission rate × annual target + the tools&apos; annual costs + the marketing budget</source>
        <translation>佣金比例 × 年度目標 + 工具年費 + 行銷預算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="136"/>
        <source>the members on the team + the planned hires</source>
        <translation>團隊成員 + 計畫招募人員</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="138"/>
        <source>calls a day ÷ reps available</source>
        <translation>每日電話拜訪 ÷ 可用業務人數</translation>
    </message>
</context>
<context>
    <name>FigureHelp</name>
    <message>
        <location filename="../ui/help/figurehelp.cpp" line="77"/>
        <source>More in the user guide</source>
        <translation>在使用者指南中了解更多</translation>
    </message>
    <message>
        <location filename="../ui/help/figurehelp.cpp" line="88"/>
        <location filename="../ui/help/figurehelp.cpp" line="107"/>
        <source>How is this computed?</source>
        <translation>這個數字是怎麼算出來的？</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../core/calc/funnel.cpp" line="61"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="66"/>
        <source>is not a number</source>
        <translation>不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="71"/>
        <source>must be more than zero</source>
        <translation>必須大於零</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="76"/>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="81"/>
        <source>is in %1 but the target is in %2</source>
        <translation>幣別為 %1，但目標的幣別為 %2</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="103"/>
        <source>must be more than 0 % and at most 100 %, not %1</source>
        <translation>必須大於 0% 且不超過 100%，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="112"/>
        <source>lead to qualified rate</source>
        <translation>潛在客戶合格率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="114"/>
        <source>qualified to proposal rate</source>
        <translation>合格潛在客戶轉提案率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="116"/>
        <source>proposal to won rate</source>
        <translation>提案贏單率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="147"/>
        <source>calls per rep a day</source>
        <translation>每位業務每日電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="149"/>
        <source>demos per rep a day</source>
        <translation>每位業務每日產品展示數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="154"/>
        <source>calls per lead</source>
        <translation>每個潛在客戶的電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="162"/>
        <location filename="../core/calc/funnel.cpp" line="376"/>
        <location filename="../core/calc/funnel.cpp" line="412"/>
        <source>working days</source>
        <translation>工作日天數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="163"/>
        <source>must be between 1 and 366, not %1</source>
        <translation>必須介於 1 到 366 之間，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="168"/>
        <source>annual attrition</source>
        <translation>年度人員流失率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="174"/>
        <source>must be at least 0 % and below 100 %, not %1</source>
        <translation>必須不小於 0% 且小於 100%，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="180"/>
        <source>average deal size</source>
        <translation>客單價</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="182"/>
        <source>revenue target</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="192"/>
        <source>cost per lead</source>
        <translation>每個潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="208"/>
        <source>headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="215"/>
        <source>reps</source>
        <translation>業務人數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="264"/>
        <location filename="../core/calc/funnel.cpp" line="393"/>
        <location filename="../core/calc/funnel.cpp" line="487"/>
        <source>proposals</source>
        <translation>提案數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="268"/>
        <source>qualified leads</source>
        <translation>合格潛在客戶數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="272"/>
        <location filename="../core/calc/funnel.cpp" line="472"/>
        <location filename="../core/calc/funnel.cpp" line="493"/>
        <source>leads</source>
        <translation>潛在客戶數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="276"/>
        <location filename="../core/calc/funnel.cpp" line="391"/>
        <location filename="../core/calc/funnel.cpp" line="483"/>
        <source>calls</source>
        <translation>電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="304"/>
        <source>headcount required</source>
        <translation>所需編制</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="317"/>
        <source>marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="358"/>
        <source>month targets</source>
        <translation>各月目標</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="377"/>
        <source>must be between 0 and 31 in a month, not %1</source>
        <translation>每月必須介於 0 到 31 之間，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="386"/>
        <source>plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="387"/>
        <source>is not a valid year and start month</source>
        <translation>不是有效的年份和起始月</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="413"/>
        <source>%1 has a target but no working days</source>
        <translation>%1 有目標，但沒有工作日</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="454"/>
        <source>calls a day</source>
        <translation>每日電話拜訪數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="455"/>
        <source>demos a day</source>
        <translation>每日產品展示數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="459"/>
        <source>reps required</source>
        <translation>所需業務人數</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="500"/>
        <source>revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="503"/>
        <source>gap to target</source>
        <translation>目標差額</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <location filename="../core/calc/growth.cpp" line="13"/>
        <source>must be more than zero</source>
        <translation>必須大於零</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="18"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="23"/>
        <source>revenue target</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="28"/>
        <source>last year&apos;s actual</source>
        <translation>去年實際達成</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="33"/>
        <source>actual</source>
        <translation>實際達成</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="42"/>
        <source>is in %1 but %2 is in %3</source>
        <translation>幣別為 %1，但%2的幣別為 %3</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="48"/>
        <location filename="../core/calc/growth.cpp" line="81"/>
        <source>growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="50"/>
        <source>is not a number</source>
        <translation>不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="54"/>
        <source>must be more than -100 %</source>
        <translation>必須大於 -100%</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="113"/>
        <source>gap to target</source>
        <translation>目標差額</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="38"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="42"/>
        <source>region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="46"/>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="50"/>
        <source>member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="55"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="106"/>
        <source>month %1 is not a month</source>
        <translation>月份 %1 不是有效的月份</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="120"/>
        <source>month %1 is not a date</source>
        <translation>月份 %1 不是有效的日期</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="185"/>
        <source>amount %1 is not a number: a comma must separate thousands, as in 1,234.50</source>
        <translation>金額 %1 不是有效的數字：逗號只能用作千分位符號，例如 1,234.50</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="196"/>
        <source>amount %1 is not a number</source>
        <translation>金額 %1 不是有效的數字</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="199"/>
        <source>amount %1 has more decimal places than %2 has (%3)</source>
        <translation>金額 %1 的小數位數超過了 %2 允許的 %3 位</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="203"/>
        <source>amount %1 is too large</source>
        <translation>金額 %1 過大</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="217"/>
        <source>; and %1 more</source>
        <translation>; 另有 %1 處問題</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="237"/>
        <source>the file has no %1 column (expected a header such as %2); %3 has: %4</source>
        <translation>檔案中沒有%1欄（標題可寫作 %2 等）；%3的欄位為：%4</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="258"/>
        <source>%1: columns %2 and %3 are both the %4 column; remove or rename one</source>
        <translation>%1：欄 %2 和欄 %3 都被識別為%4欄，請刪除或重新命名其中一欄</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="283"/>
        <source>column %1 is chosen for both the %2 and the %3; a column holds one of them</source>
        <translation>欄 %1 同時被選為%2和%3；一欄只能對應其中一項</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="293"/>
        <source>choose the column that holds the %1</source>
        <translation>請選擇%1所在的欄</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="405"/>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="406"/>
        <source>%1 is not a three-letter currency code</source>
        <translation>%1 不是三個字母的幣別代碼</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="410"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="466"/>
        <source>Actuals of the plan year %1: %2; history of earlier years: %3.</source>
        <translation>計畫年度 %1 的實際業績：%2；往年歷史資料：%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/historycsv.cpp" line="470"/>
        <source>%n row(s) fall after the plan year: nothing reads them.</source>
        <translation>
            <numerusform>有 %n 列資料晚於計畫年度，不會被使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="494"/>
        <source>%1: %2</source>
        <extracomment>A refused row: &quot;line 7: amount &quot;abc&quot; is not a number&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="499"/>
        <source>the file has a header but no rows below it</source>
        <translation>檔案只有標題列，下方沒有資料列</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="361"/>
        <source>month is empty</source>
        <translation>月份是空的</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="369"/>
        <source>amount is empty</source>
        <translation>金額是空的</translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="25"/>
        <location filename="../core/exchange/historyfile.cpp" line="34"/>
        <source>cannot be read (%1)</source>
        <translation>無法讀取（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="28"/>
        <source>is larger than %1 MB, more than any history needs; export only the months and columns to import</source>
        <translation>超過 %1 MB，遠超歷史資料所需；請只匯出要匯入的月份和欄</translation>
    </message>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="71"/>
        <source>the sheet &quot;%1&quot; is empty</source>
        <translation>工作表「%1」是空的</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../core/calc/holidays.cpp" line="15"/>
        <source>New Year&apos;s Day</source>
        <translation>開國紀念日</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="16"/>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="17"/>
        <source>Qingming Festival</source>
        <translation>清明節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="18"/>
        <source>Labour Day</source>
        <translation>勞動節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="19"/>
        <source>Dragon Boat Festival</source>
        <translation>端午節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="20"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="21"/>
        <source>National Day</source>
        <translation>國慶日</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="22"/>
        <source>Peace Memorial Day</source>
        <translation>和平紀念日</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="23"/>
        <source>Children&apos;s Day</source>
        <translation>兒童節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="24"/>
        <source>Teachers&apos; Day</source>
        <translation>教師節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="25"/>
        <source>Retrocession Day</source>
        <translation>臺灣光復節</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="26"/>
        <source>Constitution Day</source>
        <translation>行憲紀念日</translation>
    </message>
</context>
<context>
    <name>IcsDays</name>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="161"/>
        <source>this is not an iCalendar (.ics) file</source>
        <translation>這不是 iCalendar（.ics）檔案</translation>
    </message>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="182"/>
        <source>the event &quot;%1&quot; repeats more often than days off do: by the hour, or more than %2 times</source>
        <translation>事件「%1」重複過於頻繁，不像假日：按小時重複，或超過 %2 次</translation>
    </message>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="189"/>
        <source>the calendar holds no events with a date</source>
        <translation>行事曆中沒有任何帶日期的事件</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="39"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="40"/>
        <source>R&amp;egion</source>
        <translation>區域(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="42"/>
        <source>&amp;Product</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="44"/>
        <source>Mem&amp;ber</source>
        <translation>成員(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="46"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message numerus="yes">
        <location filename="../ui/server/passwordstore.cpp" line="42"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>系統鑰匙圈在 %n 秒內未回應</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../core/plan/plan.cpp" line="56"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="57"/>
        <source>Leads that passed qualification in the period</source>
        <translation>本期通過資格審核的潛在客戶數</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="58"/>
        <source>leads</source>
        <translation>個</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="59"/>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <source>Deals won divided by proposals made</source>
        <translation>贏單數除以提案數</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="62"/>
        <source>Average deal size</source>
        <translation>客單價</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="63"/>
        <source>Revenue divided by deals won</source>
        <translation>營收除以贏單數</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="63"/>
        <location filename="../core/plan/plan.cpp" line="67"/>
        <source>amount</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="65"/>
        <source>Revenue per period</source>
        <translation>各期營收</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="66"/>
        <source>Revenue booked in the period against its target</source>
        <translation>本期入帳營收與本期目標的對照</translation>
    </message>
</context>
<context>
    <name>KpiActualsFile</name>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="96"/>
        <source>no KPI of the plan is named &quot;%1&quot;</source>
        <translation>計畫中沒有名為「%1」的關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="99"/>
        <source>&quot;%1&quot; comes from the bookings: import them as history</source>
        <translation>「%1」來自簽約業績：請以歷史資料匯入</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="106"/>
        <source>%1 is not in the plan year</source>
        <translation>%1 不在計畫年度內</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="124"/>
        <source>the file needs a header naming the columns month, KPI and value (月份, 指标, 实际值)</source>
        <translation>檔案需要有標題列，欄名為 month、KPI 和 value（月份、指標、實際值）</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="135"/>
        <source>this KPI&apos;s %1 is already on line %2</source>
        <translation>此指標 %1 的數值已在第 %2 行出現</translation>
    </message>
</context>
<context>
    <name>LiveFigures</name>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="65"/>
        <source>The plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="67"/>
        <source>The annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="70"/>
        <source>Last year&apos;s actual</source>
        <translation>去年實際達成</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="73"/>
        <source>Growth on last year</source>
        <translation>較去年成長</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="76"/>
        <source>The stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="78"/>
        <source>The challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="85"/>
        <source>The target of Q%1</source>
        <translation>Q%1目標</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="102"/>
        <location filename="../core/summary/livefigures.cpp" line="104"/>
        <source>%1&apos;s target</source>
        <translation>%1的目標</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="105"/>
        <source>%1&apos;s quota</source>
        <translation>%1的配額</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="128"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="129"/>
        <source>Demos and proposals</source>
        <translation>產品展示與提案</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="131"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="133"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="134"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="135"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="137"/>
        <source>Reps to employ for the year</source>
        <translation>全年需配置的業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="139"/>
        <source>Reps on the team</source>
        <translation>團隊現有業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="141"/>
        <source>Reps to hire for the year</source>
        <translation>全年需招募的業務人數</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="144"/>
        <source>The marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="151"/>
        <source>What the reps&apos; quotas add up to</source>
        <translation>業務配額合計</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="153"/>
        <source>The over-assignment</source>
        <translation>超額分配比例</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="162"/>
        <source>Cash collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="165"/>
        <source>Still to collect at year end</source>
        <translation>年末應收款</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="281"/>
        <source>%1 holds %2, which is not a figure of this plan; it is printed as typed.</source>
        <translation>「%1」中的%2不是本計畫的即時數字，將依原樣輸出。</translation>
    </message>
</context>
<context>
    <name>MemberActivityText</name>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="110"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="144"/>
        <source>Win 1 deal worth %1 in Q%2: %3 demos and %4 calls in the quarter</source>
        <translation>Q%2贏單 1 筆，金額 %1：本季產品展示 %3 場、電話拜訪 %4 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="149"/>
        <source>Win %1 deals worth %2 in Q%3: %4 demos and %5 calls in the quarter</source>
        <translation>Q%3贏單 %1 筆，金額 %2：本季產品展示 %4 場、電話拜訪 %5 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="157"/>
        <source>Win 1 deal worth %1 in Q%2: %3 demos and %4 calls a working day</source>
        <translation>Q%2贏單 1 筆，金額 %1：每個工作日產品展示 %3 場、電話拜訪 %4 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="162"/>
        <source>Win %1 deals worth %2 in Q%3: %4 demos and %5 calls a working day</source>
        <translation>Q%3贏單 %1 筆，金額 %2：每個工作日產品展示 %4 場、電話拜訪 %5 通</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/memberactivity.cpp" line="293"/>
        <source>For the %n people together; the figures a working day are each person&apos;s:</source>
        <translation>
            <numerusform>以下為 %n 人的合計；每個工作日的數字以每人計：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="26"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="28"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="32"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="41"/>
        <source>Worked out from the plan; it follows the plan&apos;s figures. Type a target to set your own.</source>
        <translation>依計畫算出，隨計畫數據變動。輸入目標即可自行設定。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="44"/>
        <source>Typed. Clear the cell to follow the plan&apos;s figure (%1) again.</source>
        <translation>手動輸入。清空儲存格即可重新跟隨計畫數據（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="116"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="118"/>
        <source>Likelihood × impact: 15–25 high, 8–14 medium, 1–7 low.</source>
        <translation>可能性 × 影響：15–25 為高，8–14 為中，1–7 為低。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="157"/>
        <source>The initiative the milestone belongs to</source>
        <translation>里程碑所屬的行動項目</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="221"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/plan/money.cpp" line="15"/>
        <location filename="../core/plan/money.cpp" line="99"/>
        <location filename="../core/plan/money.cpp" line="116"/>
        <location filename="../core/plan/money.cpp" line="224"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="15"/>
        <source>is too large to calculate with</source>
        <translation>數值過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="20"/>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="21"/>
        <source>cannot combine %1 and %2 amounts</source>
        <translation>%1 與 %2 金額無法合併計算</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="99"/>
        <location filename="../core/plan/money.cpp" line="224"/>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>「%1」不是有效的金額</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="117"/>
        <source>must be a whole number in %1</source>
        <translation>%1 金額必須為整數</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/money.cpp" line="118"/>
        <source>has more than %n decimal place(s)</source>
        <translation>
            <numerusform>小數位數不能超過 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="279"/>
        <source>factor</source>
        <translation>係數</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="279"/>
        <source>is not a number</source>
        <translation>不是有效的數字</translation>
    </message>
</context>
<context>
    <name>NumberRule</name>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="63"/>
        <location filename="../core/plan/numberinput.cpp" line="64"/>
        <location filename="../core/plan/numberinput.cpp" line="78"/>
        <location filename="../core/plan/numberinput.cpp" line="100"/>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="63"/>
        <source>type a number</source>
        <translation>請輸入數字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="65"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="80"/>
        <source>must be a whole number</source>
        <translation>必須是整數</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="81"/>
        <source>has too many decimals: %1 at most</source>
        <translation>小數位數過多：最多 %1 位</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="91"/>
        <source>%1 is out of range: %2 to %3</source>
        <translation>%1 超出範圍：應為 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="95"/>
        <source>%1 is out of range: %2 or more</source>
        <translation>%1 超出範圍：應不小於 %2</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="98"/>
        <source>%1 is out of range: %2 or less</source>
        <translation>%1 超出範圍：應不大於 %2</translation>
    </message>
</context>
<context>
    <name>PlanBasis</name>
    <message>
        <location filename="../core/server/planbasis.cpp" line="83"/>
        <source>The team plan is based on no allocation: none was published.</source>
        <translation>團隊計畫未依據任何目標分配：尚未發布目標分配。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="84"/>
        <source>The team plan is based on allocation %1.</source>
        <translation>團隊計畫依據目標分配版本 %1。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="87"/>
        <source>%1 has no allocation yet: the director has published none.</source>
        <translation>單位「%1」尚無目標分配：總監尚未發布任何目標分配。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="90"/>
        <source>%1 is allocated %2 (allocation %3)</source>
        <translation>單位「%1」的分配額為 %2（目標分配版本 %3）</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="95"/>
        <source>%1; this plan&apos;s target %2.</source>
        <translation>%1；本計畫目標為 %2。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="98"/>
        <source>%1; this plan&apos;s target %2: %3 (%4)</source>
        <translation>%1；本計畫目標為 %2：%3（%4）</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="109"/>
        <source>The allocation changed from version %1 to %2</source>
        <translation>目標分配已從版本 %1 變更為版本 %2</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="113"/>
        <source>: %1 was allocated %2, now %3</source>
        <translation>：「%1」原分配額 %2，現為 %3</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="119"/>
        <source>%1 has version %2 now; this plan was based on version %3.</source>
        <translation>「%1」目前為版本 %2；此計畫依據的是版本 %3。</translation>
    </message>
</context>
<context>
    <name>PlanDiffHtml</name>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="79"/>
        <source>The two plans agree in their targets, team, stages, KPIs, risks and texts.</source>
        <translation>兩個計畫的目標、團隊、銷售階段、關鍵指標、風險與文字皆相同。</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="81"/>
        <source>Stages</source>
        <translation>銷售階段</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="82"/>
        <source>KPIs</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="82"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="134"/>
        <source>Line</source>
        <extracomment>The first column of the targets&apos; comparison: a month, quarter, region, product or member.</extracomment>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <source>% change</source>
        <translation>變動率</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="138"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="139"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="140"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="141"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="142"/>
        <source>Members&apos; quotas</source>
        <translation>成員個人配額</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="143"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="177"/>
        <source>joined</source>
        <extracomment>A team member who is in the later plan only: &quot;+ joined&quot;.</extracomment>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="181"/>
        <source>left</source>
        <extracomment>A team member who is in the earlier plan only: &quot;− left&quot; (left the team).</extracomment>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="186"/>
        <source>Planned hires</source>
        <translation>計畫招募</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="189"/>
        <location filename="../ui/versions/diffhtml.cpp" line="200"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="189"/>
        <location filename="../ui/versions/diffhtml.cpp" line="200"/>
        <source>removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="191"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="230"/>
        <source>Narrative texts</source>
        <translation>文字內容</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="232"/>
        <source>Removed words are struck through, added words underlined.</source>
        <translation>刪除的文字以刪除線標示，新增的文字加底線。</translation>
    </message>
</context>
<context>
    <name>PlanDiffText</name>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="77"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="109"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="384"/>
        <source>%1 share %2 → %3</source>
        <translation>%1 占比 %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="391"/>
        <source>No differences</source>
        <translation>沒有差異</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="398"/>
        <source>Target %1 (%2)</source>
        <translation>目標 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="399"/>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="402"/>
        <source>%n rep(s) added</source>
        <translation>
            <numerusform>新增 %n 名業務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="404"/>
        <source>%n rep(s) removed</source>
        <translation>
            <numerusform>減少 %n 名業務</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="409"/>
        <source>Same targets and team; other changes below</source>
        <translation>目標與團隊相同；其他變化見下文</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="410"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../core/store/planfile.cpp" line="189"/>
        <source>There is no file %1.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="192"/>
        <source>%1 is a folder, not a SalesPlan plan.</source>
        <translation>%1 是資料夾，不是 SalesPlan 計畫檔。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="199"/>
        <source>The file cannot be read: %1.</source>
        <translation>無法讀取檔案：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="204"/>
        <source>This file is not a SalesPlan plan: it is not an SQLite database.</source>
        <translation>此檔案不是 SalesPlan 計畫檔：它不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="207"/>
        <source>This file is not a SalesPlan plan: it is an SQLite database of another program.</source>
        <translation>此檔案不是 SalesPlan 計畫檔：它是其他程式的 SQLite 資料庫。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="212"/>
        <source>it was opened read-only</source>
        <translation>開啟時選擇了唯讀模式</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="214"/>
        <source>the file is read-only</source>
        <translation>檔案為唯讀</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="216"/>
        <source>its folder is read-only</source>
        <translation>所在資料夾為唯讀</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="223"/>
        <source>This plan is already open in another SalesPlan window. Close it there first, or open it read-only.</source>
        <translation>此計畫已在另一個 SalesPlan 視窗中開啟。請先在該視窗中關閉，或以唯讀模式開啟。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="113"/>
        <source>This plan was being saved when SalesPlan or the computer stopped. Open it for editing once so that SalesPlan can finish repairing it; until then it cannot be opened read-only.</source>
        <translation>儲存此計畫時 SalesPlan 或電腦意外停止。請先以可編輯模式開啟一次，讓 SalesPlan 完成修復；在此之前無法以唯讀模式開啟。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="261"/>
        <source>This plan was made by a newer SalesPlan (file version %1; this SalesPlan reads versions up to %2). Open it with the newer SalesPlan.</source>
        <translation>此計畫由較新版本的 SalesPlan 建立（檔案版本 %1；目前的 SalesPlan 最高只能讀取版本 %2）。請用較新版本的 SalesPlan 開啟。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="267"/>
        <source>This file is not a SalesPlan plan: it is marked as one but holds no plan.</source>
        <translation>此檔案不是 SalesPlan 計畫檔：它雖標示為計畫檔，但其中沒有計畫。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="275"/>
        <source>the file is damaged</source>
        <translation>檔案已損毀</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="289"/>
        <source>This plan was made by an older SalesPlan, and there is no room for a temporary copy to read it read-only.</source>
        <translation>此計畫由舊版 SalesPlan 建立，但無法建立以唯讀模式讀取它所需的暫存副本。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="331"/>
        <location filename="../core/store/planfile.cpp" line="387"/>
        <source>The plan was not created: a file named %1 already exists.</source>
        <translation>未建立計畫：檔案 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="334"/>
        <source>The plan was not created: the folder %1 is read-only.</source>
        <translation>未建立計畫：資料夾 %1 為唯讀。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="340"/>
        <source>The plan was not created: %1 is being created or edited in another SalesPlan window.</source>
        <translation>未建立計畫：另一個 SalesPlan 視窗正在建立或編輯 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="381"/>
        <source>The plan was not created: the disk is full.</source>
        <translation>未建立計畫：磁碟已滿。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="343"/>
        <location filename="../core/store/planfile.cpp" line="382"/>
        <source>The plan was not created: %1.</source>
        <translation>未建立計畫：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="82"/>
        <source>This plan file is damaged: part of it cannot be read. SalesPlan did not change it.</source>
        <translation>此計畫檔已損毀：部分內容無法讀取。SalesPlan 未對其做任何變更。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="88"/>
        <source>This plan file is damaged: part of it cannot be read. SalesPlan did not change it. You can open it read-only to see and copy what is still readable.</source>
        <translation>此計畫檔已損毀：部分內容無法讀取。SalesPlan 未對其做任何變更。你可以用唯讀模式開啟，檢視並複製仍可讀取的內容。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="106"/>
        <source>This file is not a SalesPlan plan: SQLite cannot read it as a database.</source>
        <translation>此檔案不是 SalesPlan 計畫檔：SQLite 無法將其當作資料庫讀取。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="118"/>
        <source>The plan file cannot be read now: another program is writing to it. Try again in a moment.</source>
        <translation>目前無法讀取計畫檔：另一個程式正在寫入。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="122"/>
        <source>The plan file cannot be read: the disk reported an error while reading it.</source>
        <translation>無法讀取計畫檔：讀取時磁碟回報錯誤。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="127"/>
        <source>The plan file cannot be read.</source>
        <translation>無法讀取計畫檔。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="243"/>
        <source>This plan is open in another program, and there is no room for a temporary copy to read it read-only.</source>
        <translation>此計畫已在另一個程式中開啟，且磁碟空間不足，無法建立以唯讀模式讀取它所需的暫存副本。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="300"/>
        <source>This plan was made by an older SalesPlan and could not be updated to this version. The step that failed was undone.</source>
        <translation>此計畫由舊版 SalesPlan 建立，無法更新為目前版本。失敗的步驟已復原。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="389"/>
        <source>The plan was not created: it could not be renamed to %1.</source>
        <translation>未建立計畫：無法將其重新命名為 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="36"/>
        <source>The plan file still holds everything saved before.</source>
        <translation>計畫檔中先前儲存的內容都還在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="40"/>
        <source>The change was not saved because the disk is full. Free some space and make the change again.</source>
        <translation>磁碟已滿，變更未儲存。請釋放一些空間，然後重新進行變更。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="44"/>
        <source>The change was not saved because of a disk error while writing (%1).</source>
        <translation>寫入時發生磁碟錯誤，變更未儲存（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="49"/>
        <source>The change was not saved because the plan file or its folder has become read-only.</source>
        <translation>計畫檔或其所在資料夾已變為唯讀，變更未儲存。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="53"/>
        <source>The change was not saved because SalesPlan could not write its journal file beside the plan (%1).</source>
        <translation>SalesPlan 無法在計畫檔旁寫入日誌檔，變更未儲存（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="58"/>
        <source>The change was not saved because another program is reading the plan file. Try again in a moment.</source>
        <translation>另一個程式正在讀取計畫檔，變更未儲存。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="62"/>
        <source>The change was not saved because the plan file is damaged: part of it cannot be read.</source>
        <translation>計畫檔已損毀（部分內容無法讀取），變更未儲存。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="66"/>
        <source>The change was not saved: %1.</source>
        <translation>變更未儲存：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="75"/>
        <source>The change was not saved: this plan is open read-only (%1).</source>
        <translation>變更未儲存：此計畫以唯讀模式開啟（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="105"/>
        <source>The copy was not saved: it would replace the plan itself. Choose another name.</source>
        <translation>副本未儲存：它會覆寫計畫本身。請換一個名稱。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="111"/>
        <source>The copy was not saved: %1 is open in another SalesPlan window.</source>
        <translation>副本未儲存：%1 已在另一個 SalesPlan 視窗中開啟。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="113"/>
        <location filename="../core/store/planfilesave.cpp" line="119"/>
        <location filename="../core/store/planfilesave.cpp" line="131"/>
        <location filename="../core/store/planfilesave.cpp" line="136"/>
        <location filename="../core/store/planfilesave.cpp" line="139"/>
        <location filename="../core/store/planfilesave.cpp" line="144"/>
        <location filename="../core/store/planfilesave.cpp" line="148"/>
        <source>The copy was not saved: %1.</source>
        <translation>副本未儲存：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="130"/>
        <source>The copy was not saved: the disk is full.</source>
        <translation>副本未儲存：磁碟已滿。</translation>
    </message>
    <message>
        <location filename="../core/store/connection.cpp" line="36"/>
        <source>the SQLite driver of Qt Sql is not installed</source>
        <translation>未安裝 Qt Sql 的 SQLite 驅動程式</translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="72"/>
        <source>the table %1 is empty</source>
        <translation>資料表 %1 是空的</translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="303"/>
        <source>the seasonality weights are incomplete</source>
        <translation>季節性權重不完整</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="70"/>
        <source>a folder named %1 stands where SalesPlan keeps its lock file; remove or rename that folder</source>
        <translation>SalesPlan 存放鎖定檔的位置被名為 %1 的資料夾佔用；請刪除或重新命名該資料夾</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="76"/>
        <source>the disk holding the folder %1 is full; free some space</source>
        <translation>資料夾 %1 所在的磁碟已滿；請釋放一些空間</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="78"/>
        <source>SalesPlan is not allowed to create its lock file in the folder %1</source>
        <translation>SalesPlan 沒有權限在資料夾 %1 中建立鎖定檔</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="80"/>
        <source>SalesPlan cannot create its lock file in the folder %1</source>
        <translation>SalesPlan 無法在資料夾 %1 中建立鎖定檔</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="37"/>
        <source>The version was not saved: this plan is open read-only (%1).</source>
        <translation>版本未儲存：此計畫以唯讀方式開啟（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="40"/>
        <source>The version was not saved: give it a name.</source>
        <translation>版本未儲存：請為它命名。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="42"/>
        <source>The version was not saved: there is already a version called “%1”. Choose another name.</source>
        <translation>版本未儲存：已有名為「%1」的版本，請換一個名稱。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="48"/>
        <source>The version was not saved: a value of the plan cannot be kept in a version (%1).</source>
        <translation>版本未儲存：計畫中有數值無法儲存在版本中（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="70"/>
        <source>The version was not saved: %1. The plan file still holds everything saved before.</source>
        <translation>版本未儲存：%1。計畫檔仍保留先前儲存的全部內容。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="86"/>
        <source>The saved versions cannot be read: %1.</source>
        <translation>無法讀取已儲存的版本：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="113"/>
        <source>There is no version “%1”: this plan has no saved versions.</source>
        <translation>沒有名為「%1」的版本：此計畫沒有已儲存的版本。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="114"/>
        <source>There is no version “%1”. The saved versions are: %2.</source>
        <translation>沒有名為「%1」的版本。已儲存的版本有：%2。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="129"/>
        <source>The saved version cannot be read: %1.</source>
        <translation>無法讀取已儲存的版本：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="131"/>
        <source>There is no saved version %1.</source>
        <translation>沒有已儲存的版本 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="135"/>
        <source>The version “%1” is damaged: its plan cannot be read.</source>
        <translation>版本「%1」已損壞：無法讀取其中的計畫。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="138"/>
        <source>The version “%1” is damaged: its plan cannot be read (%2).</source>
        <translation>版本「%1」已損壞：無法讀取其中的計畫（%2）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="146"/>
        <source>The version was not deleted: this plan is open read-only (%1).</source>
        <translation>版本未刪除：此計畫以唯讀方式開啟（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="156"/>
        <source>The version was not deleted: %1.</source>
        <translation>版本未刪除：%1。</translation>
    </message>
</context>
<context>
    <name>PlanIo</name>
    <message>
        <location filename="../core/exchange/planio.cpp" line="45"/>
        <source>%1 was not replaced, and still holds what it held before: %2.</source>
        <translation>%1 未被取代，仍保留原本的內容：%2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="71"/>
        <source>is a folder; choose a file name</source>
        <translation>是資料夾；請選擇檔名</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="74"/>
        <source>%1 is read-only, so it was not replaced.</source>
        <translation>%1 為唯讀，因此未被取代。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="77"/>
        <source>%1 was not replaced: the folder %2 is read-only.</source>
        <translation>%1 未被取代：資料夾 %2 為唯讀。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="87"/>
        <source>%1 was not replaced: SalesPlan cannot write in the folder %2.</source>
        <translation>%1 未被取代：SalesPlan 無法寫入資料夾 %2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="97"/>
        <source>%1 was not replaced: %2.</source>
        <translation>%1 未被取代：%2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="101"/>
        <source>%1 is open for editing in a SalesPlan window, so it was not replaced. Close it there first, or choose another name.</source>
        <translation>%1 正在某個 SalesPlan 視窗中編輯，因此未被取代。請先在該視窗中關閉，或換一個名稱。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="161"/>
        <location filename="../core/exchange/planio.cpp" line="228"/>
        <source>cannot be read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="171"/>
        <location filename="../core/exchange/planio.cpp" line="193"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="173"/>
        <source>a JSON plan has no saved versions; only a .salesplan file does</source>
        <translation>JSON 計畫沒有已儲存的版本；只有 .salesplan 檔才有</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="274"/>
        <source>cannot be written: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="80"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 欄</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="94"/>
        <source>the file ends before an object is closed with }</source>
        <translation>檔案已結束，但物件還缺少結尾的 }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="95"/>
        <source>the file ends before a list is closed with ]</source>
        <translation>檔案已結束，但清單還缺少結尾的 ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="101"/>
        <source>a key must be text in double quotes</source>
        <translation>鍵必須是以雙引號括住的文字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="103"/>
        <source>missing comma or closing }</source>
        <translation>缺少逗號或結尾的 }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="104"/>
        <source>missing comma or closing ]</source>
        <translation>缺少逗號或結尾的 ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="108"/>
        <source>missing colon after a key</source>
        <translation>鍵後面缺少冒號</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="111"/>
        <source>a value is missing (is there a comma after the last entry?)</source>
        <translation>缺少值（最後一項後面是否多了一個逗號？）</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="118"/>
        <source>not a valid value: text needs double quotes, and true, false and null are written in lower case</source>
        <translation>不是有效的值：文字需要加雙引號，true、false 和 null 必須小寫</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="120"/>
        <source>not a valid number</source>
        <translation>不是有效的數字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="123"/>
        <source>a text is not closed with a double quote &quot;</source>
        <translation>文字缺少結尾的雙引號 &quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="126"/>
        <source>invalid escape sequence in a text; write a backslash as \\</source>
        <translation>文字中有無效的逸出序列；反斜線應寫成 \\</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="129"/>
        <source>text that is not UTF-8; save the file as UTF-8</source>
        <translation>文字不是 UTF-8 編碼；請將檔案另存為 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="132"/>
        <source>unexpected text after the end of the plan</source>
        <translation>計畫結束後還有多餘的內容</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="144"/>
        <source>this is not a SalesPlan plan: a plan file starts with {&quot;format&quot;: &quot;salesplan&quot;, &quot;version&quot;: %1, &quot;plan&quot;: …}</source>
        <translation>這不是 SalesPlan 計畫：計畫檔應以 {&quot;format&quot;: &quot;salesplan&quot;, &quot;version&quot;: %1, &quot;plan&quot;: …} 開頭</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="154"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="170"/>
        <source>must be a whole number, such as %1</source>
        <translation>必須是整數，例如 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="174"/>
        <source>this plan was made by a newer SalesPlan (format version %1); this SalesPlan reads versions up to %2. Update SalesPlan to open it.</source>
        <translation>此計畫由較新版本的 SalesPlan 建立（格式版本 %1）；目前的 SalesPlan 最高只能讀取版本 %2。請更新 SalesPlan 後再開啟。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="183"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="230"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="615"/>
        <source>is missing</source>
        <translation>缺少此項</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="184"/>
        <location filename="../core/exchange/planjson.cpp" line="208"/>
        <location filename="../core/exchange/planjson.cpp" line="226"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="449"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="481"/>
        <source>must be an object { … }</source>
        <translation>必須是物件 { … }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="213"/>
        <source>must be a name, not empty</source>
        <translation>必須是名稱，不可為空</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="218"/>
        <source>must be a date and time such as 2027-01-15T09:30:00Z</source>
        <translation>必須是日期與時間，例如 2027-01-15T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="252"/>
        <source>the name “%1” is used by an earlier version</source>
        <translation>名稱「%1」已被先前的版本使用</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="52"/>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="54"/>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="114"/>
        <source>%1 — got %2</source>
        <translation>%1，但實際為 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="222"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="136"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="650"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="704"/>
        <source>must be text</source>
        <translation>必須是文字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="168"/>
        <source>must be a number</source>
        <translation>必須是數字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="158"/>
        <source>must be at least %1</source>
        <translation>不能小於 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="159"/>
        <source>must be between %1 and %2</source>
        <translation>必須介於 %1 到 %2 之間</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="182"/>
        <source>must be a whole number</source>
        <translation>必須是整數</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="193"/>
        <source>must be true or false</source>
        <translation>必須是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="205"/>
        <source>must be a whole number from 1 to %1</source>
        <translation>必須是 1 到 %1 之間的整數</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="238"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="798"/>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="248"/>
        <source>must be an amount written as text, such as &quot;%1&quot;</source>
        <translation>必須是寫成文字的金額，例如 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="259"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="284"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="800"/>
        <source>is too large</source>
        <translation>數值過大</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="278"/>
        <source>has more decimal places than %1 has (%2)</source>
        <translation>小數位數超過了 %1 允許的 %2 位</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="299"/>
        <source>must be a three-letter currency code such as CNY, USD or JPY</source>
        <translation>必須是三個字母的幣別代碼，例如 TWD、USD 或 JPY</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="311"/>
        <source>must be a date written like 2027-04-01</source>
        <translation>必須是日期，格式如 2027-04-01</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="362"/>
        <source>must be one of %1</source>
        <translation>必須是下列值之一：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="241"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="464"/>
        <source>must be a list [ … ]</source>
        <translation>必須是清單 [ … ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="587"/>
        <source>must be a list of %1 monthly weights</source>
        <translation>必須是包含 %1 個月份權重的清單</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="591"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="623"/>
        <source>%1 — got a list of %2</source>
        <translation>%1，但實際清單有 %2 項</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="348"/>
        <source>must be a month written like 2026-01</source>
        <translation>必須是月份，格式如 2026-01</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="612"/>
        <source>must be a list of %1 monthly amounts</source>
        <translation>必須是包含 %1 個月份金額的清單</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="677"/>
        <source>must be one of the charts %1</source>
        <translation>必須是下列圖表之一：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="698"/>
        <source>is not a slide: the slides are %1</source>
        <translation>不是投影片：可用的投影片為 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="757"/>
        <source>must not be empty</source>
        <translation>不得為空</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="761"/>
        <source>the unit %1 is named twice (also at %2)</source>
        <translation>單位「%1」重複出現（另見 %2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="777"/>
        <source>no initiative has the id %1</source>
        <translation>沒有 ID 為 %1 的行動項目</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="815"/>
        <source>no KPI has the id %1</source>
        <translation>沒有 ID 為 %1 的關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="832"/>
        <source>row id %1 is used twice (also at %2)</source>
        <translation>列 ID %1 重複使用（%2 也用了它）</translation>
    </message>
</context>
<context>
    <name>PlanTemplates</name>
    <message>
        <location filename="../core/exchange/plantemplates.cpp" line="66"/>
        <source>is not a template; the templates are %1</source>
        <translation>不是範本；可用的範本有 %1</translation>
    </message>
</context>
<context>
    <name>PlanWorkbook</name>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="53"/>
        <source>the workbook could not be started</source>
        <translation>無法建立活頁簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="55"/>
        <location filename="../core/exchange/workbooksummary.cpp" line="125"/>
        <source>Sales plan %1</source>
        <translation>%1年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="75"/>
        <location filename="../core/exchange/planworkbook.cpp" line="84"/>
        <source>cannot be written: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="78"/>
        <source>cannot be written: no temporary folder (%1)</source>
        <translation>無法寫入：沒有可用的暫存資料夾（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxbook.cpp" line="202"/>
        <source>the workbook could not be written (%1)</source>
        <translation>無法寫入活頁簿（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="64"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="34"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="103"/>
        <location filename="../core/exchange/workbookteam.cpp" line="248"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="65"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="67"/>
        <source>Last year&apos;s actual</source>
        <translation>去年實際達成</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="69"/>
        <source>Growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="71"/>
        <source>Stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="72"/>
        <source>Challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="75"/>
        <source>Assigned to reps</source>
        <translation>分配給業務</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="80"/>
        <source>Funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="82"/>
        <source>Not worked out</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="86"/>
        <source>Won deals needed</source>
        <translation>所需贏單數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="87"/>
        <source>Leads needed</source>
        <translation>所需潛在客戶數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="88"/>
        <source>Reps to employ</source>
        <translation>需配置業務人數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="89"/>
        <location filename="../core/exchange/workbookteam.cpp" line="50"/>
        <source>Reps on the team</source>
        <translation>團隊現有業務人數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="90"/>
        <location filename="../core/exchange/workbookteam.cpp" line="51"/>
        <location filename="../core/exchange/workbookteam.cpp" line="72"/>
        <source>Reps short</source>
        <translation>業務人數缺口</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="98"/>
        <location filename="../core/exchange/workbooksummary.cpp" line="103"/>
        <source>Cost of the plan</source>
        <translation>計畫成本</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="100"/>
        <source>Commission at plan</source>
        <translation>達成目標時的佣金</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="101"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="102"/>
        <source>Marketing</source>
        <translation>行銷費用</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="104"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="52"/>
        <source>Share of the target</source>
        <translation>佔目標比例</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="106"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="55"/>
        <source>Per won deal</source>
        <translation>每筆贏單成本</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="108"/>
        <source>More commission at the stretch tier</source>
        <translation>達成衝刺目標時增加的佣金</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="115"/>
        <source>Plan year %1 – %2 · exported %3</source>
        <translation>計畫年度 %1 – %2 · 匯出於 %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="130"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="26"/>
        <source>Q%1 (%2–%3)</source>
        <extracomment>A quarter of the plan year and its months: &quot;Q1 (Jan–Mar)&quot;.</extracomment>
        <translation>Q%1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="33"/>
        <location filename="../core/exchange/workbookteam.cpp" line="161"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="42"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="118"/>
        <location filename="../core/exchange/workbookteam.cpp" line="85"/>
        <location filename="../core/exchange/workbookteam.cpp" line="227"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="35"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="51"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="51"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="73"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="86"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="29"/>
        <location filename="../core/exchange/workbookinitiatives.cpp" line="61"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="101"/>
        <source>Months and quarters</source>
        <translation>各月與各季</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="102"/>
        <location filename="../core/exchange/workbookteam.cpp" line="68"/>
        <location filename="../core/exchange/workbookteam.cpp" line="209"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="26"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="104"/>
        <source>Share of the year</source>
        <translation>全年佔比</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="133"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="133"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="135"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="151"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="135"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="148"/>
        <source>Team quotas</source>
        <translation>成員個人配額</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="150"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="151"/>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="152"/>
        <source>Quota from</source>
        <translation>配額起始月</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="18"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="19"/>
        <source>In the year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="20"/>
        <source>Per working day</source>
        <translation>每個工作日</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="27"/>
        <location filename="../core/exchange/workbookteam.cpp" line="118"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="28"/>
        <location filename="../core/exchange/workbookteam.cpp" line="118"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="29"/>
        <location filename="../core/exchange/workbookteam.cpp" line="117"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="30"/>
        <source>Demos and proposals</source>
        <translation>產品展示與提案</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="31"/>
        <source>Won deals</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="47"/>
        <location filename="../core/exchange/workbookteam.cpp" line="69"/>
        <location filename="../core/exchange/workbookteam.cpp" line="119"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="48"/>
        <source>Productive reps needed</source>
        <translation>所需完整產能業務人數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="49"/>
        <source>Reps to employ (with attrition)</source>
        <translation>需配置業務人數（含流失）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="57"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="70"/>
        <source>Reps available</source>
        <translation>可用業務人數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="71"/>
        <source>Reps needed</source>
        <translation>所需業務</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="116"/>
        <source>Quota</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="116"/>
        <source>Deals</source>
        <translation>贏單數</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="117"/>
        <source>Demos</source>
        <translation>產品展示</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="119"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="120"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="139"/>
        <location filename="../core/exchange/workbookteam.cpp" line="160"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="149"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="169"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="45"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="179"/>
        <source>Activity targets</source>
        <translation>活動量目標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="193"/>
        <source>Funnel and capacity</source>
        <translation>銷售漏斗與產能</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="208"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="210"/>
        <source>Bookings (target)</source>
        <translation>簽約額（目標）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="211"/>
        <source>Collected</source>
        <translation>回款額</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="212"/>
        <source>Of which from last year</source>
        <translation>其中來自去年簽約</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="232"/>
        <source>Receivable when the year starts</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="234"/>
        <source>Receivable when the year ends</source>
        <translation>年末應收款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="244"/>
        <source>KPIs</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="246"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="246"/>
        <source>Measures</source>
        <translation>衡量對象</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="247"/>
        <source>Reviewed</source>
        <translation>檢視頻率</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="247"/>
        <source>Target from</source>
        <translation>目標來源</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="248"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="249"/>
        <source>Green at</source>
        <translation>綠燈門檻</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="249"/>
        <source>Amber at</source>
        <translation>黃燈門檻</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookbudget.cpp" line="25"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookinitiatives.cpp" line="28"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookinitiatives.cpp" line="28"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookinitiatives.cpp" line="104"/>
        <source>Initiatives</source>
        <translation>行動項目</translation>
    </message>
</context>
<context>
    <name>PublishedUnits</name>
    <message>
        <location filename="../core/server/publishedunits.cpp" line="28"/>
        <source>nothing published on the team server yet</source>
        <translation>尚未在團隊伺服器上發布任何內容</translation>
    </message>
</context>
<context>
    <name>QuotaTables</name>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="58"/>
        <location filename="../ui/report/quotatables.cpp" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="59"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="60"/>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="61"/>
        <source>Annual quota</source>
        <translation>年度配額</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="62"/>
        <source>Share of region</source>
        <translation>佔區域比例</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="63"/>
        <source>Quota from</source>
        <translation>配額起始月</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="73"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="73"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="88"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="89"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="106"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="118"/>
        <source>Quotas start in each person&apos;s first month and grow through their ramp-up; each month&apos;s target goes to those active in it.</source>
        <translation>個人配額從每人到職的第一個月開始，並在培訓上手期間逐步提高；每月目標由當月在職的人員承擔。</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="120"/>
        <source>Quotas are shared by weight over the whole year.</source>
        <translation>個人配額依權重於全年分配。</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="124"/>
        <source>The reps&apos; quotas add up to the target plus %1, so the target is met even when some miss.</source>
        <translation>業務配額總和比目標高出%1，即使部分人未達成，目標仍能達成。</translation>
    </message>
</context>
<context>
    <name>Quotas</name>
    <message>
        <location filename="../core/calc/quotas.cpp" line="99"/>
        <source>has a fixed quota but no month of the plan year in which they are active has a target</source>
        <translation>設有固定配額，但計畫年度中其在職的月份均無目標</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="142"/>
        <source>the quota weight must be zero or more</source>
        <translation>個人配額權重不能小於零</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="144"/>
        <source>the number of people cannot be negative</source>
        <translation>人數不能為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="201"/>
        <source>the fixed quotas are too large to add up</source>
        <translation>固定配額過大，無法加總</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="216"/>
        <source>the fixed quotas add up to %1, more than the %2 to assign</source>
        <translation>固定配額合計%1，超過了可分配的%2</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="222"/>
        <source>the fixed quotas do not fit in the months their holders are active</source>
        <translation>固定配額無法全部落在承擔者的在職月份內</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="240"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="261"/>
        <location filename="../core/calc/quotas.cpp" line="270"/>
        <source>over-assignment</source>
        <translation>超額分配</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="262"/>
        <source>makes the quotas too large to calculate with</source>
        <translation>導致配額過大，無法計算</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="270"/>
        <source>must be between 0 % and 100 %</source>
        <translation>必須介於 0% 到 100% 之間</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="273"/>
        <source>regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="273"/>
        <source>have names and targets that differ in number</source>
        <translation>名稱數與目標數不一致</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="98"/>
        <source>%1 has a target but no member or planned hire works in it: %2 is carried by no one.</source>
        <translation>%1有目標，但沒有成員或預計招募人員在該區域工作：%2無人承擔。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="106"/>
        <source>No one in %1 carries quota in %2 (no one has started yet, or every weight is zero): %3 is carried by no one.</source>
        <translation>%1在%2沒有人承擔配額（尚無人到職，或所有權重皆為零）：%3無人承擔。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="125"/>
        <source>%1 works in “%2”, which is not one of the plan&apos;s regions; quotas are shared across the company until members name the plan&apos;s regions.</source>
        <translation>%1所屬的「%2」不是計畫中的區域；在成員改用計畫中的區域之前，個人配額將在全公司範圍內分配。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="147"/>
        <source>%1 has no region; the target is split by region, so they carry no quota.</source>
        <translation>%1未設定區域；目標依區域分解，因此不承擔配額。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="150"/>
        <source>%1 works in “%2”, which is not one of the plan&apos;s regions; they carry no quota.</source>
        <translation>%1所屬的「%2」不是計畫中的區域；因此不承擔配額。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="175"/>
        <source>The regions&apos; fixed amounts add up to %1, more than the annual target of %2.</source>
        <translation>各區域固定金額合計%1，超過了年度目標%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="178"/>
        <source>The product lines&apos; fixed amounts add up to %1, more than the annual target of %2.</source>
        <translation>各產品線固定金額合計%1，超過了年度目標%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="198"/>
        <source>rep</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="200"/>
        <source>Hire: %1 × %2</source>
        <translation>招募：%1 × %2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="201"/>
        <source>Hire: %1 × %2, %3</source>
        <translation>招募：%1 × %2，%3</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="208"/>
        <source>Carried by no one</source>
        <translation>無人承擔</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="281"/>
        <source>Company target %1 · assigned to reps %2</source>
        <translation>公司目標%1 · 分配給業務%2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="290"/>
        <source>%1 to collect in the year; %2 still receivable at year end</source>
        <translation>全年預計收款 %1；年末應收帳款 %2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="302"/>
        <source>Collections cannot be planned: %1.</source>
        <translation>無法規劃回款：%1。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="311"/>
        <source>The quotas cannot be worked out: %1.</source>
        <translation>無法計算個人配額：%1。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../core/summary/planreview.cpp" line="157"/>
        <source>%1 booked without a region</source>
        <translation>%1 的業績未標明區域</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="158"/>
        <source>%1 booked for region &quot;%2&quot;, which the plan does not have</source>
        <translation>%1 的業績記在區域「%2」，但計畫中沒有這個區域</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="163"/>
        <source>%1 booked without a product line</source>
        <translation>%1 的業績未標明產品線</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="164"/>
        <source>%1 booked for product line &quot;%2&quot;, which the plan does not have</source>
        <translation>%1 的業績記在產品線「%2」，但計畫中沒有這個產品線</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="170"/>
        <source>%1 booked without a team member</source>
        <translation>%1 的業績未標明團隊成員</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="171"/>
        <source>%1 booked for &quot;%2&quot;, who is not on the team</source>
        <translation>%1 的業績記在「%2」名下，但此人不在團隊中</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="341"/>
        <source>the actuals of the plan year are too large to add up; check the history&apos;s amounts</source>
        <translation>計畫年度的實際數額過大，無法加總；請檢查歷史資料中的金額</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="401"/>
        <source>Green</source>
        <translation>綠燈</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="403"/>
        <source>Yellow</source>
        <translation>黃燈</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="405"/>
        <source>Red</source>
        <translation>紅燈</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="409"/>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="416"/>
        <source>%1 (%2 of the target)</source>
        <translation>%1（佔目標 %2）</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="424"/>
        <source>Targets adjusted from %1: −%2 over the remaining months</source>
        <translation>目標自%1起調整：剩餘月份合計 −%2</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="426"/>
        <source>Targets adjusted from %1: +%2 over the remaining months</source>
        <translation>目標自%1起調整：剩餘月份合計 +%2</translation>
    </message>
</context>
<context>
    <name>ReviewPrinter</name>
    <message>
        <location filename="../app/reviewprinter.cpp" line="40"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="42"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="44"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="77"/>
        <source>Review of %1 — %2</source>
        <translation>%1檢討 — %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="81"/>
        <source>No actuals are booked up to %1 yet: import the months&apos; results with import-history to compare them with the plan.</source>
        <translation>截至%1尚無實際達成資料：請用 import-history 匯入各月業績，以便與計畫比較。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="86"/>
        <source>Booked to date: %1 of %2 planned (%3).</source>
        <translation>累計達成：%1，計畫 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="99"/>
        <source>The approved target of %1 stays; the months are measured against the adjusted targets.</source>
        <translation>已核准的目標 %1 維持不變；各月依調整後目標衡量。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="108"/>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="108"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="109"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="109"/>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="110"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="114"/>
        <location filename="../app/reviewprinter.cpp" line="192"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="131"/>
        <source>Forecast for the year</source>
        <translation>全年預測</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="132"/>
        <source>At the seasonal run rate</source>
        <translation>依目前進度推估（含季節性）</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="134"/>
        <source>Booked + the plan&apos;s months</source>
        <translation>已達成 + 其餘月份依計畫</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="139"/>
        <location filename="../app/reviewprinter.cpp" line="142"/>
        <source>Still to book</source>
        <translation>尚需達成</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="140"/>
        <source>%1, about %n deal(s)</source>
        <translation>
            <numerusform>%1，約 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="151"/>
        <source>To close it</source>
        <translation>補足缺口需要</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="151"/>
        <source>%1 deals in the %2 working days left</source>
        <translation>剩餘 %2 個工作日內贏單 %1 筆</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="154"/>
        <source>A day, the team</source>
        <translation>團隊每天</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="155"/>
        <location filename="../app/reviewprinter.cpp" line="159"/>
        <source>%1 calls, %2 demos</source>
        <translation>電話 %1 通，展示 %2 場</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="158"/>
        <source>A day, each of %n rep(s)</source>
        <translation>
            <numerusform>每位業務每天（共 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="170"/>
        <source>KPIs in %1</source>
        <translation>%1關鍵指標</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="177"/>
        <source>%1 against %2</source>
        <translation>實際 %1，目標 %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="178"/>
        <source>nothing measured; target %1</source>
        <translation>尚無實際值；目標 %1</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="187"/>
        <source>Further than %1 from plan in %2</source>
        <translation>%2偏離計畫超過 %1 的項目</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="189"/>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="193"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="194"/>
        <source>noted in the review log</source>
        <translation>已記入檢討紀錄</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="195"/>
        <source>needs a note: why, the action, who, by when</source>
        <translation>需填寫說明：原因、對策、負責人、完成期限</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="196"/>
        <source>%1 of plan — %2</source>
        <translation>達成計畫的 %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="205"/>
        <source>Actuals no line takes</source>
        <translation>無法歸入任何項目的實際達成</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <location filename="../core/calc/revision.cpp" line="66"/>
        <source>no month of the plan year is left after the reviewed one to take the gap</source>
        <translation>檢討月份之後，計畫年度已沒有剩餘月份可承接缺口</translation>
    </message>
    <message>
        <location filename="../core/calc/revision.cpp" line="78"/>
        <source>%1 is booked, more than the annual target of %2: the remaining months cannot take the difference without going below zero</source>
        <translation>已達成 %1，超過年度目標 %2：剩餘月份的目標不能低於零，無法承接這筆差額</translation>
    </message>
</context>
<context>
    <name>SamplePlans</name>
    <message>
        <location filename="../ui/sampleplans.cpp" line="39"/>
        <source>cannot be created</source>
        <translation>無法建立</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../core/plan/scenario.cpp" line="123"/>
        <source>is not a number</source>
        <translation>不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="125"/>
        <source>must be a whole amount of the currency&apos;s smallest unit</source>
        <translation>必須是貨幣最小單位的整數倍</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="133"/>
        <source>must be more than zero</source>
        <translation>必須大於零</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="140"/>
        <source>must be more than 0 % and at most 100 %, not %1</source>
        <translation>必須大於 0% 且不超過 100%，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="145"/>
        <source>must be at least 0 % and below 100 %, not %1</source>
        <translation>必須不小於 0% 且小於 100%，目前為 %1</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="150"/>
        <source>must be a whole number of reps</source>
        <translation>業務人數必須是整數</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="169"/>
        <source>a month&apos;s weight must be zero or more</source>
        <translation>月份權重不可小於零</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="174"/>
        <source>at least one month needs a weight above zero</source>
        <translation>至少須有一個月的權重大於零</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="63"/>
        <source>%1 on the team</source>
        <translation>團隊現有 %1 人</translation>
    </message>
</context>
<context>
    <name>Seasonality</name>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="57"/>
        <source>custom month weights</source>
        <translation>自訂月份權重</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="63"/>
        <source>the weight of %1 is not a number</source>
        <translation>%1 的權重不是有效數字</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="65"/>
        <source>the weight of %1 is negative</source>
        <translation>%1 的權重為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="68"/>
        <source>all weights are zero</source>
        <translation>所有權重皆為零</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="75"/>
        <source>history</source>
        <translation>歷史資料</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="80"/>
        <source>%1 %2 adds up to a negative amount</source>
        <translation>%2 年%1的合計為負數</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="85"/>
        <source>%1 adds up to zero</source>
        <translation>%1 年的合計為零</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="94"/>
        <source>seasonality</source>
        <translation>季節性</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="95"/>
        <source>there is no history for %1</source>
        <translation>沒有 %1 年的歷史資料</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="129"/>
        <source>history years</source>
        <translation>歷史年數</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="129"/>
        <source>must be from 1 to 3</source>
        <translation>必須介於 1 到 3 之間</translation>
    </message>
</context>
<context>
    <name>SectionMarks</name>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="123"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="125"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/icons/sectionmarks.cpp" line="128"/>
        <source>Complete</source>
        <extracomment>The state of a plan section without errors or warnings.</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/icons/sectionmarks.cpp" line="131"/>
        <source>, </source>
        <extracomment>Joins a section&apos;s counts of errors and warnings: &quot;2 errors, 1 warning&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/icons/sectionmarks.cpp" line="154"/>
        <source>%1: %2</source>
        <extracomment>A navigator entry&apos;s tooltip: the section&apos;s name and its state, &quot;Targets: 1 error&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="12"/>
        <source>Mission &amp; positioning</source>
        <translation>使命與定位</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="13"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="14"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="15"/>
        <source>Customer segments</source>
        <translation>客戶區隔</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="16"/>
        <source>Stages &amp; methods</source>
        <translation>銷售階段與方法</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="17"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="18"/>
        <source>Metrics &amp; review</source>
        <translation>指標與檢討會議</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../core/server/serverurl.cpp" line="106"/>
        <source>not a server address: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>不是伺服器位址：請寫成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="115"/>
        <source>the address names no server (HOST)</source>
        <translation>位址中沒有伺服器（HOST）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="117"/>
        <source>the address names no database (/DATABASE)</source>
        <translation>位址中沒有資料庫（/DATABASE）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="119"/>
        <source>the address names no user: write postgresql://USER@HOST/DATABASE</source>
        <translation>位址中沒有使用者名稱：請寫成 postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="125"/>
        <source>the options after “?” have a “%” that is not followed by two hex digits (write a space as %20)</source>
        <translation>「?」之後的選項中有一個「%」後面不是兩位十六進位數字（空格請寫成 %20）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="134"/>
        <source>the option “%1” is not one SalesPlan passes to the server</source>
        <translation>SalesPlan 不會將選項「%1」傳給伺服器</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="139"/>
        <source>the option “%1” has no usable value</source>
        <translation>選項「%1」沒有可用的值</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="130"/>
        <location filename="../ui/charts/deckslides.cpp" line="218"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="221"/>
        <source>Sales plan %1</source>
        <extracomment>Under the plan&apos;s name on the title slide: the year the plan is for.</extracomment>
        <translation>%1年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="224"/>
        <source>Presented by %1</source>
        <extracomment>The title slide: who presents the plan (its author).</extracomment>
        <translation>報告人：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="235"/>
        <source>The year in numbers</source>
        <extracomment>The heading of the headline slide that follows the title slide.</extracomment>
        <translation>全年關鍵數字</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="237"/>
        <source>Annual target %1</source>
        <translation>%1年度目標</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="242"/>
        <source>%1 on last year&apos;s %2</source>
        <extracomment>The headline slide: growth of the target on last year&apos;s actual.</extracomment>
        <translation>較去年 %2 成長 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="247"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="251"/>
        <source>What the reps carry</source>
        <translation>業務承擔的個人配額</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="256"/>
        <source>Collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="259"/>
        <source>Leads to generate</source>
        <translation>需開發潛在客戶數</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="393"/>
        <source>%1 / %2</source>
        <extracomment>The slide counter of a presentation and of the deck: slide 3 of 7.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../core/plan/plan.cpp" line="21"/>
        <source>Lead generation</source>
        <translation>開發潛在客戶</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="22"/>
        <source>Campaigns, referrals and outbound calls fill the pipeline</source>
        <translation>透過行銷活動、客戶轉介和電話開發充實商機管道</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="23"/>
        <source>Contact details and a stated interest</source>
        <translation>留下聯絡方式並明確表達興趣</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="24"/>
        <source>Qualification</source>
        <translation>資格審核</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="25"/>
        <source>Check budget, authority, need and timing before investing time</source>
        <translation>投入時間前，先確認預算、決策權、需求與時程（BANT）</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="26"/>
        <source>Budget, decision maker and timeline confirmed</source>
        <translation>預算、決策者與時程皆已確認</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="27"/>
        <source>Contact</source>
        <translation>初次接觸</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="28"/>
        <source>First meeting or call with the decision maker</source>
        <translation>與決策者首次會面或通話</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="29"/>
        <source>A meeting held and a next step agreed</source>
        <translation>已完成會面並約定下一步</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="30"/>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="31"/>
        <source>Ask open questions; document the problem and its cost</source>
        <translation>多問開放式問題；記錄客戶的痛點及其造成的損失</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="32"/>
        <source>Written summary of needs confirmed by the customer</source>
        <translation>需求摘要已成文並經客戶確認</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="33"/>
        <source>Solution</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="34"/>
        <source>Demo and proposal tailored to the confirmed needs</source>
        <translation>針對已確認的需求進行產品展示並提交提案</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="35"/>
        <source>Proposal delivered and reviewed with the buyer</source>
        <translation>提案已送交，並與客戶一同檢視</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="36"/>
        <source>Objection handling</source>
        <translation>異議處理</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="37"/>
        <source>Answer concerns on price, risk and fit with references</source>
        <translation>運用成功案例，化解客戶對價格、風險與適用性的疑慮</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="38"/>
        <source>No open objections; terms agreed</source>
        <translation>異議皆已解決；條件已談妥</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="39"/>
        <source>Close</source>
        <translation>簽約成交</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="40"/>
        <source>Contract, signature and hand-over to delivery</source>
        <translation>簽訂合約，並移交給交付團隊</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="41"/>
        <source>Contract signed</source>
        <translation>合約已簽署</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../core/calc/planinputs.cpp" line="27"/>
        <source>regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../core/calc/planinputs.cpp" line="31"/>
        <source>product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="231"/>
        <source>team members</source>
        <translation>團隊成員</translation>
    </message>
    <message>
        <location filename="../core/summary/plansummary.cpp" line="189"/>
        <source>Enough reps in every month</source>
        <translation>每月業務人力皆充足</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plansummary.cpp" line="191"/>
        <source>Up to %n rep(s) short from %1</source>
        <translation>
            <numerusform>自%1起最多缺 %n 名業務</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="50"/>
        <source>Headcount for the year</source>
        <translation>全年人力</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="57"/>
        <source>%1 to employ (%2 at full speed + %3 for attrition); the team has %4 → %5 to hire.</source>
        <translation>需配置 %1（完整產能 %2 + 流失補充 %3）；團隊現有 %4 → 需招募 %5。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="62"/>
        <source>%1 to employ (%2 at full speed + %3 for attrition); the team has %4 → enough.</source>
        <translation>需配置 %1（完整產能 %2 + 流失補充 %3）；團隊現有 %4 → 人力充足。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="86"/>
        <source>Tightest month</source>
        <translation>最吃緊的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="96"/>
        <source>%1, %2 needed at full speed, %3 available → enough.</source>
        <translation>%1，完整產能需 %2，可用 %3 → 人力充足。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="100"/>
        <source>%1, %2 needed at full speed, %3 available → %4 short.</source>
        <translation>%1，完整產能需 %2，可用 %3 → 短缺 %4。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="105"/>
        <source>%1, %2 needed at full speed, %3 available → %4 short; the first month short is %5.</source>
        <translation>%1，完整產能需 %2，可用 %3 → 短缺 %4；第一個人力不足的月份是 %5。</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/summaryprinter.cpp" line="33"/>
        <source>Findings</source>
        <translation>檢查提示</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="40"/>
        <source>%1 — %2, plan year from %3, %4
</source>
        <translation>%1 — %2，計畫年度自 %3 起，%4
</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="41"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="45"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="47"/>
        <location filename="../app/summaryprinter.cpp" line="190"/>
        <source>Last year&apos;s actual</source>
        <translation>去年實際達成</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="49"/>
        <source>Growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="51"/>
        <source>Stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="52"/>
        <source>Challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="60"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="61"/>
        <source>Not decomposed</source>
        <translation>未分解</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="63"/>
        <source>Quarter targets</source>
        <translation>各季目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="65"/>
        <location filename="../app/summaryprinter.cpp" line="259"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="66"/>
        <source>Month targets</source>
        <translation>各月目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="82"/>
        <source>Adjusted month targets</source>
        <translation>調整後的各月目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="102"/>
        <source>Targets by %1</source>
        <translation>依%1分解的目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="115"/>
        <location filename="../app/summaryprinter.cpp" line="120"/>
        <source>Quotas</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="116"/>
        <location filename="../app/summaryprinter.cpp" line="207"/>
        <location filename="../app/summaryprinter.cpp" line="254"/>
        <source>Not worked out</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="127"/>
        <source> (from %1)</source>
        <translation>（%1起）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="141"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="143"/>
        <source>Not planned</source>
        <translation>未規劃</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="145"/>
        <source>Opening receivable</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="150"/>
        <source>Closing receivable</source>
        <translation>年末應收款</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="156"/>
        <source>Funnel and capacity</source>
        <translation>銷售漏斗與產能</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="158"/>
        <source>Not solved</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="161"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="162"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="163"/>
        <source>Demos / proposals</source>
        <translation>產品展示 / 提案</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="164"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="165"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="166"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="167"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="168"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="169"/>
        <source>Qualified leads a day</source>
        <translation>每日合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="171"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="188"/>
        <source>From last year to this year by region</source>
        <translation>從去年到今年（依區域）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="189"/>
        <source>From last year to this year by product line</source>
        <translation>從去年到今年（依產品線）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="197"/>
        <source>This year&apos;s target</source>
        <translation>今年目標</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="205"/>
        <source>Cost of the plan</source>
        <translation>計畫成本</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="209"/>
        <source>Commission at plan</source>
        <translation>達成目標時的佣金</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="212"/>
        <source>Commission at stretch tier</source>
        <translation>達成衝刺目標時的佣金</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="213"/>
        <source>%1 (%2 more than at plan)</source>
        <translation>%1（比達成目標時多 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="214"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="216"/>
        <source>Tools, not in the total</source>
        <translation>工具（未計入合計）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="218"/>
        <source>Marketing</source>
        <translation>行銷費用</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="220"/>
        <source>Total at plan</source>
        <translation>達成目標時合計</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="221"/>
        <location filename="../app/summaryprinter.cpp" line="262"/>
        <source>%1 (%2 of the target)</source>
        <translation>%1（佔目標 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="223"/>
        <source>Per won deal</source>
        <translation>每筆贏單成本</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="231"/>
        <source>Is the target achievable?</source>
        <translation>目標能否達成？</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="238"/>
        <source>%1 (the target is %2 of it)</source>
        <translation>%1（目標為其 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="252"/>
        <source>Sales budget</source>
        <translation>銷售預算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="261"/>
        <source>Budget for the year</source>
        <translation>全年預算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="265"/>
        <source>Budget per won deal</source>
        <translation>每筆贏單預算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="267"/>
        <source>Budget limit</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="269"/>
        <source>%1 — above it by %2</source>
        <translation>%1 — 超出 %2</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="278"/>
        <source>%1 error(s), %2 warning(s), %3 hint(s)
</source>
        <translation>%1 個錯誤，%2 個警告，%3 個提示
</translation>
    </message>
</context>
<context>
    <name>TeamConsolidation</name>
    <message>
        <location filename="../core/team/linkedunits.cpp" line="32"/>
        <source>%1 is this team plan&apos;s own file: link the unit&apos;s own plan</source>
        <translation>%1 是本團隊計畫本身的檔案：請連結該單位自己的計畫</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="27"/>
        <source>the allocation is in %1, the team plan in %2</source>
        <translation>目標分配的幣別為 %1，團隊計畫的幣別為 %2</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="30"/>
        <source>the allocation must not be negative</source>
        <translation>分配額不得為負數</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="96"/>
        <source>its target cannot be split: %1</source>
        <translation>其目標無法分解：%1</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="135"/>
        <source>its plan is in %1, the team plan in %2</source>
        <translation>其計畫的幣別為 %1，團隊計畫的幣別為 %2</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="141"/>
        <source>its plan year starts %1, the team plan&apos;s %2</source>
        <translation>其計畫年度自%1開始，團隊計畫自%2開始</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="152"/>
        <source>not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="162"/>
        <source>its plan is a team plan itself: link the units&apos; own plans</source>
        <translation>其計畫本身是團隊計畫：請連結各單位自己的計畫</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="163"/>
        <source>%1 is a team plan itself: link the units&apos; own plans</source>
        <translation>%1 本身是團隊計畫：請連結各單位自己的計畫</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="201"/>
        <source>its target cannot be split</source>
        <translation>其目標無法分解</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="229"/>
        <source>The unit %1 is not in the team&apos;s figures: %2.</source>
        <translation>單位「%1」未計入團隊數據：%2。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="234"/>
        <source>The unit %1 has a plan but no allocation in the team plan.</source>
        <translation>單位「%1」有計畫，但團隊計畫中沒有分配目標給它。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="240"/>
        <source>The unit %1 plans %2 less than its allocation of %3 (%4).</source>
        <translation>單位「%1」的計畫比分配額 %3 少 %2（%4）。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="242"/>
        <source>The unit %1 plans %2 more than its allocation of %3 (%4).</source>
        <translation>單位「%1」的計畫比分配額 %3 多 %2（%4）。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="253"/>
        <source>The units are allocated %1 of the team&apos;s target %2.</source>
        <translation>分配給各單位的合計為 %1，團隊目標為 %2。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="283"/>
        <source>The target cannot be allocated to the units: %1.</source>
        <translation>目標無法分配至各單位：%1。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="329"/>
        <source>the units&apos; weights</source>
        <translation>各單位的權重</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="375"/>
        <source>Included</source>
        <translation>已計入</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="377"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="379"/>
        <source>Other currency</source>
        <translation>幣別不同</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="381"/>
        <source>Other plan year</source>
        <translation>計畫年度不同</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="383"/>
        <source>No figures</source>
        <translation>無數據</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="385"/>
        <source>Team plan</source>
        <translation>團隊計畫</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="400"/>
        <source>, beyond %1</source>
        <translation>，超出 %1</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="408"/>
        <source>, no allocation</source>
        <translation>，無分配額</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="410"/>
        <source>%1: %2</source>
        <comment>a unit&apos;s status: why</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/team/consolidation.cpp" line="416"/>
        <source>%1 of %n units</source>
        <translation>
            <numerusform>%n 個單位中的 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/team/unitplancache.cpp" line="29"/>
        <source>no plan file linked yet</source>
        <translation>尚未連結計畫檔案</translation>
    </message>
    <message>
        <location filename="../core/team/unitplancache.cpp" line="39"/>
        <source>%1 is this team plan&apos;s own file: link the units&apos; own plans</source>
        <translation>%1 是本團隊計畫本身的檔案：請連結各單位自己的計畫</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="24"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="31"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="33"/>
        <source>Share %1</source>
        <translation>佔比 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="64"/>
        <source>Quota basis</source>
        <translation>配額依據</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="68"/>
        <source>Fixed: the member&apos;s fixed annual quota. Share: a part of what the fixed quotas leave of the region&apos;s target, by quota weight, with the member&apos;s part of all quotas.</source>
        <translation>固定：此成員的固定年度配額。佔比：區域目標扣除固定配額後，剩餘部分依個人配額權重分配，並顯示此成員在全部配額中的佔比。</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../core/server/teamserver.cpp" line="185"/>
        <source>The team server %1 needs the password of %2.</source>
        <translation>團隊伺服器 %1 需要 %2 的密碼。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="186"/>
        <source>The team server %1 did not let %2 sign in: %3. Check the user name and the password.</source>
        <translation>團隊伺服器 %1 未允許 %2 登入：%3。請檢查使用者名稱和密碼。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="190"/>
        <source>%1 failed: the team server %2 cannot be reached (%3). Your plan is safe in its file; try again when the server is back.</source>
        <translation>%1失敗：無法連線至團隊伺服器 %2（%3）。你的計畫已安全儲存在檔案中；請在伺服器恢復後再試一次。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="194"/>
        <source>%1 was refused: %2 may not do this on the team server (%3).</source>
        <translation>%1遭拒：%2 無權在團隊伺服器上執行此操作（%3）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="197"/>
        <source>%1 failed on the team server: %2.</source>
        <translation>%1在團隊伺服器上失敗：%2。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="205"/>
        <source>The plan cannot be laid out in the server&apos;s tables: %1.</source>
        <translation>無法將計畫寫入伺服器的資料表：%1。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="222"/>
        <source>This SalesPlan cannot speak to PostgreSQL: Qt&apos;s QPSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>此 SalesPlan 無法連線至 PostgreSQL：未安裝 Qt 的 QPSQL 驅動程式（Debian 和 Ubuntu 上為 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="226"/>
        <source>This SalesPlan cannot speak to PostgreSQL: Qt&apos;s QPSQL driver is not installed. Install SalesPlan again with its PostgreSQL driver.</source>
        <translation>此 SalesPlan 無法連線至 PostgreSQL：未安裝 Qt 的 QPSQL 驅動程式。請連同其 PostgreSQL 驅動程式重新安裝 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="238"/>
        <source>Signing in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="275"/>
        <source>The team server %1 was set up by a newer SalesPlan (server schema %2) that this version (%3) cannot use: update SalesPlan.</source>
        <translation>團隊伺服器 %1 由較新版本的 SalesPlan 建置（伺服器結構版本 %2），目前版本（%3）無法使用：請更新 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="281"/>
        <source>The team server %1 was set up by a newer SalesPlan (plan schema %2) that this version (%3) cannot use: update SalesPlan.</source>
        <translation>團隊伺服器 %1 由較新版本的 SalesPlan 建置（計畫結構版本 %2），目前版本（%3）無法使用：請更新 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="295"/>
        <location filename="../core/server/teamserver.cpp" line="326"/>
        <source>Reading the team server&apos;s version</source>
        <translation>讀取團隊伺服器的版本</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="299"/>
        <source>The team server %1 has no SalesPlan tables that %2 may read. Ask whoever set it up to run “salesplan server init” there and to add you as the director or as a unit&apos;s manager.</source>
        <translation>團隊伺服器 %1 上沒有 %2 有權讀取的 SalesPlan 資料表。請讓伺服器的建置者在該伺服器上執行「salesplan server init」，並將你新增為總監或某個單位的經理。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="308"/>
        <source>The team server %1 was set up by an older SalesPlan (server schema %2, plan schema %3; this SalesPlan writes %4 and %5). Ask whoever set it up to run “salesplan server init” with this SalesPlan, which adds what is missing.</source>
        <translation>團隊伺服器 %1 由較舊版本的 SalesPlan 建置（伺服器結構版本 %2，計畫結構版本 %3；此 SalesPlan 寫入的是 %4 和 %5）。請讓伺服器的建置者以此 SalesPlan 執行「salesplan server init」，補上缺少的部分。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="330"/>
        <source>Setting up the team server</source>
        <translation>建置團隊伺服器</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="333"/>
        <source>Adding the units&apos; figures</source>
        <translation>新增各單位的數據</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="369"/>
        <source>“%1” cannot be a role name: use lower-case letters, digits and _, starting with a letter (and not pg_).</source>
        <translation>「%1」不能作為角色名稱：請使用小寫字母、數字和 _，以字母開頭（且不可以 pg_ 開頭）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="377"/>
        <source>%1 is a superuser, or may create roles or databases, on the team server: SalesPlan makes no such role a director or a unit&apos;s manager, nor changes its password. Name a role of its own (a new name creates it).</source>
        <translation>%1 在團隊伺服器上是超級使用者，或可建立角色或資料庫：SalesPlan 不會將這類角色設為總監或單位經理，也不會變更其密碼。請指定一個專用角色（新名稱會自動建立）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="394"/>
        <location filename="../core/server/teamserver.cpp" line="401"/>
        <source>Adding the role %1</source>
        <translation>新增角色 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="415"/>
        <source>The password of %1 cannot be prepared: SalesPlan is not signed in to the team server.</source>
        <translation>無法準備 %1 的密碼：SalesPlan 尚未登入團隊伺服器。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="422"/>
        <source>The password of %1 cannot be prepared: %2.</source>
        <translation>無法準備 %1 的密碼：%2。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="451"/>
        <source>Looking up the role %1</source>
        <translation>正在查詢角色 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="463"/>
        <source>A unit needs a name.</source>
        <translation>單位需要名稱。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="464"/>
        <source>Adding the unit “%1”</source>
        <translation>新增單位「%1」</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="484"/>
        <source>Adding the director %1</source>
        <translation>正在新增總監 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="507"/>
        <source>Reading the units</source>
        <translation>讀取單位</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="523"/>
        <source>Reading the versions</source>
        <translation>讀取版本</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="587"/>
        <source>There is no allocation version %1 on the team server: the director has published none.</source>
        <translation>團隊伺服器上沒有目標分配版本 %1：總監尚未發布任何目標分配。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="602"/>
        <source>The director has published an allocation this plan has not seen (version %1, published by %2 at %3)%4. Fetch it first, check your plan, publish again.</source>
        <translation>總監發布了此計畫尚未取得的目標分配（版本 %1，由 %2 於 %3 發布）%4。請先取得，檢查你的計畫，然後再次發布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="607"/>
        <source>The director changed the allocation since you fetched it (version %1 → %2, published by %3 at %4)%5. Fetch it, check your plan, publish again.</source>
        <translation>總監在你取得目標分配後已做修改（版本 %1 → %2，由 %3 於 %4 發布）%5。請重新取得，檢查你的計畫，然後再次發布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="615"/>
        <source>Fetch first: “%1” has version %2 published by %3 at %4, which this plan has not seen. Bring its changes over, publish again.</source>
        <translation>請先取得：「%1」已有由 %3 於 %4 發布的版本 %2，此計畫尚未取得該版本。請將其中的變更併入你的計畫，然後再次發布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="620"/>
        <source>%1 published version %2 of “%3” at %4, and your plan is based on version %5. Fetch it, bring your changes over, publish again.</source>
        <translation>%1 於 %4 發布了「%3」的版本 %2，而你的計畫依據的是版本 %5。請取得該版本，將你的變更併入，然後再次發布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="663"/>
        <source>: “%1” is now allocated %2</source>
        <translation>：「%1」現分配 %2</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="665"/>
        <source>: “%1” is still allocated %2</source>
        <translation>：「%1」仍分配 %2</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="666"/>
        <source>: “%1” is now allocated %2 (was %3)</source>
        <translation>：「%1」現分配 %2（原為 %3）</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="590"/>
        <source>There is no version %1 of “%2” on the team server: nothing has been published for it.</source>
        <translation>團隊伺服器上沒有「%2」的版本 %1：該單位尚未發布任何內容。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="686"/>
        <source>Publishing the allocation</source>
        <translation>發布目標分配</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="686"/>
        <source>Publishing “%1”</source>
        <translation>發布「%1」</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="765"/>
        <source>Say which unit the plan is for.</source>
        <translation>請指明此計畫屬於哪個單位。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="541"/>
        <location filename="../core/server/teamserver.cpp" line="774"/>
        <source>“%1” is not a unit on the team server that %2 may publish.</source>
        <translation>「%1」不是團隊伺服器上 %2 可以發布的單位。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="792"/>
        <source>Fetching the published plans</source>
        <translation>取得已發布的計畫</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="836"/>
        <source>The director has not published an allocation on the team server yet.</source>
        <translation>總監尚未在團隊伺服器上發布目標分配。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="857"/>
        <location filename="../core/server/teamserver.cpp" line="862"/>
        <source>Fetching the units&apos; figures</source>
        <translation>取得各單位的數據</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="872"/>
        <source>Reading the role of %1</source>
        <translation>讀取 %1 的角色</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../core/exchange/texttable.cpp" line="19"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../core/exchange/texttable.cpp" line="21"/>
        <source>%1, row %2</source>
        <extracomment>A row of a workbook&apos;s sheet: &quot;Sheet1, row 7&quot;.</extracomment>
        <translation>工作表「%1」第 %2 列</translation>
    </message>
</context>
<context>
    <name>WhatIfCharts</name>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="55"/>
        <source>Reps needed and available</source>
        <translation>所需與可用業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="56"/>
        <source>Reps needed</source>
        <translation>所需業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="57"/>
        <source>Reps available</source>
        <translation>可用業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="63"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="82"/>
        <source>Reps</source>
        <translation>業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="91"/>
        <source>Reps needed when one driver moves 10 %: now %1, or %2 before rounding up</source>
        <translation>單一驅動因素變動 10% 時的所需業務人數：目前為 %1（進位前為 %2）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="94"/>
        <source>Driver 10 % lower</source>
        <translation>驅動因素降低 10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="95"/>
        <source>Driver 10 % higher</source>
        <translation>驅動因素提高 10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="119"/>
        <source>Change in reps needed</source>
        <translation>所需業務人數的變動</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="39"/>
        <source>Export the figures as a workbook</source>
        <translation>將計畫數據匯出為活頁簿</translation>
    </message>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="40"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="48"/>
        <source>Cannot export the workbook</source>
        <translation>無法匯出活頁簿</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="44"/>
        <source>the workbook&apos;s part %1 unpacks to more than %2 MB, the most SalesPlan reads from one part; keep the history in a smaller workbook or save it as CSV</source>
        <translation>活頁簿中的 %1 部分解壓縮後超過 %2 MB，超出 SalesPlan 對單一部分的讀取上限；請將歷史資料放在較小的活頁簿中，或另存為 CSV</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="136"/>
        <source>the workbook is password-protected; save it without a password and import it again</source>
        <translation>活頁簿受密碼保護；請移除密碼後儲存，再重新匯入</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="141"/>
        <source>the file is an Excel 97–2003 .xls workbook; save it as .xlsx or CSV and import it again</source>
        <translation>此檔案是 Excel 97–2003 .xls 活頁簿；請另存為 .xlsx 或 CSV 後重新匯入</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="155"/>
        <source>the file is not a complete .xlsx workbook: it is cut short or not a workbook at all</source>
        <translation>此檔案不是完整的 .xlsx 活頁簿：檔案已被截斷，或根本不是活頁簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="161"/>
        <source>the file is a zip archive but not an .xlsx workbook</source>
        <translation>此檔案是 zip 壓縮檔，但不是 .xlsx 活頁簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="176"/>
        <source>the workbook holds macros (an .xlsm workbook), which SalesPlan does not open; save it as .xlsx without macros or as CSV</source>
        <translation>活頁簿含有巨集（.xlsm 活頁簿），SalesPlan 不會開啟此類檔案；請另存為不含巨集的 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="186"/>
        <source>the workbook has no part %1; it is damaged</source>
        <translation>活頁簿缺少 %1 部分；檔案已損毀</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="189"/>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>活頁簿中的 %1 部分已損毀</translation>
    </message>
</context>
<context>
    <name>XlsxParts</name>
    <message>
        <location filename="../core/exchange/xlsxparts.cpp" line="21"/>
        <source>the workbook&apos;s part %1 is damaged (%2 at line %3)</source>
        <translation>活頁簿中的 %1 部分已損毀（第 %3 行：%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxparts.cpp" line="179"/>
        <source>the workbook has no worksheet</source>
        <translation>活頁簿中沒有工作表</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="171"/>
        <source>the sheet has more than %1 cells; SalesPlan reads smaller sheets</source>
        <translation>工作表的儲存格超過 %1 個；SalesPlan 只能讀取較小的工作表</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="289"/>
        <source>the workbook&apos;s part %1 is damaged (%2 at line %3)</source>
        <translation>活頁簿中的 %1 部分已損毀（第 %3 行：%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="311"/>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are %2</source>
        <translation>活頁簿中沒有工作表「%1」；現有工作表：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>This is your own copy of the sample plan, kept in %1. Change it freely.</source>
        <translation>這是你專屬的範例計畫副本，存放在 %1，可以自由修改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1078"/>
        <location filename="../app/main.cpp" line="158"/>
        <source>SalesPlan</source>
        <translation>SalesPlan</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ActualsGridModel</name>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="16"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="18"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="20"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="24"/>
        <source>Actuals</source>
        <translation>實際業績</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="129"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="130"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="177"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="206"/>
        <source>The plan is open read-only.</source>
        <translation>此計畫以唯讀模式開啟。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="208"/>
        <source>Totals are worked out from the months; type the months.</source>
        <translation>合計由各月數據自動計算；請輸入各月數據。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="237"/>
        <source>Type the actuals of %1, %2</source>
        <translation>輸入%1 %2的實際業績</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="276"/>
        <source>Paste actuals</source>
        <translation>貼上實際業績</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="286"/>
        <source>falls to the right of December</source>
        <translation>位於 12 月右側</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="290"/>
        <source>falls on the total row or below the table</source>
        <translation>位於合計列或表格下方</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="315"/>
        <source>Clear actuals</source>
        <translation>清除實際業績</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ActualsKpiModel</name>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="76"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="105"/>
        <source>The plan is open read-only.</source>
        <translation>此計畫以唯讀模式開啟。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="107"/>
        <source>Type a month&apos;s value, not the KPI&apos;s name.</source>
        <translation>請輸入某月的數值，而非關鍵指標名稱。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="130"/>
        <source>Type %1 for %2</source>
        <translation>輸入%2的%1</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="160"/>
        <source>Paste KPI actuals</source>
        <translation>貼上關鍵指標實際值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="172"/>
        <source>falls to the right of December</source>
        <translation>位於 12 月右側</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="177"/>
        <source>falls below the table</source>
        <translation>位於表格下方</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="202"/>
        <source>Clear KPI actuals</source>
        <translation>清除關鍵指標實際值</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ActualsPanel</name>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="69"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="71"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="73"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="77"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="89"/>
        <source>Booked actuals</source>
        <translation>業績實際值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="91"/>
        <source>KPI actuals</source>
        <translation>關鍵指標實際值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="108"/>
        <source>KPIs measured each month (revenue comes from the bookings)</source>
        <translation>每月統計的關鍵指標（業績取自簽約額）</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="110"/>
        <source>Import KPI Actuals…</source>
        <translation>匯入關鍵指標實際值…</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="112"/>
        <source>A CSV file or Excel workbook with the columns month, KPI and value (月份, 指标, 实际值)</source>
        <translation>包含 month、KPI、value（月份、指標、實際值）欄的 CSV 檔或 Excel 活頁簿</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="158"/>
        <source>&amp;By:</source>
        <translation>維度(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="160"/>
        <source>Import Actuals…</source>
        <translation>匯入實際業績…</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="166"/>
        <source>The plan is open read-only: the actuals are shown, not edited.</source>
        <translation>此計畫以唯讀模式開啟：實際業績僅供檢視，無法編輯。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="167"/>
        <source>Type what was booked each month, paste a block from Excel or WPS (Ctrl+V) or import a file; Delete clears. An empty cell has no data; 0 is a month that booked nothing.</source>
        <translation>輸入每月達成的業績，從 Excel 或 WPS 貼上一塊資料（Ctrl+V），或匯入檔案；按 Delete 清除。空白儲存格表示無資料；0 表示該月業績為零。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="271"/>
        <source>The file has no rows below its header.</source>
        <translation>檔案的標題列下方沒有資料列。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="273"/>
        <source>Import KPI actuals from %1</source>
        <translation>從 %1 匯入關鍵指標實際值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="281"/>
        <location filename="../ui/review/actualspanel.cpp" line="288"/>
        <source>Import KPI actuals</source>
        <translation>匯入關鍵指標實際值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="282"/>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>表格檔案 (*.csv *.txt *.xlsx *.xlsm);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="289"/>
        <source>Nothing was imported from %1. Fix these rows in the file, then import it again.</source>
        <translation>未從 %1 匯入任何資料。請在檔案中修正下列各列，然後重新匯入。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::AdjustRemainingMonthsDialog</name>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="41"/>
        <location filename="../ui/review/revisiondialog.cpp" line="169"/>
        <source>Adjust the Remaining Months</source>
        <translation>調整剩餘月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="68"/>
        <source>Adjusted after the %1 review</source>
        <translation>%1檢討後調整</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>說明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="73"/>
        <source>&amp;Adjust</source>
        <translation>調整(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="101"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="103"/>
        <source>Booked up to %1: %2. Still to book for the approved annual target of %3: %4.</source>
        <translation>截至%1累計達成 %2。要達成已核准的年度目標 %3，尚需達成 %4。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="107"/>
        <source>The remaining months take %1 more than their targets now, spread over %2 by their targets.</source>
        <translation>剩餘月份的目標合計增加 %1，依各月現有目標的比例分攤到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="110"/>
        <source>The remaining months take %1 less than their targets now, spread over %2 by their targets.</source>
        <translation>剩餘月份的目標合計減少 %1，依各月現有目標的比例分攤到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="114"/>
        <source>The adjusted targets replace the ones adjusted before; the approved target stays as it is.</source>
        <translation>新的調整後目標將取代先前的調整；已核准的目標維持不變。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="116"/>
        <source>The approved target stays as it is, beside the adjusted one.</source>
        <translation>已核准的目標維持不變，與調整後目標並列保留。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Adjusted</source>
        <translation>調整後</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="156"/>
        <source>Adjust the remaining months</source>
        <translation>調整剩餘月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="170"/>
        <source>The remaining months cannot be adjusted: %1</source>
        <translation>無法調整剩餘月份：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ApproveDialog</name>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="27"/>
        <source>Allow editing the &amp;narrative while approved</source>
        <translation>核准後仍允許編輯文字內容(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="29"/>
        <source>Approve the Plan</source>
        <translation>核准計畫</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="31"/>
        <source>Who approves the plan</source>
        <translation>計畫的核准人</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="39"/>
        <source>The mission, market texts, training plan and notes may still be edited; the targets, team and tables stay locked until the plan is reopened as a draft.</source>
        <translation>使命、市場相關文字、培訓計畫與備註仍可編輯；目標、團隊與各表格維持鎖定，直到計畫退回草稿。</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="43"/>
        <source>Approving locks the plan&apos;s targets, team and tables. Actuals, the monthly review and adjustments of the remaining months can still be entered. The approved plan is also saved as a version, and the edits before it can no longer be undone.</source>
        <translation>核准後，計畫的目標、團隊與各表格將被鎖定，但仍可輸入實際業績、每月檢討以及剩餘月份的調整。核准的計畫也會儲存為一個版本，核准前的編輯將無法再復原。</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="51"/>
        <source>&amp;Approved by:</source>
        <translation>核准人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="52"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="53"/>
        <source>&amp;Comment:</source>
        <translation>意見(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="55"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::AttainmentPanel</name>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="50"/>
        <source>No data: no actuals are booked in these months yet</source>
        <translation>無資料：這些月份尚無實際業績</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="87"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="88"/>
        <source>Status
(year to date)</source>
        <translation>狀態
（年初至今）</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="89"/>
        <source>Month
actual</source>
        <translation>當月
實際</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="90"/>
        <source>Month
target</source>
        <translation>當月
目標</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="91"/>
        <source>Month
%</source>
        <translation>當月
達成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="92"/>
        <source>Quarter
to date %</source>
        <translation>本季累計
達成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="93"/>
        <source>Year to date
actual</source>
        <translation>年初至今
實際</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="94"/>
        <source>Year to date
target</source>
        <translation>年初至今
目標</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="95"/>
        <source>Year to date
%</source>
        <translation>年初至今
達成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="96"/>
        <source>Year
target</source>
        <translation>全年
目標</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="97"/>
        <source>Year&apos;s gap</source>
        <translation>全年缺口</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="98"/>
        <source>Gap in
deals</source>
        <translation>缺口
（筆數）</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="105"/>
        <location filename="../ui/review/attainmentpanel.cpp" line="256"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="107"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="109"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="111"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="283"/>
        <source>No actuals are booked up to %1 yet: import the months&apos; results to compare them with the plan.</source>
        <translation>截至%1尚無實際達成資料：請匯入各月業績，以便與計畫比較。</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="293"/>
        <source>Review of %1</source>
        <translation>%1檢討</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="294"/>
        <source>Forecast for the year: %1 at the seasonal run rate; %2 with the plan&apos;s remaining months.</source>
        <translation>全年預測：依目前進度推估（含季節性）為 %1；已達成加其餘月份計畫為 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="306"/>
        <source>%1 calls and %2 demos a day per rep</source>
        <translation>每位業務每天電話 %1 通、展示 %2 場</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="309"/>
        <source>%1 calls and %2 demos a day for the team</source>
        <translation>團隊每天電話 %1 通、展示 %2 場</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="311"/>
        <source>To close the gap: %1 deals in %2 working days — %3.</source>
        <translation>補足缺口：剩餘 %2 個工作日內贏單 %1 筆——%3。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::BridgeSection</name>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="58"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="62"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="63"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="72"/>
        <source>Last year&apos;s actual in the plan is %1; the bookings of %2 in the history add up to %3. The difference is its own line, so the bridge starts from the plan&apos;s figure.</source>
        <translation>計畫中的去年實際達成為 %1；歷史資料中 %2 年的簽約額合計為 %3。差額另列一行，因此橋接圖從計畫中的數字起算。</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="86"/>
        <source>Split</source>
        <translation>拆分維度</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="87"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="88"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="89"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="90"/>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="91"/>
        <source>Change %</source>
        <translation>變動率</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="117"/>
        <source>From last year to this year</source>
        <translation>從去年到今年</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::BudgetSection</name>
    <message>
        <location filename="../ui/report/budgetsection.h" line="19"/>
        <source>Sales budget</source>
        <translation>銷售預算</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="29"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="43"/>
        <source>Cost of sales: %1 of the target</source>
        <translation>銷售成本佔目標的 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="47"/>
        <source>, %1 per won deal</source>
        <translation>，每筆贏單 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="48"/>
        <source>.</source>
        <comment>the end of the sentence before: 。 in Chinese</comment>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="50"/>
        <source> The cost of the plan above, its commission, tools and marketing, is %1 (%2 of the target); the rest is headcount and the other lines.</source>
        <translation>上述計畫成本（佣金、工具與行銷）為 %1（佔目標 %2）；其餘為人事成本及其他各項。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="56"/>
        <source> Above the limit of %1 by %2.</source>
        <translation>比上限 %1 高出 %2。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="60"/>
        <source> Within the limit of %1.</source>
        <translation>未超出上限 %1。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="62"/>
        <source> Headcount is each role&apos;s cost a month from each person&apos;s start month; commission is at plan, without accelerators.</source>
        <translation>人事成本依各職務的每月成本、自每人的到職月份起計算；佣金以達成目標計算，不含超額佣金。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="65"/>
        <source> Marketing is the campaigns typed, not the leads&apos; cost.</source>
        <translation>行銷費用依填寫的行銷推廣計算，而非潛在客戶成本。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="67"/>
        <source> Counted at zero, for want of a cost a month: %1.</source>
        <translation>以下職務未填寫每月成本，以零計算：%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="78"/>
        <source>Not worked out</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="82"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="84"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="85"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="150"/>
        <source>chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="151"/>
        <source>Save as PNG…</source>
        <translation>另存為 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="153"/>
        <source>Save the chart as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="154"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="159"/>
        <location filename="../ui/charts/chartview.cpp" line="169"/>
        <source>Cannot save the chart</source>
        <translation>無法儲存圖表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="161"/>
        <source>Save as SVG…</source>
        <translation>另存為 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="162"/>
        <source>Save the chart as SVG</source>
        <translation>將圖表儲存為 SVG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="164"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="171"/>
        <source>Copy as image</source>
        <translation>複製為圖片</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="16"/>
        <source>&amp;Dark background (for a projector)</source>
        <translation>深色背景（適合投影機）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="20"/>
        <source>Dark background for the charts</source>
        <translation>圖表使用深色背景</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="50"/>
        <source>&lt;b&gt;Charts&lt;/b&gt; — point at a bar, a point or a slice for its exact figure</source>
        <translation>&lt;b&gt;圖表&lt;/b&gt;——將滑鼠移到長條、資料點或扇形上即可檢視確切數值</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ComparisonWindow</name>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="111"/>
        <source>Current plan</source>
        <translation>目前計畫</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="113"/>
        <source>%1 (another file)</source>
        <translation>%1（其他檔案）</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="119"/>
        <source>“%1”, %2</source>
        <extracomment>A version to compare: its name and when it was saved.</extracomment>
        <translation>「%1」，%2</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="170"/>
        <source>Compare — %1</source>
        <translation>比較 — %1</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="170"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="171"/>
        <source>&amp;Before:</source>
        <translation>修改前(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="172"/>
        <source>&amp;After:</source>
        <translation>修改後(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="173"/>
        <source>S&amp;wap</source>
        <translation>對調(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="174"/>
        <source>Compare the other way round</source>
        <translation>對調前後順序進行比較</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ConsolidationSection</name>
    <message>
        <location filename="../ui/report/consolidationsection.h" line="21"/>
        <source>Team consolidation</source>
        <translation>團隊彙總</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/consolidationsection.cpp" line="80"/>
        <source>The team&apos;s target of %1 is allocated to %n unit(s) by %2; each unit&apos;s own plan sets its target bottom-up. A gap beyond %3 of the allocation is a finding.</source>
        <translation>
            <numerusform>團隊目標 %1 依%2分配給 %n 個單位；各單位自己的計畫由下而上訂定其目標。差距超過分配額的 %3 時會列為檢查提示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="84"/>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="84"/>
        <source>amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="86"/>
        <source>Top-down against bottom-up</source>
        <translation>由上而下與由下而上對照</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="87"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="88"/>
        <source>Top-down</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="89"/>
        <source>Bottom-up</source>
        <translation>由下而上</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="90"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="91"/>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="92"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="93"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="98"/>
        <source>Consolidated target (%1)</source>
        <translation>彙總目標（%1）</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="99"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="56"/>
        <location filename="../ui/report/consolidationsection.cpp" line="103"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="29"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="57"/>
        <location filename="../ui/report/consolidationsection.cpp" line="106"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="108"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="109"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="112"/>
        <source>Funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="113"/>
        <source>%1 deals, %2 proposals, %3 qualified leads, %4 leads; %5 reps to employ, %6 on the teams (%7 of %8 units)</source>
        <translation>需贏單 %1 筆、提案 %2 件、合格潛在客戶 %3 位、潛在客戶 %4 位；需配置業務 %5 人，各團隊現有 %6 人（%8 個單位中的 %7 個）</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::CostSection</name>
    <message>
        <location filename="../ui/report/costsection.h" line="18"/>
        <source>Cost of the plan</source>
        <translation>計畫成本</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="16"/>
        <source>Commission at plan (%1 of the target)</source>
        <translation>達成目標時的佣金（目標的 %1）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="19"/>
        <source>Sales tools</source>
        <translation>銷售工具</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="22"/>
        <source>Marketing (%1 leads × %2)</source>
        <translation>行銷費用（%1 個潛在客戶 × %2）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="25"/>
        <source>Total at plan</source>
        <translation>達成目標時合計</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="26"/>
        <source>Share of the target</source>
        <translation>佔目標比例</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="29"/>
        <source>Per won deal (%1 deals)</source>
        <translation>每筆贏單成本（共 %1 筆）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="41"/>
        <source>With accelerators: if the team reaches the stretch tier of %1, the commission is %2, %3 more than at plan: %4 on the revenue up to the reps&apos; quotas (%5 in all) and %6 above them.</source>
        <translation>含超額佣金：若團隊達成衝刺目標 %1，佣金為 %2，比達成目標時多 %3：業務個人配額合計（%5）以內的業績按 %4 計算，超出部分按 %6 計算。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="56"/>
        <source>Tools paid in other currencies are not added: %1.</source>
        <translation>以其他幣別支付的工具費用未計入：%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="59"/>
        <source>The cost of sales is the sales budget (p. %1): with the team&apos;s salaries and other headcount costs it comes to %2, %3 of the target.</source>
        <translation>銷售成本即銷售預算（第 %1 頁）：加上團隊的薪資及其他人事成本，共計 %2，佔目標 %3。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="66"/>
        <source>The team&apos;s salaries and other headcount costs are in the sales budget below.</source>
        <translation>團隊的薪資及其他人事成本列於下方的銷售預算。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="78"/>
        <source>Not worked out</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="82"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="82"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="91"/>
        <source>%1 (%2 of the target):
commission at plan %3 + tools %4</source>
        <translation>%1（佔目標 %2）：
達成目標時的佣金 %3 + 工具 %4</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="95"/>
        <source> + marketing %1</source>
        <translation> + 行銷 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::DeckDialog</name>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="27"/>
        <location filename="../ui/charts/deckdialog.cpp" line="123"/>
        <source>Choose slides</source>
        <translation>選擇投影片</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="52"/>
        <source>%1 (no data)</source>
        <extracomment>After a chart&apos;s title in Choose Slides: the chart has nothing to show yet.</extracomment>
        <translation>%1（無資料）</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="57"/>
        <source>The plan has nothing for this chart to show yet; the default deck leaves it out.</source>
        <translation>計畫中尚無可供此圖表顯示的資料；預設簡報不會納入此圖表。</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="64"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="66"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="82"/>
        <source>Tick the charts to present and put them in the order you will show them.</source>
        <translation>勾選要放進簡報的圖表，並依播放順序排列。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExecutiveSummary</name>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="37"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="38"/>
        <source>%1, %2 on last year&apos;s %3</source>
        <translation>%1，較去年 %3 成長 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="44"/>
        <source>Stretch and challenge</source>
        <translation>衝刺目標與挑戰目標</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="45"/>
        <source>Stretch %1 · challenge %2</source>
        <translation>衝刺目標 %1 · 挑戰目標 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="64"/>
        <source>Assigned to reps</source>
        <translation>分配給業務</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="65"/>
        <source>%1 with %2 over-assignment</source>
        <translation>%1（超額分配 %2）</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="75"/>
        <source>%1 (%2 of the target), the sales budget with headcount</source>
        <translation>%1（佔目標 %2），即含人事成本的銷售預算</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="79"/>
        <source>of which the cost of the plan %1 (%2): commission, tools and marketing</source>
        <translation>其中計畫成本 %1（%2）：佣金、工具與行銷</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="89"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="95"/>
        <source>Cost of sales</source>
        <translation>銷售成本</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="108"/>
        <source>%1 %2 (score %3)</source>
        <translation>%1 %2（評分 %3）</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="113"/>
        <source>Largest risks</source>
        <translation>主要風險</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="123"/>
        <source>KPIs to watch</source>
        <translation>需關注的關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="126"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="156"/>
        <source>no new hires</source>
        <translation>不新增招募</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="157"/>
        <source>1 hire</source>
        <translation>招募 1 人</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="158"/>
        <source>%1 hires</source>
        <translation>招募 %1 人</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="160"/>
        <source>Approve the %1 target, %2 and a %3 marketing budget.</source>
        <translation>請核准 %1 的目標、%2 及 %3 的行銷預算。</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="162"/>
        <source>Approve the %1 target and %2.</source>
        <translation>請核准 %1 的目標及 %2。</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="182"/>
        <source>amount</source>
        <comment>a KPI&apos;s unit that means money</comment>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExportLettersDialog</name>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="32"/>
        <source>target letters</source>
        <translation>目標責任書</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="41"/>
        <source>&amp;One PDF, a page per member</source>
        <translation>一個 PDF，每位成員一頁(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="42"/>
        <source>A PDF per &amp;member, into a folder</source>
        <translation>每位成員一個 PDF，存入資料夾(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="48"/>
        <source>Export Target Letters</source>
        <translation>匯出目標責任書</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="58"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 公釐）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="59"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英吋）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="70"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="81"/>
        <source>Write:</source>
        <translation>產生：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="82"/>
        <source>&amp;File or folder:</source>
        <translation>檔案或資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="83"/>
        <source>&amp;Page size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="93"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="141"/>
        <source>Export the letters into</source>
        <translation>將目標責任書匯出至</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="142"/>
        <source>Export the target letters as PDF</source>
        <translation>將目標責任書匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="143"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="155"/>
        <source>Replace the letters?</source>
        <translation>取代目標責任書？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/exportlettersdialog.cpp" line="156"/>
        <source>%n of the letters already exist in the folder. Replace them?</source>
        <translation>
            <numerusform>資料夾中已有 %n 份目標責任書。要取代嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="164"/>
        <source>No such folder</source>
        <translation>資料夾不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="165"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是資料夾。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="172"/>
        <source>Replace the file?</source>
        <translation>取代檔案？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="173"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要取代嗎？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="196"/>
        <source>Cannot export the target letters</source>
        <translation>無法匯出目標責任書</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExportPdfDialog</name>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="70"/>
        <location filename="../ui/report/planprinting.cpp" line="68"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="82"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="90"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="92"/>
        <source>&amp;Page size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="93"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="94"/>
        <source>&amp;Sections:</source>
        <translation>章節(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="65"/>
        <source>List the &amp;open points in the appendix</source>
        <translation>在附錄中列出待決事項(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="98"/>
        <source>The cover, the summary, the contents, the sign-off and the appendix of details always come.</source>
        <translation>封面、執行摘要、目錄、審核簽署及附錄（明細）一律包含在內。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="102"/>
        <source>Execution &amp;review for:</source>
        <translation>執行檢討月份(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="105"/>
        <source>Optional, e.g. Confidential — for the leadership team only</source>
        <translation>選填，例如：機密——僅供管理階層閱讀</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="106"/>
        <source>Printed on the cover and in every page&apos;s footer.</source>
        <translation>印在封面與每頁頁尾。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="107"/>
        <source>&amp;Confidentiality line:</source>
        <translation>保密聲明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="117"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="131"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 公釐）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="132"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英吋）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="174"/>
        <source>None</source>
        <extracomment>Export PDF ▸ Execution review for: no review section.</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="184"/>
        <source>Adds the month&apos;s attainment, forecast, KPI board, deviations and open actions as a section of the report.</source>
        <translation>在報告中加入一個章節，包含當月的達成率、全年預測、KPI 看板、偏差與未完成的對策。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="228"/>
        <source>Export the plan as PDF</source>
        <translation>將計畫匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="229"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="247"/>
        <source>Replace the file?</source>
        <translation>取代檔案？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="248"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要取代嗎？</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::FigureField</name>
    <message>
        <location filename="../ui/sections/figurefield.cpp" line="164"/>
        <source>Not taken: %1</source>
        <translation>輸入未生效：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::GuidancePanel</name>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="17"/>
        <source>How to write this section</source>
        <translation>如何填寫本部分</translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="21"/>
        <source>Show or hide the advice for this section</source>
        <translation>顯示或隱藏本部分的填寫建議</translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="26"/>
        <source>Advice</source>
        <translation>建議</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::GuideWindow</name>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="30"/>
        <location filename="../ui/help/guidewindow.cpp" line="122"/>
        <source>SalesPlan User Guide</source>
        <translation>SalesPlan 使用指南</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="116"/>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="118"/>
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="120"/>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="121"/>
        <source>Navigation</source>
        <translation>導覽</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::HistoryRowsTable</name>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="31"/>
        <source>The line of the file</source>
        <translation>檔案中的行號</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::HolidaysPanel</name>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="64"/>
        <source>Weekend worked for a holiday</source>
        <translation>因假日補班的週末</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="70"/>
        <source>Your day off</source>
        <translation>自訂休假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="74"/>
        <source>Your working day</source>
        <translation>自訂工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="99"/>
        <source>No public holidays: only weekends and your own days are off.</source>
        <translation>不含國定假日：僅週末和自訂休假日休息。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="102"/>
        <source>The %1 holidays are official.</source>
        <translation>%1 的假日為官方公告安排。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="103"/>
        <source>The %1 holidays are computed — proposed until the official notice.</source>
        <translation>%1 的假日為推算結果，官方公告發布前僅供參考。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="127"/>
        <source>Public holidays</source>
        <translation>國定假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="134"/>
        <source>Days off and working days of the plan year</source>
        <translation>計畫年度的休假日和工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="136"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="136"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="136"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="136"/>
        <source>Day</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="139"/>
        <source>Working days by month</source>
        <translation>各月工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="147"/>
        <source>Public &amp;holidays:</source>
        <translation>國定假日(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="156"/>
        <source>Working days by month:</source>
        <translation>各月工作日：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="161"/>
        <source>Change the public holidays</source>
        <translation>變更國定假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="170"/>
        <source>Add day &amp;off…</source>
        <translation>新增休假日(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="171"/>
        <source>Add &amp;working day…</source>
        <translation>新增工作日(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="172"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="173"/>
        <source>&amp;Import .ics…</source>
        <translation>匯入 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="194"/>
        <source>Add a day off</source>
        <translation>新增休假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="202"/>
        <source>Add a working day</source>
        <translation>新增工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="217"/>
        <source>Remove a day</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="229"/>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="236"/>
        <source>Nothing imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="245"/>
        <source>Import days off</source>
        <translation>匯入休假日</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/holidayspanel.cpp" line="252"/>
        <source>%n day(s) off imported.</source>
        <translation>
            <numerusform>已匯入 %n 個休假日。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="271"/>
        <source>Day off</source>
        <translation>休假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="272"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="273"/>
        <source>Make-up working day</source>
        <translation>補班日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="276"/>
        <source>%1 (yours)</source>
        <translation>%1（自訂）</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="302"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="317"/>
        <source>Add a Day Off</source>
        <translation>新增休假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="317"/>
        <source>Add a Working Day</source>
        <translation>新增工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="324"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="345"/>
        <source>Import Days Off</source>
        <translation>匯入休假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="346"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 檔案 (*.ics);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="71"/>
        <source>GB18030 (GBK)</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="78"/>
        <source>semicolon-separated</source>
        <translation>分號分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="80"/>
        <source>tab-separated</source>
        <translation>Tab 字元分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="81"/>
        <source>comma-separated</source>
        <translation>逗號分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="91"/>
        <location filename="../ui/history/importhistorydialog.cpp" line="251"/>
        <source>Import history</source>
        <translation>匯入歷史資料</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="93"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="119"/>
        <source>Choose another &amp;file…</source>
        <translation>選擇其他檔案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="134"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="152"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="153"/>
        <source>Read as:</source>
        <translation>讀取方式：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="162"/>
        <source>Columns</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="164"/>
        <source>The column of the file that holds each field. The month and the amount are required; the others may be left out.</source>
        <translation>為每一項選擇檔案中對應的欄。月份和金額為必選，其餘可不選。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="175"/>
        <source>(choose a column)</source>
        <translation>（請選擇欄）</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="199"/>
        <source>Rows read from the file</source>
        <translation>從檔案讀取的列數</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="208"/>
        <source>Rows refused</source>
        <translation>遭拒絕的列數</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="227"/>
        <source>A&amp;dd to the history</source>
        <translation>新增至歷史資料(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="232"/>
        <source>&amp;Replace the history (%n row(s) now)</source>
        <translation>
            <numerusform>取代歷史資料（目前 %n 列）(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="252"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="271"/>
        <source>The file %1.</source>
        <translation>該檔案%1。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="296"/>
        <source>The file cannot be imported: %1.</source>
        <translation>無法匯入檔案：%1。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="327"/>
        <source>No file chosen</source>
        <translation>未選擇檔案</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="343"/>
        <source>sheet &quot;%1&quot;</source>
        <translation>工作表「%1」</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="361"/>
        <source>header in row %1</source>
        <translation>標題列在第 %1 列</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="362"/>
        <source>header on line %1</source>
        <translation>標題列在第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="364"/>
        <source>The row of the sheet</source>
        <translation>工作表中的列號</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="365"/>
        <source>The line of the file</source>
        <translation>檔案中的行號</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="377"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="380"/>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="382"/>
        <source>Column %1 of the file</source>
        <translation>檔案的第 %1 欄</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="406"/>
        <source>Rows to import: %1</source>
        <translation>待匯入列數：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="406"/>
        <source>Rows that read: %1</source>
        <translation>已讀取列數：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="410"/>
        <source>The first %1 of the %2 rows are shown.</source>
        <translation>共 %2 列，僅顯示前 %1 列。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="416"/>
        <source>Refused rows: %1</source>
        <translation>無法匯入的列數：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="431"/>
        <source>Choose another file.</source>
        <translation>請選擇其他檔案。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="433"/>
        <source>Choose the columns above, then import.</source>
        <translation>請在上方選擇對應的欄，然後匯入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="436"/>
        <source>Fix the %n refused row(s) in the file, or map the columns, then import.</source>
        <translation>
            <numerusform>請在檔案中修正 %n 列無法匯入的資料，或重新對應欄位，然後匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="441"/>
        <source>The file has no rows below its header.</source>
        <translation>檔案的標題列下方沒有資料列。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="444"/>
        <source>%n row(s) will replace the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>將以 %n 列資料取代歷史資料。可透過「編輯 ▸ 復原」撤回這次匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="446"/>
        <source>%n row(s) will be added to the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>將新增 %n 列至歷史資料。可透過「編輯 ▸ 復原」撤回這次匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="464"/>
        <source>Import history from %1</source>
        <translation>從 %1 匯入歷史資料</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::InitiativeReviewPanel</name>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="25"/>
        <source>⚠ Overdue since %1</source>
        <translation>⚠ 自 %1 起逾期</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="28"/>
        <source>⚠ Over budget by %1</source>
        <translation>⚠ 超出預算 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="40"/>
        <source>Spent of budget</source>
        <translation>預算支出</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="48"/>
        <source>Needs attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="50"/>
        <source>Overdue initiatives and spend above budget</source>
        <translation>逾期的行動項目與超出預算的支出</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="75"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="116"/>
        <source>The plan has no initiatives: add them in Metrics &amp; review ▸ Action plan.</source>
        <translation>計畫中沒有行動項目：請在「指標與檢討會議 ▸ 行動計畫」中新增。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/initiativereviewpanel.cpp" line="119"/>
        <source>%n initiative(s) · %1 overdue · %2 over budget · spent %3 of %4</source>
        <translation>
            <numerusform>%n 個行動項目 · %1 個逾期 · %2 個超出預算 · 已支出 %3 / %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::IntroPage</name>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="73"/>
        <source>A new sales plan</source>
        <translation>新增銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="74"/>
        <source>Name the plan and choose where to keep it. Every change is saved as you go.</source>
        <translation>為計畫命名並選擇儲存位置。所有變更都會隨時自動儲存。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="87"/>
        <source>The stage and KPI names the new plan starts with are written in this language.</source>
        <translation>新計畫預設的銷售階段和關鍵指標名稱將使用此語言。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="92"/>
        <location filename="../ui/wizard/intropage.cpp" line="193"/>
        <source>Sales plan %1</source>
        <translation>%1年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="120"/>
        <source>Blank plan</source>
        <translation>空白計畫</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="133"/>
        <source>Your own stages, KPIs and figures, starting from empty sections.</source>
        <translation>從空白的各部分開始，自行填寫銷售階段、關鍵指標與各項數據。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="140"/>
        <source>The template&apos;s amounts are in %1; change the currency later in Targets.</source>
        <translation>範本中的金額以 %1 計；如需更換幣別，稍後可在「目標」中修改。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="152"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="164"/>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="172"/>
        <source>Start &amp;from:</source>
        <translation>起始方式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="175"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="176"/>
        <source>Pl&amp;an name:</source>
        <translation>計畫名稱(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="240"/>
        <source>There is no folder %1. Choose one with Browse….</source>
        <translation>資料夾 %1 不存在。請透過「瀏覽…」選擇。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="244"/>
        <source>%1 is a file, not a folder. Choose a folder with Browse….</source>
        <translation>%1 是檔案，不是資料夾。請透過「瀏覽…」選擇資料夾。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="247"/>
        <source>The folder %1 is read-only. Choose another with Browse….</source>
        <translation>資料夾 %1 為唯讀。請透過「瀏覽…」選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="260"/>
        <source>The plan&apos;s file is made: change this in the plan&apos;s sections.</source>
        <translation>計畫檔案已建立：請在計畫的各部分中修改此項。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="277"/>
        <source>The folder %1 cannot be made.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="177"/>
        <source>Plan &amp;year:</source>
        <translation>計畫年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="178"/>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="179"/>
        <source>Plan &amp;language:</source>
        <translation>計畫語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="209"/>
        <source>Save the plan as</source>
        <translation>將計畫儲存為</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="210"/>
        <source>Sales plans (*.salesplan)</source>
        <translation>銷售計畫 (*.salesplan)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="233"/>
        <source>The currency must be a three-letter code such as CNY or USD.</source>
        <translation>幣別必須是三個字母的代碼，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="235"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 已存在。請換一個名稱。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::KpiBoard</name>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="27"/>
        <source>Revenue, year to date</source>
        <translation>業績（年初至今）</translation>
    </message>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="105"/>
        <source>Target %1</source>
        <extracomment>On a KPI tile, under the measured figure.</extracomment>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="117"/>
        <source>Better when lower</source>
        <extracomment>On a KPI tile, under its light: the KPI is met by staying under its target.</extracomment>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="179"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="198"/>
        <source>%1: %2 against %3, %4</source>
        <translation>%1：實際 %2，目標 %3，%4</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::LiveFigureCompleter</name>
    <message>
        <location filename="../ui/sections/livefigurecompleter.cpp" line="105"/>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/livefigurecompleter.cpp" line="128"/>
        <source>As printed: %1</source>
        <translation>輸出效果：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::LockBanner</name>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="33"/>
        <source>%1 — targets locked. Actuals and adjustments of the remaining months are entered on the Review page; to change the targets, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 目標已鎖定。實際業績與剩餘月份的調整請在「檢討會議」頁面輸入；如需修改目標，請將計畫退回草稿（檔案 ▸ 狀態）。</translation>
    </message>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="39"/>
        <source>%1 — this section is locked except its texts; to change the rest, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 本區塊除文字外皆已鎖定；如需修改其他內容，請將計畫退回草稿（檔案 ▸ 狀態）。</translation>
    </message>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="42"/>
        <source>%1 — this section is locked; to change it, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 本區塊已鎖定；如需修改，請將計畫退回草稿（檔案 ▸ 狀態）。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Sales plans (*.salesplan)</source>
        <translation>銷售計畫 (*.salesplan)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Plans as JSON (*.json)</source>
        <translation>JSON 格式的計畫 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Review</source>
        <translation>檢討會議</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>What-if</source>
        <translation>假設分析</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n 個提示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>No findings</source>
        <translation>無檢查提示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>, </source>
        <extracomment>Joins the counts of errors, warnings and hints: &quot;2 errors, 1 warning&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;New Plan…</source>
        <translation>新增計畫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Open Read-On&amp;ly…</source>
        <translation>以唯讀方式開啟(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Open &amp;Sample</source>
        <translation>開啟範例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Start &amp;Page…</source>
        <translation>起始頁(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Save &amp;Version…</source>
        <translation>儲存版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Versio&amp;ns…</source>
        <translation>版本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Compare with &amp;File…</source>
        <translation>與檔案比較(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>P&amp;ublish to Team Server…</source>
        <translation>發布到團隊伺服器(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Open from Tea&amp;m Server…</source>
        <translation>從團隊伺服器開啟(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;Import JSON…</source>
        <translation>匯入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Import &amp;History…</source>
        <translation>匯入歷史資料(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;Export JSON…</source>
        <translation>匯出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Export &amp;Workbook…</source>
        <translation>匯出 Excel 活頁簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Export Dec&amp;k…</source>
        <translation>匯出簡報(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Export &amp;Target Letters…</source>
        <translation>匯出目標責任書(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>New</source>
        <extracomment>The toolbar&apos;s short name of File ▸ New Plan….</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>Export Workbook</source>
        <translation>匯出活頁簿</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Copy the selected cells of a table, to paste into Excel or WPS</source>
        <translation>複製表格中選取的儲存格，以便貼到 Excel 或 WPS</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>P&amp;aste</source>
        <translation>貼上(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>Paste cells copied from Excel or WPS into a table at its current cell, as one undo step</source>
        <translation>將從 Excel 或 WPS 複製的儲存格貼到表格的目前儲存格，可一次復原</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Present…</source>
        <translation>播放簡報(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Presenter &amp;View…</source>
        <translation>簡報者檢視(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Present with the current and next slide, your speaker notes and a clock on this screen; to rehearse, or with a projector</source>
        <translation>在此螢幕上顯示目前與下一張投影片、講者備忘稿及時鐘進行簡報；可用於排練，或搭配投影機使用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Choose &amp;Slides…</source>
        <translation>選擇投影片(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Dark Presentation</source>
        <translation>深色簡報(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Present</source>
        <translation>簡報</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>&amp;Switch Between Sections and Page</source>
        <translation>在區段清單與頁面間切換(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Open the guide at the page of the section shown</source>
        <translation>開啟指南中目前所示部分的頁面</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>What&apos;s &amp;This?</source>
        <translation>這是什麼(&amp;T)？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Click a figure to see how it is computed</source>
        <translation>點選數字，查看其計算方式</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>&amp;About SalesPlan</source>
        <translation>關於 SalesPlan(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>About SalesPlan</source>
        <translation>關於 SalesPlan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&lt;h3&gt;SalesPlan %1&lt;/h3&gt;&lt;p&gt;Write next year&apos;s sales plan, decompose the target and present it — offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesPlan %1&lt;/h3&gt;&lt;p&gt;撰寫明年的銷售計畫、分解目標並製作簡報——全程離線。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <location filename="../ui/mainwindow.cpp" line="1084"/>
        <source>Plan sections</source>
        <translation>計畫各部分</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>The plan is open elsewhere</source>
        <translation>計畫已在別處開啟</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%1

Open it read-only?</source>
        <translation>%1

以唯讀方式開啟嗎？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>%1 — version “%2” (read-only)</source>
        <translation>%1 — 版本「%2」（唯讀）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>Cannot open the sample</source>
        <translation>無法開啟範例</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Version saved</source>
        <translation>版本已儲存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Compare with a plan</source>
        <translation>選擇要比較的計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Cannot read the plan</source>
        <translation>無法讀取計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>No temporary folder can be made.</source>
        <translation>無法建立暫存資料夾。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="822"/>
        <source>Cannot open the version</source>
        <translation>無法開啟版本</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="829"/>
        <source>Version “%1”, saved %2 by %3: read-only</source>
        <translation>版本「%1」，由 %3 儲存於%2：唯讀</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="916"/>
        <source>%1 deck.pdf</source>
        <extracomment>The default file name of an exported deck: the plan&apos;s file name and this word.</extracomment>
        <translation>%1 簡報.pdf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>Export the slides as PDF</source>
        <translation>將投影片匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="919"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="925"/>
        <source>Cannot export the slides</source>
        <translation>無法匯出投影片</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Export P&amp;DF…</source>
        <translation>匯出 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>The plan is damaged</source>
        <translation>計畫檔已損毀</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Cannot open the plan</source>
        <translation>無法開啟計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Opened read-only: %1</source>
        <translation>已以唯讀模式開啟：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>Cannot import the plan</source>
        <translation>無法匯入計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Save the imported plan as</source>
        <translation>將匯入的計畫另存為</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>The change was not saved</source>
        <translation>變更未儲存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>%1

The plan shows what the file holds.</source>
        <translation>%1

目前顯示的是檔案中已儲存的內容。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <source>SalesPlan</source>
        <translation>SalesPlan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>No recent plans</source>
        <translation>沒有最近開啟的計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>Continue the draft?</source>
        <translation>繼續編輯草稿？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>You kept a draft plan, %1. Continue it where you left off?</source>
        <translation>你保留了一份計畫草稿：%1。要從上次中斷的地方繼續嗎？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="710"/>
        <source>Open plan</source>
        <translation>開啟計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Open plan read-only</source>
        <translation>以唯讀方式開啟計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Save plan as</source>
        <translation>計畫另存為</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>Cannot save the plan</source>
        <translation>無法儲存計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="839"/>
        <source>Import a plan from JSON</source>
        <translation>從 JSON 匯入計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>History imported from %1</source>
        <translation>已從 %1 匯入歷史資料</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="867"/>
        <source>Export the plan as JSON</source>
        <translation>將計畫匯出為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="874"/>
        <source>Cannot export the plan</source>
        <translation>無法匯出計畫</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="876"/>
        <location filename="../ui/mainwindow.cpp" line="886"/>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <location filename="../ui/mainwindow.cpp" line="927"/>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MetricsEditor</name>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="67"/>
        <source>Score = likelihood × impact: %1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>評分 = 可能性 × 影響：%1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="68"/>
        <source>15–25 high</source>
        <translation>15–25 高</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="69"/>
        <source>8–14 medium</source>
        <translation>8–14 中</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="70"/>
        <source>1–7 low</source>
        <translation>1–7 低</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="78"/>
        <source>&lt;p&gt;Pick a handful of &lt;b&gt;KPIs&lt;/b&gt; that show early whether the plan is on track: qualified leads, win rate, average deal size and revenue per period are a good start. Say how each is counted, its target, and how often you look at it. The thresholds turn a number into a signal, for example &lt;i&gt;green at 100 % of target, yellow from 90 %, red below&lt;/i&gt;; a gap of more than about 10 % deserves a root-cause review (ask “why” until you reach a cause you can act on).&lt;/p&gt;&lt;p&gt;Fix the &lt;b&gt;review&lt;/b&gt; rhythm: e.g. a weekly pipeline check per region, a monthly review of results against plan, and a quarterly adjustment of targets and resources. List the &lt;b&gt;risks&lt;/b&gt; (market, customer, execution, financial), rate likelihood and impact from 1 to 5 and give each a mitigation and an owner, e.g. &lt;i&gt;a competitor cuts prices for mid-size customers — likelihood 3, impact 4 — answer with faster rollout and an annual-payment discount.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;挑選幾個能及早看出計畫是否按預期推進的&lt;b&gt;關鍵指標&lt;/b&gt;：合格潛在客戶、贏單率、客單價和各期營收都是不錯的起點。寫清楚每個指標的計算方式、目標值，以及多久檢視一次。門檻值能把數字變成燈號，例如&lt;i&gt;達成目標的 100% 為綠燈，90% 起為黃燈，低於 90% 為紅燈&lt;/i&gt;；落差超過約 10% 就值得做根本原因分析（不斷追問「為什麼」，直到找出可以著手處理的原因）。&lt;/p&gt;&lt;p&gt;訂好&lt;b&gt;檢討會議&lt;/b&gt;的節奏：例如每週按區域檢查商機管道、每月對照計畫檢討成果、每季調整目標與資源。列出&lt;b&gt;風險&lt;/b&gt;（市場、客戶、執行、財務），以 1 到 5 評估可能性與影響，並為每項風險訂出因應措施和負責人，例如&lt;i&gt;競爭對手針對中型客戶降價——可能性 3，影響 4——以更快的導入速度和年繳折扣因應。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="96"/>
        <source>&amp;KPIs</source>
        <translation>關鍵指標(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="98"/>
        <source>Review</source>
        <translation>檢討會議</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="100"/>
        <source>R&amp;isks</source>
        <translation>風險(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="110"/>
        <source>&amp;Action plan</source>
        <translation>行動計畫(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="114"/>
        <source>How to plan initiatives</source>
        <translation>如何規劃行動項目</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="117"/>
        <source>&amp;Milestones</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="120"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="126"/>
        <source>KPIs</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="142"/>
        <source>How often the team meets to compare results with the plan</source>
        <translation>團隊多久開一次會，對照計畫檢討成果</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="146"/>
        <source>Change review cadence</source>
        <translation>變更檢討會議頻率</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="155"/>
        <source>Review &amp;cadence:</source>
        <translation>檢討會議頻率(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="155"/>
        <source>Review cadence</source>
        <translation>檢討會議頻率</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="160"/>
        <source>Edit the deviation that needs a note</source>
        <translation>編輯需寫說明的偏差</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="167"/>
        <source>Note &amp;deviations above:</source>
        <translation>偏差超過此值需說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="171"/>
        <source>Who meets when, what is looked at, what happens when a KPI turns red</source>
        <translation>誰在何時開會、檢視哪些資料、關鍵指標亮紅燈時如何處理</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="175"/>
        <source>Edit review notes</source>
        <translation>編輯檢討會議備註</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="183"/>
        <source>Review notes</source>
        <translation>檢討會議備註</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="183"/>
        <source>Review n&amp;otes:</source>
        <translation>檢討會議備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="204"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="222"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="240"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MissionEditor</name>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="62"/>
        <source>&lt;p&gt;Say in a sentence or two why the company exists and for whom, where it stands in its market today, and what a customer gets from you that others do not give. Be concrete enough that a new rep could repeat it, for example: &lt;i&gt;“Give growing companies a CRM they can afford and actually use. Number two for mid-size firms in East China, about 6 % share. Live in two weeks, priced per seat, with on-site training.”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Name the direct competitors (a similar product) and the indirect ones (another way to solve the same problem, such as spreadsheets and chat groups), each with a strength to respect and a weakness to sell against. Market size and growth show how much room the target has.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用一兩句話說明公司為何存在、為誰服務、目前在市場上的位置，以及客戶能從你這裡得到哪些別人給不了的東西。要具體到新進業務也能複述，例如：&lt;i&gt;「為成長中的企業提供負擔得起、真正用得起來的 CRM。華東地區中型企業市場排名第二，市佔率約 6%。兩週上線，按使用者數計價，並提供到府教育訓練。」&lt;/i&gt;&lt;/p&gt;&lt;p&gt;列出直接競爭對手（同類產品）與間接競爭對手（用其他方式解決同一問題，例如試算表和聊天群組），各寫一項值得重視的優勢，以及一項可以針對的劣勢。市場規模與成長率能看出目標還有多少空間。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="77"/>
        <source>e.g. Sales plan 2027</source>
        <translation>例如：2027年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="79"/>
        <source>Edit plan name</source>
        <translation>編輯計畫名稱</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="80"/>
        <source>Plan name</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="80"/>
        <source>Pl&amp;an name:</source>
        <translation>計畫名稱(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="83"/>
        <source>The company or business unit the plan is for</source>
        <translation>本計畫所屬的公司或事業單位</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="85"/>
        <source>Edit company</source>
        <translation>編輯公司</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="86"/>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="86"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="89"/>
        <source>Why the company exists and what it brings to customers</source>
        <translation>公司為何存在，能為客戶帶來什麼</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="91"/>
        <source>Edit mission</source>
        <translation>編輯使命</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="93"/>
        <source>&amp;Mission:</source>
        <translation>使命(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="93"/>
        <source>Mission</source>
        <translation>使命</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="96"/>
        <source>Where you stand: market tier, share, region, what you are known for</source>
        <translation>你的市場地位：市場層級、市佔率、區域、以什麼聞名</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="98"/>
        <source>Edit market position</source>
        <translation>編輯市場定位</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="100"/>
        <source>Market &amp;position:</source>
        <translation>市場定位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="100"/>
        <source>Market position</source>
        <translation>市場定位</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="103"/>
        <source>The features, benefits and solutions a customer pays you for</source>
        <translation>客戶願意付費購買的功能、效益與解決方案</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="105"/>
        <source>Edit value proposition</source>
        <translation>編輯價值主張</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="107"/>
        <source>&amp;Value proposition:</source>
        <translation>價值主張(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="107"/>
        <source>Value proposition</source>
        <translation>價值主張</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="111"/>
        <source>Edit market size</source>
        <translation>編輯市場規模</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="117"/>
        <source>What all customers in your market spend a year, e.g. 50亿</source>
        <translation>市場內所有客戶每年的總支出，例如 50億</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="119"/>
        <source>Market si&amp;ze (a year):</source>
        <translation>年市場規模(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="119"/>
        <source>Market size</source>
        <translation>市場規模</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="123"/>
        <source>Edit market growth</source>
        <translation>編輯市場成長率</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="129"/>
        <source>Yearly growth of the market; negative when it shrinks</source>
        <translation>市場的年成長率；市場萎縮時填負數</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="131"/>
        <source>Market &amp;growth (a year):</source>
        <translation>市場年成長率(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="132"/>
        <source>Market growth per year in percent</source>
        <translation>市場年成長率（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="135"/>
        <source>What is changing: budgets, technology, regulation, how customers buy</source>
        <translation>正在發生的變化：預算、技術、法規、客戶的採購方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="137"/>
        <source>Edit market trends</source>
        <translation>編輯市場趨勢</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="139"/>
        <source>Market &amp;trends:</source>
        <translation>市場趨勢(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="139"/>
        <source>Market trends</source>
        <translation>市場趨勢</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="145"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="147"/>
        <source>&amp;Competitors (direct and indirect):</source>
        <translation>競爭對手（直接與間接）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MoneyField</name>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="33"/>
        <source>e.g. 1,200,000 or 1.2亿</source>
        <translation>例如 1,200,000 或 120萬</translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="50"/>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="52"/>
        <source>must be more than zero</source>
        <translation>必須大於零</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="42"/>
        <source>Funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="49"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53"/>
        <source>Calls and demos a day</source>
        <translation>每日電話拜訪 / 展示</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="54"/>
        <source>%1 calls, %2 demos</source>
        <translation>電話 %1 通，展示 %2 場</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="77"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="82"/>
        <source>Growth on last year</source>
        <translation>較去年成長</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="87"/>
        <source>Stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="91"/>
        <source>Challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="97"/>
        <source>Assigned to reps</source>
        <translation>分配給業務</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="102"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="172"/>
        <source>%1 %2</source>
        <extracomment>How many lines and KPIs have a light: &quot;3 ● Red&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="188"/>
        <source>Reviewed month</source>
        <translation>檢討月份</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="191"/>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="193"/>
        <source>Forecast at the run rate</source>
        <translation>依目前進度預測</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="195"/>
        <source>Lines and KPIs</source>
        <translation>各項目標與關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="198"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="201"/>
        <source>Review log</source>
        <translation>檢討紀錄</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="202"/>
        <source>%n deviation(s) need a note</source>
        <translation>
            <numerusform>%n 項偏差需填寫說明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="212"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="214"/>
        <source>Quarter targets</source>
        <translation>各季目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="215"/>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="215"/>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="217"/>
        <source>Month targets</source>
        <translation>各月目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Reps needed</source>
        <translation>所需業務</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Reps available</source>
        <translation>可用業務</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="243"/>
        <location filename="../ui/overviewpage.cpp" line="271"/>
        <source>Findings</source>
        <translation>檢查提示</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="247"/>
        <source>Double-click a finding to go to its field</source>
        <translation>按兩下提示即可跳到對應欄位</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="255"/>
        <source>Key figures</source>
        <translation>關鍵數字</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="257"/>
        <source>Targets by quarter</source>
        <translation>各季目標</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="260"/>
        <source>Targets and capacity by month</source>
        <translation>各月目標與產能</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="281"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="331"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="376"/>
        <source>%n rep(s) short</source>
        <translation>
            <numerusform>缺 %n 名業務</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="400"/>
        <source>%1: %2</source>
        <extracomment>A finding in the list: its severity (&quot;Error&quot;), then what it says.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="404"/>
        <source>No findings: the plan is complete and consistent.</source>
        <translation>沒有檢查提示：計畫完整且前後一致。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PdfNavigation</name>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="176"/>
        <source>the PDF&apos;s bookmarks could not be added: %1</source>
        <translation>無法新增 PDF 書籤：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="198"/>
        <source>Sales plan %1</source>
        <extracomment>The subject of the report&apos;s and the deck&apos;s PDF: Sales plan 2027 — the company.</extracomment>
        <translation>%1年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="199"/>
        <source>Sales plan %1 — %2</source>
        <translation>%1年度銷售計畫 — %2</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanDocument</name>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="134"/>
        <source>The plan is %1: it cannot move to %2.</source>
        <translation>計畫目前為「%1」，無法變更為「%2」。</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="138"/>
        <source>Reopen as draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="140"/>
        <source>Submit for review</source>
        <translation>送交審核</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="142"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="214"/>
        <source>Restore Version “%1”</source>
        <translation>還原版本「%1」</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="216"/>
        <source>The plan file could not be written.</source>
        <translation>無法寫入計畫檔。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanPrinting</name>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="66"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="95"/>
        <source>Cannot export the PDF</source>
        <translation>無法匯出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="96"/>
        <source>%1

No file was written.</source>
        <translation>%1

未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="121"/>
        <source>Print preview — %1</source>
        <translation>預覽列印 — %1</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="128"/>
        <source>Cannot print the plan</source>
        <translation>無法列印計畫</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanReport</name>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="130"/>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="698"/>
        <source>(continued)</source>
        <translation>（續）</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="345"/>
        <location filename="../ui/report/planreport.cpp" line="876"/>
        <location filename="../ui/report/exportpaths.cpp" line="19"/>
        <location filename="../ui/report/planprinting.cpp" line="31"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="348"/>
        <source>Sales plan %1</source>
        <translation>%1年度銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="350"/>
        <source>Author: %1</source>
        <translation>撰寫人：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="351"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="352"/>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="356"/>
        <source>Annual target: %1</source>
        <translation>年度目標：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="372"/>
        <source>%1, growing %2 a year</source>
        <translation>%1，年成長 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="378"/>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="323"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="392"/>
        <source>Growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="395"/>
        <source>Stretch tier</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="397"/>
        <source>Challenge tier</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="206"/>
        <location filename="../ui/report/planreport.cpp" line="536"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="536"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="404"/>
        <source>Targets by quarter and month</source>
        <translation>各季與各月目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="184"/>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="415"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="420"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="422"/>
        <location filename="../ui/report/planreport.cpp" line="468"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="427"/>
        <source>Not decomposed</source>
        <translation>未分解</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="430"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="431"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="322"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="150"/>
        <source>Appendix: details</source>
        <translation>附錄：明細</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="151"/>
        <source>Sign-off</source>
        <translation>審核簽署</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="193"/>
        <source>Executive summary</source>
        <translation>執行摘要</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="203"/>
        <source>see %1, p. %2</source>
        <translation>見「%1」第 %2 頁</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="207"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="208"/>
        <source>Detail</source>
        <translation>詳細內容</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="210"/>
        <source>Decision requested</source>
        <translation>請求決策</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="446"/>
        <source>Not planned</source>
        <translation>未規劃</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="450"/>
        <source>Of each month&apos;s bookings, %1.</source>
        <translation>每月簽約額中，%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="452"/>
        <source>Receivable when the year starts</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="453"/>
        <source>Still to collect at year end</source>
        <translation>年末應收款</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="419"/>
        <location filename="../ui/report/planreport.cpp" line="467"/>
        <location filename="../ui/report/planreport.cpp" line="497"/>
        <location filename="../ui/report/planreport.cpp" line="645"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="421"/>
        <source>Quarter target</source>
        <translation>每季目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="423"/>
        <source>Month target</source>
        <translation>每月目標</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="431"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="469"/>
        <source>Bookings</source>
        <translation>簽約額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="470"/>
        <source>Collected</source>
        <translation>回款額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="471"/>
        <source>Of which from last year</source>
        <translation>其中來自去年簽約</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="544"/>
        <source>Not solved</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="549"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="550"/>
        <source>Deals to win</source>
        <translation>需贏單數</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="551"/>
        <source>Demos / proposals</source>
        <translation>產品展示 / 提案</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="552"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="553"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="554"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="555"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="556"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="560"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="566"/>
        <source>Capacity by month</source>
        <translation>每月產能</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="576"/>
        <source>Roles</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="608"/>
        <source>Quotas not worked out</source>
        <translation>無法計算個人配額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="430"/>
        <location filename="../ui/report/planreport.cpp" line="614"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="615"/>
        <location filename="../ui/report/planreport.cpp" line="813"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="581"/>
        <source>Hiring</source>
        <translation>招募計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="223"/>
        <source>Is the target achievable?</source>
        <translation>目標能否達成？</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="228"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="231"/>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="232"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="233"/>
        <source>Target is</source>
        <translation>目標占比</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="234"/>
        <source>Worked out from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="235"/>
        <source>What would have to change</source>
        <translation>需要做的改變</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="249"/>
        <source>Approval comment</source>
        <translation>核准意見</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="586"/>
        <source>Incentives</source>
        <translation>激勵制度</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="587"/>
        <source>Commission %1, above quota %2</source>
        <translation>佣金比例 %1，超出個人配額部分 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="616"/>
        <source>Hires</source>
        <translation>招募人數</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="617"/>
        <source>Quota total</source>
        <translation>個人配額合計</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="639"/>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="658"/>
        <source>Quotas</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="661"/>
        <source>Quotas by quarter</source>
        <translation>各季個人配額</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="679"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="682"/>
        <source>Each stage&apos;s method, exit criteria and collateral: %1, p. %2.</source>
        <translation>各階段的方法、完成標準及銷售資料：見「%1」第 %2 頁。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="698"/>
        <source>The tools cost %1 a year in all; each tool&apos;s purpose, owner and data: %2, p. %3.</source>
        <translation>工具每年總費用為 %1；各工具的用途、負責人及資料：見「%2」第 %3 頁。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="770"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="778"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="820"/>
        <source>Stage definitions</source>
        <translation>階段定義</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="834"/>
        <source>Open points</source>
        <translation>待決事項</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="839"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="840"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="841"/>
        <source>Finding</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="888"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="908"/>
        <source>the report cannot be drawn on this device</source>
        <translation>無法在此裝置上繪製報告</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="910"/>
        <source>the report could not be finished</source>
        <translation>報告未能完成</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="952"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>無法寫入：資料夾 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="956"/>
        <location filename="../ui/report/planreport.cpp" line="981"/>
        <source>cannot be written: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="987"/>
        <source>The report was cancelled.</source>
        <translation>已取消產生報告。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanTableModel</name>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="198"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="247"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="254"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="265"/>
        <source>Remove row</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="273"/>
        <source>Move row</source>
        <translation>移動列</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.cpp" line="19"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 列，%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.cpp" line="27"/>
        <source>&quot;%1&quot; does not fit with the rest of the row</source>
        <translation>「%1」與該列其他資料衝突</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanWizard</name>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="60"/>
        <source>New sales plan</source>
        <translation>新增銷售計畫</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>Steps of the wizard</source>
        <translation>精靈步驟</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="113"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="146"/>
        <source>Cannot open the draft</source>
        <translation>無法開啟草稿</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="247"/>
        <source>Keep the draft?</source>
        <translation>要保留草稿嗎？</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="248"/>
        <source>Keep the plan written so far? You can continue it later from File ▸ New Plan.</source>
        <translation>要保留目前已填寫的計畫嗎？之後可從「檔案 ▸ 新增計畫」繼續填寫。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>Show large amounts in 万 and 亿 (¥1.2亿, ¥500万)</source>
        <translation>大額金額以萬、億顯示（¥1.2億、¥500萬）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>System default (%1)</source>
        <extracomment>The language choice that follows the operating system; %1 is that language&apos;s name.</extracomment>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="87"/>
        <source>For Chinese only. Tables, charts and the report show ¥1.2亿 instead of ¥120,000,000.00; the exact figure stays in the tooltip.</source>
        <translation>僅適用於中文。表格、圖表和報告顯示 ¥1.2億 而非 ¥120,000,000.00；精確數字仍在工具提示中。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="104"/>
        <source>&amp;Appearance:</source>
        <translation>外觀(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="280"/>
        <source>Untitled plan</source>
        <translation>未命名計畫</translation>
    </message>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="281"/>
        <source>%1 — presentation</source>
        <translation>%1 — 簡報</translation>
    </message>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="326"/>
        <source>%1 / %2</source>
        <extracomment>The slide counter of a presentation: slide 3 of 7.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PresenterView</name>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="98"/>
        <source>End of the deck</source>
        <translation>簡報結束</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="216"/>
        <source>%1 — presenter view</source>
        <translation>%1 — 簡報者檢視</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="217"/>
        <source>Next</source>
        <translation>下一張</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="218"/>
        <source>Speaker notes</source>
        <translation>講者備忘稿</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="220"/>
        <source>No notes for this slide.</source>
        <translation>這張投影片沒有備忘稿。</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="221"/>
        <source>No notes for this slide: click here to write some.</source>
        <translation>這張投影片沒有備忘稿：按一下這裡即可撰寫。</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="235"/>
        <source>Slide %1 of %2</source>
        <extracomment>The presenter view: which slide the audience sees.</extracomment>
        <translation>第 %1 張，共 %2 張</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="261"/>
        <source>Edit speaker notes</source>
        <translation>編輯講者備忘稿</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::RefusedRowsList</name>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="73"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="73"/>
        <source>%1: %2</source>
        <extracomment>A refused row: &quot;Line 7: amount &quot;abc&quot; is not a number&quot; or &quot;Sheet1, row 7: …&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="76"/>
        <source>… and %1 more</source>
        <translation>…另有 %1 列</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReopenDialog</name>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="19"/>
        <source>Reopen as Draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="23"/>
        <source>e.g. Leadership cut the target by 10 %</source>
        <translation>例如：主管將目標下修 10%</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="25"/>
        <source>Reopen</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="27"/>
        <source>The plan goes back to a draft and can be edited again. The reason is kept with the plan.</source>
        <translation>計畫將退回草稿，可以再次編輯。原因會隨計畫一併保存。</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="32"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="33"/>
        <source>&amp;By:</source>
        <translation>操作人(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReportHeadings</name>
    <message>
        <location filename="../ui/report/reportheadings.h" line="14"/>
        <source>Funnel and capacity</source>
        <translation>銷售漏斗與產能</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="15"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="16"/>
        <source>Team by region</source>
        <translation>各區域團隊</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="17"/>
        <source>KPIs</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="18"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="19"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReviewLogPanel</name>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="36"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="38"/>
        <source>%1 %2</source>
        <extracomment>A line of the review: its kind, then its name (&quot;Region East&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="111"/>
        <source>Deviations</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="112"/>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Line</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="112"/>
        <source>Of plan</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="112"/>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="113"/>
        <source>Write note…</source>
        <translation>填寫說明…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="115"/>
        <location filename="../ui/review/reviewlogpanel.cpp" line="162"/>
        <source>Actions from earlier months</source>
        <translation>前幾個月的對策</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Action</source>
        <translation>對策</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <location filename="../ui/review/reviewlogpanel.cpp" line="256"/>
        <location filename="../ui/review/reviewlogpanel.cpp" line="264"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="124"/>
        <source>Double-click a deviation to write its note</source>
        <translation>按兩下偏差即可填寫說明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="129"/>
        <source>Review log</source>
        <translation>檢討紀錄</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="164"/>
        <source>Review log, all months</source>
        <translation>檢討紀錄（所有月份）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="191"/>
        <source>Lines further than %1 from plan ask for a note — change it in Metrics ▸ Review.</source>
        <translation>偏離計畫超過 %1 的項目需填寫說明——可在「指標與檢討會議 ▸ 檢討會議」中修改此門檻。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="195"/>
        <source>Deviations in %1</source>
        <translation>%1的偏差</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="218"/>
        <source>Needs a note</source>
        <translation>需填寫說明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="225"/>
        <source>No line is further from plan than the threshold.</source>
        <translation>沒有偏離計畫超過門檻的項目。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="256"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="256"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="269"/>
        <source>No action from earlier months is open.</source>
        <translation>前幾個月的對策皆已完成。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="276"/>
        <source>Mark action done</source>
        <translation>將對策標示為已完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="276"/>
        <source>Mark action open</source>
        <translation>將對策標示為未完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="288"/>
        <source>Noted</source>
        <extracomment>A deviation&apos;s note in the review: &quot;Noted: &quot; and the first why of its cause.</extracomment>
        <translation>已說明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="288"/>
        <source>Noted: %1</source>
        <translation>已說明：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="311"/>
        <source>%1 at %2 of plan in %3</source>
        <translation>%1：%3達成計畫的 %2</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="318"/>
        <source>Write review note</source>
        <translation>填寫檢討說明</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReviewNoteDialog</name>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="35"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="38"/>
        <source>Review note</source>
        <translation>檢討說明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="41"/>
        <source>Ask why until the answer is something you can act on.</source>
        <translation>不斷追問「為什麼」，直到答案是可以著手處理的事。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="49"/>
        <source>Why? (%1 of %2)</source>
        <translation>為什麼？（第 %1 個，共 %2 個）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="50"/>
        <source>Why?</source>
        <translation>為什麼？</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="50"/>
        <source>Why? (%1)</source>
        <translation>為什麼？（%1）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="56"/>
        <source>Action</source>
        <translation>對策</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="62"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="66"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="51"/>
        <source>Actuals</source>
        <translation>實際業績</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="61"/>
        <source>&amp;Month reviewed:</source>
        <translation>檢討月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="63"/>
        <source>A&amp;djust the Remaining Months…</source>
        <translation>調整剩餘月份(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="65"/>
        <source>Spread what is still to book over the months after the one reviewed, as a new version of the targets; the approved target stays.</source>
        <translation>將尚需達成的金額分攤到檢討月份之後的各月，作為新版本的目標；已核准的目標維持不變。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="97"/>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="98"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="99"/>
        <source>Review log</source>
        <translation>檢討紀錄</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="101"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="148"/>
        <source>The review needs a target that decomposes: %1</source>
        <translation>檢討需要可分解的目標：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="152"/>
        <source>No actuals for the plan year yet — type them below or import a CSV/Excel file.</source>
        <translation>尚無計畫年度的實際業績——請在下方輸入，或匯入 CSV/Excel 檔案。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="163"/>
        <source>Booked to the end of %1: %2 of %3 planned (%4)</source>
        <translation>截至%1底累計達成 %2，計畫 %3（%4）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="165"/>
        <source>Booked to the end of %1: %2 of %3 planned</source>
        <translation>截至%1底累計達成 %2，計畫 %3</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReviewSection</name>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="31"/>
        <location filename="../ui/report/reviewsection.cpp" line="235"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="47"/>
        <location filename="../ui/report/reviewsection.cpp" line="63"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="49"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="51"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="53"/>
        <source>Team member</source>
        <translation>團隊成員</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="55"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="83"/>
        <source>In %1 the company booked %2 against a target of %3 (%4, %5); the year to date stands at %6 of %7 (%8, %9).</source>
        <extracomment>The execution review&apos;s first sentence: %1 the month, %2 booked, %3 its target, %4 the share, %5 the light; %6–%9 the same for the year to date.</extracomment>
        <translation>%1公司達成 %2，目標 %3（%4，%5）；年初至今達成 %6，目標 %7（%8，%9）。</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="107"/>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="126"/>
        <location filename="../ui/report/reviewsection.cpp" line="207"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="127"/>
        <source>Quarter to date</source>
        <translation>本季累計</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="128"/>
        <source>Booked, year to date</source>
        <translation>年初至今達成</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="129"/>
        <source>Target, year to date</source>
        <translation>年初至今目標</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="130"/>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="139"/>
        <source>Forecast and closing the gap</source>
        <translation>全年預測與補足缺口</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="141"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="142"/>
        <source>Forecast at the run rate</source>
        <translation>依目前進度預測</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="143"/>
        <source>Booked + plan for the rest</source>
        <translation>已達成 + 其餘月份依計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="146"/>
        <source>Still to book</source>
        <translation>尚需達成</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="148"/>
        <source>Deals of the average size</source>
        <translation>依客單價換算的筆數</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="151"/>
        <source>Working days left</source>
        <translation>剩餘工作日</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="152"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="153"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="154"/>
        <source>Reps needed</source>
        <translation>所需業務</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="156"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="156"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="165"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="179"/>
        <source>Deviations and notes</source>
        <translation>偏差與說明</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="181"/>
        <source>No line is further from plan than %1 this month.</source>
        <translation>本月沒有偏離計畫超過 %1 的項目。</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="192"/>
        <source>Share of target</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="206"/>
        <source>Open actions from earlier months</source>
        <translation>前幾個月未完成的對策</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="217"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="232"/>
        <source>Initiative</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="236"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="237"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="238"/>
        <source>Needs attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="247"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="249"/>
        <source>Over budget by %1</source>
        <translation>超出預算 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="269"/>
        <source>Line</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="270"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="270"/>
        <source>Action</source>
        <translation>對策</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="233"/>
        <location filename="../ui/report/reviewsection.cpp" line="271"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="234"/>
        <location filename="../ui/report/reviewsection.cpp" line="271"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="272"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="278"/>
        <source>No note yet</source>
        <translation>尚未填寫說明</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="285"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="285"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="297"/>
        <source>Execution review: %1</source>
        <translation>執行檢討：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="308"/>
        <source>Not worked out</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="309"/>
        <source>the plan has no target lines</source>
        <translation>計畫中沒有目標項目</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::RiskMap</name>
    <message>
        <location filename="../ui/report/riskmap.cpp" line="91"/>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <location filename="../ui/report/riskmap.cpp" line="96"/>
        <source>Impact →</source>
        <translation>影響 →</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SaveVersionDialog</name>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="22"/>
        <source>Save Version</source>
        <translation>儲存版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="24"/>
        <source>Submitted to leadership</source>
        <translation>已提交主管</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="30"/>
        <source>The plan as it is now is kept inside its file under this name, with today&apos;s date. Later edits do not change it.</source>
        <translation>計畫的目前狀態將以此名稱與今天的日期儲存在計畫檔中，之後的編輯不會改變它。</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="36"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ScenarioEditor</name>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="86"/>
        <source>Scenario name:</source>
        <translation>情境名稱：</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="90"/>
        <source>Overrides</source>
        <translation>覆寫值</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="94"/>
        <source>In the plan</source>
        <translation>計畫中的值</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="120"/>
        <source>Rename scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="133"/>
        <source>Change %1 in a scenario</source>
        <translation>在情境中修改%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="160"/>
        <source>reps</source>
        <translation>業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="191"/>
        <source>Override the seasonality</source>
        <translation>覆寫季節性</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="191"/>
        <source>Use the plan&apos;s seasonality</source>
        <translation>使用計畫的季節性</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="204"/>
        <source>Twelve month weights, e.g. 1 1 1 1 1 1 1 1 1 1 2 3</source>
        <translation>12 個月的權重，例如 1 1 1 1 1 1 1 1 1 1 2 3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="205"/>
        <source>The weight of each month of the plan year, first month first</source>
        <translation>計畫年度各月的權重，從第一個月起依序填寫</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="206"/>
        <source>Month weights</source>
        <translation>月份權重</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="215"/>
        <source>Seasonality: twelve weights are needed, not %1</source>
        <translation>季節性：需要 12 個權重，目前為 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="223"/>
        <source>Seasonality: %1</source>
        <translation>季節性：%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="228"/>
        <source>Change the month weights in a scenario</source>
        <translation>在情境中修改月份權重</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="239"/>
        <source>Override %1</source>
        <translation>覆寫%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="239"/>
        <source>Use the plan&apos;s %1</source>
        <translation>使用計畫的%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="249"/>
        <source>Change the seasonality in a scenario</source>
        <translation>在情境中修改季節性</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SectionPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="72"/>
        <source>To fix before Next: %1</source>
        <translation>進入下一步前需修正：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="73"/>
        <source>Worth a look: %1</source>
        <translation>值得留意：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SegmentsEditor</name>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="43"/>
        <source>Industry, registered capital, number of employees, region</source>
        <translation>產業、資本額、員工人數、區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="44"/>
        <source>Age, income, occupation, city</source>
        <translation>年齡、收入、職業、城市</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="64"/>
        <source>&lt;p&gt;Start from the customers who already pay you and look for what they share. Describe each segment so that a new rep would recognise one: for companies the industry, registered capital and headcount; for consumers age, income and occupation. Add tags that round out the picture, the problem they struggle with and the goal it keeps them from.&lt;/p&gt;&lt;p&gt;Give every segment a tier and a way of selling to it: &lt;b&gt;strategic&lt;/b&gt; (few, large, long-term: senior people and tailored offers), &lt;b&gt;profit&lt;/b&gt; (today&apos;s revenue: a standard offer and an efficient process), &lt;b&gt;nurture&lt;/b&gt; (small now but growing: low-cost coverage), &lt;b&gt;maintain&lt;/b&gt; (existing customers: renewals and upsell). For example: &lt;i&gt;large manufacturers, 1,000+ employees; sales data scattered across divisions; goal: one forecast a month; strategic: the director leads a pilot.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;從已經在付款的客戶著手，找出他們的共同點。描述每個區隔時，要讓新進業務一看就能認出這類客戶：企業客戶寫產業、資本額和員工人數；個人客戶寫年齡、收入和職業。再用標籤補足客戶輪廓，寫出他們面臨的痛點，以及痛點讓他們無法達成的目標。&lt;/p&gt;&lt;p&gt;為每個區隔設定層級和銷售方式：&lt;b&gt;策略型&lt;/b&gt;（數量少、規模大、長期合作：由資深人員負責，提供客製化方案）、&lt;b&gt;獲利型&lt;/b&gt;（貢獻當期營收：標準方案搭配高效流程）、&lt;b&gt;培育型&lt;/b&gt;（目前規模小但持續成長：以低成本方式經營）、&lt;b&gt;維護型&lt;/b&gt;（既有客戶：續約與加購）。例如：&lt;i&gt;大型製造業，員工 1,000 人以上；銷售資料分散在各事業部；目標：每月產出一份統一預測；策略型：由總監主導試行專案。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="78"/>
        <source>Customer segments</source>
        <translation>客戶區隔</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="82"/>
        <source>&amp;Segments:</source>
        <translation>客戶區隔(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="92"/>
        <source>Edit segment characteristics</source>
        <translation>編輯區隔特徵</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="93"/>
        <source>C&amp;haracteristics:</source>
        <translation>特徵(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="94"/>
        <source>Segment characteristics</source>
        <translation>區隔特徵</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="98"/>
        <source>Tags separated by commas, e.g. price-sensitive, buys online, long decision chain</source>
        <translation>標籤之間以逗號或頓號分隔，例如：價格敏感、線上購買、決策流程長</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="102"/>
        <source>Edit segment attributes</source>
        <translation>編輯區隔標籤</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="105"/>
        <source>&amp;Attributes:</source>
        <translation>標籤(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="106"/>
        <source>Segment attributes, separated by commas</source>
        <translation>區隔標籤，以逗號分隔</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="109"/>
        <source>What problem do they struggle with, and what does it cost them?</source>
        <translation>他們被什麼問題困擾？為此付出了什麼代價？</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="113"/>
        <source>Edit segment challenges</source>
        <translation>編輯區隔痛點</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="114"/>
        <source>Cha&amp;llenges:</source>
        <translation>痛點(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="114"/>
        <source>Segment challenges</source>
        <translation>區隔痛點</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="116"/>
        <source>What do they want to achieve, and why does it matter to them?</source>
        <translation>他們想達成什麼？為什麼這對他們很重要？</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="118"/>
        <source>Edit segment goals</source>
        <translation>編輯區隔目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="119"/>
        <source>G&amp;oals:</source>
        <translation>目標(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="119"/>
        <source>Segment goals</source>
        <translation>區隔目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="122"/>
        <source>How you sell to this tier: who covers it, what you offer</source>
        <translation>如何向這個層級銷售：由誰負責、提供什麼</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="124"/>
        <source>Edit segment strategy</source>
        <translation>編輯區隔策略</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="125"/>
        <source>St&amp;rategy:</source>
        <translation>策略(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="125"/>
        <source>Segment strategy</source>
        <translation>區隔策略</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="197"/>
        <source>, </source>
        <comment>between attribute tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="203"/>
        <source>Segment details: add or choose a segment above</source>
        <translation>區隔詳細資料：請先在上方新增或選擇一個區隔</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="205"/>
        <source>(no name yet)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="206"/>
        <source>Details of the segment “%1”</source>
        <translation>區隔「%1」的詳細資料</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ServerConnectionDialog</name>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="29"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系統鑰匙圈中記住密碼(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="35"/>
        <source>Publish to Team Server</source>
        <translation>發布到團隊伺服器</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="35"/>
        <source>Open from Team Server</source>
        <translation>從團隊伺服器開啟</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="38"/>
        <source>The team server&apos;s address. Add ?sslmode=require (or verify-full) for an encrypted connection.</source>
        <translation>團隊伺服器的位址。如需加密連線，請加上 ?sslmode=require（或 verify-full）。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="41"/>
        <source>Your user name on the server</source>
        <translation>你在伺服器上的使用者名稱</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="44"/>
        <source>The unit this plan is for, e.g. East</source>
        <translation>此計畫所屬的單位，例如北區</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="45"/>
        <source>Your unit; empty for a director</source>
        <translation>你的單位；總監請留空</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="90"/>
        <source>Publishing sends this plan to the team server as the unit&apos;s next version. Your file stays as it is.</source>
        <translation>發布會將此計畫作為該單位的下一個版本傳送到團隊伺服器。你的檔案維持不變。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="67"/>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="68"/>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="69"/>
        <source>U&amp;nit:</source>
        <translation>單位(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="72"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="93"/>
        <source>Publishing sends this team plan to the team server as the next version of the allocation: each unit&apos;s manager sees the target allocated to the unit. Your file stays as it is.</source>
        <translation>發布會將此團隊計畫作為目標分配的下一個版本傳送到團隊伺服器，各單位經理即可看到分配給該單位的目標。你的檔案維持不變。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="99"/>
        <source>Opening fetches the director&apos;s allocation and what the units have published, to read.</source>
        <translation>開啟會取得總監的目標分配以及各單位已發布的內容，僅供檢視。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="121"/>
        <source>The system keychain could not be read (%1): type the password.</source>
        <translation>無法讀取系統鑰匙圈（%1）：請輸入密碼。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="135"/>
        <source>Give the server&apos;s address and your user name.</source>
        <translation>請填寫伺服器位址和你的使用者名稱。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="137"/>
        <location filename="../ui/server/teamserveractions.cpp" line="188"/>
        <source>Say which unit this plan is for.</source>
        <translation>請指明此計畫屬於哪個單位。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="142"/>
        <source>Type the password in the Password field, not in the address: the address is remembered, a password never is.</source>
        <translation>請在「密碼」欄中輸入密碼，不要寫在位址裡：位址會被記住，密碼絕不會。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="176"/>
        <source>The password could not be kept in the system keychain (%1): you will be asked for it next time.</source>
        <translation>無法將密碼儲存到系統鑰匙圈（%1）：下次仍會要求你輸入。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SignOff</name>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Prepared by</source>
        <translation>編製人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Reviewed by</source>
        <translation>審核人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="33"/>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StagesEditor</name>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="25"/>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="47"/>
        <source>Add the stages from the first lead to the signed contract to see how many leads become customers.</source>
        <translation>新增從第一個潛在客戶到簽約的各個階段，即可看出多少潛在客戶會成為客戶。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="59"/>
        <source>stage %1</source>
        <translation>第 %1 階段</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="62"/>
        <source>No lead becomes a customer: the stage “%1” lets none through.</source>
        <translation>沒有潛在客戶能成為客戶：「%1」階段沒有任何商機通過。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="72"/>
        <source>Of %1 leads, 1 becomes a customer</source>
        <translation>每 %1 個潛在客戶中，有 1 個成為客戶</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="73"/>
        <source>Of %1 leads, %2 become customers</source>
        <translation>每 %1 個潛在客戶中，有 %2 個成為客戶</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="75"/>
        <source> (overall conversion %1).</source>
        <translation>（整體轉換率 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="77"/>
        <source>The narrowest step is “%1” at %2.</source>
        <translation>瓶頸在「%1」階段，轉換率為 %2。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="80"/>
        <source>A deal takes about 1 day from the first lead to the contract.</source>
        <translation>從第一次接觸到簽約，一筆商機大約需要 1 天。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="82"/>
        <source>A deal takes about %1 days from the first lead to the contract.</source>
        <translation>從第一次接觸到簽約，一筆商機大約需要 %1 天。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="93"/>
        <source>&lt;p&gt;Write down the steps a prospect takes from the first contact to the signed contract, in order. A new plan starts with seven common ones (lead generation, qualification, contact, needs analysis, solution, objection handling, close): rename, remove or add steps until they match how your customers really buy.&lt;/p&gt;&lt;p&gt;For each stage say how the rep works (the method), the fact that shows the deal may move on (the exit criteria, something the customer does, not the rep), what material helps, what share of deals moves on and how long it usually takes. Take the rates from last year&apos;s CRM data. For example: &lt;i&gt;Qualification: check budget, decision maker, need and timing; exit when all four are confirmed; 50 %, 7 days.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;依序寫下潛在客戶從第一次接觸到簽約所經歷的各個步驟。新計畫預設包含七個常見階段（開發潛在客戶、資格審核、初次接觸、需求分析、提出方案、異議處理、簽約成交）：可以重新命名、刪除或新增，直到符合客戶實際的採購過程。&lt;/p&gt;&lt;p&gt;為每個階段寫明業務如何推進（方法）、哪個事實代表商機可以進入下一階段（完成標準，應是客戶做的事，而不是業務做的事）、哪些資料有幫助、多少比例的商機能進入下一階段，以及通常需要多久。比率請取自去年的 CRM 資料。例如：&lt;i&gt;資格審核：確認預算、決策者、需求與時程；四項都確認即可推進；50%，7 天。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="105"/>
        <source>Sales stages</source>
        <translation>銷售階段</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="115"/>
        <source>Sales &amp;stages, in order (drag a row or press Ctrl+Up / Ctrl+Down to move it):</source>
        <translation>銷售階段，依序排列（拖曳列或按 Ctrl+Up / Ctrl+Down 移動）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="122"/>
        <source>Overall conversion</source>
        <translation>整體轉換率</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StartPage</name>
    <message>
        <location filename="../ui/start/startpage.cpp" line="29"/>
        <source>%1 — missing
%2</source>
        <translation>%1 — 檔案不存在
%2</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="31"/>
        <source>%1 — cannot be read
%2</source>
        <translation>%1 — 無法讀取
%2</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="35"/>
        <source>%1 (%2)
Target %3 · %4 · edited %5 · %6</source>
        <extracomment>A recent plan on the start page: its name and year, then its annual target, status, the time it was last edited and its file.</extracomment>
        <translation>%1（%2）
目標 %3 · %4 · 修改於 %5 · %6</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="67"/>
        <source>No plan is open</source>
        <translation>未開啟任何計畫</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="72"/>
        <source>New Plan…</source>
        <translation>新增計畫…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="73"/>
        <source>New from Template…</source>
        <translation>從範本新增…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="74"/>
        <source>Open Sample</source>
        <translation>開啟範例</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="75"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="85"/>
        <source>&amp;Recent plans</source>
        <translation>最近的計畫(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="88"/>
        <source>Recent plans</source>
        <translation>最近的計畫</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="97"/>
        <source>Double-click a plan to open it, or drop a .salesplan or .json file anywhere on this window.</source>
        <translation>按兩下計畫即可開啟，也可以將 .salesplan 或 .json 檔案拖放到本視窗的任意位置。</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="136"/>
        <source>No recent plans yet</source>
        <translation>尚無最近的計畫</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StatusMenu</name>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="11"/>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="14"/>
        <source>&amp;Submit for Review</source>
        <translation>送交審核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="15"/>
        <source>&amp;Approve…</source>
        <translation>核准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="16"/>
        <source>&amp;Reopen as Draft…</source>
        <translation>退回草稿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="22"/>
        <source>Mark the plan as in review, ready for leadership</source>
        <translation>將計畫標示為審核中，等待主管審核</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="23"/>
        <source>Record who approved the plan and lock its targets</source>
        <translation>記錄計畫的核准人並鎖定目標</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="24"/>
        <source>Send the plan back to a draft, with the reason</source>
        <translation>將計畫退回草稿，並註明原因</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="84"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="85"/>
        <source>The plan at a glance. Finish opens it in the main window, where every section stays editable.</source>
        <translation>計畫一覽。按下「完成」後會在主視窗中開啟，所有部分仍可繼續編輯。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableClipboard</name>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="88"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="243"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 個儲存格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="244"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="245"/>
        <source>%n cell(s) could not be read and were left out; the rest was pasted.</source>
        <translation>
            <numerusform>有 %n 個儲存格無法讀取，已略過；其餘內容已貼上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableEditor</name>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="67"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="67"/>
        <source>Add a row (Insert)</source>
        <translation>新增一列（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="68"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="68"/>
        <source>Remove the current row (Delete)</source>
        <translation>刪除目前這一列（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="69"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="69"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>將目前這一列上移（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="70"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="70"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>將目前這一列下移（Ctrl+Down）</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetLetters</name>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="32"/>
        <source>Sales Target Letter %1</source>
        <translation>%1 年度業務目標責任書</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="82"/>
        <source>This letter sets out the sales targets of %1 for the plan year %2, as the plan &quot;%3&quot; gives them.</source>
        <translation>本責任書依據計畫「%3」，列明 %1 於 %2 計畫年度的業績目標。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="85"/>
        <source>This letter sets out the sales targets of %1 at %2 for the plan year %3, as the plan &quot;%4&quot; gives them.</source>
        <translation>本責任書依據計畫「%4」，列明 %2 的 %1 於 %3 計畫年度的業績目標。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="89"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="90"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="91"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="92"/>
        <source>Start date</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="96"/>
        <source>Before %1</source>
        <translation>%1 年之前</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="103"/>
        <source>Quota</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="109"/>
        <source>Annual quota %1; stretch (+%2) %3; challenge (+%4) %5.</source>
        <translation>年度配額 %1；衝刺（+%2）%3；挑戰（+%4）%5。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="122"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="124"/>
        <source>%1: %2</source>
        <comment>a month and its quota</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="130"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="131"/>
        <location filename="../ui/report/targetletters.cpp" line="135"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="132"/>
        <source>First month</source>
        <translation>第一個月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="133"/>
        <source>Second month</source>
        <translation>第二個月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="134"/>
        <source>Third month</source>
        <translation>第三個月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="141"/>
        <source>Activity targets</source>
        <translation>活動量目標</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="144"/>
        <source>The year — deals: %1; demos: %2; qualified leads: %3; leads: %4; calls: %5; working days: %6.</source>
        <extracomment>Labels and counts, so that no count needs a plural form.</extracomment>
        <translation>全年——贏單數：%1；產品展示：%2；合格潛在客戶：%3；潛在客戶：%4；電話拜訪：%5；工作日：%6。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="155"/>
        <source>Commission and KPIs</source>
        <translation>佣金與關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="156"/>
        <source>Commission: %1 of revenue up to %3 of quota; %2 on revenue above %3 of quota.</source>
        <translation>佣金：個人配額 %3 以內的業績按 %1 計算佣金；超過個人配額 %3 的部分按 %2 計算。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="180"/>
        <source>KPI</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="181"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="182"/>
        <source>Reviewed</source>
        <translation>檢視頻率</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="189"/>
        <source>Sales representative</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="190"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="228"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>無法寫入：資料夾 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="232"/>
        <location filename="../ui/report/targetletters.cpp" line="249"/>
        <source>cannot be written: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="281"/>
        <location filename="../ui/report/targetletters.cpp" line="334"/>
        <source>the plan has no team members to write letters to</source>
        <translation>計畫中沒有可出具責任書的團隊成員</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="288"/>
        <source>the members&apos; targets cannot be worked out: %1</source>
        <translation>無法計算成員的目標：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="298"/>
        <source>the letters cannot be drawn on this device</source>
        <translation>無法在此裝置上繪製責任書</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="301"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="304"/>
        <source>the letters could not be finished</source>
        <translation>未能完成責任書</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="320"/>
        <source>%1 - %2.pdf</source>
        <comment>the letter&apos;s title and the member&apos;s name</comment>
        <translation>%1 - %2.pdf</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetRevisionsGroup</name>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="17"/>
        <source>Adjusted targets</source>
        <translation>調整後目標</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="59"/>
        <source>%1 (in force)</source>
        <translation>%1（生效中）</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="61"/>
        <source>%1 (not in force: the annual target has changed since)</source>
        <translation>%1（未生效：年度目標之後已變更）</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="67"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="70"/>
        <source>Delete the adjusted targets from %1</source>
        <translation>刪除自%1起的調整後目標</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="79"/>
        <source>The approved target of %1 stays; the review measures the months against the adjustment in force.</source>
        <translation>已核准的目標 %1 維持不變；檢討時依生效中的調整後目標衡量各月。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="89"/>
        <source>Delete adjusted targets</source>
        <translation>刪除調整後目標</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsCalibrationPanel</name>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="51"/>
        <source>New uplift</source>
        <translation>新增提升項目</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="86"/>
        <source>What the ceilings are worked out from</source>
        <translation>上限的計算依據</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="90"/>
        <source>Market size and growth</source>
        <translation>市場規模與成長率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="92"/>
        <source>Market (Mission):</source>
        <translation>市場（使命）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="97"/>
        <source>Edit market share</source>
        <translation>編輯市占率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="111"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="125"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="138"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="115"/>
        <source>Edit marketing budget</source>
        <translation>編輯行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="122"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="233"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="130"/>
        <source>Edit revenue from existing customers</source>
        <translation>編輯既有客戶業績</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="139"/>
        <source>Of last year&apos;s actual. The cost per lead, the funnel&apos;s rates and the deal size are on the Funnel &amp; capacity tab.</source>
        <translation>占去年實際達成的比例。每個潛在客戶成本、漏斗轉換率與客單價位於「銷售漏斗與產能」分頁。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="147"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="156"/>
        <source>Uplifts of the reps&apos; productivity</source>
        <translation>業務人均產能的提升</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="150"/>
        <source>Why the reps will sell more a month than their history says: +30 % for new hires after training, +20 % from a CRM. The uplifts add up.</source>
        <translation>業務每月能比歷史水準賣得更多的原因：新進人員受訓後 +30 %，導入 CRM 後 +20 %。各項提升會相加。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="165"/>
        <source>Is the target achievable?</source>
        <translation>目標能否達成？</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="175"/>
        <source>The target against its three ceilings</source>
        <translation>目標與三個上限的比較</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Target is</source>
        <translation>目標占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="177"/>
        <source>Worked out from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="177"/>
        <source>What would have
to change</source>
        <translation>需要做的
改變</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="204"/>
        <source>no market size yet: enter it on the Mission page</source>
        <translation>尚未填寫市場規模：請在「使命」頁面中填寫</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="206"/>
        <source>%1 last year, %2 growth → %3 in the plan year</source>
        <translation>去年 %1，成長 %2 → 計畫年度 %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="216"/>
        <source>last year&apos;s: %1</source>
        <translation>去年：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="218"/>
        <source>last year&apos;s</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="237"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsCollectionsPanel</name>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="93"/>
        <source>Collections are not planned yet. Enter the share of a month&apos;s bookings that is collected as cash in the same month and in each month after — 30 %, 50 % and 20 % is common — or start with “All in the same month”. The table and the chart of the cash by month appear here once the shares add up to 100 %.</source>
        <translation>尚未規劃回款。請輸入每月簽約額中於當月及之後各月以現金回款的比例（常見為 30%、50% 和 20%），或先按「全部當月回款」。各項比例合計達到 100% 後，這裡會顯示每月回款的表格與圖表。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="109"/>
        <source>Collection terms</source>
        <translation>回款條件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="111"/>
        <source>Of each month&apos;s bookings, the share collected as cash:</source>
        <translation>每月簽約額中以現金回款的比例：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="117"/>
        <source>Edit collection share “%1”</source>
        <translation>編輯回款比例「%1」</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="125"/>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="151"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="127"/>
        <source>Sum of the shares</source>
        <translation>比例合計</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="132"/>
        <source>&amp;All in the same month</source>
        <translation>全部當月回款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="134"/>
        <source>Sets 100 % collected in the month of booking (cash sales)</source>
        <translation>設為 100% 於簽約當月回款（現金銷售）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="141"/>
        <source>Edit opening receivable</source>
        <translation>編輯期初應收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="161"/>
        <source>Cash by month</source>
        <translation>每月回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="164"/>
        <source>Receivable when the year starts</source>
        <translation>期初應收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="167"/>
        <source>Bookings and collections by month</source>
        <translation>各月簽約額與回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="175"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="176"/>
        <source>Bookings</source>
        <translation>簽約額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="176"/>
        <source>The month targets: what is booked each month</source>
        <translation>每月目標：每月的簽約額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="177"/>
        <source>Collected</source>
        <translation>回款額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="177"/>
        <source>The cash collected in the month, from this year&apos;s and last year&apos;s bookings</source>
        <translation>當月回款，包含今年與去年簽約額的回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="179"/>
        <source>From last year</source>
        <translation>來自去年簽約</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="179"/>
        <source>The part of the cash collected that comes from last year&apos;s bookings</source>
        <translation>回款中來自去年簽約額的部分</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="197"/>
        <source>Still to collect at year end</source>
        <translation>年末應收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="212"/>
        <source>Collect everything in the same month</source>
        <translation>設為全部當月回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="235"/>
        <source>Not used: the plan&apos;s history has last year&apos;s months, and what they leave to collect by these terms is the receivable when the year starts.</source>
        <translation>未使用：計畫的歷史資料中已有去年各月資料，依上述回款條件算出的未回款部分即為期初應收款。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="237"/>
        <source>What customers still owe for last year&apos;s bookings when the plan year starts. Once the history has last year&apos;s months, they are used instead.</source>
        <translation>計畫年度開始時，客戶就去年簽約額尚未支付的款項。歷史資料中有去年各月資料後，將改用這些資料計算。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="258"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目標暫時無法分解：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="261"/>
        <source>Collections cannot be planned: %1.</source>
        <translation>無法規劃回款：%1。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="271"/>
        <source>Receivable when the year starts: %1</source>
        <translation>期初應收款：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="286"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="290"/>
        <source>Still to collect at year end: %1</source>
        <translation>年末應收款：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionModel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>All quotas</source>
        <translation>配額合計</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="164"/>
        <source>Q%1 (%2–%3)</source>
        <translation>Q%1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="170"/>
        <source>Year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="189"/>
        <source>Not started yet: no quota in this plan year</source>
        <translation>尚未開始：本計畫年度無配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="190"/>
        <source>Starts in %1</source>
        <translation>%1起有配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="218"/>
        <source>%1 of the year&apos;s target</source>
        <translation>佔全年目標的 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionPanel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="29"/>
        <source>Split the columns by</source>
        <translation>分欄依據</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="30"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="31"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="32"/>
        <source>Team members</source>
        <translation>團隊成員</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="33"/>
        <source>Columns by:</source>
        <translation>分欄依據：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="41"/>
        <source>Why the target cannot be decomposed</source>
        <translation>目標無法分解的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="45"/>
        <source>Target by quarter and month</source>
        <translation>各季與各月目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="62"/>
        <source>Every quarter is the sum of its months and every column adds up to the year exactly; rounding goes to the largest remainders.</source>
        <translation>每一季等於其各月之和，每欄合計恰好等於全年；尾差依最大餘數法分配。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="79"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目標暫時無法分解：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsEditor</name>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="121"/>
        <source>Parts of the targets section</source>
        <translation>「目標」部分的各分頁</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="123"/>
        <source>&amp;Target</source>
        <translation>目標(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="124"/>
        <source>&amp;Seasonality</source>
        <translation>季節性(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="125"/>
        <source>S&amp;plits</source>
        <translation>拆分(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="126"/>
        <source>&amp;Decomposition</source>
        <translation>目標分解(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="127"/>
        <source>&amp;Funnel &amp;&amp; capacity</source>
        <translation>銷售漏斗與產能(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="130"/>
        <source>Calibration</source>
        <translation>目標校準</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="131"/>
        <source>Co&amp;llections</source>
        <translation>回款(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="132"/>
        <source>Work &amp;calendar</source>
        <translation>工作行事曆(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="133"/>
        <source>Histor&amp;y</source>
        <translation>歷史資料(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="135"/>
        <source>Units</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="140"/>
        <source>&lt;p&gt;Start from last year&apos;s actual and the growth you commit to; the target and the growth follow each other as you type. Put a reserve of 10–15 % on top of the committed target as the stretch tier, so one slipped deal does not sink the year. Then break the year down by quarter and month (seasonality from your own history), by region, by product line and by person: every part adds up exactly. Last, let last year&apos;s ratios tell you the activity and the reps the target needs.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example:&lt;/i&gt; ¥100 million last year, +20 % → a target of ¥120 million, stretch +12 % → ¥134.4 million. If the team needs 200 calls and 25 demos a day and a rep makes 40 calls or 5 demos, you need at least 5 reps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;從去年的實際達成和你承諾的成長率出發；輸入時目標與成長率會互相連動。在承諾目標之上再加 10–15% 的緩衝作為衝刺目標，這樣即使丟掉一筆訂單，也不會拖垮全年。接著把全年目標依季度和月份（依自己歷史資料的季節性）、依區域、依產品線、依人員分解：每個部分都精確加總。最後，用去年的各項比率推算達成目標所需的活動量與業務人數。&lt;/p&gt;&lt;p&gt;&lt;i&gt;範例：&lt;/i&gt;去年 1 億元，成長 20% → 目標 1.2 億元，衝刺 +12% → 1.344 億元。如果團隊每天需要 200 通電話拜訪和 25 場產品展示，而每位業務每天能打 40 通電話或做 5 場展示，至少需要 5 位業務。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsFunnelPanel</name>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="72"/>
        <source>Your ratios from last year</source>
        <translation>去年的實際比率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="76"/>
        <source>Edit average deal size</source>
        <translation>編輯客單價</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="79"/>
        <source>Average deal size</source>
        <translation>客單價</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="81"/>
        <source>Average deal size:</source>
        <translation>客單價：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Leads that qualify:</source>
        <translation>潛在客戶合格率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Edit lead to qualified rate</source>
        <translation>編輯潛在客戶合格率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="92"/>
        <source>Qualified leads that get a demo or proposal:</source>
        <translation>合格潛在客戶轉展示/提案：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="93"/>
        <source>Edit qualified to proposal rate</source>
        <translation>編輯合格潛在客戶轉提案率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Proposals that are won:</source>
        <translation>提案贏單率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Edit win rate</source>
        <translation>編輯贏單率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="114"/>
        <source>Calls per lead:</source>
        <translation>每個潛在客戶需電話拜訪：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="114"/>
        <source>Edit calls per lead</source>
        <translation>編輯每個潛在客戶所需電話拜訪數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="116"/>
        <source>Calls a rep makes a day:</source>
        <translation>每位業務每日電話拜訪：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="116"/>
        <source>Edit calls per rep a day</source>
        <translation>編輯每位業務每日電話拜訪數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="118"/>
        <source>Demos a rep gives a day:</source>
        <translation>每位業務每日產品展示：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="118"/>
        <source>Edit demos per rep a day</source>
        <translation>編輯每位業務每日產品展示數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="132"/>
        <source>Edit attrition</source>
        <translation>編輯人員流失率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="134"/>
        <source>Reps expected to leave in the year</source>
        <translation>預計年內業務流失率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="136"/>
        <source>Reps expected to leave in the year:</source>
        <translation>預計年內業務流失率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="140"/>
        <source>Edit new-hire ramp</source>
        <translation>編輯新進人員培訓上手期</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="145"/>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="146"/>
        <source>Months a new hire needs to reach full productivity</source>
        <translation>新進人員達到完整產能所需的月數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="148"/>
        <source>New hires reach full speed after:</source>
        <translation>新進人員培訓上手期：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="151"/>
        <source>Edit cost per lead</source>
        <translation>編輯每個潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="154"/>
        <source>Marketing cost per lead</source>
        <translation>每個潛在客戶的行銷成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="156"/>
        <source>empty if leads are not bought</source>
        <translation>未購買潛在客戶名單時留空</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="157"/>
        <source>Marketing cost per lead:</source>
        <translation>每個潛在客戶的行銷成本：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="158"/>
        <source>Take these from last year&apos;s CRM records, not from hope: how many calls made a lead, how many leads became deals.</source>
        <translation>請依據去年的 CRM 紀錄填寫，不要憑期望：幾通電話能帶來一個潛在客戶，多少潛在客戶最後成交。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="184"/>
        <source>What the target needs</source>
        <translation>達成目標所需</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="187"/>
        <source>Why the activity cannot be calculated</source>
        <translation>無法計算活動量的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="192"/>
        <source>Deals to win:</source>
        <translation>需贏單數：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="193"/>
        <source>Demos or proposals:</source>
        <translation>產品展示或提案數：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="194"/>
        <source>Qualified leads:</source>
        <translation>合格潛在客戶：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="195"/>
        <source>Leads:</source>
        <translation>潛在客戶：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="196"/>
        <source>Calls:</source>
        <translation>電話拜訪：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="197"/>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="198"/>
        <source>Calls a day:</source>
        <translation>每日電話拜訪：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="199"/>
        <source>Demos a day:</source>
        <translation>每日產品展示：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="200"/>
        <source>Qualified leads a day:</source>
        <translation>每日合格潛在客戶：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="201"/>
        <source>Productive reps the activity needs:</source>
        <translation>所需業務人數（完整產能）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="202"/>
        <source>Reps to employ (allowing for attrition):</source>
        <translation>需配置業務人數（含流失）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="203"/>
        <source>Marketing budget for leads:</source>
        <translation>潛在客戶行銷預算：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="206"/>
        <source>Headcount for the year</source>
        <translation>全年人力</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="221"/>
        <source>Capacity by month</source>
        <translation>每月產能</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="222"/>
        <source>Capacity gap</source>
        <translation>產能缺口</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="230"/>
        <source>Counts the members and planned hires of the Team section, each ramping up from the start date, less expected attrition, against each month&apos;s share of the activity.</source>
        <translation>依「團隊」部分中的成員與預計招募人員計算，每人自到職日起逐步上手，扣除預計流失後，與各月應承擔的活動量比較。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="278"/>
        <source>none: no cost per lead entered</source>
        <translation>無：未填寫每個潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="291"/>
        <source>Shown once the activity the target needs can be calculated.</source>
        <translation>可算出達成目標所需的活動量後顯示。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsGoalPanel</name>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="182"/>
        <source>Plan year and currency</source>
        <translation>計畫年度與幣別</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="188"/>
        <source>Plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="191"/>
        <source>Edit plan year</source>
        <translation>編輯計畫年度</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="196"/>
        <source>Plan year:</source>
        <translation>計畫年度：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="201"/>
        <source>Fiscal year starts in</source>
        <translation>會計年度起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="204"/>
        <source>Edit fiscal year start</source>
        <translation>編輯會計年度起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="209"/>
        <source>Fiscal year starts in:</source>
        <translation>會計年度起始月：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="213"/>
        <source>Currency (ISO 4217 code)</source>
        <translation>幣別（ISO 4217 代碼）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="214"/>
        <source>Changing the currency relabels every amount of the plan; it does not convert them at an exchange rate.</source>
        <translation>更改幣別只會替換計畫中所有金額的幣別標示，不會依匯率換算。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="237"/>
        <source>&quot;%1&quot; is not a three-letter currency code; the plan stays in %2.</source>
        <translation>「%1」不是三個字母的幣別代碼，計畫仍使用 %2。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="241"/>
        <source>Currency:</source>
        <translation>幣別：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="247"/>
        <source>Revenue target</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="252"/>
        <source>Edit last year&apos;s actual</source>
        <translation>編輯去年實際達成</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="258"/>
        <source>Last year&apos;s actual revenue</source>
        <translation>去年實際營收</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="260"/>
        <source>Last year&apos;s actual:</source>
        <translation>去年實際達成：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="275"/>
        <source>Growth on last year, percent</source>
        <translation>較去年成長（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="276"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="279"/>
        <source>Growth on last year:</source>
        <translation>較去年成長：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="283"/>
        <source>Edit annual target</source>
        <translation>編輯年度目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="287"/>
        <source>Annual revenue target (committed)</source>
        <translation>年度業績目標（承諾）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="289"/>
        <source>Annual target:</source>
        <translation>年度目標：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="290"/>
        <source>Type the growth to set the target from last year&apos;s actual, or type the target and see the growth it means. 1.2亿 and 500万 are understood.</source>
        <translation>輸入成長率，即依去年實際達成算出目標；也可直接輸入目標，看出對應的成長率。可輸入「1.2億」、「500萬」這類寫法。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="300"/>
        <source>Base, stretch and challenge</source>
        <translation>基礎、衝刺與挑戰目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="304"/>
        <source>Base target</source>
        <translation>基礎目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="305"/>
        <source>Base (committed):</source>
        <translation>基礎目標（承諾）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="310"/>
        <source>Edit stretch reserve</source>
        <translation>編輯衝刺加成</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="316"/>
        <source>Stretch reserve, percent above the base</source>
        <translation>衝刺加成（高於基礎目標的百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="317"/>
        <source>Stretch target</source>
        <translation>衝刺目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="318"/>
        <source>Stretch reserve:</source>
        <translation>衝刺加成：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="324"/>
        <source>Edit challenge reserve</source>
        <translation>編輯挑戰加成</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="330"/>
        <source>Challenge reserve, percent above the base</source>
        <translation>挑戰加成（高於基礎目標的百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="332"/>
        <source>Challenge target</source>
        <translation>挑戰目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="333"/>
        <source>Challenge reserve:</source>
        <translation>挑戰加成：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="339"/>
        <source>Commit the base to the company and plan the team&apos;s work to the stretch tier: a reserve of 10–15 % absorbs deals that slip. The challenge tier is what earns the accelerators.</source>
        <translation>向公司承諾基礎目標，以衝刺目標安排團隊工作：預留 10–15% 的緩衝，可吸收延後的成交案。達成挑戰目標才能拿到超額佣金。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="365"/>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="367"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="384"/>
        <source>Enter last year&apos;s actual to plan by growth.</source>
        <translation>填寫去年實際達成後，即可依成長率訂定目標。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="390"/>
        <source>%1 less than last year</source>
        <translation>比去年少 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="391"/>
        <source>%1 more than last year</source>
        <translation>比去年多 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="393"/>
        <source>Enter the target, or type the growth to set it.</source>
        <translation>請輸入目標，或輸入成長率自動算出目標。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="272"/>
        <source>The target must be more than zero.</source>
        <translation>目標必須大於零。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="264"/>
        <source>Edit growth</source>
        <translation>編輯成長率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="401"/>
        <source>A currency is three letters, such as CNY or USD.</source>
        <translation>幣別代碼為三個字母，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="410"/>
        <source>An amount of the plan is too large to write in %1.</source>
        <translation>計畫中有金額過大，無法以 %1 表示。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="413"/>
        <source>Change currency to %1</source>
        <translation>將幣別改為 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsHistoryPanel</name>
    <message>
        <location filename="../ui/sections/targetshistorypanel.cpp" line="63"/>
        <source>History</source>
        <translation>歷史資料</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetshistorypanel.cpp" line="69"/>
        <source>What was booked month by month in earlier years, by region, product line and member: the seasonality &quot;from history&quot; and last year&apos;s figures beside the plan are worked out from it. Import it with File ▸ Import History…, type it, or paste it from Excel or WPS (Ctrl+V; a header row is recognised).</source>
        <translation>往年逐月的業績，依區域、產品線和成員記錄：「依歷史資料」計算的季節性，以及計畫旁對照的去年數據，都由此得出。可透過「檔案 ▸ 匯入歷史資料…」匯入，也可直接輸入，或從 Excel 或 WPS 貼上（Ctrl+V；可自動辨識標題列）。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsQuotasGroup</name>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="37"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="47"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="52"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="60"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="213"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="215"/>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="216"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="62"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="62"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="94"/>
        <source>Quotas</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="100"/>
        <source>Each quota holder&apos;s part of the target</source>
        <translation>每位配額承擔者分配到的目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Quota basis</source>
        <translation>配額依據</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="106"/>
        <source>Annual quota</source>
        <translation>年度配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="106"/>
        <source>Share of region</source>
        <translation>佔區域比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="107"/>
        <source>First month with quota</source>
        <translation>配額起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="134"/>
        <source>Make quotas follow start dates and ramp</source>
        <translation>使配額依到職日期與培訓上手期調整</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="135"/>
        <source>Make quotas ignore start dates and ramp</source>
        <translation>使配額不考慮到職日期與培訓上手期</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="143"/>
        <source>Edit over-assignment</source>
        <translation>編輯超額分配</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="149"/>
        <source>Over-assignment, percent above the target</source>
        <translation>超額分配，高於目標的百分比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="153"/>
        <source>The target and the quotas assigned to reps</source>
        <translation>目標及分配給業務的配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="157"/>
        <source>Over-assignment:</source>
        <translation>超額分配：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="186"/>
        <source>The quotas cannot be worked out: %1.</source>
        <translation>無法計算個人配額：%1。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="227"/>
        <source>No team members yet: add them in the Team section to split the target by person.</source>
        <translation>尚無團隊成員：請在「團隊」部分新增成員，以便依人員分解目標。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="229"/>
        <source>Fixed quotas are taken first; the rest of each region&apos;s target is shared by quota weight. Members, their weights and fixed quotas are edited in the Team section.</source>
        <translation>先扣除固定配額，各區域目標的剩餘部分依個人配額權重分配。成員及其權重與固定配額請在「團隊」部分編輯。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsSeasonalityPanel</name>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="70"/>
        <source>How the year is spread over the months</source>
        <translation>全年目標如何分配到各月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="75"/>
        <source>Even: every month the same</source>
        <translation>平均：每月相同</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="76"/>
        <source>Like last year&apos;s history</source>
        <translation>參照去年歷史資料</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="77"/>
        <source>Average of earlier years</source>
        <translation>往年平均</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="78"/>
        <source>Custom weights</source>
        <translation>自訂權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="79"/>
        <source>Seasonality</source>
        <translation>季節性</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="82"/>
        <source>Change seasonality</source>
        <translation>更改季節性</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="84"/>
        <source>Seasonality:</source>
        <translation>季節性：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="88"/>
        <source>Years of history to average</source>
        <translation>取平均的歷史年數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="91"/>
        <source>Edit years to average</source>
        <translation>編輯平均年數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="96"/>
        <source>Years to average (1–3):</source>
        <translation>平均年數（1–3）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="102"/>
        <source>Why the month shares cannot be calculated</source>
        <translation>無法計算各月佔比的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="109"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="116"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="116"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="116"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="117"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="134"/>
        <source>Edit month weight</source>
        <translation>編輯月份權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="140"/>
        <source>Weight of plan month %1</source>
        <translation>計畫第 %1 個月的權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="145"/>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="152"/>
        <source>Share of the year, plan month %1</source>
        <translation>計畫第 %1 個月的全年佔比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="154"/>
        <source>Target of plan month %1</source>
        <translation>計畫第 %1 個月的目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="181"/>
        <source>Every month gets the same share of the year.</source>
        <translation>全年目標平均分配到每個月。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="185"/>
        <source>Each month gets the share it had of the revenue booked in plan year %1.</source>
        <translation>各月依其在 %1 年度營收中的佔比分配。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="189"/>
        <source>Each month gets its average share over plan years %1–%2; years without history are left out.</source>
        <translation>各月依其在 %1–%2 年度的平均佔比分配；沒有歷史資料的年份不計入。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="195"/>
        <source>Type a weight for each month: 2 means twice the revenue of a month weighted 1. Percentages that add up to 100 work too.</source>
        <translation>為每個月輸入權重：權重 2 表示營收是權重 1 的月份的兩倍。也可輸入合計為 100 的百分比。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="203"/>
        <source>%1. Import the bookings of earlier years as history, or choose even or custom weights.</source>
        <translation>%1。請匯入往年成交資料作為歷史資料，或改用平均分配或自訂權重。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="213"/>
        <source>Choose custom weights to type your own.</source>
        <translation>選擇「自訂權重」後即可自行輸入。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="215"/>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="219"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsSplitsPanel</name>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="41"/>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="65"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="82"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="87"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="130"/>
        <source>New region</source>
        <translation>新區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="131"/>
        <source>Regions and their weights</source>
        <translation>區域及權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="133"/>
        <source>New product line</source>
        <translation>新產品線</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="134"/>
        <source>Product lines and their weights</source>
        <translation>產品線及權重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="143"/>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="145"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsUnitsPanel</name>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="55"/>
        <source>New unit</source>
        <translation>新單位</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="80"/>
        <source>Units and their plan files</source>
        <translation>單位及其計畫檔</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="83"/>
        <source>Lin&amp;k Plan File…</source>
        <translation>連結計畫檔(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="85"/>
        <source>Choose the plan file of the unit picked in the table</source>
        <translation>為表格中選取的單位選擇計畫檔</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="88"/>
        <source>Units</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="91"/>
        <source>A team plan allocates its target to units — regions or business lines whose managers write their own plans. Link each unit&apos;s plan file; keep the files in this plan&apos;s folder or under it, so the folder can be mailed.</source>
        <translation>團隊計畫將目標分配給各單位，也就是由各自經理撰寫計畫的區域或事業線。請為每個單位連結其計畫檔；將這些檔案放在本計畫所在的資料夾或其子資料夾中，以便整個資料夾可以用電子郵件寄送。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="102"/>
        <source>Top-down against bottom-up</source>
        <translation>由上而下與由下而上對照</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="105"/>
        <source>The team&apos;s target and the units&apos; figures added up</source>
        <translation>團隊目標及各單位數據彙總</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="108"/>
        <source>Each unit&apos;s allocation against its own target</source>
        <translation>各單位的分配額與其自身目標對照</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Top-down</source>
        <translation>由上而下</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Bottom-up</source>
        <translation>由下而上</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="148"/>
        <source>Change how units are allocated</source>
        <translation>變更單位的分配方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="155"/>
        <source>Edit the gap threshold</source>
        <translation>編輯差距門檻</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="167"/>
        <source>All&amp;ocate by:</source>
        <translation>分配方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="169"/>
        <source>&amp;Gap threshold:</source>
        <translation>差距門檻(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="189"/>
        <source>Link the Plan File of %1</source>
        <translation>連結「%1」的計畫檔</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="190"/>
        <source>Sales plans (*.salesplan *.json)</source>
        <translation>銷售計畫 (*.salesplan *.json)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="194"/>
        <source>Link Plan File</source>
        <translation>連結計畫檔案</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="199"/>
        <source>Link the plan file of %1</source>
        <translation>連結「%1」的計畫檔</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="221"/>
        <source>This is the plan of one team. Add units to make it a team plan.</source>
        <translation>這是單一團隊的計畫。新增單位即可將其變成團隊彙總計畫。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="222"/>
        <source>Team target %1 · allocated %2 · the units&apos; own targets %3 (%4)</source>
        <translation>團隊目標 %1 · 已分配 %2 · 各單位自身目標 %3（%4）</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamBudgetPanel</name>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="40"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="41"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="59"/>
        <source>Cost of sales %1: %2 of the target</source>
        <translation>銷售成本 %1：佔目標 %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="63"/>
        <source>, %1 per won deal</source>
        <translation>，每筆贏單 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="66"/>
        <source>; above the limit of %1 by %2</source>
        <translation>；比上限 %1 高出 %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="70"/>
        <source>; within the limit of %1</source>
        <translation>；未超出上限 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="73"/>
        <source>. Marketing is the typed campaigns, not the leads&apos; cost</source>
        <translation>。行銷費用依填寫的行銷推廣計算，而非潛在客戶成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="74"/>
        <source>.</source>
        <comment>the end of the sentence: 。 in Chinese</comment>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="85"/>
        <source>Cost of sales</source>
        <translation>銷售成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="89"/>
        <source>Sales budget by month and category</source>
        <translation>各月各類別銷售預算</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="96"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="99"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="117"/>
        <source>The sales budget cannot be worked out yet: %1</source>
        <translation>暫時無法計算銷售預算：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamEditor</name>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="67"/>
        <source>&lt;p&gt;Start from the work the target needs, then the people to do it. Give each &lt;b&gt;role&lt;/b&gt; its responsibilities and the skills it needs, and list every &lt;b&gt;member&lt;/b&gt; with a role, a region and a quota weight; the share of the target follows from the weights. Someone joining during the year produces little at first: give a start date and the months of ramp-up (new account managers often need about three).&lt;/p&gt;&lt;p&gt;Plan &lt;b&gt;hiring&lt;/b&gt; early enough that ramp-up ends before the busy months, and say how new and current people are trained: for example &lt;i&gt;two weeks of product and process training for newcomers, a monthly review of won and lost deals, one-to-one coaching by the regional manager each week.&lt;/i&gt; Keep the incentive simple and tied to results, e.g. 5 % commission up to quota and 8 % on revenue above it, paid once the money is in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;先從目標需要的工作量出發，再決定由哪些人來做。為每個&lt;b&gt;職務&lt;/b&gt;寫明職責與所需技能，並列出每位&lt;b&gt;成員&lt;/b&gt;的職務、區域和個人配額權重；每人分攤的目標比例依權重計算。年中到職的人起初產出不多：請填寫到職日期與培訓上手期的月數（新進客戶經理通常需要三個月左右）。&lt;/p&gt;&lt;p&gt;及早安排&lt;b&gt;招募&lt;/b&gt;，讓培訓上手期在旺季之前結束，並說明新進與現有人員如何培訓，例如：&lt;i&gt;新進人員兩週產品與流程訓練，每月一次贏單與失單檢討會議，區域經理每週一對一輔導。&lt;/i&gt;激勵制度要簡單並與業績掛鉤，例如個人配額以內佣金 5%，超出配額的部分 8%，收款後發放。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="88"/>
        <source>&amp;Roles</source>
        <translation>職務(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="90"/>
        <source>&amp;Members</source>
        <translation>成員(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="96"/>
        <source>&amp;Hiring plan</source>
        <translation>招募計畫(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="98"/>
        <source>&amp;Training plan</source>
        <translation>培訓計畫(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="101"/>
        <source>Incentive scheme</source>
        <translation>激勵制度</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="106"/>
        <source>Parts of the team section</source>
        <translation>團隊部分的各頁</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="108"/>
        <source>Peop&amp;le</source>
        <translation>人員(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="109"/>
        <source>Tar&amp;gets</source>
        <translation>目標(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="110"/>
        <source>B&amp;udget</source>
        <translation>預算(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="142"/>
        <source>Roles</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="154"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="161"/>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="169"/>
        <source>Hiring plan</source>
        <translation>招募計畫</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="196"/>
        <source>Budget lines</source>
        <translation>預算項目</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="201"/>
        <source>Edit budget limit</source>
        <translation>編輯預算上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="207"/>
        <location filename="../ui/sections/teameditor.cpp" line="213"/>
        <source>Budget limit</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="209"/>
        <source>What the sales budget may spend in the plan year; empty = no limit</source>
        <translation>計畫年度內銷售預算最多可支出的金額；留空 = 不設上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="213"/>
        <source>Budget limi&amp;t:</source>
        <translation>預算上限(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="217"/>
        <source>Headcount comes from each role&apos;s cost a month (Roles on the People tab) from each member&apos;s and hire&apos;s start month; commission at plan from the target; marketing from the leads × cost per lead, or the campaigns typed below; tools from the Tools section.</source>
        <translation>人事成本依各職務的每月成本（見「人員」分頁中的職務），自每位成員及計畫招募人員的到職月份起計算；佣金依目標按達成目標時的金額計算；行銷費用依潛在客戶數 × 每個潛在客戶成本計算，或依下方填寫的行銷推廣計算；工具費用取自「工具」部分。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="225"/>
        <source>How the sales budget is worked out</source>
        <translation>銷售預算如何計算</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="226"/>
        <source>Budget l&amp;ines</source>
        <translation>預算項目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="238"/>
        <source>Onboarding for new people, regular coaching, workshops: what, how often, who runs it</source>
        <translation>新進人員訓練、定期輔導、工作坊：內容、頻率、由誰負責</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="242"/>
        <source>Edit training plan</source>
        <translation>編輯培訓計畫</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="244"/>
        <source>Training plan</source>
        <translation>培訓計畫</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="261"/>
        <source>Edit commission rate</source>
        <translation>編輯佣金比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="267"/>
        <source>Paid on revenue up to 100 % of a member&apos;s quota</source>
        <translation>適用於個人配額 100% 以內的業績</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="269"/>
        <source>&amp;Commission rate:</source>
        <translation>佣金比例(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="270"/>
        <source>Commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="274"/>
        <source>Edit accelerator rate</source>
        <translation>編輯超額佣金比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="281"/>
        <source>Paid instead of the commission rate on revenue above 100 % of quota</source>
        <translation>超過個人配額 100% 的業績改按此比例計算佣金</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="283"/>
        <source>&amp;Accelerator above 100 %:</source>
        <translation>超額佣金（100% 以上）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="284"/>
        <source>Accelerator rate above 100 % of quota</source>
        <translation>超過個人配額 100% 部分的佣金比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="287"/>
        <source>Bonuses, contests, when commission is paid (e.g. once the customer has paid)</source>
        <translation>獎金、業績競賽、佣金何時發放（例如客戶付款後）</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="291"/>
        <source>Edit incentive notes</source>
        <translation>編輯激勵備註</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="296"/>
        <source>Incentive notes</source>
        <translation>激勵備註</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="296"/>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="315"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="315"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="316"/>
        <source>1 region</source>
        <translation>1 個區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="316"/>
        <source>%1 regions</source>
        <translation>%1 個區域</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="317"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamFiguresDialog</name>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="25"/>
        <source>version %1, %2 by %3</source>
        <translation>版本 %1，%3 於 %2 發布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="53"/>
        <source>%1 over %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="70"/>
        <source>Team Figures — %1</source>
        <translation>團隊數據 — %1</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="75"/>
        <source>The director&apos;s allocation, %1: a team target of %2.</source>
        <translation>總監的目標分配（%1）：團隊目標為 %2。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="77"/>
        <source>The director has not published an allocation yet: the units&apos; own targets only.</source>
        <translation>總監尚未發布目標分配：僅顯示各單位自身的目標。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="79"/>
        <source>Summed below: %1.</source>
        <translation>以下彙總：%1。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="82"/>
        <source>You manage “%1”: these are the units&apos; published figures. Their plans — regions, product lines, members, funnel — are the director&apos;s to read.</source>
        <translation>您負責「%1」：以下是各單位已發布的數據。各單位的計畫（區域、產品線、成員、銷售漏斗）僅總監可查看。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="87"/>
        <source>The units&apos; figures</source>
        <translation>各單位的數據</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="101"/>
        <source>No findings: the units&apos; plans add up to the allocation.</source>
        <translation>無檢查提示：各單位的計畫合計與目標分配一致。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="102"/>
        <source>No findings: the units&apos; figures add up to the allocation.</source>
        <translation>無檢查提示：各單位的數據與目標分配相符。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="144"/>
        <source>Read-only: these are the versions published on the server. Your own plan file is not changed.</source>
        <translation>唯讀：以下是伺服器上已發布的版本。你自己的計畫檔不會被變更。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="146"/>
        <source>Read-only: these are the versions published on the server. Your plan file records only the versions it is now based on, for your next publish.</source>
        <translation>唯讀：以下是伺服器上已發布的版本。你的計畫檔只記錄它目前依據的版本，供下次發布時使用。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Allocated</source>
        <translation>分配額</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Own target</source>
        <translation>自身目標</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="192"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="205"/>
        <source>nothing published</source>
        <translation>尚未發布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="217"/>
        <source>Units together</source>
        <translation>各單位合計</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamServerActions</name>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="26"/>
        <source>File ▸ Open from Team Server shows what changed.</source>
        <translation>「檔案 ▸ 從團隊伺服器開啟」可顯示有哪些變更。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="28"/>
        <source>Ask the team server&apos;s director to give your user this unit.</source>
        <translation>請團隊伺服器的總監將這個單位指派給你的使用者帳號。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="31"/>
        <source>Check the user name and the password, and try again.</source>
        <translation>請檢查使用者名稱和密碼，然後再試一次。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="33"/>
        <source>Your plan is safe in its file: publish again when the server can be reached.</source>
        <translation>你的計畫已安全儲存在檔案中：伺服器恢復連線後請再次發布。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="47"/>
        <source>The team server has a newer version</source>
        <translation>團隊伺服器上已有較新的版本</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="49"/>
        <source>Not allowed on the team server</source>
        <translation>在團隊伺服器上沒有此權限</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="51"/>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="53"/>
        <source>The team server cannot be reached</source>
        <translation>無法連線至團隊伺服器</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="59"/>
        <source>The team server refused</source>
        <translation>團隊伺服器拒絕了要求</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="171"/>
        <source>This plan is open read-only (%1): the version published could not be recorded in it. Open it for editing, then publish.</source>
        <translation>此計畫以唯讀方式開啟（%1）：發布的版本無法記錄到計畫中。請以可編輯方式開啟後再發布。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="174"/>
        <location filename="../ui/server/teamserveractions.cpp" line="190"/>
        <location filename="../ui/server/teamserveractions.cpp" line="201"/>
        <location filename="../ui/server/teamserveractions.cpp" line="206"/>
        <source>Publish to Team Server</source>
        <translation>發布到團隊伺服器</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="174"/>
        <source>Not published</source>
        <translation>未發布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="206"/>
        <source>Published, but not recorded</source>
        <translation>已發布，但未記錄到計畫</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="209"/>
        <source>Published the allocation as version %1 on %2.</source>
        <translation>已將目標分配發布為 %2 上的版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="213"/>
        <source>Published “%1” as version %2 on %3.</source>
        <translation>已將「%1」發布為 %3 上的版本 %2。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="257"/>
        <source>Open from Team Server</source>
        <translation>從團隊伺服器開啟</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamTargetsPanel</name>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="90"/>
        <source>Quota</source>
        <translation>個人配額</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="91"/>
        <source>Deals</source>
        <translation>贏單數</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="92"/>
        <source>Demos</source>
        <translation>產品展示</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="93"/>
        <source>Qualified leads</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="94"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="95"/>
        <source>Calls</source>
        <translation>電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="96"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="97"/>
        <source>Calls a day</source>
        <translation>每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="98"/>
        <source>Demos a day</source>
        <translation>每日產品展示</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="109"/>
        <source>Why the activity targets cannot be worked out</source>
        <translation>無法計算活動量目標的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="112"/>
        <source>Activity targets per person</source>
        <translation>每人的活動量目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="114"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="120"/>
        <source>Show the person&apos;s targets by</source>
        <translation>此人目標的顯示方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="121"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="122"/>
        <source>By quarter</source>
        <translation>按季</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="124"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="133"/>
        <source>The person&apos;s targets by month or quarter</source>
        <translation>此人按月或按季的目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="135"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="141"/>
        <source>SMART targets of the person</source>
        <translation>此人的 SMART 目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="153"/>
        <source>What each quota asks for, by the plan&apos;s funnel: the team&apos;s deals, demos, leads and calls are shared by quota, so the people add up to the team. Per-day figures are per person, over their own working days from their start date. With over-assignment the quotas, and so the team&apos;s figures, are above the plan&apos;s funnel by as much.</source>
        <translation>依計畫的銷售漏斗，列出每個人的個人配額所對應的要求：團隊的贏單、產品展示、潛在客戶與電話拜訪依個人配額分攤，因此個人加總即為團隊。每日數字以人計，依各人自到職日期起的工作日計算。有超額分配時，個人配額與團隊數字會相應高於計畫漏斗。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="173"/>
        <source>The activity targets cannot be worked out yet: %1</source>
        <translation>暫時無法計算活動量目標：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="208"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="233"/>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="233"/>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="233"/>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="233"/>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="245"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="249"/>
        <source>Targets of the whole team</source>
        <translation>全團隊目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="250"/>
        <source>Targets of %1</source>
        <translation>%1的目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="252"/>
        <source>SMART targets are written for each person: pick one above.</source>
        <translation>每個人都有 SMART 目標：請在上方選擇一人。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="260"/>
        <source>SMART targets</source>
        <translation>SMART 目標</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="261"/>
        <source>No quota in the plan year.</source>
        <translation>本計畫年度無個人配額。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TimelineView</name>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="98"/>
        <source>%1 · %2</source>
        <comment>owner · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="129"/>
        <source>⚠ Overdue</source>
        <translation>⚠ 已逾期</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="194"/>
        <source>No initiatives yet: add them to the action plan.</source>
        <translation>尚無行動項目：請將它們加入行動計畫。</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="209"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="225"/>
        <source>Timeline of the action plan</source>
        <translation>行動計畫時間軸</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ToolsEditor</name>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="42"/>
        <source>The tools&apos; costs are in different currencies, so they are not added up.</source>
        <translation>各工具的費用幣別不同，因此不予加總。</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="47"/>
        <source>No tools yet: add the CRM first, then the tools for calls, chat and contracts.</source>
        <translation>尚未新增工具：先新增 CRM，再新增電話、通訊軟體和合約工具。</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="49"/>
        <source>Annual cost of the one tool: %1</source>
        <translation>此工具的年度費用：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="50"/>
        <source>Total annual cost of the %1 tools: %2</source>
        <translation>%1 個工具的年度總費用：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="58"/>
        <source>&lt;p&gt;List each tool the sales team depends on, the CRM first, then the tools for calling, chat, e-signature and reporting. For each, say what it is used for, who looks after it, what it costs a year and which customer or sales data lives in it, so the budget is complete and everyone knows where the data is kept. For example: &lt;i&gt;CRM: leads, opportunities, contracts and payments; owner: sales operations; ¥60,000 a year; holds customers, contacts and the activity history.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A plan is only carried out if the tools make the work easy: one place for customer data also lets managers see the pipeline and the team&apos;s performance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;列出業務團隊仰賴的每一項工具：先列 CRM，再列電話、通訊軟體、電子簽章和報表工具。為每項工具寫明用途、負責人、年度費用，以及其中存放哪些客戶或銷售資料，讓預算完整，大家也清楚資料存放在哪裡。例如：&lt;i&gt;CRM：管理潛在客戶、商機、合約與收款；負責人：業務營運；每年 ¥60,000；存有客戶、聯絡人與活動紀錄。&lt;/i&gt;&lt;/p&gt;&lt;p&gt;工具讓工作變輕鬆，計畫才能真正落實：客戶資料集中在同一處，主管也能隨時掌握商機管道與團隊績效。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="68"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="73"/>
        <source>&amp;Tools the team uses:</source>
        <translation>團隊使用的工具(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="76"/>
        <source>Total annual cost of the tools</source>
        <translation>工具年度總費用</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::VersionsDialog</name>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="119"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="121"/>
        <source>Name</source>
        <extracomment>The columns of the versions: the version&apos;s name, when and by whom it was saved, its size.</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="122"/>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="122"/>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="122"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="124"/>
        <source>No versions are saved in this plan file.</source>
        <translation>此計畫檔中沒有已儲存的版本。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="125"/>
        <source>No versions saved yet. File ▸ Save Version… keeps the plan as it is now inside its file under a name, such as “Submitted to leadership”.</source>
        <translation>尚未儲存任何版本。「檔案 ▸ 儲存版本…」可將計畫的目前狀態以一個名稱（例如「已提交主管」）儲存在計畫檔中。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="128"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="129"/>
        <source>Shows the version in a window of its own, read-only: every page, the charts and the exports (PDF, JSON, workbook)</source>
        <translation>在獨立視窗中以唯讀模式顯示該版本：所有頁面、圖表及匯出（PDF、JSON、活頁簿）</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="131"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="134"/>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF 報告…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="135"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="136"/>
        <source>&amp;Workbook (.xlsx)…</source>
        <translation>Excel 活頁簿 (.xlsx)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="138"/>
        <source>Compare with &amp;Current</source>
        <translation>與目前計畫比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="139"/>
        <source>Co&amp;mpare the Two</source>
        <translation>比較這兩個版本(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="140"/>
        <source>Select two versions to compare them</source>
        <translation>選取兩個版本進行比較</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="141"/>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="142"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="144"/>
        <source>The plan is open read-only</source>
        <translation>計畫以唯讀模式開啟</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="236"/>
        <source>Cannot read the version</source>
        <translation>無法讀取版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="260"/>
        <source>Export the version as JSON</source>
        <translation>將版本匯出為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="263"/>
        <source>Plans as JSON (*.json)</source>
        <translation>JSON 格式的計畫 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="268"/>
        <source>Cannot export the version</source>
        <translation>無法匯出版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="309"/>
        <source>Restore Version</source>
        <translation>還原版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="310"/>
        <source>Make the plan the version “%1”, saved %2?</source>
        <translation>將計畫還原為%2儲存的版本「%1」？</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="312"/>
        <source>Edit ▸ Undo brings the plan as it is now back. To keep it as a version too, save it as one first.</source>
        <translation>「編輯 ▸ 復原」可找回計畫的目前狀態。如需將目前狀態也保留為版本，請先儲存版本。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="314"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="318"/>
        <source>Cannot restore the version</source>
        <translation>無法還原版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="327"/>
        <source>Delete Version</source>
        <translation>刪除版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="328"/>
        <source>Delete the version “%1” from the plan file?</source>
        <translation>從計畫檔中刪除版本「%1」？</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="329"/>
        <source>This cannot be undone.</source>
        <translation>此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="329"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="333"/>
        <source>Cannot delete the version</source>
        <translation>無法刪除版本</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::WhatIfPage</name>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="49"/>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="50"/>
        <source>Won deals</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="51"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="52"/>
        <source>Calls per rep a day</source>
        <translation>每位業務每日電話拜訪</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="53"/>
        <source>Reps needed</source>
        <translation>所需業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="54"/>
        <source>Reps available</source>
        <translation>可用業務人數</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="55"/>
        <source>Headcount gap</source>
        <translation>人力缺口</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="56"/>
        <source>Reps short in the tightest month</source>
        <translation>最吃緊月份的業務人數缺口</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="57"/>
        <source>Marketing budget</source>
        <translation>行銷預算</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="58"/>
        <source>Cost of sales</source>
        <translation>銷售成本</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="92"/>
        <source>%1 to hire</source>
        <translation>需招募 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="93"/>
        <source>%1 to spare</source>
        <translation>多出 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="94"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="130"/>
        <source>Scenarios beside the plan</source>
        <translation>情境與計畫對照</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="139"/>
        <source>Add a scenario, or choose a scenario&apos;s column in the table, to change its drivers. The plan itself changes only through Make This the Baseline.</source>
        <translation>新增情境，或在表格中選取某個情境所在的欄，即可修改其驅動因素。計畫本身只有透過「設為基準」才會改變。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="151"/>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="152"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="153"/>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="191"/>
        <source>&amp;Add Scenario</source>
        <translation>新增情境(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="192"/>
        <source>Add “Deal Size −10 %”</source>
        <translation>新增「客單價 −10%」</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="193"/>
        <source>D&amp;uplicate</source>
        <translation>建立副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="194"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="195"/>
        <source>&amp;Make This the Baseline</source>
        <translation>設為基準(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="409"/>
        <source>The plan takes this scenario&apos;s drivers and the scenario is removed; Undo puts both back.</source>
        <translation>計畫將採用此情境的驅動因素，該情境隨之移除；復原可將兩者還原。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="243"/>
        <location filename="../ui/whatif/whatifpage.cpp" line="258"/>
        <source>Add scenario</source>
        <translation>新增情境</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="247"/>
        <source>Scenario %1</source>
        <translation>情境 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="259"/>
        <source>Deal size −10 %</source>
        <translation>客單價 −10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="269"/>
        <source>Duplicate scenario</source>
        <translation>建立情境副本</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="275"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="283"/>
        <source>Delete scenario</source>
        <translation>刪除情境</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="294"/>
        <source>Make “%1” the baseline</source>
        <translation>將「%1」設為基準</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="325"/>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="333"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="378"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
