<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualsInput</name>
    <message numerus="yes">
        <location filename="../core/summary/actualsinput.cpp" line="188"/>
        <source>This amount adds up %n booked entries, so it cannot be typed over. Change them in Targets ▸ History.</source>
        <translation>
            <numerusform>此金额由 %n 笔业绩记录汇总而成，无法直接改写。请在“目标 ▸ 历史数据”中修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="191"/>
        <source>This amount was imported with more details (a product line, a region or another currency), so it cannot be typed over. Change it in Targets ▸ History.</source>
        <translation>此金额导入时带有更多明细（产品线、区域或其他币种），无法直接改写。请在“目标 ▸ 历史数据”中修改。</translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="203"/>
        <source>the amount is not in %1</source>
        <translation>金额的币种不是 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/actualsinput.cpp" line="266"/>
        <source>a deal size cannot be negative</source>
        <translation>客单价不能为负数</translation>
    </message>
</context>
<context>
    <name>ActualsLevels</name>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="46"/>
        <source>for the company</source>
        <translation>公司整体</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="48"/>
        <source>by region</source>
        <translation>分区域</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="50"/>
        <source>by product line</source>
        <translation>分产品线</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="52"/>
        <source>by member</source>
        <translation>分成员</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="56"/>
        <source>in imported rows</source>
        <translation>导入明细中</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="189"/>
        <source>%1 has actuals %2: the company&apos;s total adds them all, so a booking entered at two levels counts twice.</source>
        <translation>%1 同时录入了%2的实际业绩：公司合计会将它们全部相加，因此在两个层级录入的同一笔业绩会被重复计算。</translation>
    </message>
    <message>
        <location filename="../core/summary/actualslevels.cpp" line="192"/>
        <source> and </source>
        <comment>joins the levels of actuals</comment>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>Appearances</name>
    <message>
        <location filename="../ui/appearance.cpp" line="70"/>
        <source>Light</source>
        <extracomment>Preferences ▸ Appearance: light colours whatever the system uses.</extracomment>
        <translation>浅色</translation>
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
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../core/plan/approval.cpp" line="34"/>
        <source>The plan is approved: its targets are locked. Reopen it as a draft to change them.</source>
        <translation>计划已批准，目标已锁定。如需修改，请将计划退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="37"/>
        <source>The plan is approved: its team and quotas are locked. Reopen it as a draft to change them.</source>
        <translation>计划已批准，团队和个人指标已锁定。如需修改，请将计划退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="39"/>
        <source>The plan is approved: it is locked as approved. Reopen it as a draft to change it.</source>
        <translation>计划已批准，并以已批准状态锁定。如需修改，请将计划退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="95"/>
        <source>The plan is approved and its narrative was locked with it. Reopen it as a draft to change the texts.</source>
        <translation>计划已批准，其文字内容也随之锁定。如需修改文字内容，请将计划退回草稿。</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="110"/>
        <source>Approved on %1</source>
        <translation>已于%1批准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="111"/>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 于%2批准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="118"/>
        <source>Approved %1</source>
        <translation>%1 批准</translation>
    </message>
    <message>
        <location filename="../core/plan/approval.cpp" line="119"/>
        <source>Approved %1 by %2</source>
        <translation>%1 由 %2 批准</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="108"/>
        <source>Not in the history</source>
        <translation>历史数据未涵盖</translation>
    </message>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="109"/>
        <source>History above actual</source>
        <translation>历史数据高于实际完成</translation>
    </message>
    <message>
        <location filename="../core/summary/planbridge.cpp" line="115"/>
        <source>Other / not assigned</source>
        <translation>其他 / 未归属</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="22"/>
        <location filename="../core/summary/salesbudget.cpp" line="51"/>
        <source>sales budget</source>
        <translation>销售预算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="22"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="27"/>
        <source>must be zero or more</source>
        <translation>不能小于零</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="123"/>
        <source>cost a month of the role %1</source>
        <translation>岗位“%1”的每月成本</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="157"/>
        <source>amount a month of the budget line %1</source>
        <translation>预算项目“%1”的每月金额</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="160"/>
        <source>months of the budget line %1</source>
        <translation>预算项目“%1”的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="161"/>
        <source>must run from a month 1 to 12 to the same or a later one</source>
        <translation>必须在 1 到 12 之间，且结束月份不能早于起始月份</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="230"/>
        <source>Headcount</source>
        <translation>人力成本</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="230"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="231"/>
        <source>Marketing</source>
        <translation>营销费用</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="231"/>
        <source>Events</source>
        <translation>会展活动</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="232"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="232"/>
        <source>Sales tools</source>
        <translation>销售工具</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="233"/>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="233"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="255"/>
        <source>budget limit</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="265"/>
        <source>initiatives&apos; budgets</source>
        <translation>举措预算</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="286"/>
        <source>The sales budget of %1 is above its limit of %2 by %3.</source>
        <translation>销售预算 %1 比上限 %2 高出 %3。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="305"/>
        <source>The sales budget has no headcount cost yet: give the roles a cost a month on Team ▸ Roles.</source>
        <translation>销售预算中还没有人力成本：请在“团队 ▸ 岗位”中为各岗位填写每月成本。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="312"/>
        <source>Members or hires without a role count at zero in the sales budget: give them a role with a cost a month.</source>
        <translation>未指定岗位的成员或计划招聘人员在销售预算中按零计算：请为其指定一个已填写每月成本的岗位。</translation>
    </message>
    <message>
        <location filename="../core/summary/salesbudget.cpp" line="314"/>
        <source>No cost a month for the role %1: its people count at zero in the sales budget. Set the role&apos;s cost on Team ▸ Roles.</source>
        <translation>岗位“%1”没有每月成本：该岗位的人员在销售预算中按零计算。请在“团队 ▸ 岗位”中设置该岗位的成本。</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/calc/calibration.cpp" line="41"/>
        <source>no market size (Mission)</source>
        <translation>未填写市场规模（使命）</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="44"/>
        <source>the market shrinks to nothing</source>
        <translation>市场萎缩至零</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="56"/>
        <source>no market share: type one, or last year&apos;s actual</source>
        <translation>未填写市场份额：请填写，或使用去年的实际份额</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="202"/>
        <source>no history before the plan year</source>
        <translation>计划年度之前没有历史数据</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="211"/>
        <source>history has no bookings of the team</source>
        <translation>历史数据中没有本团队的签约额</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="231"/>
        <source>no one on the team in the plan year</source>
        <translation>计划年度内团队没有成员</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="253"/>
        <source>no marketing budget</source>
        <translation>未填写营销预算</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="255"/>
        <source>no cost per lead</source>
        <translation>未填写单条线索成本</translation>
    </message>
    <message>
        <location filename="../core/calc/calibration.cpp" line="257"/>
        <source>no average deal size</source>
        <translation>未填写客单价</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="47"/>
        <source>Fits: the target is %1 of it</source>
        <translation>可达成：目标为上限的 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="71"/>
        <source>%1 × (1 + %2 growth) × %3 share</source>
        <translation>%1 ×（1 + %2 增长率）× %3 市场份额</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="72"/>
        <source>%1 × (1 + %2 growth) × %3 (last year&apos;s share)</source>
        <translation>%1 ×（1 + %2 增长率）× %3（去年份额）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="74"/>
        <source>a share of %1</source>
        <translation>%1 的市场份额</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="77"/>
        <source>%1 (%2 on last year&apos;s %3)</source>
        <translation>%1（较去年的 %3 变化 %2）</translation>
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
        <translation> ×（1 + %1 提升，新人再提升 %2）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="115"/>
        <source>%1 a rep-month (%2 months of history) × %3 rep-months%4</source>
        <translation>人月产出 %1（%2 个月历史数据）× %3 人月%4</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="117"/>
        <source>%1 a rep-month on average, each region at its own (%2 months of history) × %3 rep-months%4</source>
        <translation>平均人月产出 %1，各区域按各自水平计算（%2 个月历史数据）× %3 人月%4</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="129"/>
        <source>Needs %1 more productivity per rep</source>
        <translation>人均产能需提升 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="136"/>
        <source>%1, or %2 more reps from %3</source>
        <translation>%1，或自%3起增加 %2 名销售</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="161"/>
        <source>%1 ÷ %2 a lead = %3 leads → %4 deals × %5</source>
        <translation>%1 ÷ 每条线索 %2 = %3 条线索 → %4 单 × %5</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="166"/>
        <source>%1 + %2 from existing customers</source>
        <translation>%1 + 老客户贡献 %2</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="173"/>
        <source>Needs %1 more marketing budget</source>
        <translation>营销预算需增加 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="181"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="199"/>
        <source>The target %1 is above every ceiling of the calibration: %2.</source>
        <translation>目标 %1 超过了校准的所有上限：%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="200"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="216"/>
        <source>The target %1 is %2 above what the team delivered at its history&apos;s pace (%3: %4), and the uplifts do not explain it. %5.</source>
        <translation>目标 %1 比团队按历史节奏可完成的业绩高出 %2（%3：%4），且产能提升无法解释这一差距。%5。</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="228"/>
        <source>Not set — %1</source>
        <translation>未设定 — %1</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="248"/>
        <source>Market ceiling</source>
        <translation>市场上限</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="250"/>
        <source>Team ceiling</source>
        <translation>团队上限</translation>
    </message>
    <message>
        <location filename="../core/summary/calibrationtext.cpp" line="252"/>
        <source>Resources ceiling</source>
        <translation>资源上限</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="53"/>
        <location filename="../ui/charts/chartexport.cpp" line="60"/>
        <location filename="../ui/charts/chartexport.cpp" line="64"/>
        <source>The chart could not be saved as %1: %2.</source>
        <translation>无法将图表保存为 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="58"/>
        <source>the picture could not be made</source>
        <translation>无法生成图片</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="98"/>
        <location filename="../ui/charts/chartexport.cpp" line="105"/>
        <source>There is no chart to save.</source>
        <translation>没有可保存的图表。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="117"/>
        <source>A chart of SalesPlan</source>
        <translation>SalesPlan 图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="120"/>
        <source>The chart could not be drawn as SVG.</source>
        <translation>无法将图表绘制为 SVG。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="156"/>
        <source>Targets by month</source>
        <translation>各月目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="160"/>
        <source>Targets by region and month</source>
        <translation>各区域月度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="162"/>
        <source>Targets by product line and month</source>
        <translation>各产品线月度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="164"/>
        <source>Targets by team member and month</source>
        <translation>各成员月度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="169"/>
        <source>Share of the year by region</source>
        <translation>各区域全年占比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="171"/>
        <source>Share of the year by product line</source>
        <translation>各产品线全年占比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="173"/>
        <source>Share of the year by team member</source>
        <translation>各成员全年占比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="176"/>
        <source>Funnel: from leads to won deals</source>
        <translation>销售漏斗：从线索到赢单</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="178"/>
        <source>Reps required and available by month</source>
        <translation>各月所需与可用销售人数</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="180"/>
        <source>Plan against actual, cumulative</source>
        <translation>计划与实际完成对比（累计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="182"/>
        <source>Bookings and collections by month</source>
        <translation>各月签约额与回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="184"/>
        <source>Sales budget by month</source>
        <translation>各月销售预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="186"/>
        <source>From last year to this year by region</source>
        <translation>从去年到今年（按区域）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="187"/>
        <source>From last year to this year by product line</source>
        <translation>从去年到今年（按产品线）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="189"/>
        <source>Cumulative: plan, actual, forecast</source>
        <translation>累计：计划、实际与预测</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="193"/>
        <source>Attainment by region, year to date</source>
        <translation>各区域达成率（本年累计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="195"/>
        <source>Attainment by product line, year to date</source>
        <translation>各产品线达成率（本年累计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="197"/>
        <source>Attainment by team member, year to date</source>
        <translation>各成员达成率（本年累计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="200"/>
        <source>Market, team and resources ceilings</source>
        <translation>市场、团队和资源上限</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="202"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="204"/>
        <source>Action plan timeline</source>
        <translation>行动计划时间线</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="206"/>
        <source>Top-down against bottom-up by unit</source>
        <translation>各业务单元自上而下与自下而上对比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="208"/>
        <source>Consolidated target by month</source>
        <translation>各月汇总目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="254"/>
        <source>%1 carries %2 of the year</source>
        <translation>%1 占全年 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="256"/>
        <source>%1 and %2 carry %3 of the year</source>
        <translation>%1和%2占全年 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="258"/>
        <source>%1, %2 and %3 carry %4 of the year</source>
        <translation>%1、%2 和 %3 占全年 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="268"/>
        <source>%n regions share the year evenly</source>
        <translation>
            <numerusform>%n 个区域平均分摊全年目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="270"/>
        <source>%n product lines share the year evenly</source>
        <translation>
            <numerusform>%n 条产品线平均分摊全年目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="272"/>
        <source>%n reps share the year evenly</source>
        <translation>
            <numerusform>%n 名销售平均分摊全年目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="285"/>
        <source>%n regions carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 个区域各占全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="288"/>
        <source>%n product lines carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 条产品线各占全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="291"/>
        <source>%n reps carry %1 to %2 of the year each</source>
        <translation>
            <numerusform>%n 名销售各占全年 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartbuilders.cpp" line="347"/>
        <source>%1; %n start after %2</source>
        <extracomment>After what a split says: how many reps start after the plan&apos;s third month.</extracomment>
        <translation>
            <numerusform>%1；%n 人在%2之后到岗</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="360"/>
        <source>Every month carries about %1 of the year</source>
        <translation>每月约占全年 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="366"/>
        <source>%1 carries %2 of the year; %3 is the peak</source>
        <translation>%1 占全年 %2；%3为峰值月</translation>
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
        <translation>暂无实际完成数据：导入各月实际业绩后即可对比</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="383"/>
        <source>%1 booked by %2</source>
        <translation>截至%2底已完成 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="387"/>
        <source>%1 ahead of plan by the end of %2</source>
        <translation>截至%2底，领先计划 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="389"/>
        <source>%1 behind plan by the end of %2</source>
        <translation>截至%2底，落后计划 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartbuilders.cpp" line="408"/>
        <source>%1 deals need %2 leads: %3 calls a day</source>
        <translation>成交 %1 单需要 %2 条线索：每天 %3 通电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="23"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="30"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="32"/>
        <source>product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="34"/>
        <source>team members</source>
        <translation>团队成员</translation>
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
        <translation>尚未设定销售目标：请在“目标”中输入年度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsupport.cpp" line="172"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目标暂时无法分解：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="68"/>
        <source>B</source>
        <comment>billions on an axis</comment>
        <translation>十亿</translation>
    </message>
    <message>
        <location filename="../ui/charts/charttheme.cpp" line="70"/>
        <source>M</source>
        <comment>millions on an axis</comment>
        <translation>百万</translation>
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
        <translation>%1：目标 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="119"/>
        <source>, stretch %1</source>
        <translation>，冲刺 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="122"/>
        <source>, last year %1</source>
        <translation>，去年 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="135"/>
        <source>Month target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="142"/>
        <location filename="../ui/charts/targetschart.cpp" line="190"/>
        <source>Stretch tier (+%1)</source>
        <translation>冲刺目标（+%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/targetschart.cpp" line="152"/>
        <location filename="../ui/charts/targetschart.cpp" line="198"/>
        <source>Actual %1</source>
        <translation>%1年实际完成</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="35"/>
        <source>No team members yet: add them in the Team section</source>
        <translation>尚无团队成员：请在“团队”部分添加</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="36"/>
        <source>No %1 yet: add them in Targets, Splits</source>
        <translation>尚无%1：请在“目标 ▸ 拆分”中添加</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="43"/>
        <source>The target cannot be split yet: %1</source>
        <translation>目标暂时无法拆分：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="68"/>
        <source>Share of the year</source>
        <translation>全年占比</translation>
    </message>
    <message>
        <location filename="../ui/charts/splitcharts.cpp" line="147"/>
        <location filename="../ui/charts/budgetchart.cpp" line="78"/>
        <location filename="../ui/charts/consolidatedchart.cpp" line="110"/>
        <source>%1, %2: %3 of %4</source>
        <translation>%1，%2：%3（当月共 %4）</translation>
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
        <translation>销售漏斗暂时无法测算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="33"/>
        <source>Won deals&lt;br&gt;%1 of proposals</source>
        <translation>赢单&lt;br&gt;占方案 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="34"/>
        <source>Proposals&lt;br&gt;%1 of qualified</source>
        <translation>方案&lt;br&gt;占合格线索 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="35"/>
        <source>Qualified&lt;br&gt;%1 of leads</source>
        <translation>合格线索&lt;br&gt;占线索 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="36"/>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Won deals</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="37"/>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="38"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="53"/>
        <source>Needed in the year</source>
        <translation>全年所需</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="31"/>
        <source>The reps cannot be counted yet: %1</source>
        <translation>销售人数暂时无法测算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="49"/>
        <source>%1: %2 reps required, %3 available</source>
        <translation>%1：需要 %2 名销售，可用 %3 名</translation>
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
        <translation>所需销售人数</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="70"/>
        <source>Reps required, month short of reps</source>
        <translation>所需销售人数（人手不足的月份）</translation>
    </message>
    <message>
        <location filename="../ui/charts/capacitychart.cpp" line="77"/>
        <source>Reps available</source>
        <translation>可用销售人数</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="35"/>
        <source>%1: plan %2 to date</source>
        <translation>%1：累计计划 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="39"/>
        <source>%1: actual %2 to date, plan %3</source>
        <translation>%1：累计实际完成 %2，计划 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="50"/>
        <source>Plan, cumulative</source>
        <translation>累计计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/actualchart.cpp" line="53"/>
        <source>Actual, cumulative</source>
        <translation>累计实际完成</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="30"/>
        <source>Collections are not planned: set the shares in Targets ▸ Collections</source>
        <translation>尚未规划回款：请在“目标 ▸ 回款”中设置回款比例</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="36"/>
        <source>Collections cannot be planned: %1. Set the shares in Targets ▸ Collections</source>
        <translation>无法规划回款：%1。请在“目标 ▸ 回款”中设置回款比例</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="51"/>
        <source>Bookings</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="53"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="60"/>
        <source>From last year</source>
        <translation>来自去年签约</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionschart.cpp" line="87"/>
        <source>%1: booked %2, collected %3, of which %4 from last year</source>
        <translation>%1：签约%2，回款%3，其中%4来自去年签约</translation>
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
        <translation>去年与今年</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="154"/>
        <source>Rise</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="155"/>
        <source>Fall</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="217"/>
        <source>No history of last year by region: import last year&apos;s bookings with their regions</source>
        <translation>暂无去年分区域的历史数据：请导入去年的签约额及其所属区域</translation>
    </message>
    <message>
        <location filename="../ui/charts/bridgechart.cpp" line="219"/>
        <source>No history of last year by product line: import last year&apos;s bookings with their product lines</source>
        <translation>暂无去年分产品线的历史数据：请导入去年的签约额及其所属产品线</translation>
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
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="83"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="85"/>
        <source>Run rate</source>
        <extracomment>A dashed forecast line: the year to date scaled by the plan&apos;s seasonality.</extracomment>
        <translation>按当前进度预测</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="87"/>
        <source>Booked + plan</source>
        <extracomment>A dashed forecast line: booked so far plus the plan&apos;s remaining months.</extracomment>
        <translation>已完成 + 计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/cumulativechart.cpp" line="88"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>按当前进度，全年将达到 %1，为目标的 %2（截至%3）</translation>
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
        <translation>这些项目尚无入账业绩</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="120"/>
        <source>The plan does not split its target this way</source>
        <translation>计划未按此维度拆分目标</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/attainmentchart.cpp" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="154"/>
        <source>%1: %2 of %3 year to date</source>
        <translation>%1：本年累计 %2，目标 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="186"/>
        <source>Target (100 %)</source>
        <translation>目标（100%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/attainmentchart.cpp" line="213"/>
        <source>%1 of %2 on track; %3 is furthest behind at %4 (%5)</source>
        <extracomment>%1 how many are green, %2 how many there are, %3 the name furthest behind, %4 its share of its target, %5 its light in words.</extracomment>
        <translation>%2 项中 %1 项达标；%3 落后最多，为 %4（%5）</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpiboardchart.cpp" line="42"/>
        <source>%1 of %2 green in %3</source>
        <extracomment>%1 how many tiles are green, %2 how many there are, %3 the month.</extracomment>
        <translation>%3：%2 项中 %1 项为绿灯</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpiboardchart.cpp" line="46"/>
        <source>%1; %2 is %3</source>
        <extracomment>After how many KPIs are green: the first that is red, %2 its light&apos;s word.</extracomment>
        <translation>%1；%2为%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="31"/>
        <source>Ceiling at or above the target</source>
        <translation>上限不低于目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="33"/>
        <source>Ceiling below the target</source>
        <translation>上限低于目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="40"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="49"/>
        <source>%1&lt;br&gt;&lt;i&gt;not set:&lt;/i&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;&lt;i&gt;未设定：&lt;/i&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
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
        <translation>暂时无法计算任何上限：请填写市场规模、导入历史数据或设定营销预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="135"/>
        <location filename="../ui/charts/calibrationchart.cpp" line="136"/>
        <source>Annual target: %1</source>
        <translation>年度目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="151"/>
        <source>The target fits under every ceiling set; the tightest: %1 at %2</source>
        <translation>目标未超过任何已设定的上限；最紧的上限是 %1，目标占其 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/calibrationchart.cpp" line="153"/>
        <source>%1: the target is %2 of it. %3</source>
        <translation>%1：目标为上限的 %2。%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinechart.cpp" line="16"/>
        <location filename="../ui/charts/timelinechart.cpp" line="26"/>
        <source>No initiatives yet: add them in Metrics &amp; review</source>
        <translation>尚无举措：请在“指标与复盘”中添加</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="36"/>
        <source>%n initiative(s) with %1 of budget</source>
        <extracomment>%n initiatives, %1 their budgets in all.</extracomment>
        <translation>
            <numerusform>%n 项举措，预算共 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/timelinechart.cpp" line="41"/>
        <source>%1; %n overdue</source>
        <extracomment>After the count of initiatives: how many of them are overdue.</extracomment>
        <translation>
            <numerusform>%1；%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="36"/>
        <source>The sales budget cannot be worked out yet: %1</source>
        <translation>暂时无法计算销售预算：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="45"/>
        <source>No sales budget yet: give the roles a cost a month in Team</source>
        <translation>尚无销售预算：请在“团队”中为各岗位填写每月成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="97"/>
        <source>A sales budget of %1, %2 of the target</source>
        <translation>销售预算 %1，占目标 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/budgetchart.cpp" line="101"/>
        <source>%1: above its limit by %2</source>
        <translation>%1：超出上限 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="31"/>
        <source>Allocation (top-down)</source>
        <translation>分配额（自上而下）</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="33"/>
        <source>Unit&apos;s own target (bottom-up)</source>
        <translation>业务单元自身目标（自下而上）</translation>
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
        <translation>%1：分配额 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="66"/>
        <source>%1, its own target %2, gap %3</source>
        <translation>%1，自身目标 %2，差距 %3</translation>
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
        <translation>不是团队汇总计划：没有业务单元。请在“目标 ▸ 业务单元”中添加业务单元</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="83"/>
        <source>The units&apos; plans are not read here: save the team plan first</source>
        <translation>此处尚未读取各业务单元的计划：请先保存团队计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="96"/>
        <source>Not a team plan: no units</source>
        <translation>不是团队汇总计划：没有业务单元</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="149"/>
        <source>%1 of %n units plan below their allocation</source>
        <translation>
            <numerusform>%n 个业务单元中有 %1 个的计划低于分配额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="152"/>
        <source>%1 of %n units plan above their allocation</source>
        <translation>
            <numerusform>%n 个业务单元中有 %1 个的计划高于分配额</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="154"/>
        <source>Every unit read plans its allocation</source>
        <translation>已读取的各业务单元计划均与分配额一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/unitschart.cpp" line="159"/>
        <source>%n units not summed</source>
        <translation>
            <numerusform>%n 个业务单元未计入汇总</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="161"/>
        <source>%1 is missing</source>
        <translation>业务单元“%1”缺失</translation>
    </message>
    <message>
        <location filename="../ui/charts/unitschart.cpp" line="163"/>
        <source>%1 is not summed (%2)</source>
        <translation>业务单元“%1”未计入汇总（%2）</translation>
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
        <translation>团队自身目标（自上而下）</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="81"/>
        <source>No unit plan could be read: link the units&apos; plan files in Targets, Units</source>
        <translation>无法读取任何业务单元的计划：请在“目标 ▸ 业务单元”中链接各业务单元的计划文件</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="135"/>
        <source>%1: the team&apos;s own target %2, the units&apos; %3</source>
        <translation>%1：团队自身目标 %2，各业务单元合计 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="154"/>
        <source>The units&apos; own targets add up to the team&apos;s %1</source>
        <translation>各业务单元自身目标合计 %1，与团队目标一致</translation>
    </message>
    <message>
        <location filename="../ui/charts/consolidatedchart.cpp" line="157"/>
        <source>The units&apos; own targets add up to %1, %2 the team&apos;s %3</source>
        <translation>各业务单元自身目标合计 %1，比团队目标 %3 %2</translation>
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
        <translation>计划尚未命名；请为它命名，以便与其他计划区分。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="58"/>
        <source>The mission is missing; say in a sentence what the team is there to achieve.</source>
        <translation>缺少使命；请用一句话说明团队要达成什么。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="70"/>
        <source>The currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY or USD.</source>
        <translation>币种“%1”不是三个字母的 ISO 4217 代码（如 CNY 或 USD）。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="93"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>“%2”的%1</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="95"/>
        <source>%1 is %2, but the plan is kept in %3. SalesPlan does not convert between currencies; enter the amount in %3.</source>
        <translation>%1为 %2，但计划使用的币种是 %3。SalesPlan 不做币种换算；请以 %3 填写该金额。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="139"/>
        <source>The annual revenue target is missing; enter what the team is to sell.</source>
        <translation>缺少年度销售目标；请填写团队要完成的销售额。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="141"/>
        <source>The annual revenue target is %1; it must be above zero.</source>
        <translation>年度销售目标为 %1；必须大于零。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="160"/>
        <source>The target is %1 above last year&apos;s actual; growth of more than 100% is rarely reached.</source>
        <translation>目标比去年实际完成高 %1；增长超过 100% 的目标很少能达成。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="166"/>
        <source>The target is %1 below last year&apos;s actual; check that a fall of more than 50% is intended.</source>
        <translation>目标比去年实际完成低 %1；请确认下降超过 50% 是否符合预期。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="179"/>
        <source>The stretch reserve is %1; a reserve of 10–15% above the target is usual.</source>
        <translation>冲刺上浮为 %1；通常在目标基础上上浮 10–15%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="195"/>
        <source>lead to qualified lead</source>
        <translation>线索到合格线索</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="198"/>
        <source>qualified lead to proposal</source>
        <translation>合格线索到方案</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="199"/>
        <source>proposal to won deal</source>
        <translation>方案到赢单</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="206"/>
        <source>The conversion rate from %1 is %2; it must be above 0% and at most 100%.</source>
        <translation>%1的转化率为 %2；必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="218"/>
        <source>The average deal size is missing; without it the deals, activity and reps the target needs cannot be worked out.</source>
        <translation>缺少客单价；没有客单价，就无法算出达成目标所需的成交单数、销售活动量和销售人数。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="269"/>
        <source>The weight of &quot;%1&quot; is %2; a weight must be zero or more.</source>
        <translation>“%1”的权重为 %2；权重不能小于零。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/check/findings.cpp" line="332"/>
        <source>%n more</source>
        <translation>
            <numerusform>其他 %n 项</numerusform>
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
        <translation>其余各分得 %1</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="345"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="357"/>
        <source>The %1 are all zero; give at least one a weight above zero.</source>
        <translation>%1全部为零；请至少为一项设置大于零的权重。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="362"/>
        <source>The %1 are relative, so the shares are: %2.</source>
        <translation>%1为相对值，因此各项占比为：%2。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="384"/>
        <source>month weights</source>
        <translation>月度权重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="399"/>
        <source>members&apos; quota shares</source>
        <translation>成员个人指标权重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="417"/>
        <source>region weights</source>
        <translation>区域权重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="421"/>
        <source>product line weights</source>
        <translation>产品线权重</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="433"/>
        <source>The team has no members; add the reps who will carry the target.</source>
        <translation>团队还没有成员；请添加承担目标的销售代表。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="119"/>
        <source>The activity and the reps the target needs cannot be worked out: %1.</source>
        <translation>无法算出达成目标所需的销售活动量和销售人数：%1。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="444"/>
        <source>The plan has no sales stages; add the steps from the first lead to the signed contract.</source>
        <translation>计划中没有销售阶段；请添加从第一条线索到签订合同的各个步骤。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="452"/>
        <source>The conversion rate of the stage &quot;%1&quot; is %2; it must be above 0% and at most 100%.</source>
        <translation>销售阶段“%1”的转化率为 %2；必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="467"/>
        <source>The KPI &quot;%1&quot; turns yellow at %2 of its target but green already at %3; the yellow threshold belongs below the green one.</source>
        <translation>关键指标“%1”在达到目标的 %2 时亮黄灯，却在 %3 时就已亮绿灯；黄灯阈值应低于绿灯阈值。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="485"/>
        <source>The KPI &quot;%1&quot; has no target: with 0 to reach it is met from the first day. Type a target.</source>
        <translation>关键指标“%1”没有目标：目标为 0 时第一天就已达成。请输入目标。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="498"/>
        <source>The likelihood of the risk &quot;%1&quot; is %2; rate it from 1 (rare) to 5 (almost certain).</source>
        <translation>风险“%1”的可能性为 %2；请按 1（罕见）到 5（几乎肯定）评分。</translation>
    </message>
    <message>
        <location filename="../core/check/findings.cpp" line="505"/>
        <source>The impact of the risk &quot;%1&quot; is %2; rate it from 1 (minor) to 5 (severe).</source>
        <translation>风险“%1”的影响为 %2；请按 1（轻微）到 5（严重）评分。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="40"/>
        <source>The initiative &quot;%1&quot; is due on %2, before it starts on %3.</source>
        <translation>举措“%1”的截止日期 %2 早于开始日期 %3。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="47"/>
        <source>The initiative &quot;%1&quot; runs outside the plan year (%2 to %3); move it into the year or leave it to next year&apos;s plan.</source>
        <translation>举措“%1”不在计划年度内（%2 至 %3）；请移入本年度，或留待明年的计划。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="59"/>
        <source>The initiative &quot;%1&quot; has no owner; name the one person who answers for it.</source>
        <translation>举措“%1”没有负责人；请指定一名对其负责的人。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="69"/>
        <source>The owner of the initiative &quot;%1&quot;, %2, is not on the team; fine for marketing or a partner, else check the name.</source>
        <translation>举措“%1”的负责人 %2 不在团队中；如果是市场部或合作伙伴则无妨，否则请检查姓名。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="80"/>
        <source>The initiative &quot;%1&quot; has spent %2 of its budget of %3.</source>
        <translation>举措“%1”已花费 %2，预算为 %3。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="104"/>
        <source>The milestone &quot;%1&quot; of the initiative &quot;%2&quot; was due on %3 and is not done: mark it done or move its date.</source>
        <translation>举措“%2”的里程碑“%1”已于 %3 到期但尚未完成：请将其标记为已完成，或调整日期。</translation>
    </message>
    <message>
        <location filename="../core/check/initiativechecks.cpp" line="147"/>
        <source>The initiative &quot;%1&quot; of %2 was due on %3 and is not done: finish it, move its date or drop it.</source>
        <translation>%2 负责的举措“%1”应于 %3 完成，但尚未完成：请完成它、调整日期或取消。</translation>
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
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="44"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="49"/>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="50"/>
        <source>Indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="55"/>
        <source>Even</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="56"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="58"/>
        <source>Like last year</source>
        <translation>参照去年</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="60"/>
        <source>Average of past years</source>
        <translation>往年平均</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="65"/>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="66"/>
        <source>Consumer</source>
        <translation>个人消费者</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="71"/>
        <source>Strategic</source>
        <translation>战略型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="72"/>
        <source>Profit</source>
        <translation>利润型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="73"/>
        <source>Nurture</source>
        <translation>培育型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="74"/>
        <source>Maintain</source>
        <translation>维护型</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="79"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="80"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="82"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="83"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="88"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="89"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="91"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="93"/>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="98"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="99"/>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="100"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="105"/>
        <source>Events</source>
        <translation>会展活动</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="106"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="108"/>
        <source>Marketing campaigns</source>
        <translation>营销推广</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="109"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="114"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="115"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="120"/>
        <source>All reps</source>
        <translation>全体销售</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="122"/>
        <source>New hires only</source>
        <translation>仅新人</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="127"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="129"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="130"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="132"/>
        <source>Average deal size</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="133"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="138"/>
        <source>Typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="139"/>
        <source>The plan</source>
        <translation>按计划</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="155"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="156"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="157"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="162"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../core/plan/choices.h" line="164"/>
        <source>In progress</source>
        <translation>进行中</translation>
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
        <translation>错误</translation>
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
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="329"/>
        <source>needs a value</source>
        <translation>需要指定一个值</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="334"/>
        <source>is not an option of this command</source>
        <translation>不是此命令的选项</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="341"/>
        <source>expected %n file name(s), got %1</source>
        <translation>
            <numerusform>应提供 %n 个文件名，实际为 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="390"/>
        <source>the plan cannot be reviewed: %1</source>
        <translation>无法生成计划复盘：%1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="434"/>
        <location filename="../app/cli.cpp" line="502"/>
        <source>export needs exactly one of --json OUT, --pdf OUT, --deck OUT, --xlsx OUT or --letters OUT</source>
        <translation>export 需要且只能指定 --json OUT、--pdf OUT、--deck OUT、--xlsx OUT 或 --letters OUT 中的一项</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="437"/>
        <source>--per-member goes with --letters</source>
        <translation>--per-member 需与 --letters 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="441"/>
        <source>--page goes with --pdf or --letters</source>
        <translation>--page 需与 --pdf 或 --letters 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="448"/>
        <source>--page: &quot;%1&quot; is not a page size; use A4 or Letter</source>
        <translation>--page：“%1”不是有效的纸张大小，请使用 A4 或 Letter</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="452"/>
        <source>--open-points goes with --pdf</source>
        <translation>--open-points 只能与 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="457"/>
        <source>--confidential goes with --pdf</source>
        <translation>--confidential 须与 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="462"/>
        <source>--review-month goes with --pdf</source>
        <translation>--review-month 只能与 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="464"/>
        <source>--server goes with --deck or --pdf</source>
        <translation>--server 需与 --deck 或 --pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="515"/>
        <source>--letters %1: with --per-member, OUT must be an existing folder</source>
        <translation>--letters %1：使用 --per-member 时，OUT 必须是已存在的文件夹</translation>
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
        <translation>%1 已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="560"/>
        <source>%1: import-history adds to a .salesplan file; import the JSON plan into one first</source>
        <translation>%1：import-history 只能向 .salesplan 文件添加数据；请先将 JSON 计划导入为 .salesplan 文件</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="570"/>
        <source>%1: --sheet is for .xlsx workbooks; a CSV file has no sheets</source>
        <translation>%1：--sheet 仅适用于 .xlsx 工作簿；CSV 文件没有工作表</translation>
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
        <translation>用法：salesplan [选项] [FILE]
      salesplan COMMAND [参数]

SalesPlan 用于编写、分解和演示年度销售计划。
不带命令时，在窗口中打开 FILE（.salesplan 计划文件）。

选项：
  -h, --help        显示此帮助并退出。
  -v, --version     显示版本号并退出。
  --lang LANGUAGE   使用 LANGUAGE（en、zh_CN、zh_TW）而非系统语言。
  --screenshots DIR 将窗口的每个页面以 PNG 格式保存到 DIR 后退出。
  --palette dark|light|system
                    以深色或浅色显示窗口，或跟随系统，
                    而不使用首选项中的设置。

命令（无需图形界面）：
  export FILE --json OUT        将计划导出为 JSON，包括已保存的版本。
  export FILE --pdf OUT [--page A4|Letter] [--open-points]
             [--confidential TEXT] [--review-month YYYY-MM]
                                将计划导出为 PDF 报告（未指定时为 A4；
                                指定时在附录中列出待决事项；
                                TEXT 印在封面和每页页脚；
                                指定时附上当月的执行复盘）。
  export FILE --deck OUT        将演示文稿导出为 PDF，
                                每张幻灯片占一页 16:9 页面。
  export FILE --letters OUT [--per-member] [--page A4|Letter]
                                将每位成员的目标责任书导出为一个 PDF，
                                每人一页（--per-member：OUT 为文件夹，
                                每位成员一个 PDF），语言由 --lang 指定。
  export FILE --xlsx OUT        将计划数据导出为 Excel 工作簿，
                                其中的合计均为公式。
  import JSON --to FILE         由 JSON 计划及其已保存的版本新建 .salesplan
                                文件。
  import-history FILE TABLE [--sheet NAME] [--replace]
                                将 CSV 文件或 .xlsx 工作簿（第一个工作表，
                                或名为 NAME 的工作表）中的销售额添加到
                                计划的历史数据（--replace：替换现有的
                                历史数据）。
  summary FILE [--json]         输出目标、销售漏斗、产能和检查提示。
  check FILE                    输出检查提示；有错误时以退出码 1 退出。
  review FILE [--month YYYY-MM] [--json]
                                输出当月复盘：各项的达成率、全年预测、
                                关键指标的信号灯和偏差（未指定时为最近
                                一个有实际数据的月份）；有偏差未填写
                                说明时以退出码 1 退出。
  diff FILE FILE [--json]       比较两个计划：列出不同的目标、团队、销售
                                阶段、关键指标、风险和文本；两者不同时以
                                退出码 1 退出。
  version FILE --save NAME [--author NAME]
                                将计划的当前状态保存为 .salesplan 文件中
                                名为 NAME 的版本。
  versions FILE [--json]        列出已保存的版本：名称、日期、作者和大小。
  status FILE [--submit | --approve --by NAME [--comment TEXT]
              [--narrative-editable] | --reopen --reason TEXT [--by NAME]]
                                输出计划的状态及其变更记录，或变更状态：
                                提交审核、批准（锁定目标并保存一个版本）、
                                退回草稿。
  templates [--json]            列出新计划可使用的行业模板：键名、名称
                                及各模板的假设。
  new --template KEY --to FILE  由模板新建 .salesplan 文件（若 FILE 为
                                .json，则新建 JSON 计划），使用 --lang
                                指定的语言，计划年度为明年。
  consolidate TEAM [--json]     输出团队计划及其各业务单元的计划（链接的
                                文件，路径相对于 TEAM 所在的文件夹）：各业务
                                单元的分配额与其自身目标的对比、差距、人数
                                和预算，以及各业务单元数据的汇总。无法读取
                                的业务单元列为缺失（退出码 1），绝不按零计算。

团队服务器（PostgreSQL；URL 为 postgresql://USER@HOST:PORT/DATABASE，
使用 TLS 时加 ?sslmode=require 或 verify-full；密码来自
--password-stdin、PGPASSWORD、~/.pgpass 或提示输入，绝不来自命令行：
含密码的 URL 会被拒绝）：
  server init URL               创建团队服务器的数据表、角色和行级安全策略，
                                或将其升级到当前的 SalesPlan（须以数据库
                                所有者身份运行）。
  server add-unit URL --unit NAME --manager ROLE
  server add-director URL --director ROLE
                                添加业务单元及其经理的登录角色，或添加
                                总监；新角色的密码需输入两次，或从标准输入的
                                下一行读取。已有的角色保留其原密码；超级用户
                                或可创建角色、数据库的角色会被拒绝。
  server units URL              列出各业务单元、其经理及最新版本。
  fetch FILE --server URL [--unit NAME]
                                在 .salesplan 文件 FILE 中记录最新的目标分配、
                                该业务单元分到的部分及该业务单元的最新版本，
                                并输出分配的目标与计划自身目标的对比（由经理
                                执行）。
  fetch FILE --server URL --allocation
                                记录团队计划所基于的目标分配（由总监执行）。
  publish FILE --server URL --unit NAME [--allocation-version N]
                                [--unit-version N]
                                将计划发布为该业务单元的下一个版本（由经理
                                发布）；若目标分配或该业务单元在 FILE 上次获取
                                或发布之后（或在版本 N 之后）已有变更，则拒绝
                                发布；发布后 FILE 会记录所发布的版本。
  publish FILE --server URL --allocation [--allocation-version N]
                                将团队计划发布为下一个目标分配版本（由总监
                                发布），检查方式同上。
  consolidate --server URL [--json]
                                同 consolidate TEAM，但基于服务器上的目标
                                分配（团队计划）以及你有权读取的每个业务
                                单元的最新版本。
  export TEAM --deck OUT --server URL, export TEAM --pdf OUT --server URL
                                按服务器上各业务单元的情况（而非链接的文件）
                                输出团队计划的演示文稿或报告。
  （加上 --password-stdin 可从标准输入的第一行读取密码）

FILE 为 .salesplan 文件或 .json 计划；FILE@NAME 读取 .salesplan 文件中
保存的版本 NAME，而非计划的当前状态。

退出码：0 成功，1 计划有错误（review：有偏差未填写说明；diff：两个计划
不同；consolidate：有业务单元缺失或币种不同），2 用法错误或输入有误
（consolidate：无法读取 TEAM 或其中没有业务单元），或团队服务器拒绝了
请求（登录、权限、版本已过期）。
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="368"/>
        <source>%1 %2: give a month of the plan year as YYYY-MM, from %3 to %4</source>
        <translation>%1 %2：请以 YYYY-MM 格式指定计划年度内的月份，范围为 %3 至 %4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="576"/>
        <location filename="../app/clipublish.cpp" line="132"/>
        <source>%1: cannot be changed: %2</source>
        <translation>%1：无法修改：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="591"/>
        <source>%n history row(s) imported into %1
</source>
        <translation>
            <numerusform>已将 %n 行历史数据导入 %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cliversions.cpp" line="32"/>
        <source>version: say what to do: --save NAME</source>
        <translation>version：请指明要做什么：--save NAME</translation>
    </message>
    <message>
        <location filename="../app/cliversions.cpp" line="69"/>
        <source>No saved versions.
</source>
        <translation>没有已保存的版本。
</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="35"/>
        <source>status takes one of --submit, --approve or --reopen</source>
        <translation>status 需要指定 --submit、--approve 或 --reopen 其中之一</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="37"/>
        <source>--approve needs --by NAME: who approves the plan</source>
        <translation>--approve 需要 --by NAME：计划的批准人</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="39"/>
        <source>--reopen needs --reason TEXT: why the plan goes back to a draft</source>
        <translation>--reopen 需要 --reason TEXT：计划退回草稿的原因</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="58"/>
        <source>Status: %1
</source>
        <translation>状态：%1
</translation>
    </message>
    <message>
        <location filename="../app/clistatus.cpp" line="69"/>
        <source>the plan is %1: it cannot move to %2</source>
        <translation>计划当前为“%1”，无法变为“%2”</translation>
    </message>
    <message>
        <location filename="../app/clitemplates.cpp" line="64"/>
        <source>new needs --template KEY and --to FILE.salesplan (or FILE.json); the templates are %1</source>
        <translation>new 需要 --template KEY 和 --to FILE.salesplan（或 FILE.json）；可用模板为 %1</translation>
    </message>
    <message>
        <location filename="../app/cliconsolidate.cpp" line="20"/>
        <source>%1: has no units: it is the plan of one team, not a team plan</source>
        <translation>%1：没有业务单元：这是单个团队的计划，不是团队汇总计划</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="81"/>
        <source>Team server %1: allocation version %2 by %3, %4
</source>
        <translation>团队服务器 %1：目标分配版本 %2，%3 于 %4 发布
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="86"/>
        <source>  %1: version %2 by %3, %4
</source>
        <translation>  %1：版本 %2，%3 于 %4 发布
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="98"/>
        <source>%1 manages “%2”: these are the units&apos; published figures. Their plans — regions, product lines, members, funnel — are the director&apos;s to read.

</source>
        <translation>%1 负责“%2”：以下是各业务单元已发布的数据。其计划内容（区域、产品线、成员、销售漏斗）仅总监可以查看。

</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="115"/>
        <source>the address holds a password, which the command line must not: give it with --password-stdin, in PGPASSWORD or ~/.pgpass, or type it at the prompt</source>
        <translation>地址中含有密码，命令行中不得出现密码：请通过 --password-stdin、PGPASSWORD 或 ~/.pgpass 提供，或在提示时输入</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="119"/>
        <source>Password of %1 at %2: </source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="136"/>
        <source>The team server %1 is ready: add a director with “salesplan server add-director” and each unit with “salesplan server add-unit”.
</source>
        <translation>团队服务器 %1 已就绪：请用“salesplan server add-director”添加总监，用“salesplan server add-unit”添加各业务单元。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="146"/>
        <source>server: unknown action “%1” (init, add-unit, add-director, units)</source>
        <translation>server：未知操作“%1”（可用：init、add-unit、add-director、units）</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="150"/>
        <source>server add-unit: give --unit NAME and --manager ROLE</source>
        <translation>server add-unit：请指定 --unit NAME 和 --manager ROLE</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="151"/>
        <source>server add-director: give --director ROLE</source>
        <translation>server add-director：请指定 --director ROLE</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="159"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="159"/>
        <source>The same again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="161"/>
        <source>%1 needs a password to sign in with: type it at the prompt, or give it on the line of standard input after your own.</source>
        <translation>%1 需要一个登录密码：请在提示时输入，或在标准输入中你自己的密码之后的一行给出。</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="171"/>
        <source>%1 existed already on the server: it keeps its own password.
</source>
        <translation>服务器上已有 %1：保留其原密码。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="172"/>
        <source>%1 manages “%2” on %3.
</source>
        <translation>%1 在 %3 上负责“%2”。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="174"/>
        <source>%1 is a director on %2.
</source>
        <translation>%1 是 %2 上的总监。
</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="187"/>
        <source>version %1, %2 by %3</source>
        <translation>版本 %1，%3 于 %2 发布</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="190"/>
        <source>nothing published</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="203"/>
        <source>give a version number (0: none published yet)</source>
        <translation>请给出版本号（0：尚未发布任何版本）</translation>
    </message>
    <message>
        <location filename="../app/cliserver.cpp" line="287"/>
        <source>--server: this is not a team plan (it has no units)</source>
        <translation>--server：这不是团队计划（没有业务单元）</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="33"/>
        <source>%1 keeps no basis of its own: give the versions it is based on with --allocation-version N and --unit-version N, or import it into a .salesplan file and run “salesplan fetch” on that.</source>
        <translation>%1 本身不记录所基于的版本：请用 --allocation-version N 和 --unit-version N 指定其所基于的版本，或将其导入 .salesplan 文件后对该文件运行“salesplan fetch”。</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="37"/>
        <source>Run “salesplan fetch %1 --server URL %2” to record what is on the server now.</source>
        <translation>请运行“salesplan fetch %1 --server URL %2”，记录服务器上的当前版本。</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="50"/>
        <source>publish: give --server URL and either --unit NAME or --allocation</source>
        <translation>publish：请指定 --server URL，以及 --unit NAME 或 --allocation 之一</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="63"/>
        <source>%1: cannot record the published version: %2</source>
        <translation>%1：无法记录已发布的版本：%2</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="93"/>
        <source>Published the allocation as version %1 on %2.
</source>
        <translation>已将目标分配发布为 %2 上的版本 %1。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="96"/>
        <source>Published “%1” as version %2 on %3.
</source>
        <translation>已将“%1”发布为 %3 上的版本 %2。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="104"/>
        <source>%1: the version is published, but the file could not record it: %2</source>
        <translation>%1：版本已发布，但文件未能记录该版本：%2</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="107"/>
        <source>%1 is now based on allocation %2%3.
</source>
        <translation>%1 现基于目标分配版本 %2%3。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="112"/>
        <source> and version %1 of “%2”</source>
        <translation> 以及“%2”的版本 %1</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="122"/>
        <source>fetch: give --server URL and --unit NAME, or --allocation</source>
        <translation>fetch：请指定 --server URL，以及 --unit NAME 或 --allocation</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="125"/>
        <source>%1: fetch records what the plan is based on in a .salesplan file; import the JSON plan into one first</source>
        <translation>%1：fetch 会把计划所基于的版本记录在 .salesplan 文件中；请先将 JSON 计划导入 .salesplan 文件</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="153"/>
        <source>fetch: give --unit NAME (the unit whose plan this is) or --allocation (the director&apos;s team plan)</source>
        <translation>fetch：请指定 --unit NAME（此计划所属的业务单元）或 --allocation（总监的团队计划）</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="168"/>
        <source>Nothing of “%1” is published yet: the first publish makes version 1.
</source>
        <translation>“%1”尚未发布任何版本：首次发布将生成版本 1。
</translation>
    </message>
    <message>
        <location filename="../app/clipublish.cpp" line="170"/>
        <source>This plan is based on version %1 of “%2”.
</source>
        <translation>此计划基于“%2”的版本 %1。
</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../core/calc/collections.cpp" line="28"/>
        <source>collection terms</source>
        <translation>回款条件</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="36"/>
        <source>each share must be from 0 % to 100 %</source>
        <translation>每项比例必须介于 0% 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="40"/>
        <source>the shares add up to %1, not %2</source>
        <translation>各项比例合计为%1，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="120"/>
        <source>bookings cannot be negative</source>
        <translation>签约额不能为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="122"/>
        <source>opening receivable</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../core/calc/collections.cpp" line="122"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
</context>
<context>
    <name>CollectionsText</name>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="38"/>
        <source>%1 in the month of booking</source>
        <translation>%1在签约当月回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="39"/>
        <source>%1 the month after</source>
        <translation>%1在次月回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="40"/>
        <source>%1 two months later</source>
        <translation>%1在两个月后回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="41"/>
        <source>%1 three months later</source>
        <translation>%1在三个月后回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="42"/>
        <source>%1 four months later</source>
        <translation>%1在四个月后回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="43"/>
        <source>%1 five months later</source>
        <translation>%1在五个月后回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="44"/>
        <source>%1 six months later</source>
        <translation>%1在六个月后回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="53"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="65"/>
        <source>Adds up to %1</source>
        <translation>合计%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="66"/>
        <source>Adds up to %1 — the shares must add up to %2</source>
        <translation>合计%1——各项比例合计必须为%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="94"/>
        <source>%1 comes in during the year; %2 is still to collect at year end</source>
        <translation>年内回款%1；年末仍有%2待回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/collectionstext.cpp" line="100"/>
        <source>%1 of last year&apos;s bookings comes in by %2; %3 is still to collect at year end</source>
        <translation>去年签约额中有%1在%2前（含）回款；年末仍有%3待回款</translation>
    </message>
</context>
<context>
    <name>ConsolidationPrinter</name>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="25"/>
        <location filename="../app/consolidationprinter.cpp" line="40"/>
        <source>Units</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="28"/>
        <location filename="../app/consolidationprinter.cpp" line="42"/>
        <source>Consolidated figures (%1)</source>
        <translation>汇总数据（%1）</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="30"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="32"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="33"/>
        <source>Funnel and team</source>
        <translation>销售漏斗与团队</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="35"/>
        <location filename="../app/consolidationprinter.cpp" line="44"/>
        <source>Findings</source>
        <translation>检查提示</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="49"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="50"/>
        <source>Team consolidation — %1, %2
</source>
        <translation>团队汇总 — %1，%2
</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="51"/>
        <source>Team target</source>
        <translation>团队目标</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="52"/>
        <source>Allocated by weights</source>
        <translation>按权重分配</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="53"/>
        <source>Allocated by amounts</source>
        <translation>按金额分配</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="55"/>
        <source>Consolidated target</source>
        <translation>汇总目标</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="57"/>
        <source>Gap threshold</source>
        <translation>差距阈值</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="64"/>
        <source>Unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="64"/>
        <source>Top-down</source>
        <translation>自上而下</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="65"/>
        <source>Bottom-up</source>
        <translation>自下而上</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="65"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>销售漏斗统计范围</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="109"/>
        <source>%1 of %n units</source>
        <translation>
            <numerusform>%n 个业务单元中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="110"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="111"/>
        <source>Proposals / demos</source>
        <translation>方案 / 演示</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="112"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="113"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="114"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="115"/>
        <source>Reps to employ</source>
        <translation>需配置销售人数</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="116"/>
        <source>Reps on the teams</source>
        <translation>各团队现有销售人数</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="117"/>
        <source>Members listed</source>
        <translation>已列成员数</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="122"/>
        <source>Collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="130"/>
        <source>Sales budget</source>
        <translation>销售预算</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consolidationprinter.cpp" line="130"/>
        <source>%1 (%2 of %n units)</source>
        <translation>
            <numerusform>%1（%n 个业务单元中的 %2 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/consolidationprinter.cpp" line="138"/>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation>%1 个错误，%2 个警告
</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <location filename="../core/summary/plancost.cpp" line="20"/>
        <source>cost of the plan</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="20"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="26"/>
        <source>must be zero or more</source>
        <translation>不能小于零</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="90"/>
        <source>revenue target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="90"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="91"/>
        <source>commission rate</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../core/summary/plancost.cpp" line="93"/>
        <source>accelerator rate</source>
        <translation>超额提成比例</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="73"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="88"/>
        <source>the file is not UTF-8, and this SalesPlan cannot read GBK or GB18030; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>文件不是 UTF-8 编码，而此版本的 SalesPlan 无法读取 GBK 或 GB18030 编码；请将其另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="94"/>
        <source>the file is neither UTF-8 nor GBK/GB18030 text; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本；请将其另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="159"/>
        <source>line %1: a quoted field is not closed; a &quot; is missing</source>
        <translation>第 %1 行：带引号的字段没有闭合，缺少一个 &quot;</translation>
    </message>
</context>
<context>
    <name>DeckPdf</name>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="90"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>无法写入：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="94"/>
        <location filename="../ui/charts/deckpdf.cpp" line="116"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckpdf.cpp" line="106"/>
        <source>the deck could not be drawn</source>
        <translation>无法绘制演示文稿</translation>
    </message>
</context>
<context>
    <name>Decompose</name>
    <message>
        <location filename="../core/calc/decompose.cpp" line="32"/>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="44"/>
        <source>the weight of %1 is not a number</source>
        <translation>%1 的权重不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="46"/>
        <source>the weight of %1 is infinite</source>
        <translation>%1 的权重为无穷大</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="47"/>
        <source>the weight of %1 is negative</source>
        <translation>%1 的权重为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="53"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="61"/>
        <location filename="../core/calc/decompose.cpp" line="272"/>
        <source>has no entries to split between</source>
        <translation>没有可拆分的项</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="67"/>
        <source>all weights are zero</source>
        <translation>所有权重均为零</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="189"/>
        <source>row totals</source>
        <translation>行合计</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="190"/>
        <source>column totals</source>
        <translation>列合计</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="192"/>
        <location filename="../core/calc/decompose.cpp" line="194"/>
        <source>there are none</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="196"/>
        <location filename="../core/calc/decompose.cpp" line="198"/>
        <location filename="../core/calc/decompose.cpp" line="303"/>
        <location filename="../core/calc/decompose.cpp" line="351"/>
        <location filename="../core/calc/decompose.cpp" line="387"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="202"/>
        <location filename="../core/calc/decompose.cpp" line="204"/>
        <source>add up to more than can be calculated with</source>
        <translation>总和过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="206"/>
        <source>add up to %1, but the column totals to %2</source>
        <translation>总和为 %1，但列合计总和为 %2</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="217"/>
        <source>month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="240"/>
        <source>the fixed amounts add up to more than the target of %1</source>
        <translation>固定金额合计超过了目标%1</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="248"/>
        <source>the fixed amounts leave %1 that no entry with a weight can take</source>
        <translation>扣除固定金额后还剩%1，但没有按权重分配的项可以承担</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="267"/>
        <source>has %1 names but %2 weights</source>
        <translation>有 %1 个名称，却有 %2 个权重</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="294"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="301"/>
        <source>is not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="305"/>
        <source>cannot be more than 100 %</source>
        <translation>不能超过 100%</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="314"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="315"/>
        <source>cannot split a negative amount</source>
        <translation>无法拆分负数金额</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="322"/>
        <source>has too many entries to split between</source>
        <translation>项数过多，无法拆分</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="351"/>
        <location filename="../core/calc/decompose.cpp" line="387"/>
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="354"/>
        <source>seasonality</source>
        <translation>季节性</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="388"/>
        <source>stretch reserve</source>
        <translation>冲刺上浮</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="389"/>
        <source>challenge reserve</source>
        <translation>挑战上浮</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="395"/>
        <source>is below the stretch reserve</source>
        <translation>低于冲刺上浮</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="396"/>
        <source>stretch target</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../core/calc/decompose.cpp" line="400"/>
        <source>challenge target</source>
        <translation>挑战目标</translation>
    </message>
</context>
<context>
    <name>DiffPrinter</name>
    <message>
        <location filename="../app/diffprinter.cpp" line="39"/>
        <source>Stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="39"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="40"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="49"/>
        <source>added, %1</source>
        <translation>新增，%1</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="51"/>
        <source>removed, was %1</source>
        <translation>已删除，原为 %1</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="53"/>
        <source>%1 → %2  %3</source>
        <translation>%1 → %2  %3</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="76"/>
        <source>Targets</source>
        <translation>目标</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="82"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="83"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="91"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="93"/>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="95"/>
        <source>left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="108"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="111"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="116"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../app/diffprinter.cpp" line="127"/>
        <source>Texts</source>
        <translation>文本</translation>
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
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="22"/>
        <source>e.g. Sales plan 2027</source>
        <translation>例如：2027年度销售计划</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="24"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="25"/>
        <source>The company or business unit the plan is for</source>
        <translation>本计划所属的公司或事业部</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="28"/>
        <source>Author</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="29"/>
        <source>Who wrote the plan</source>
        <translation>计划的编写人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="31"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="32"/>
        <source>The language of the plan&apos;s own texts: en, zh_CN or zh_TW</source>
        <translation>计划自身文字所用的语言：en、zh_CN 或 zh_TW</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="35"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="36"/>
        <source>The currency of every amount in the plan, such as CNY or USD</source>
        <translation>计划中所有金额的币种，例如 CNY 或 USD</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="38"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="39"/>
        <source>The year the plan is for</source>
        <translation>本计划适用的年度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="44"/>
        <source>First month</source>
        <translation>起始月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="45"/>
        <source>The month the plan year starts in, 1 to 12</source>
        <translation>计划年度从哪个月开始，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="50"/>
        <location filename="../core/plan/fields.cpp" line="60"/>
        <location filename="../core/plan/fields.cpp" line="623"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="51"/>
        <source>Draft, in review or approved</source>
        <translation>草稿、审核中或已批准</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="61"/>
        <source>The status the plan changed to</source>
        <translation>计划变更后的状态</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="62"/>
        <source>By</source>
        <translation>变更人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="63"/>
        <source>Who changed it: the approver of an approval</source>
        <translation>变更状态的人；批准时为批准人</translation>
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
        <translation>状态变更的时间</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="68"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="69"/>
        <source>The approval&apos;s comment, or why the plan was reopened</source>
        <translation>批准意见，或计划退回草稿的原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="73"/>
        <source>Narrative editable</source>
        <translation>文字内容可编辑</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="74"/>
        <source>Whether the narrative texts may still be edited while the plan is approved</source>
        <translation>计划批准后是否仍可编辑文字内容</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="84"/>
        <source>Mission</source>
        <translation>使命</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="85"/>
        <source>Why the company exists and what it brings to customers</source>
        <translation>公司为何存在，能为客户带来什么</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="88"/>
        <source>Market position</source>
        <translation>市场定位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="89"/>
        <source>Where you stand: market tier, share, region, what you are known for</source>
        <translation>你的市场地位：市场层级、份额、区域、以什么著称</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="93"/>
        <source>Value proposition</source>
        <translation>价值主张</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="94"/>
        <source>The features, benefits and solutions a customer pays you for</source>
        <translation>客户为之付费的功能、价值和解决方案</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="97"/>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="102"/>
        <source>Market growth</source>
        <translation>市场增长率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="103"/>
        <source>Yearly growth of the market; negative when it shrinks</source>
        <translation>市场的年增长率；市场萎缩时填负数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="106"/>
        <source>Market trends</source>
        <translation>市场趋势</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="107"/>
        <source>What is changing: budgets, technology, regulation, how customers buy</source>
        <translation>正在发生的变化：预算、技术、监管、客户的采购方式</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="117"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="118"/>
        <source>The competitor&apos;s name</source>
        <translation>竞争对手的名称</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="119"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="120"/>
        <source>Direct: offers a similar product. Indirect: solves the same problem another way.</source>
        <translation>直接：提供同类产品。间接：以其他方式解决同一问题。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="124"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="125"/>
        <source>Where they beat you</source>
        <translation>对手胜过你的地方</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="127"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="128"/>
        <source>Where you beat them</source>
        <translation>你胜过对手的地方</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="138"/>
        <location filename="../core/plan/scenario.cpp" line="72"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="139"/>
        <source>The revenue the team commits to for the plan year</source>
        <translation>团队承诺在计划年度完成的销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="142"/>
        <source>Last year&apos;s actual</source>
        <translation>去年实际完成</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="143"/>
        <source>The revenue booked in the year before the plan year</source>
        <translation>计划年度前一年实际完成的销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="146"/>
        <source>Stretch reserve</source>
        <translation>冲刺上浮</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="147"/>
        <source>The stretch tier above the target; 10–15 % is usual</source>
        <translation>冲刺目标在目标之上的上浮比例；通常为 10–15%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="150"/>
        <source>Challenge reserve</source>
        <translation>挑战上浮</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="151"/>
        <source>The challenge tier above the target</source>
        <translation>挑战目标在目标之上的上浮比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="153"/>
        <location filename="../core/plan/scenario.cpp" line="168"/>
        <location filename="../core/plan/scenario.cpp" line="173"/>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="184"/>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="188"/>
        <source>Seasonality</source>
        <translation>季节性</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="154"/>
        <source>How the year&apos;s target spreads over the months</source>
        <translation>全年目标如何分配到各月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="157"/>
        <source>Years of history</source>
        <translation>历史年数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="158"/>
        <source>How many past years the average seasonality takes, 1 to 3</source>
        <translation>按往年平均计算季节性时取几年，1 至 3</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="162"/>
        <source>Quotas follow start dates and ramp</source>
        <translation>指标随到岗日期和爬坡期调整</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="163"/>
        <source>A member or hire has no quota before their start month and a reduced one while ramping up; the month&apos;s target goes to those active in it</source>
        <translation>成员或招聘人员在到岗月份之前没有指标，爬坡期内指标相应减少；每月目标由当月在岗的人员承担</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="168"/>
        <source>Over-assignment</source>
        <translation>超额分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="169"/>
        <source>Reps&apos; quotas add up to the target plus this much, so the target is met even when some miss; 10 % is common</source>
        <translation>销售指标之和比目标高出此比例，即使部分人未完成，目标仍能达成；通常为 10%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="173"/>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="174"/>
        <source>The share of the plan year&apos;s market the plan assumes; empty = last year&apos;s share (last year&apos;s actual ÷ the market size)</source>
        <translation>计划假定在计划年度市场中所占的份额；留空 = 去年的份额（去年实际完成 ÷ 市场规模）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="179"/>
        <source>Marketing budget available</source>
        <translation>可用营销预算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="180"/>
        <source>What marketing may spend on leads in the plan year; empty = no resources ceiling</source>
        <translation>计划年度内营销可用于获取线索的费用；留空 = 不计算资源上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="185"/>
        <source>Revenue from existing customers</source>
        <translation>老客户销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="186"/>
        <source>The share of last year&apos;s actual that existing customers bring again (renewals, repeat orders)</source>
        <translation>去年实际完成中老客户会再次带来的比例（续约、复购）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="260"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="261"/>
        <source>Why the reps will sell more: training, a new tool, a better territory</source>
        <translation>销售为什么能卖得更多：培训、新工具、更好的区域</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="263"/>
        <source>Uplift</source>
        <translation>提升幅度</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="264"/>
        <source>How much more revenue a rep-month brings, e.g. 20 %</source>
        <translation>每个人月的销售额提升多少，例如 20 %</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="268"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="269"/>
        <source>All reps, or the planned hires only</source>
        <translation>全体销售，或仅计划招聘的新人</translation>
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
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="191"/>
        <source>Allocate to units by</source>
        <translation>业务单元目标分配方式</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="192"/>
        <source>A team plan gives each unit a fixed amount of the target, or a share of it by weight</source>
        <translation>团队计划可以给每个业务单元分配固定金额的目标，或按权重分配目标的一定份额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="196"/>
        <source>Gap threshold</source>
        <translation>差距阈值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="197"/>
        <source>A unit whose own target differs from its allocation by more than this share of the allocation is a finding; 5 % is usual</source>
        <translation>业务单元自身目标与分配额的差距超过分配额的这一比例时，会给出检查提示；通常为 5 %</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="208"/>
        <source>The region or business line, e.g. East China</source>
        <translation>区域或业务线，例如华东</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="210"/>
        <source>Plan file</source>
        <translation>计划文件</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="211"/>
        <source>The unit&apos;s plan file, beside the team plan or in a folder under it</source>
        <translation>该业务单元的计划文件，与团队计划放在同一文件夹或其子文件夹中</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="214"/>
        <source>Allocation</source>
        <translation>分配额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="215"/>
        <source>The unit&apos;s part of the team&apos;s annual target</source>
        <translation>该业务单元在团队年度目标中分到的部分</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="219"/>
        <source>The unit&apos;s share of the target among the units, when allocating by weights</source>
        <translation>按权重分配时，该业务单元在各业务单元之间所占目标的份额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="230"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="231"/>
        <source>The team server the plan was fetched from or published to</source>
        <translation>获取或发布此计划的团队服务器</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="235"/>
        <source>The unit whose plan this is on the team server</source>
        <translation>此计划在团队服务器上所属的业务单元</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="239"/>
        <source>Allocation version</source>
        <translation>目标分配版本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="240"/>
        <source>The director&apos;s allocation the plan is based on; 0 for none</source>
        <translation>此计划所基于的总监目标分配版本；0 表示无</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="245"/>
        <source>Unit version</source>
        <translation>业务单元版本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="246"/>
        <source>The unit&apos;s published version the plan is based on; 0 for none</source>
        <translation>此计划所基于的业务单元已发布版本；0 表示无</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="251"/>
        <source>Allocated target</source>
        <translation>分配目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="252"/>
        <source>The unit&apos;s part of the allocation when it was fetched</source>
        <translation>获取时该业务单元在目标分配中分到的部分</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="282"/>
        <source>Relative weight: 2 gets twice the target of 1. Percentages that add up to 100 work too.</source>
        <translation>相对权重：权重 2 分得的目标是权重 1 的两倍。也可输入合计为 100 的百分比。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="286"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="287"/>
        <source>A fixed annual amount, taken before the weights share out the rest; empty = by weight</source>
        <translation>固定的年度金额，先行扣除，其余部分再按权重分配；留空 = 按权重分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="298"/>
        <location filename="../core/plan/scenario.cpp" line="78"/>
        <source>Average deal size</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="299"/>
        <source>What one won deal brings on average</source>
        <translation>平均每笔成交带来的销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="302"/>
        <location filename="../core/plan/scenario.cpp" line="84"/>
        <source>Lead to qualified</source>
        <translation>线索合格率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="303"/>
        <source>The share of leads that qualify</source>
        <translation>线索中最终合格的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="305"/>
        <location filename="../core/plan/scenario.cpp" line="87"/>
        <source>Qualified to proposal</source>
        <translation>合格线索转方案率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="306"/>
        <source>The share of qualified leads that get a demo or proposal</source>
        <translation>合格线索中进入产品演示或方案阶段的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="309"/>
        <location filename="../core/plan/scenario.cpp" line="90"/>
        <source>Proposal to won</source>
        <translation>方案赢单率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="310"/>
        <source>The share of proposals that are won</source>
        <translation>方案中最终赢单的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="312"/>
        <source>Calls per lead</source>
        <translation>每条线索的电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="313"/>
        <source>How many calls make one lead</source>
        <translation>获得一条线索需要打多少通电话</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="315"/>
        <location filename="../core/plan/scenario.cpp" line="93"/>
        <source>Calls a rep makes a day</source>
        <translation>人均每日电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="316"/>
        <source>How many calls one rep makes on a working day</source>
        <translation>每位销售每个工作日打多少通电话</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="319"/>
        <location filename="../core/plan/scenario.cpp" line="96"/>
        <source>Demos a rep gives a day</source>
        <translation>人均每日产品演示数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="320"/>
        <source>How many demos or proposals one rep gives on a working day</source>
        <translation>每位销售每个工作日完成多少次产品演示或方案</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="323"/>
        <location filename="../core/plan/scenario.cpp" line="99"/>
        <source>Attrition a year</source>
        <translation>年度人员流失率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="324"/>
        <source>The share of reps expected to leave during the year</source>
        <translation>预计年内离职的销售人员比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="327"/>
        <source>New hires&apos; ramp (months)</source>
        <translation>新人爬坡期（月）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="328"/>
        <source>Months a new hire takes to reach full speed, 0 to 24</source>
        <translation>新人达到满产能所需的月数，0 至 24</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="332"/>
        <source>Cost per lead</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="333"/>
        <source>What marketing spends to buy one lead</source>
        <translation>获取一条线索的营销花费</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="335"/>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="336"/>
        <source>Whose public holidays and make-up working days the working days follow</source>
        <translation>工作日按哪个地区的法定节假日和调休上班日计算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="347"/>
        <source>Same month</source>
        <translation>当月</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="348"/>
        <source>Share of a month&apos;s bookings collected in that month</source>
        <translation>当月签约额中在当月回款的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="351"/>
        <source>1 month later</source>
        <translation>1 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="352"/>
        <source>Share collected the month after</source>
        <translation>在次月回款的比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="354"/>
        <source>2 months later</source>
        <translation>2 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="356"/>
        <source>3 months later</source>
        <translation>3 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="358"/>
        <source>4 months later</source>
        <translation>4 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="360"/>
        <source>5 months later</source>
        <translation>5 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="362"/>
        <source>6 months later</source>
        <translation>6 个月后</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="365"/>
        <source>Opening receivable</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="366"/>
        <source>Last year&apos;s bookings still to be collected when the plan year starts; used when there is no monthly history</source>
        <translation>计划年度开始时去年签约额中尚未回款的部分；没有月度历史数据时使用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="376"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="377"/>
        <source>How new and current reps learn the product and the method</source>
        <translation>新老销售如何学习产品和销售方法</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="381"/>
        <source>Commission</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="382"/>
        <source>The commission on revenue up to quota</source>
        <translation>个人指标以内销售额的提成比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="385"/>
        <source>Accelerator</source>
        <translation>超额提成比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="386"/>
        <source>The commission on revenue above 100 % of quota</source>
        <translation>超过个人指标 100% 部分销售额的提成比例</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="389"/>
        <source>Incentive notes</source>
        <translation>激励说明</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="390"/>
        <source>Bonuses, contests and anything else that rewards results</source>
        <translation>奖金、销售竞赛以及其他奖励业绩的措施</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="394"/>
        <source>Budget limit</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="395"/>
        <source>What the sales budget may spend in the plan year; empty = no limit</source>
        <translation>计划年度内销售预算最多可花费的金额；留空 = 不设上限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="407"/>
        <source>Events, travel, marketing campaigns or other</source>
        <translation>会展活动、差旅、营销推广或其他</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="410"/>
        <source>Budget line</source>
        <translation>预算项目</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="411"/>
        <source>What the money is for, e.g. the spring trade show</source>
        <translation>这笔费用的用途，例如春季展会</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="414"/>
        <source>A month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="415"/>
        <source>What it costs in each month it runs</source>
        <translation>执行期间每月的费用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="418"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="419"/>
        <source>The first month it runs, 1 to 12 of the plan year</source>
        <translation>从计划年度的第几个月开始，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="423"/>
        <source>To month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="424"/>
        <source>The last month it runs, 1 to 12 of the plan year</source>
        <translation>到计划年度的第几个月结束，1 至 12</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="430"/>
        <source>must not be before %1</source>
        <translation>不能早于%1</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="439"/>
        <location filename="../core/plan/fields.cpp" line="465"/>
        <location filename="../core/plan/fields.cpp" line="500"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="440"/>
        <source>The role&apos;s name as the team uses it, e.g. account manager.</source>
        <translation>团队内部使用的岗位名称，如客户经理。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="443"/>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="444"/>
        <source>What this role owns: accounts, stages of the sale, people it leads.</source>
        <translation>该岗位负责的内容：客户、销售阶段、带领的人员。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="448"/>
        <source>Skills needed</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="449"/>
        <source>The expertise the role needs to get results.</source>
        <translation>该岗位做出业绩所需的专业能力。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="452"/>
        <source>Cost a month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="453"/>
        <source>What one person in the role costs a month: salary, social insurance, overheads; e.g. 2万</source>
        <translation>该岗位每人每月的成本：工资、社保、管理费用分摊等；例如 2万</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="466"/>
        <location filename="../core/plan/fields.cpp" line="501"/>
        <source>Pick one of the roles above or type another.</source>
        <translation>从上方的岗位中选择，或输入其他岗位。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="468"/>
        <location filename="../core/plan/fields.cpp" line="503"/>
        <location filename="../core/plan/fields.cpp" line="827"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="469"/>
        <location filename="../core/plan/fields.cpp" line="504"/>
        <source>One of the plan&apos;s regions (set in Targets).</source>
        <translation>计划中的某个区域（在“目标”中设置）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="472"/>
        <source>Quota weight</source>
        <translation>个人指标权重</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="473"/>
        <source>A weight of zero or more: a member&apos;s part of the target is their weight divided by the sum of all weights.</source>
        <translation>大于或等于零的权重：成员分到的目标 = 其权重 ÷ 全部权重之和。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="478"/>
        <source>Fixed quota</source>
        <translation>固定指标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="479"/>
        <source>A fixed annual quota, taken before the weights share out the rest of the region&apos;s target; empty = by weight</source>
        <translation>固定的年度指标，先从区域目标中扣除，其余部分再按权重分配；留空 = 按权重分配</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="482"/>
        <location filename="../core/plan/fields.cpp" line="510"/>
        <source>Start date</source>
        <translation>到岗日期</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="483"/>
        <source>The first working day in the team. “—”: on the team before the plan year (step below the first day of the plan year to set it).</source>
        <translation>在团队的第一个工作日。“—”：计划年度开始前已在团队中（把日期调到计划年度首日之前即可设为此值）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="489"/>
        <source>Ramp (months)</source>
        <translation>爬坡期（月）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="490"/>
        <source>Months from the start date to full productivity, 0 to 24.</source>
        <translation>从到岗到完全胜任所需的月数，0 至 24。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="506"/>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="507"/>
        <source>How many people to hire, 1 to 999.</source>
        <translation>招聘人数，1 至 999。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="511"/>
        <source>When the new hires are to start. “—”: not decided yet.</source>
        <translation>新人计划到岗的日期。“—”：尚未确定。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="521"/>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="522"/>
        <source>A short name for the group of customers</source>
        <translation>这类客户的简短名称</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="525"/>
        <source>Customers</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="526"/>
        <source>B2B: you sell to companies. B2C: you sell to consumers.</source>
        <translation>B2B：面向企业销售。B2C：面向个人消费者销售。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="529"/>
        <source>Characteristics</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="530"/>
        <source>B2B: industry, capital, employees. B2C: age, income, occupation.</source>
        <translation>B2B：行业、注册资本、员工人数。B2C：年龄、收入、职业。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="534"/>
        <source>Challenges</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="535"/>
        <source>What stands in these customers&apos; way</source>
        <translation>这类客户面临的阻碍</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="537"/>
        <source>Goals</source>
        <translation>客户目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="538"/>
        <source>What these customers want to achieve</source>
        <translation>这类客户想要实现的目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="539"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="540"/>
        <source>Strategic: few, large, long-term. Profit: today&apos;s revenue. Nurture: small now, could grow. Maintain: keep and upsell.</source>
        <translation>战略型：数量少、规模大、长期合作。利润型：贡献当期销售额。培育型：目前规模小，有增长潜力。维护型：保持合作并促进增购。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="545"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="546"/>
        <source>How the team wins and keeps these customers</source>
        <translation>团队如何赢得并留住这类客户</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="555"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="557"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="560"/>
        <source>Exit criteria</source>
        <translation>完成标准</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="562"/>
        <source>Collateral</source>
        <translation>销售资料</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="564"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="565"/>
        <source>The share of the deals in this stage that move on to the next one, 0–100 %</source>
        <translation>本阶段商机进入下一阶段的比例，0–100%</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="569"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="570"/>
        <source>How many days a deal typically spends in this stage</source>
        <translation>商机通常在本阶段停留的天数</translation>
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
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="586"/>
        <source>Annual cost</source>
        <translation>年度费用</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="587"/>
        <source>What the tool costs a year: licences, seats, calls; e.g. 36000 or 3.6万</source>
        <translation>工具每年的费用：许可证、席位、通话费；例如 36000 或 3.6万</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="590"/>
        <source>Data it holds</source>
        <translation>存放的数据</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="599"/>
        <location filename="../core/plan/fields.cpp" line="639"/>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="600"/>
        <source>What is done: a partner channel launch, a trade show, a CRM rollout</source>
        <translation>要做什么：上线合作伙伴渠道、参加展会、推行 CRM</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="602"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="603"/>
        <source>What it should achieve, in figures where you can</source>
        <translation>要达到的效果，尽量用数字表达</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="606"/>
        <source>Who answers for it: a member of the team</source>
        <translation>由谁负责：团队中的一名成员</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="608"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="611"/>
        <source>By when it is done</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="613"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="614"/>
        <source>What it may cost in the plan year; e.g. 50000 or 5万</source>
        <translation>计划年度内可花费的金额；例如 50000 或 5万</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="617"/>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="618"/>
        <source>The segment, region or product line it serves</source>
        <translation>服务的客户细分、区域或产品线</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="621"/>
        <source>The KPI of the plan it should move</source>
        <translation>要推动的计划关键指标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="624"/>
        <source>Planned, in progress, done or dropped</source>
        <translation>已计划、进行中、已完成或已取消</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="627"/>
        <source>Progress notes</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="628"/>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="629"/>
        <source>What it has cost so far; more than its budget is a finding</source>
        <translation>目前已花费的金额；超出预算会生成检查提示</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="640"/>
        <source>The id of the initiative.</source>
        <translation>举措的 ID。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="642"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="656"/>
        <source>The id of the KPI measured.</source>
        <translation>所衡量关键指标的 ID。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="661"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="662"/>
        <source>What was measured in the month, in the KPI&apos;s unit.</source>
        <translation>当月实际测得的数值，以该关键指标的单位计。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="672"/>
        <source>The month reviewed.</source>
        <translation>复盘的月份。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="674"/>
        <source>Line</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="675"/>
        <source>What deviates: the company, a region, a product line, a member or a KPI.</source>
        <translation>偏离计划的对象：公司、区域、产品线、成员或关键指标。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="679"/>
        <source>Which region, product line, member or KPI.</source>
        <translation>具体是哪个区域、产品线、成员或关键指标。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="681"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="682"/>
        <source>Why it happened: ask why until the answer is something you can act on, one why a line.</source>
        <translation>为什么会发生：不断追问“为什么”，直到答案是可以着手解决的事情，每行写一个“为什么”。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="686"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="687"/>
        <source>What is done about it.</source>
        <translation>为此采取的措施。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="689"/>
        <source>Who does it.</source>
        <translation>由谁执行。</translation>
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
        <translation>何时完成。</translation>
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
        <translation>措施是否已完成；完成之前，下次复盘会继续列出。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="703"/>
        <source>Review cadence</source>
        <translation>复盘频率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="704"/>
        <source>How often the team reviews the plan</source>
        <translation>团队多久复盘一次计划</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="707"/>
        <source>Review notes</source>
        <translation>复盘说明</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="708"/>
        <source>Who takes part, what is looked at and what is decided</source>
        <translation>谁参加、看哪些内容、做出哪些决定</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="620"/>
        <location filename="../core/plan/fields.cpp" line="655"/>
        <location filename="../core/plan/fields.cpp" line="725"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="98"/>
        <source>What all customers in your market spent last year, e.g. 50亿; the plan year&apos;s market is this × (1 + growth)</source>
        <translation>去年您所在市场全部客户的总支出，例如 50亿；计划年度的市场规模 = 此数 ×（1 + 增长率）</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="713"/>
        <source>Note deviations above</source>
        <translation>需说明的偏差阈值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="714"/>
        <source>A line of the monthly review further from plan than this (10 %: below 90 % or above 110 %) asks for a note on its cause and the action taken.</source>
        <translation>月度复盘中偏离计划超过此比例的项目（10%：低于 90% 或高于 110%）需说明原因及所采取的措施。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="726"/>
        <source>What is measured, e.g. qualified leads.</source>
        <translation>衡量什么，例如合格线索数。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="729"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="730"/>
        <source>How it is counted, so that everyone gets the same number.</source>
        <translation>统计口径，确保每个人算出的数字一致。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="207"/>
        <location filename="../core/plan/fields.cpp" line="234"/>
        <location filename="../core/plan/fields.cpp" line="732"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="733"/>
        <source>e.g. leads a month, %, yuan.</source>
        <translation>例如：条线索/月、%、元。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="735"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="736"/>
        <source>The value to reach in each period, zero or more.</source>
        <translation>每个周期要达到的数值，不小于零。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="739"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="740"/>
        <source>How often the KPI is measured and looked at.</source>
        <translation>多久统计并查看一次该指标。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="743"/>
        <source>Measures</source>
        <translation>衡量对象</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="744"/>
        <source>Which of the plan&apos;s figures the KPI measures, if any.</source>
        <translation>该关键指标衡量计划中的哪项数据（如有）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="747"/>
        <source>Target from</source>
        <translation>目标来源</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="748"/>
        <source>Whether the target follows the plan&apos;s figures or is typed.</source>
        <translation>目标是跟随计划数据，还是手动输入。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="751"/>
        <source>Green at</source>
        <translation>绿灯阈值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="752"/>
        <source>Green at or above this share of the target. It cannot be below the yellow threshold.</source>
        <translation>达到目标的这一比例及以上时亮绿灯。不能低于黄灯阈值。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="757"/>
        <source>Yellow at</source>
        <translation>黄灯阈值</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="758"/>
        <source>Yellow at or above this share of the target, red below it. It cannot be above the green threshold.</source>
        <translation>达到目标的这一比例及以上时亮黄灯，低于则亮红灯。不能高于绿灯阈值。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="763"/>
        <source>Better when</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="764"/>
        <source>Whether more is better (revenue, leads) or less (cost per lead, days to close); the lights read the thresholds that way.</source>
        <translation>数值越高越好（如销售额、线索），还是越低越好（如单条线索成本、成交天数）；信号灯按此方向判断阈值。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="771"/>
        <source>must not be above %1</source>
        <translation>不能高于%1</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="406"/>
        <location filename="../core/plan/fields.cpp" line="781"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="782"/>
        <source>Market, customer, execution or financial.</source>
        <translation>市场、客户、执行或财务。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="785"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="786"/>
        <source>What could go wrong, and what it would cost the plan.</source>
        <translation>可能出现什么问题，会给计划造成多大损失。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="789"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="790"/>
        <source>How likely it is: 1 (rare) to 5 (almost certain).</source>
        <translation>发生的可能性：1（罕见）到 5（几乎肯定）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="793"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="794"/>
        <source>How much it would hurt the plan: 1 (minor) to 5 (severe).</source>
        <translation>对计划的影响程度：1（轻微）到 5（严重）。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="798"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="799"/>
        <source>What you do now to make it less likely, and what you do if it happens.</source>
        <translation>现在采取什么措施降低发生概率，以及一旦发生如何应对。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="803"/>
        <source>Who watches the risk and acts on it.</source>
        <translation>负责跟踪并处理该风险的人。</translation>
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
        <translation>调整后目标开始生效的第一个月。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="815"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="816"/>
        <source>Why the targets were adjusted.</source>
        <translation>目标调整的原因。</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="829"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="831"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../core/plan/fields.cpp" line="833"/>
        <source>Amount</source>
        <translation>金额</translation>
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
        <translation>增减销售人数</translation>
    </message>
</context>
<context>
    <name>FieldCells</name>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="148"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下选项之一：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="158"/>
        <source>&quot;%1&quot; is below zero</source>
        <translation>“%1”小于零</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/fieldcells.cpp" line="214"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
</context>
<context>
    <name>FigureFormulas</name>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="53"/>
        <source>Enter last year&apos;s actual to see the growth.</source>
        <translation>填写去年实际完成额即可查看增长。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/figureformulas.cpp" line="78"/>
        <source>= %1 × (1 + %2) = %3, %4 of the target; %n member(s) and hire(s) carry it</source>
        <translation>
            <numerusform>= %1 × (1 + %2) = %3，为目标的 %4；由 %n 名成员和计划招聘人员承担</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="88"/>
        <source>The plan does not plan collections.</source>
        <translation>本计划未规划回款。</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="96"/>
        <source>= %1 from last year&apos;s bookings + %2 from this year&apos;s = %3; %4 still receivable at year end</source>
        <translation>= 去年签约在今年回款 %1 + 今年签约回款 %2 = %3；年末仍有应收款 %4</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="140"/>
        <source>= the larger of %1 ÷ %2 = %3 and %4 ÷ %5 = %6 → %7</source>
        <translation>= %1 ÷ %2 = %3 与 %4 ÷ %5 = %6 中的较大者 → %7</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="147"/>
        <source>= %1 ÷ (1 − %2) = %3; the team has %4 → %5 to hire</source>
        <translation>= %1 ÷ (1 − %2) = %3；团队现有 %4 → 需招聘 %5</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="152"/>
        <source>No marketing cost per lead is entered.</source>
        <translation>未填写每条线索的营销成本。</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="205"/>
        <source>= the larger of %1 calls ÷ %2 = %3 and %4 demos ÷ %5 = %6 → %7 (%8 of the target, %9 working days)</source>
        <translation>= %1 通电话拜访 ÷ %2 = %3 与 %4 次产品演示 ÷ %5 = %6 中的较大者 → %7（目标的 %8，%9 个工作日）</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="258"/>
        <source>%1 to hire</source>
        <translation>需招聘 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="259"/>
        <source>%1 to spare</source>
        <translation>富余 %1</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="260"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/summary/figureformulas.cpp" line="263"/>
        <source>The team has no members or planned hires.</source>
        <translation>团队中没有成员，也没有计划招聘。</translation>
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
        <translation>Q%1目标</translation>
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
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="11"/>
        <source>Growth on last year</source>
        <translation>较去年增长</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="13"/>
        <source>Stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="15"/>
        <source>Challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="17"/>
        <source>Assigned to reps</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="19"/>
        <source>Collections in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="21"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="23"/>
        <source>Demos or proposals</source>
        <translation>产品演示或方案</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="25"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="27"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="29"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="31"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="33"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="35"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="37"/>
        <source>Qualified leads a day</source>
        <translation>每日合格线索</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="39"/>
        <source>Reps the activity needs</source>
        <translation>活动量所需销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="41"/>
        <source>Reps to employ</source>
        <translation>需配置销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="43"/>
        <source>Headcount for the year</source>
        <translation>全年编制</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="45"/>
        <source>Tightest month</source>
        <translation>最紧张的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="47"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="49"/>
        <source>Quarter target</source>
        <translation>季度目标</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="51"/>
        <source>Month target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="53"/>
        <source>Reps needed in the month</source>
        <translation>当月所需销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="55"/>
        <source>Reps available in the month</source>
        <translation>当月可用销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="57"/>
        <source>Cost of sales</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="59"/>
        <source>Reps available</source>
        <translation>可用销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="61"/>
        <source>Calls per rep a day</source>
        <translation>每名销售每日电话拜访</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="63"/>
        <source>Headcount gap</source>
        <translation>人员缺口</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="72"/>
        <source>the amount entered on the Targets page; the months, quarters, tiers, quotas and the funnel are worked out from it</source>
        <translation>在“目标”页填写的金额；月度、季度、目标档位、个人指标和销售漏斗都由它推算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="75"/>
        <source>(annual target − last year&apos;s actual) ÷ last year&apos;s actual</source>
        <translation>（年度目标 − 去年实际完成额）÷ 去年实际完成额</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="77"/>
        <source>annual target × (1 + stretch reserve)</source>
        <translation>年度目标 × (1 + 冲刺上浮)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="79"/>
        <source>annual target × (1 + challenge reserve)</source>
        <translation>年度目标 × (1 + 挑战上浮)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="81"/>
        <source>the sum of the members&apos; and planned hires&apos; quotas: the target × (1 + over-assignment), each from the start month</source>
        <translation>成员和计划招聘人员的个人指标之和：目标 × (1 + 超额分配)，各自从起始月算起</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="84"/>
        <source>each month&apos;s bookings × the shares collected that month and in the months after, plus what last year left to collect; the rest is still receivable at year end</source>
        <translation>每月签约额 × 当月及之后各月的回款比例，加上去年留下的待回款；其余为年末应收款</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="88"/>
        <source>annual target ÷ average deal size, rounded up</source>
        <translation>年度目标 ÷ 客单价，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="90"/>
        <source>deals to win ÷ the share of proposals won, rounded up</source>
        <translation>需赢单数 ÷ 方案赢单率，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="92"/>
        <source>demos or proposals ÷ the share of qualified leads that get one, rounded up</source>
        <translation>产品演示或方案数 ÷ 合格线索转方案率，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="95"/>
        <source>qualified leads ÷ the share of leads that qualify, rounded up</source>
        <translation>合格线索 ÷ 线索合格率，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="97"/>
        <source>leads × calls per lead, rounded up</source>
        <translation>线索 × 每条线索的电话拜访数，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="99"/>
        <source>the weekdays of the plan year, less public holidays and your days off, plus make-up working days</source>
        <translation>计划年度的周一至周五，减去法定节假日和你的休息日，加上调休上班日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="102"/>
        <source>calls ÷ working days</source>
        <translation>电话拜访 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="104"/>
        <source>demos or proposals ÷ working days</source>
        <translation>产品演示或方案 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="106"/>
        <source>qualified leads ÷ working days</source>
        <translation>合格线索 ÷ 工作日</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="108"/>
        <source>the larger of calls a day ÷ calls a rep makes a day and demos a day ÷ demos a rep gives a day, rounded up</source>
        <translation>每日电话拜访 ÷ 人均每日电话拜访数，与每日产品演示 ÷ 人均每日产品演示数，取较大者，向上取整</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="112"/>
        <source>reps the activity needs ÷ (1 − reps expected to leave in the year), rounded up; less the team, the reps to hire</source>
        <translation>活动量所需销售人数 ÷ (1 − 年度人员流失率)，向上取整；减去团队现有人数即为需招聘人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="115"/>
        <source>the month with the fewest reps to spare: reps needed in the month against the reps available in it</source>
        <translation>销售人手余量最少的月份：比较当月所需销售人数与当月可用销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="118"/>
        <source>leads × marketing cost per lead</source>
        <translation>线索 × 每条线索的营销成本</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="120"/>
        <source>the sum of its three month targets</source>
        <translation>该季度三个月的月度目标之和</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="122"/>
        <source>annual target × the month&apos;s share of the seasonality weights; the last cents (fen) go to the months with the largest remainders, so the months add up to the year exactly</source>
        <translation>年度目标 × 当月在季节性权重中的占比；最后的零头（分）分配给余数最大的月份，使各月合计恰好等于全年</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="140"/>
        <source>reps to employ − reps available (the members + the planned hires): above zero, the reps to hire; below, the reps to spare</source>
        <translation>需配置销售人数 − 可用销售人数（团队成员 + 计划招聘）：大于零为需招聘的人数，小于零为富余的人数</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="126"/>
        <source>the larger of the month&apos;s calls a day ÷ calls a rep makes a day and its demos a day ÷ demos a rep gives a day, rounded up; the month has the year&apos;s activity × its share of the target</source>
        <translation>当月每日电话拜访 ÷ 人均每日电话拜访数，与当月每日产品演示 ÷ 人均每日产品演示数，取较大者，向上取整；当月活动量 = 全年活动量 × 当月目标占比</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="130"/>
        <source>each member and planned hire from the start month, ramping up to full speed, × (1 − attrition × the months gone by ÷ 12)</source>
        <translation>每位成员和计划招聘人员自起始月起按爬坡期逐步达到满产能，× (1 − 年度人员流失率 × 已过月数 ÷ 12)</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="133"/>
        <source>commission rate × annual target + the tools&apos; annual costs + the marketing budget</source>
        <translation>提成比例 × 年度目标 + 工具年费 + 营销预算</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="136"/>
        <source>the members on the team + the planned hires</source>
        <translation>团队成员 + 计划招聘人员</translation>
    </message>
    <message>
        <location filename="../core/summary/figurewords.cpp" line="138"/>
        <source>calls a day ÷ reps available</source>
        <translation>每日电话拜访 ÷ 可用销售人数</translation>
    </message>
</context>
<context>
    <name>FigureHelp</name>
    <message>
        <location filename="../ui/help/figurehelp.cpp" line="77"/>
        <source>More in the user guide</source>
        <translation>在用户指南中了解更多</translation>
    </message>
    <message>
        <location filename="../ui/help/figurehelp.cpp" line="88"/>
        <location filename="../ui/help/figurehelp.cpp" line="107"/>
        <source>How is this computed?</source>
        <translation>这个数是怎么算出来的？</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../core/calc/funnel.cpp" line="61"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="66"/>
        <source>is not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="71"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="76"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="81"/>
        <source>is in %1 but the target is in %2</source>
        <translation>币种为 %1，但目标的币种为 %2</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="103"/>
        <source>must be more than 0 % and at most 100 %, not %1</source>
        <translation>必须大于 0% 且不超过 100%，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="112"/>
        <source>lead to qualified rate</source>
        <translation>线索合格率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="114"/>
        <source>qualified to proposal rate</source>
        <translation>合格线索转方案率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="116"/>
        <source>proposal to won rate</source>
        <translation>方案赢单率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="147"/>
        <source>calls per rep a day</source>
        <translation>人均每日电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="149"/>
        <source>demos per rep a day</source>
        <translation>人均每日产品演示数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="154"/>
        <source>calls per lead</source>
        <translation>每条线索的电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="162"/>
        <location filename="../core/calc/funnel.cpp" line="376"/>
        <location filename="../core/calc/funnel.cpp" line="412"/>
        <source>working days</source>
        <translation>工作日天数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="163"/>
        <source>must be between 1 and 366, not %1</source>
        <translation>必须在 1 到 366 之间，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="168"/>
        <source>annual attrition</source>
        <translation>年度人员流失率</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="174"/>
        <source>must be at least 0 % and below 100 %, not %1</source>
        <translation>必须不小于 0% 且小于 100%，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="180"/>
        <source>average deal size</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="182"/>
        <source>revenue target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="192"/>
        <source>cost per lead</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="208"/>
        <source>headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="215"/>
        <source>reps</source>
        <translation>销售人数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="264"/>
        <location filename="../core/calc/funnel.cpp" line="393"/>
        <location filename="../core/calc/funnel.cpp" line="487"/>
        <source>proposals</source>
        <translation>方案数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="268"/>
        <source>qualified leads</source>
        <translation>合格线索数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="272"/>
        <location filename="../core/calc/funnel.cpp" line="472"/>
        <location filename="../core/calc/funnel.cpp" line="493"/>
        <source>leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="276"/>
        <location filename="../core/calc/funnel.cpp" line="391"/>
        <location filename="../core/calc/funnel.cpp" line="483"/>
        <source>calls</source>
        <translation>电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="304"/>
        <source>headcount required</source>
        <translation>所需编制</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="317"/>
        <source>marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="358"/>
        <source>month targets</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="377"/>
        <source>must be between 0 and 31 in a month, not %1</source>
        <translation>每月必须在 0 到 31 之间，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="386"/>
        <source>plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="387"/>
        <source>is not a valid year and start month</source>
        <translation>不是有效的年份和起始月</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="413"/>
        <source>%1 has a target but no working days</source>
        <translation>%1 有目标，但没有工作日</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="454"/>
        <source>calls a day</source>
        <translation>每日电话拜访数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="455"/>
        <source>demos a day</source>
        <translation>每日产品演示数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="459"/>
        <source>reps required</source>
        <translation>所需销售人数</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="500"/>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../core/calc/funnel.cpp" line="503"/>
        <source>gap to target</source>
        <translation>目标差额</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <location filename="../core/calc/growth.cpp" line="13"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="18"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="23"/>
        <source>revenue target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="28"/>
        <source>last year&apos;s actual</source>
        <translation>去年实际完成</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="33"/>
        <source>actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="42"/>
        <source>is in %1 but %2 is in %3</source>
        <translation>币种为 %1，但%2的币种为 %3</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="48"/>
        <location filename="../core/calc/growth.cpp" line="81"/>
        <source>growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="50"/>
        <source>is not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="54"/>
        <source>must be more than -100 %</source>
        <translation>必须大于 -100%</translation>
    </message>
    <message>
        <location filename="../core/calc/growth.cpp" line="113"/>
        <source>gap to target</source>
        <translation>目标差额</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="46"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="50"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="55"/>
        <source>amount</source>
        <translation>金额</translation>
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
        <translation>金额 %1 不是有效的数字：逗号只能用作千位分隔符，例如 1,234.50</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="196"/>
        <source>amount %1 is not a number</source>
        <translation>金额 %1 不是有效的数字</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="199"/>
        <source>amount %1 has more decimal places than %2 has (%3)</source>
        <translation>金额 %1 的小数位数超过了 %2 允许的 %3 位</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="203"/>
        <source>amount %1 is too large</source>
        <translation>金额 %1 过大</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="217"/>
        <source>; and %1 more</source>
        <translation>; 另有 %1 处问题</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="237"/>
        <source>the file has no %1 column (expected a header such as %2); %3 has: %4</source>
        <translation>文件中没有%1列（表头可写作 %2 等）；%3的列为：%4</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="258"/>
        <source>%1: columns %2 and %3 are both the %4 column; remove or rename one</source>
        <translation>%1：列 %2 和列 %3 都被识别为%4列，请删除或重命名其中一列</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="283"/>
        <source>column %1 is chosen for both the %2 and the %3; a column holds one of them</source>
        <translation>列 %1 同时被选为%2和%3；一列只能对应其中一项</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="293"/>
        <source>choose the column that holds the %1</source>
        <translation>请选择%1所在的列</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="405"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="406"/>
        <source>%1 is not a three-letter currency code</source>
        <translation>%1 不是三个字母的货币代码</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="410"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="466"/>
        <source>Actuals of the plan year %1: %2; history of earlier years: %3.</source>
        <translation>计划年度 %1 的实际业绩：%2；往年历史数据：%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/historycsv.cpp" line="470"/>
        <source>%n row(s) fall after the plan year: nothing reads them.</source>
        <translation>
            <numerusform>有 %n 行数据晚于计划年度，不会被使用。</numerusform>
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
        <translation>文件只有表头，下面没有数据行</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="361"/>
        <source>month is empty</source>
        <translation>月份为空</translation>
    </message>
    <message>
        <location filename="../core/exchange/historycsv.cpp" line="369"/>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="25"/>
        <location filename="../core/exchange/historyfile.cpp" line="34"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="28"/>
        <source>is larger than %1 MB, more than any history needs; export only the months and columns to import</source>
        <translation>超过 %1 MB，远超历史数据所需；请只导出要导入的月份和列</translation>
    </message>
    <message>
        <location filename="../core/exchange/historyfile.cpp" line="71"/>
        <source>the sheet &quot;%1&quot; is empty</source>
        <translation>工作表“%1”为空</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../core/calc/holidays.cpp" line="15"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="16"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="17"/>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="18"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="19"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="20"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="21"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="22"/>
        <source>Peace Memorial Day</source>
        <translation>和平纪念日</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="23"/>
        <source>Children&apos;s Day</source>
        <translation>儿童节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="24"/>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="25"/>
        <source>Retrocession Day</source>
        <translation>台湾光复节</translation>
    </message>
    <message>
        <location filename="../core/calc/holidays.cpp" line="26"/>
        <source>Constitution Day</source>
        <translation>行宪纪念日</translation>
    </message>
</context>
<context>
    <name>IcsDays</name>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="161"/>
        <source>this is not an iCalendar (.ics) file</source>
        <translation>这不是 iCalendar（.ics）文件</translation>
    </message>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="182"/>
        <source>the event &quot;%1&quot; repeats more often than days off do: by the hour, or more than %2 times</source>
        <translation>事件“%1”重复过于频繁，不像假日：按小时重复，或超过 %2 次</translation>
    </message>
    <message>
        <location filename="../core/exchange/icsdays.cpp" line="189"/>
        <source>the calendar holds no events with a date</source>
        <translation>日历中没有带日期的事件</translation>
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
        <translation>区域(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="42"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="44"/>
        <source>Mem&amp;ber</source>
        <translation>成员(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="46"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message numerus="yes">
        <location filename="../ui/server/passwordstore.cpp" line="42"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>系统钥匙串在 %n 秒内未响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../core/plan/plan.cpp" line="56"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="57"/>
        <source>Leads that passed qualification in the period</source>
        <translation>本期通过筛选的线索数</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="58"/>
        <source>leads</source>
        <translation>条</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="59"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <source>Deals won divided by proposals made</source>
        <translation>赢单数除以提交方案数</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="60"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="62"/>
        <source>Average deal size</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="63"/>
        <source>Revenue divided by deals won</source>
        <translation>销售额除以赢单数</translation>
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
        <translation>各期销售额</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="66"/>
        <source>Revenue booked in the period against its target</source>
        <translation>本期确认的销售额与本期目标对比</translation>
    </message>
</context>
<context>
    <name>KpiActualsFile</name>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="96"/>
        <source>no KPI of the plan is named &quot;%1&quot;</source>
        <translation>计划中没有名为“%1”的关键指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="99"/>
        <source>&quot;%1&quot; comes from the bookings: import them as history</source>
        <translation>“%1”来自签约业绩：请作为历史数据导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="106"/>
        <source>%1 is not in the plan year</source>
        <translation>%1 不在计划年度内</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="124"/>
        <source>the file needs a header naming the columns month, KPI and value (月份, 指标, 实际值)</source>
        <translation>文件需要有表头，列名为 month、KPI 和 value（月份、指标、实际值）</translation>
    </message>
    <message>
        <location filename="../core/exchange/kpiactualsfile.cpp" line="135"/>
        <source>this KPI&apos;s %1 is already on line %2</source>
        <translation>该指标 %1 的数值已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>LiveFigures</name>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="65"/>
        <source>The plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="67"/>
        <source>The annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="70"/>
        <source>Last year&apos;s actual</source>
        <translation>去年实际完成</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="73"/>
        <source>Growth on last year</source>
        <translation>较去年增长</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="76"/>
        <source>The stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="78"/>
        <source>The challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="85"/>
        <source>The target of Q%1</source>
        <translation>Q%1目标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="102"/>
        <location filename="../core/summary/livefigures.cpp" line="104"/>
        <source>%1&apos;s target</source>
        <translation>%1的目标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="105"/>
        <source>%1&apos;s quota</source>
        <translation>%1的指标</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="128"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="129"/>
        <source>Demos and proposals</source>
        <translation>产品演示和方案</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="131"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="133"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="134"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="135"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="137"/>
        <source>Reps to employ for the year</source>
        <translation>全年需配置的销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="139"/>
        <source>Reps on the team</source>
        <translation>团队现有销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="141"/>
        <source>Reps to hire for the year</source>
        <translation>全年需招聘的销售人数</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="144"/>
        <source>The marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="151"/>
        <source>What the reps&apos; quotas add up to</source>
        <translation>销售指标合计</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="153"/>
        <source>The over-assignment</source>
        <translation>超额分配比例</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="162"/>
        <source>Cash collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="165"/>
        <source>Still to collect at year end</source>
        <translation>年末应收款</translation>
    </message>
    <message>
        <location filename="../core/summary/livefigures.cpp" line="281"/>
        <source>%1 holds %2, which is not a figure of this plan; it is printed as typed.</source>
        <translation>“%1”中的%2不是本计划的实时数字，将按原样输出。</translation>
    </message>
</context>
<context>
    <name>MemberActivityText</name>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="110"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="144"/>
        <source>Win 1 deal worth %1 in Q%2: %3 demos and %4 calls in the quarter</source>
        <translation>Q%2赢单 1 笔，金额 %1：本季度产品演示 %3 次、电话拜访 %4 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="149"/>
        <source>Win %1 deals worth %2 in Q%3: %4 demos and %5 calls in the quarter</source>
        <translation>Q%3赢单 %1 笔，金额 %2：本季度产品演示 %4 次、电话拜访 %5 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="157"/>
        <source>Win 1 deal worth %1 in Q%2: %3 demos and %4 calls a working day</source>
        <translation>Q%2赢单 1 笔，金额 %1：每个工作日产品演示 %3 次、电话拜访 %4 通</translation>
    </message>
    <message>
        <location filename="../core/summary/memberactivity.cpp" line="162"/>
        <source>Win %1 deals worth %2 in Q%3: %4 demos and %5 calls a working day</source>
        <translation>Q%3赢单 %1 笔，金额 %2：每个工作日产品演示 %4 次、电话拜访 %5 通</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/memberactivity.cpp" line="293"/>
        <source>For the %n people together; the figures a working day are each person&apos;s:</source>
        <translation>
            <numerusform>以下为 %n 人的合计；每个工作日的数字按每人计：</numerusform>
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
        <translation>根据计划算出，随计划数据变化。输入目标即可自行设定。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="44"/>
        <source>Typed. Clear the cell to follow the plan&apos;s figure (%1) again.</source>
        <translation>手动输入。清空单元格即可重新跟随计划数据（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="116"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="118"/>
        <source>Likelihood × impact: 15–25 high, 8–14 medium, 1–7 low.</source>
        <translation>可能性 × 影响：15–25 为高，8–14 为中，1–7 为低。</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditortables.cpp" line="157"/>
        <source>The initiative the milestone belongs to</source>
        <translation>里程碑所属的举措</translation>
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
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="15"/>
        <source>is too large to calculate with</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="20"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="21"/>
        <source>cannot combine %1 and %2 amounts</source>
        <translation>%1 与 %2 金额无法合并计算</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="99"/>
        <location filename="../core/plan/money.cpp" line="224"/>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是有效金额</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="117"/>
        <source>must be a whole number in %1</source>
        <translation>%1 金额必须为整数</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/money.cpp" line="118"/>
        <source>has more than %n decimal place(s)</source>
        <translation>
            <numerusform>小数位数不能超过 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="279"/>
        <source>factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../core/plan/money.cpp" line="279"/>
        <source>is not a number</source>
        <translation>不是有效的数字</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="63"/>
        <source>type a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="65"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="80"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="81"/>
        <source>has too many decimals: %1 at most</source>
        <translation>小数位数过多：最多 %1 位</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="91"/>
        <source>%1 is out of range: %2 to %3</source>
        <translation>%1 超出范围：应为 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="95"/>
        <source>%1 is out of range: %2 or more</source>
        <translation>%1 超出范围：应不小于 %2</translation>
    </message>
    <message>
        <location filename="../core/plan/numberinput.cpp" line="98"/>
        <source>%1 is out of range: %2 or less</source>
        <translation>%1 超出范围：应不大于 %2</translation>
    </message>
</context>
<context>
    <name>PlanBasis</name>
    <message>
        <location filename="../core/server/planbasis.cpp" line="83"/>
        <source>The team plan is based on no allocation: none was published.</source>
        <translation>团队计划未基于任何目标分配：尚未发布目标分配。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="84"/>
        <source>The team plan is based on allocation %1.</source>
        <translation>团队计划基于目标分配版本 %1。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="87"/>
        <source>%1 has no allocation yet: the director has published none.</source>
        <translation>业务单元“%1”尚无目标分配：总监尚未发布任何目标分配。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="90"/>
        <source>%1 is allocated %2 (allocation %3)</source>
        <translation>业务单元“%1”的分配额为 %2（目标分配版本 %3）</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="95"/>
        <source>%1; this plan&apos;s target %2.</source>
        <translation>%1；本计划目标为 %2。</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="98"/>
        <source>%1; this plan&apos;s target %2: %3 (%4)</source>
        <translation>%1；本计划目标为 %2：%3（%4）</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="109"/>
        <source>The allocation changed from version %1 to %2</source>
        <translation>目标分配已从版本 %1 变为版本 %2</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="113"/>
        <source>: %1 was allocated %2, now %3</source>
        <translation>：“%1”原分配额 %2，现为 %3</translation>
    </message>
    <message>
        <location filename="../core/server/planbasis.cpp" line="119"/>
        <source>%1 has version %2 now; this plan was based on version %3.</source>
        <translation>“%1”现为版本 %2；此计划基于版本 %3。</translation>
    </message>
</context>
<context>
    <name>PlanDiffHtml</name>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="79"/>
        <source>The two plans agree in their targets, team, stages, KPIs, risks and texts.</source>
        <translation>两个计划的目标、团队、销售阶段、关键指标、风险和文本均相同。</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="81"/>
        <source>Stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="82"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="82"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="134"/>
        <source>Line</source>
        <extracomment>The first column of the targets&apos; comparison: a month, quarter, region, product or member.</extracomment>
        <translation>对象</translation>
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
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="135"/>
        <source>% change</source>
        <translation>变化率</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="141"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="142"/>
        <source>Members&apos; quotas</source>
        <translation>成员个人指标</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="143"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="174"/>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>Field</source>
        <translation>项目</translation>
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
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="186"/>
        <source>Planned hires</source>
        <translation>计划招聘</translation>
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
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="191"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="198"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="230"/>
        <source>Narrative texts</source>
        <translation>文字内容</translation>
    </message>
    <message>
        <location filename="../ui/versions/diffhtml.cpp" line="232"/>
        <source>Removed words are struck through, added words underlined.</source>
        <translation>删除的文字以删除线标示，新增的文字加下划线。</translation>
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
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="384"/>
        <source>%1 share %2 → %3</source>
        <translation>%1 占比 %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="391"/>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="398"/>
        <source>Target %1 (%2)</source>
        <translation>目标 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="399"/>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="402"/>
        <source>%n rep(s) added</source>
        <translation>
            <numerusform>新增 %n 名销售</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plandiff.cpp" line="404"/>
        <source>%n rep(s) removed</source>
        <translation>
            <numerusform>减少 %n 名销售</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="409"/>
        <source>Same targets and team; other changes below</source>
        <translation>目标与团队相同；其他变化见下文</translation>
    </message>
    <message>
        <location filename="../core/summary/plandiff.cpp" line="410"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../core/store/planfile.cpp" line="189"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="192"/>
        <source>%1 is a folder, not a SalesPlan plan.</source>
        <translation>%1 是文件夹，不是 SalesPlan 计划文件。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="199"/>
        <source>The file cannot be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="204"/>
        <source>This file is not a SalesPlan plan: it is not an SQLite database.</source>
        <translation>此文件不是 SalesPlan 计划文件：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="207"/>
        <source>This file is not a SalesPlan plan: it is an SQLite database of another program.</source>
        <translation>此文件不是 SalesPlan 计划文件：它是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="212"/>
        <source>it was opened read-only</source>
        <translation>打开时选择了只读方式</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="214"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="216"/>
        <source>its folder is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="223"/>
        <source>This plan is already open in another SalesPlan window. Close it there first, or open it read-only.</source>
        <translation>此计划已在另一个 SalesPlan 窗口中打开。请先在那个窗口中关闭它，或以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="113"/>
        <source>This plan was being saved when SalesPlan or the computer stopped. Open it for editing once so that SalesPlan can finish repairing it; until then it cannot be opened read-only.</source>
        <translation>保存此计划时 SalesPlan 或计算机意外停止。请先以可编辑方式打开一次，让 SalesPlan 完成修复；在此之前无法以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="261"/>
        <source>This plan was made by a newer SalesPlan (file version %1; this SalesPlan reads versions up to %2). Open it with the newer SalesPlan.</source>
        <translation>此计划由较新版本的 SalesPlan 创建（文件版本 %1；当前 SalesPlan 最高只能读取版本 %2）。请用较新版本的 SalesPlan 打开。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="267"/>
        <source>This file is not a SalesPlan plan: it is marked as one but holds no plan.</source>
        <translation>此文件不是 SalesPlan 计划文件：它虽标记为计划文件，但其中没有计划。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="275"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="289"/>
        <source>This plan was made by an older SalesPlan, and there is no room for a temporary copy to read it read-only.</source>
        <translation>此计划由旧版 SalesPlan 创建，但无法创建以只读方式读取它所需的临时副本。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="331"/>
        <location filename="../core/store/planfile.cpp" line="387"/>
        <source>The plan was not created: a file named %1 already exists.</source>
        <translation>未创建计划：文件 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="334"/>
        <source>The plan was not created: the folder %1 is read-only.</source>
        <translation>未创建计划：文件夹 %1 为只读。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="340"/>
        <source>The plan was not created: %1 is being created or edited in another SalesPlan window.</source>
        <translation>未创建计划：另一个 SalesPlan 窗口正在创建或编辑 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="381"/>
        <source>The plan was not created: the disk is full.</source>
        <translation>未创建计划：磁盘已满。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="343"/>
        <location filename="../core/store/planfile.cpp" line="382"/>
        <source>The plan was not created: %1.</source>
        <translation>未创建计划：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="82"/>
        <source>This plan file is damaged: part of it cannot be read. SalesPlan did not change it.</source>
        <translation>此计划文件已损坏：部分内容无法读取。SalesPlan 未对其做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="88"/>
        <source>This plan file is damaged: part of it cannot be read. SalesPlan did not change it. You can open it read-only to see and copy what is still readable.</source>
        <translation>此计划文件已损坏：部分内容无法读取。SalesPlan 未对其做任何更改。你可以以只读方式打开它，查看并复制仍可读取的内容。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="106"/>
        <source>This file is not a SalesPlan plan: SQLite cannot read it as a database.</source>
        <translation>此文件不是 SalesPlan 计划文件：SQLite 无法将其作为数据库读取。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="118"/>
        <source>The plan file cannot be read now: another program is writing to it. Try again in a moment.</source>
        <translation>暂时无法读取计划文件：另一个程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="122"/>
        <source>The plan file cannot be read: the disk reported an error while reading it.</source>
        <translation>无法读取计划文件：读取时磁盘报告了错误。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="127"/>
        <source>The plan file cannot be read.</source>
        <translation>无法读取计划文件。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="243"/>
        <source>This plan is open in another program, and there is no room for a temporary copy to read it read-only.</source>
        <translation>此计划已在另一个程序中打开，且磁盘空间不足，无法创建以只读方式读取它所需的临时副本。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="300"/>
        <source>This plan was made by an older SalesPlan and could not be updated to this version. The step that failed was undone.</source>
        <translation>此计划由旧版 SalesPlan 创建，无法升级到当前版本。失败的步骤已撤销。</translation>
    </message>
    <message>
        <location filename="../core/store/planfile.cpp" line="389"/>
        <source>The plan was not created: it could not be renamed to %1.</source>
        <translation>未创建计划：无法将其重命名为 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="36"/>
        <source>The plan file still holds everything saved before.</source>
        <translation>计划文件中之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="40"/>
        <source>The change was not saved because the disk is full. Free some space and make the change again.</source>
        <translation>磁盘已满，更改未保存。请释放一些空间，然后重新进行更改。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="44"/>
        <source>The change was not saved because of a disk error while writing (%1).</source>
        <translation>写入时发生磁盘错误，更改未保存（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="49"/>
        <source>The change was not saved because the plan file or its folder has become read-only.</source>
        <translation>计划文件或其所在文件夹已变为只读，更改未保存。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="53"/>
        <source>The change was not saved because SalesPlan could not write its journal file beside the plan (%1).</source>
        <translation>SalesPlan 无法在计划文件旁写入日志文件，更改未保存（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="58"/>
        <source>The change was not saved because another program is reading the plan file. Try again in a moment.</source>
        <translation>另一个程序正在读取计划文件，更改未保存。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="62"/>
        <source>The change was not saved because the plan file is damaged: part of it cannot be read.</source>
        <translation>计划文件已损坏（部分内容无法读取），更改未保存。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="66"/>
        <source>The change was not saved: %1.</source>
        <translation>更改未保存：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="75"/>
        <source>The change was not saved: this plan is open read-only (%1).</source>
        <translation>更改未保存：此计划以只读方式打开（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="105"/>
        <source>The copy was not saved: it would replace the plan itself. Choose another name.</source>
        <translation>副本未保存：它会覆盖计划本身。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="111"/>
        <source>The copy was not saved: %1 is open in another SalesPlan window.</source>
        <translation>副本未保存：%1 已在另一个 SalesPlan 窗口中打开。</translation>
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
        <translation>副本未保存：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planfilesave.cpp" line="130"/>
        <source>The copy was not saved: the disk is full.</source>
        <translation>副本未保存：磁盘已满。</translation>
    </message>
    <message>
        <location filename="../core/store/connection.cpp" line="36"/>
        <source>the SQLite driver of Qt Sql is not installed</source>
        <translation>未安装 Qt Sql 的 SQLite 驱动程序</translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="72"/>
        <source>the table %1 is empty</source>
        <translation>数据表 %1 为空</translation>
    </message>
    <message>
        <location filename="../core/store/planrows.cpp" line="303"/>
        <source>the seasonality weights are incomplete</source>
        <translation>季节性权重不完整</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="70"/>
        <source>a folder named %1 stands where SalesPlan keeps its lock file; remove or rename that folder</source>
        <translation>SalesPlan 存放锁文件的位置被名为 %1 的文件夹占用；请删除或重命名该文件夹</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="76"/>
        <source>the disk holding the folder %1 is full; free some space</source>
        <translation>文件夹 %1 所在的磁盘已满；请释放一些空间</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="78"/>
        <source>SalesPlan is not allowed to create its lock file in the folder %1</source>
        <translation>SalesPlan 没有权限在文件夹 %1 中创建锁文件</translation>
    </message>
    <message>
        <location filename="../core/store/planlock.cpp" line="80"/>
        <source>SalesPlan cannot create its lock file in the folder %1</source>
        <translation>SalesPlan 无法在文件夹 %1 中创建锁文件</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="37"/>
        <source>The version was not saved: this plan is open read-only (%1).</source>
        <translation>版本未保存：此计划以只读方式打开（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="40"/>
        <source>The version was not saved: give it a name.</source>
        <translation>版本未保存：请为它命名。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="42"/>
        <source>The version was not saved: there is already a version called “%1”. Choose another name.</source>
        <translation>版本未保存：已有名为“%1”的版本，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="48"/>
        <source>The version was not saved: a value of the plan cannot be kept in a version (%1).</source>
        <translation>版本未保存：计划中有数值无法保存在版本中（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="70"/>
        <source>The version was not saved: %1. The plan file still holds everything saved before.</source>
        <translation>版本未保存：%1。计划文件仍保留此前保存的全部内容。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="86"/>
        <source>The saved versions cannot be read: %1.</source>
        <translation>无法读取已保存的版本：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="113"/>
        <source>There is no version “%1”: this plan has no saved versions.</source>
        <translation>没有名为“%1”的版本：此计划没有已保存的版本。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="114"/>
        <source>There is no version “%1”. The saved versions are: %2.</source>
        <translation>没有名为“%1”的版本。已保存的版本有：%2。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="129"/>
        <source>The saved version cannot be read: %1.</source>
        <translation>无法读取已保存的版本：%1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="131"/>
        <source>There is no saved version %1.</source>
        <translation>没有已保存的版本 %1。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="135"/>
        <source>The version “%1” is damaged: its plan cannot be read.</source>
        <translation>版本“%1”已损坏：无法读取其中的计划。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="138"/>
        <source>The version “%1” is damaged: its plan cannot be read (%2).</source>
        <translation>版本“%1”已损坏：无法读取其中的计划（%2）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="146"/>
        <source>The version was not deleted: this plan is open read-only (%1).</source>
        <translation>版本未删除：此计划以只读方式打开（%1）。</translation>
    </message>
    <message>
        <location filename="../core/store/planversions.cpp" line="156"/>
        <source>The version was not deleted: %1.</source>
        <translation>版本未删除：%1。</translation>
    </message>
</context>
<context>
    <name>PlanIo</name>
    <message>
        <location filename="../core/exchange/planio.cpp" line="45"/>
        <source>%1 was not replaced, and still holds what it held before: %2.</source>
        <translation>%1 未被替换，仍保留原有内容：%2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="71"/>
        <source>is a folder; choose a file name</source>
        <translation>是文件夹；请选择文件名</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="74"/>
        <source>%1 is read-only, so it was not replaced.</source>
        <translation>%1 为只读，因此未被替换。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="77"/>
        <source>%1 was not replaced: the folder %2 is read-only.</source>
        <translation>%1 未被替换：文件夹 %2 为只读。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="87"/>
        <source>%1 was not replaced: SalesPlan cannot write in the folder %2.</source>
        <translation>%1 未被替换：SalesPlan 无法写入文件夹 %2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="97"/>
        <source>%1 was not replaced: %2.</source>
        <translation>%1 未被替换：%2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="101"/>
        <source>%1 is open for editing in a SalesPlan window, so it was not replaced. Close it there first, or choose another name.</source>
        <translation>%1 正在某个 SalesPlan 窗口中编辑，因此未被替换。请先在那个窗口中关闭它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="161"/>
        <location filename="../core/exchange/planio.cpp" line="228"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
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
        <translation>JSON 计划没有已保存的版本；只有 .salesplan 文件才有</translation>
    </message>
    <message>
        <location filename="../core/exchange/planio.cpp" line="274"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="80"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="94"/>
        <source>the file ends before an object is closed with }</source>
        <translation>文件已结束，但对象还缺少结尾的 }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="95"/>
        <source>the file ends before a list is closed with ]</source>
        <translation>文件已结束，但列表还缺少结尾的 ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="101"/>
        <source>a key must be text in double quotes</source>
        <translation>键必须是用双引号括起的文本</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="103"/>
        <source>missing comma or closing }</source>
        <translation>缺少逗号或结尾的 }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="104"/>
        <source>missing comma or closing ]</source>
        <translation>缺少逗号或结尾的 ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="108"/>
        <source>missing colon after a key</source>
        <translation>键后面缺少冒号</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="111"/>
        <source>a value is missing (is there a comma after the last entry?)</source>
        <translation>缺少值（最后一项后面是否多了一个逗号？）</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="118"/>
        <source>not a valid value: text needs double quotes, and true, false and null are written in lower case</source>
        <translation>不是有效的值：文本需要加双引号，true、false 和 null 必须小写</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="120"/>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="123"/>
        <source>a text is not closed with a double quote &quot;</source>
        <translation>文本缺少结尾的双引号 &quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="126"/>
        <source>invalid escape sequence in a text; write a backslash as \\</source>
        <translation>文本中有无效的转义序列；反斜杠应写作 \\</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="129"/>
        <source>text that is not UTF-8; save the file as UTF-8</source>
        <translation>文本不是 UTF-8 编码；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="132"/>
        <source>unexpected text after the end of the plan</source>
        <translation>计划结束后还有多余的内容</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="144"/>
        <source>this is not a SalesPlan plan: a plan file starts with {&quot;format&quot;: &quot;salesplan&quot;, &quot;version&quot;: %1, &quot;plan&quot;: …}</source>
        <translation>这不是 SalesPlan 计划：计划文件应以 {&quot;format&quot;: &quot;salesplan&quot;, &quot;version&quot;: %1, &quot;plan&quot;: …} 开头</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="154"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="170"/>
        <source>must be a whole number, such as %1</source>
        <translation>必须是整数，例如 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="174"/>
        <source>this plan was made by a newer SalesPlan (format version %1); this SalesPlan reads versions up to %2. Update SalesPlan to open it.</source>
        <translation>此计划由较新版本的 SalesPlan 创建（格式版本 %1）；当前 SalesPlan 最高只能读取版本 %2。请更新 SalesPlan 后再打开。</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="183"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="230"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="615"/>
        <source>is missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="184"/>
        <location filename="../core/exchange/planjson.cpp" line="208"/>
        <location filename="../core/exchange/planjson.cpp" line="226"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="449"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="481"/>
        <source>must be an object { … }</source>
        <translation>必须是对象 { … }</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="213"/>
        <source>must be a name, not empty</source>
        <translation>必须是名称，不能为空</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="218"/>
        <source>must be a date and time such as 2027-01-15T09:30:00Z</source>
        <translation>必须是日期和时间，例如 2027-01-15T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="252"/>
        <source>the name “%1” is used by an earlier version</source>
        <translation>名称“%1”已被之前的版本使用</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="52"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="54"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="114"/>
        <source>%1 — got %2</source>
        <translation>%1，但实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="222"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="136"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="650"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="704"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="168"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="158"/>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="159"/>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="182"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="193"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="205"/>
        <source>must be a whole number from 1 to %1</source>
        <translation>必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="238"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="798"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="248"/>
        <source>must be an amount written as text, such as &quot;%1&quot;</source>
        <translation>必须是写成文本的金额，例如 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="259"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="284"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="800"/>
        <source>is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="278"/>
        <source>has more decimal places than %1 has (%2)</source>
        <translation>小数位数超过了 %1 允许的 %2 位</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="299"/>
        <source>must be a three-letter currency code such as CNY, USD or JPY</source>
        <translation>必须是三个字母的货币代码，例如 CNY、USD 或 JPY</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="311"/>
        <source>must be a date written like 2027-04-01</source>
        <translation>必须是日期，格式如 2027-04-01</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="362"/>
        <source>must be one of %1</source>
        <translation>必须是以下值之一：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="241"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="464"/>
        <source>must be a list [ … ]</source>
        <translation>必须是列表 [ … ]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="587"/>
        <source>must be a list of %1 monthly weights</source>
        <translation>必须是包含 %1 个月度权重的列表</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="591"/>
        <location filename="../core/exchange/planjsonreader.cpp" line="623"/>
        <source>%1 — got a list of %2</source>
        <translation>%1，但实际列表有 %2 项</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="348"/>
        <source>must be a month written like 2026-01</source>
        <translation>必须是月份，格式如 2026-01</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="612"/>
        <source>must be a list of %1 monthly amounts</source>
        <translation>必须是包含 %1 个月度金额的列表</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="677"/>
        <source>must be one of the charts %1</source>
        <translation>必须是以下图表之一：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="698"/>
        <source>is not a slide: the slides are %1</source>
        <translation>不是幻灯片：可用的幻灯片为 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="757"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="761"/>
        <source>the unit %1 is named twice (also at %2)</source>
        <translation>业务单元“%1”重复出现（另见 %2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="777"/>
        <source>no initiative has the id %1</source>
        <translation>没有 ID 为 %1 的举措</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="815"/>
        <source>no KPI has the id %1</source>
        <translation>没有 ID 为 %1 的关键指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjsonreader.cpp" line="832"/>
        <source>row id %1 is used twice (also at %2)</source>
        <translation>行 ID %1 重复使用（%2 处也用了它）</translation>
    </message>
</context>
<context>
    <name>PlanTemplates</name>
    <message>
        <location filename="../core/exchange/plantemplates.cpp" line="66"/>
        <source>is not a template; the templates are %1</source>
        <translation>不是模板；可用的模板有 %1</translation>
    </message>
</context>
<context>
    <name>PlanWorkbook</name>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="53"/>
        <source>the workbook could not be started</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="55"/>
        <location filename="../core/exchange/workbooksummary.cpp" line="125"/>
        <source>Sales plan %1</source>
        <translation>%1年度销售计划</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="75"/>
        <location filename="../core/exchange/planworkbook.cpp" line="84"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planworkbook.cpp" line="78"/>
        <source>cannot be written: no temporary folder (%1)</source>
        <translation>无法写入：没有可用的临时文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxbook.cpp" line="202"/>
        <source>the workbook could not be written (%1)</source>
        <translation>无法写入工作簿（%1）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="64"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="34"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="103"/>
        <location filename="../core/exchange/workbookteam.cpp" line="248"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="65"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="67"/>
        <source>Last year&apos;s actual</source>
        <translation>去年实际完成</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="69"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="71"/>
        <source>Stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="72"/>
        <source>Challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="75"/>
        <source>Assigned to reps</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="80"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="82"/>
        <source>Not worked out</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="86"/>
        <source>Won deals needed</source>
        <translation>所需赢单数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="87"/>
        <source>Leads needed</source>
        <translation>所需线索数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="88"/>
        <source>Reps to employ</source>
        <translation>需配置销售人数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="89"/>
        <location filename="../core/exchange/workbookteam.cpp" line="50"/>
        <source>Reps on the team</source>
        <translation>团队现有销售人数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="90"/>
        <location filename="../core/exchange/workbookteam.cpp" line="51"/>
        <location filename="../core/exchange/workbookteam.cpp" line="72"/>
        <source>Reps short</source>
        <translation>销售人数缺口</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="98"/>
        <location filename="../core/exchange/workbooksummary.cpp" line="103"/>
        <source>Cost of the plan</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="100"/>
        <source>Commission at plan</source>
        <translation>达成目标时的提成</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="101"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="102"/>
        <source>Marketing</source>
        <translation>营销费用</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="104"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="52"/>
        <source>Share of the target</source>
        <translation>占目标比例</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="106"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="55"/>
        <source>Per won deal</source>
        <translation>每笔赢单成本</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="108"/>
        <source>More commission at the stretch tier</source>
        <translation>达成冲刺目标时增加的提成</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="115"/>
        <source>Plan year %1 – %2 · exported %3</source>
        <translation>计划年度 %1 – %2 · 导出于 %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooksummary.cpp" line="130"/>
        <source>Summary</source>
        <translation>汇总</translation>
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
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="73"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="86"/>
        <location filename="../core/exchange/workbookbudget.cpp" line="29"/>
        <location filename="../core/exchange/workbookinitiatives.cpp" line="61"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="101"/>
        <source>Months and quarters</source>
        <translation>月度与季度</translation>
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
        <translation>全年占比</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="133"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="133"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="135"/>
        <location filename="../core/exchange/workbooktargets.cpp" line="151"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="135"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="148"/>
        <source>Team quotas</source>
        <translation>成员个人指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="150"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="151"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbooktargets.cpp" line="152"/>
        <source>Quota from</source>
        <translation>指标起始月</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="18"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="19"/>
        <source>In the year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="20"/>
        <source>Per working day</source>
        <translation>每个工作日</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="27"/>
        <location filename="../core/exchange/workbookteam.cpp" line="118"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="28"/>
        <location filename="../core/exchange/workbookteam.cpp" line="118"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="29"/>
        <location filename="../core/exchange/workbookteam.cpp" line="117"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="30"/>
        <source>Demos and proposals</source>
        <translation>产品演示和方案</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="31"/>
        <source>Won deals</source>
        <translation>赢单</translation>
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
        <translation>所需满产能销售人数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="49"/>
        <source>Reps to employ (with attrition)</source>
        <translation>需配置销售人数（含流失）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="57"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="70"/>
        <source>Reps available</source>
        <translation>可用销售人数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="71"/>
        <source>Reps needed</source>
        <translation>所需销售</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="116"/>
        <source>Quota</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="116"/>
        <source>Deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="117"/>
        <source>Demos</source>
        <translation>产品演示</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="119"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="120"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="139"/>
        <location filename="../core/exchange/workbookteam.cpp" line="160"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="149"/>
        <source>Team</source>
        <translation>团队</translation>
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
        <translation>活动量目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="193"/>
        <source>Funnel and capacity</source>
        <translation>销售漏斗与产能</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="208"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="210"/>
        <source>Bookings (target)</source>
        <translation>签约额（目标）</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="211"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="212"/>
        <source>Of which from last year</source>
        <translation>其中来自去年签约</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="232"/>
        <source>Receivable when the year starts</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="234"/>
        <source>Receivable when the year ends</source>
        <translation>年末应收款</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="244"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="246"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="246"/>
        <source>Measures</source>
        <translation>衡量对象</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="247"/>
        <source>Reviewed</source>
        <translation>查看频率</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="247"/>
        <source>Target from</source>
        <translation>目标来源</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="248"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="249"/>
        <source>Green at</source>
        <translation>绿灯阈值</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookteam.cpp" line="249"/>
        <source>Amber at</source>
        <translation>黄灯阈值</translation>
    </message>
    <message>
        <location filename="../core/exchange/workbookbudget.cpp" line="25"/>
        <source>Budget</source>
        <translation>预算</translation>
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
        <translation>举措</translation>
    </message>
</context>
<context>
    <name>PublishedUnits</name>
    <message>
        <location filename="../core/server/publishedunits.cpp" line="28"/>
        <source>nothing published on the team server yet</source>
        <translation>尚未在团队服务器上发布任何内容</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="60"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="61"/>
        <source>Annual quota</source>
        <translation>年度指标</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="62"/>
        <source>Share of region</source>
        <translation>占区域比例</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="63"/>
        <source>Quota from</source>
        <translation>指标起始月</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="73"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="73"/>
        <source>Share</source>
        <translation>占比</translation>
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
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="118"/>
        <source>Quotas start in each person&apos;s first month and grow through their ramp-up; each month&apos;s target goes to those active in it.</source>
        <translation>个人指标从每人到岗的第一个月开始，并在爬坡期内逐步提高；每月目标由当月在岗的人员承担。</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="120"/>
        <source>Quotas are shared by weight over the whole year.</source>
        <translation>个人指标按权重在全年分配。</translation>
    </message>
    <message>
        <location filename="../ui/report/quotatables.cpp" line="124"/>
        <source>The reps&apos; quotas add up to the target plus %1, so the target is met even when some miss.</source>
        <translation>销售指标之和比目标高出%1，即使部分人未完成，目标仍能达成。</translation>
    </message>
</context>
<context>
    <name>Quotas</name>
    <message>
        <location filename="../core/calc/quotas.cpp" line="99"/>
        <source>has a fixed quota but no month of the plan year in which they are active has a target</source>
        <translation>设有固定指标，但计划年度中其在岗的月份均无目标</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="142"/>
        <source>the quota weight must be zero or more</source>
        <translation>个人指标权重不能小于零</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="144"/>
        <source>the number of people cannot be negative</source>
        <translation>人数不能为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="201"/>
        <source>the fixed quotas are too large to add up</source>
        <translation>固定指标过大，无法求和</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="216"/>
        <source>the fixed quotas add up to %1, more than the %2 to assign</source>
        <translation>固定指标合计%1，超过了可分配的%2</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="222"/>
        <source>the fixed quotas do not fit in the months their holders are active</source>
        <translation>固定指标无法全部落在承担者的在岗月份内</translation>
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
        <translation>超额分配</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="262"/>
        <source>makes the quotas too large to calculate with</source>
        <translation>导致指标过大，无法计算</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="270"/>
        <source>must be between 0 % and 100 %</source>
        <translation>必须介于 0% 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="273"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/calc/quotas.cpp" line="273"/>
        <source>have names and targets that differ in number</source>
        <translation>名称数与目标数不一致</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="98"/>
        <source>%1 has a target but no member or planned hire works in it: %2 is carried by no one.</source>
        <translation>%1有目标，但没有成员或计划招聘人员在该区域工作：%2无人承担。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="106"/>
        <source>No one in %1 carries quota in %2 (no one has started yet, or every weight is zero): %3 is carried by no one.</source>
        <translation>%1在%2没有人承担指标（尚无人到岗，或所有权重均为零）：%3无人承担。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="125"/>
        <source>%1 works in “%2”, which is not one of the plan&apos;s regions; quotas are shared across the company until members name the plan&apos;s regions.</source>
        <translation>%1所属的“%2”不是计划中的区域；在成员改用计划中的区域之前，个人指标将在全公司范围内分配。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="147"/>
        <source>%1 has no region; the target is split by region, so they carry no quota.</source>
        <translation>%1未设置区域；目标按区域分解，因此其不承担指标。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="150"/>
        <source>%1 works in “%2”, which is not one of the plan&apos;s regions; they carry no quota.</source>
        <translation>%1所属的“%2”不是计划中的区域；因此不承担指标。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="175"/>
        <source>The regions&apos; fixed amounts add up to %1, more than the annual target of %2.</source>
        <translation>各区域固定金额合计%1，超过了年度目标%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="178"/>
        <source>The product lines&apos; fixed amounts add up to %1, more than the annual target of %2.</source>
        <translation>各产品线固定金额合计%1，超过了年度目标%2。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="198"/>
        <source>rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="200"/>
        <source>Hire: %1 × %2</source>
        <translation>招聘：%1 × %2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="201"/>
        <source>Hire: %1 × %2, %3</source>
        <translation>招聘：%1 × %2，%3</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="208"/>
        <source>Carried by no one</source>
        <translation>无人承担</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="281"/>
        <source>Company target %1 · assigned to reps %2</source>
        <translation>公司目标%1 · 分配给销售%2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="290"/>
        <source>%1 to collect in the year; %2 still receivable at year end</source>
        <translation>全年预计回款 %1；年末应收款 %2</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="302"/>
        <source>Collections cannot be planned: %1.</source>
        <translation>无法规划回款：%1。</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="311"/>
        <source>The quotas cannot be worked out: %1.</source>
        <translation>无法计算个人指标：%1。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../core/summary/planreview.cpp" line="157"/>
        <source>%1 booked without a region</source>
        <translation>%1 的销售额未标明区域</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="158"/>
        <source>%1 booked for region &quot;%2&quot;, which the plan does not have</source>
        <translation>%1 的销售额记在区域“%2”下，但计划中没有该区域</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="163"/>
        <source>%1 booked without a product line</source>
        <translation>%1 的销售额未标明产品线</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="164"/>
        <source>%1 booked for product line &quot;%2&quot;, which the plan does not have</source>
        <translation>%1 的销售额记在产品线“%2”下，但计划中没有该产品线</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="170"/>
        <source>%1 booked without a team member</source>
        <translation>%1 的销售额未标明团队成员</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="171"/>
        <source>%1 booked for &quot;%2&quot;, who is not on the team</source>
        <translation>%1 的销售额记在“%2”名下，但此人不在团队中</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="341"/>
        <source>the actuals of the plan year are too large to add up; check the history&apos;s amounts</source>
        <translation>计划年度的实际数额过大，无法加总；请检查历史数据中的金额</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="401"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="403"/>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="405"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="409"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="416"/>
        <source>%1 (%2 of the target)</source>
        <translation>%1（占目标 %2）</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="424"/>
        <source>Targets adjusted from %1: −%2 over the remaining months</source>
        <translation>目标自%1起调整：剩余月份合计 −%2</translation>
    </message>
    <message>
        <location filename="../core/summary/planreview.cpp" line="426"/>
        <source>Targets adjusted from %1: +%2 over the remaining months</source>
        <translation>目标自%1起调整：剩余月份合计 +%2</translation>
    </message>
</context>
<context>
    <name>ReviewPrinter</name>
    <message>
        <location filename="../app/reviewprinter.cpp" line="40"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="42"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="44"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="77"/>
        <source>Review of %1 — %2</source>
        <translation>%1复盘 — %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="81"/>
        <source>No actuals are booked up to %1 yet: import the months&apos; results with import-history to compare them with the plan.</source>
        <translation>截至%1尚无实际完成数据：请用 import-history 导入各月业绩，以便与计划对比。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="86"/>
        <source>Booked to date: %1 of %2 planned (%3).</source>
        <translation>累计完成：%1，计划 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="99"/>
        <source>The approved target of %1 stays; the months are measured against the adjusted targets.</source>
        <translation>已批准的目标 %1 保持不变；各月按调整后目标衡量。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="108"/>
        <source>Attainment</source>
        <translation>达成率</translation>
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
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>全年预测</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="132"/>
        <source>At the seasonal run rate</source>
        <translation>按当前进度推算（含季节性）</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="134"/>
        <source>Booked + the plan&apos;s months</source>
        <translation>已完成 + 其余月份按计划</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="139"/>
        <location filename="../app/reviewprinter.cpp" line="142"/>
        <source>Still to book</source>
        <translation>尚需完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="140"/>
        <source>%1, about %n deal(s)</source>
        <translation>
            <numerusform>%1，约 %n 单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="151"/>
        <source>To close it</source>
        <translation>补足缺口需要</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="151"/>
        <source>%1 deals in the %2 working days left</source>
        <translation>剩余 %2 个工作日内赢单 %1 笔</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="154"/>
        <source>A day, the team</source>
        <translation>团队每天</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="155"/>
        <location filename="../app/reviewprinter.cpp" line="159"/>
        <source>%1 calls, %2 demos</source>
        <translation>电话 %1 次，演示 %2 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewprinter.cpp" line="158"/>
        <source>A day, each of %n rep(s)</source>
        <translation>
            <numerusform>每名销售每天（共 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="170"/>
        <source>KPIs in %1</source>
        <translation>%1关键指标</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="177"/>
        <source>%1 against %2</source>
        <translation>实际 %1，目标 %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="178"/>
        <source>nothing measured; target %1</source>
        <translation>尚无实际值；目标 %1</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="187"/>
        <source>Further than %1 from plan in %2</source>
        <translation>%2偏离计划超过 %1 的项目</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="189"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="193"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="194"/>
        <source>noted in the review log</source>
        <translation>已记入复盘记录</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="195"/>
        <source>needs a note: why, the action, who, by when</source>
        <translation>需填写说明：原因、措施、负责人、完成期限</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="196"/>
        <source>%1 of plan — %2</source>
        <translation>完成计划的 %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/reviewprinter.cpp" line="205"/>
        <source>Actuals no line takes</source>
        <translation>无法归入任何项目的实际完成</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <location filename="../core/calc/revision.cpp" line="66"/>
        <source>no month of the plan year is left after the reviewed one to take the gap</source>
        <translation>复盘月份之后，计划年度已没有剩余月份可承接缺口</translation>
    </message>
    <message>
        <location filename="../core/calc/revision.cpp" line="78"/>
        <source>%1 is booked, more than the annual target of %2: the remaining months cannot take the difference without going below zero</source>
        <translation>已完成 %1，超过年度目标 %2：剩余月份的目标不能低于零，无法承接这一差额</translation>
    </message>
</context>
<context>
    <name>SamplePlans</name>
    <message>
        <location filename="../ui/sampleplans.cpp" line="39"/>
        <source>cannot be created</source>
        <translation>无法创建</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../core/plan/scenario.cpp" line="123"/>
        <source>is not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="125"/>
        <source>must be a whole amount of the currency&apos;s smallest unit</source>
        <translation>必须是货币最小单位的整数倍</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="133"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="140"/>
        <source>must be more than 0 % and at most 100 %, not %1</source>
        <translation>必须大于 0% 且不超过 100%，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="145"/>
        <source>must be at least 0 % and below 100 %, not %1</source>
        <translation>必须不小于 0% 且小于 100%，当前为 %1</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="150"/>
        <source>must be a whole number of reps</source>
        <translation>销售人数必须是整数</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="169"/>
        <source>a month&apos;s weight must be zero or more</source>
        <translation>月份权重不能小于零</translation>
    </message>
    <message>
        <location filename="../core/plan/scenario.cpp" line="174"/>
        <source>at least one month needs a weight above zero</source>
        <translation>至少要有一个月的权重大于零</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="63"/>
        <source>%1 on the team</source>
        <translation>团队现有 %1 人</translation>
    </message>
</context>
<context>
    <name>Seasonality</name>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="57"/>
        <source>custom month weights</source>
        <translation>自定义月度权重</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="63"/>
        <source>the weight of %1 is not a number</source>
        <translation>%1 的权重不是有效数字</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="65"/>
        <source>the weight of %1 is negative</source>
        <translation>%1 的权重为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="68"/>
        <source>all weights are zero</source>
        <translation>所有权重均为零</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="75"/>
        <source>history</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="80"/>
        <source>%1 %2 adds up to a negative amount</source>
        <translation>%2 年%1的合计为负数</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="85"/>
        <source>%1 adds up to zero</source>
        <translation>%1 年的合计为零</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="94"/>
        <source>seasonality</source>
        <translation>季节性</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="95"/>
        <source>there is no history for %1</source>
        <translation>没有 %1 年的历史数据</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="129"/>
        <source>history years</source>
        <translation>历史年数</translation>
    </message>
    <message>
        <location filename="../core/calc/seasonality.cpp" line="129"/>
        <source>must be from 1 to 3</source>
        <translation>必须在 1 到 3 之间</translation>
    </message>
</context>
<context>
    <name>SectionMarks</name>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="123"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/icons/sectionmarks.cpp" line="125"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
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
        <translation>使命与定位</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="13"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="14"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="15"/>
        <source>Customer segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="16"/>
        <source>Stages &amp; methods</source>
        <translation>销售阶段与方法</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="17"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../core/plan/sectiontitle.cpp" line="18"/>
        <source>Metrics &amp; review</source>
        <translation>指标与复盘</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../core/server/serverurl.cpp" line="106"/>
        <source>not a server address: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>不是服务器地址：请写成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="115"/>
        <source>the address names no server (HOST)</source>
        <translation>地址中没有服务器（HOST）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="117"/>
        <source>the address names no database (/DATABASE)</source>
        <translation>地址中没有数据库（/DATABASE）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="119"/>
        <source>the address names no user: write postgresql://USER@HOST/DATABASE</source>
        <translation>地址中没有用户名：请写成 postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="125"/>
        <source>the options after “?” have a “%” that is not followed by two hex digits (write a space as %20)</source>
        <translation>“?”之后的选项中有一个“%”后面不是两位十六进制数字（空格请写作 %20）</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="134"/>
        <source>the option “%1” is not one SalesPlan passes to the server</source>
        <translation>SalesPlan 不会把选项“%1”传给服务器</translation>
    </message>
    <message>
        <location filename="../core/server/serverurl.cpp" line="139"/>
        <source>the option “%1” has no usable value</source>
        <translation>选项“%1”没有可用的值</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="130"/>
        <location filename="../ui/charts/deckslides.cpp" line="218"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="221"/>
        <source>Sales plan %1</source>
        <extracomment>Under the plan&apos;s name on the title slide: the year the plan is for.</extracomment>
        <translation>%1年度销售计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="224"/>
        <source>Presented by %1</source>
        <extracomment>The title slide: who presents the plan (its author).</extracomment>
        <translation>汇报人：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="235"/>
        <source>The year in numbers</source>
        <extracomment>The heading of the headline slide that follows the title slide.</extracomment>
        <translation>全年关键数字</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="237"/>
        <source>Annual target %1</source>
        <translation>%1年度目标</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="242"/>
        <source>%1 on last year&apos;s %2</source>
        <extracomment>The headline slide: growth of the target on last year&apos;s actual.</extracomment>
        <translation>较去年 %2 增长 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="247"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="251"/>
        <source>What the reps carry</source>
        <translation>销售承担的个人指标</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="256"/>
        <source>Collected in the year</source>
        <translation>全年回款</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckslides.cpp" line="259"/>
        <source>Leads to generate</source>
        <translation>需获取线索数</translation>
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
        <translation>线索获取</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="22"/>
        <source>Campaigns, referrals and outbound calls fill the pipeline</source>
        <translation>通过市场活动、客户转介绍和电话外呼充实商机管道</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="23"/>
        <source>Contact details and a stated interest</source>
        <translation>留下联系方式并明确表达兴趣</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="24"/>
        <source>Qualification</source>
        <translation>线索筛选</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="25"/>
        <source>Check budget, authority, need and timing before investing time</source>
        <translation>投入精力前，先确认预算、决策权、需求和时间（BANT）</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="26"/>
        <source>Budget, decision maker and timeline confirmed</source>
        <translation>预算、决策人和时间表均已确认</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="27"/>
        <source>Contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="28"/>
        <source>First meeting or call with the decision maker</source>
        <translation>与决策人首次会面或通话</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="29"/>
        <source>A meeting held and a next step agreed</source>
        <translation>已完成会面并约定下一步</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="30"/>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="31"/>
        <source>Ask open questions; document the problem and its cost</source>
        <translation>多问开放式问题；记录客户痛点及其造成的损失</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="32"/>
        <source>Written summary of needs confirmed by the customer</source>
        <translation>需求总结成文，并经客户确认</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="33"/>
        <source>Solution</source>
        <translation>方案呈现</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="34"/>
        <source>Demo and proposal tailored to the confirmed needs</source>
        <translation>针对已确认的需求进行产品演示并提交方案</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="35"/>
        <source>Proposal delivered and reviewed with the buyer</source>
        <translation>方案已提交，并与客户共同审阅</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="36"/>
        <source>Objection handling</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="37"/>
        <source>Answer concerns on price, risk and fit with references</source>
        <translation>借助成功案例，解答客户在价格、风险和适配度上的顾虑</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="38"/>
        <source>No open objections; terms agreed</source>
        <translation>异议均已解决；条款已谈妥</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="39"/>
        <source>Close</source>
        <translation>签约成交</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="40"/>
        <source>Contract, signature and hand-over to delivery</source>
        <translation>签订合同，并移交交付团队</translation>
    </message>
    <message>
        <location filename="../core/plan/plan.cpp" line="41"/>
        <source>Contract signed</source>
        <translation>合同已签署</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../core/calc/planinputs.cpp" line="27"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/calc/planinputs.cpp" line="31"/>
        <source>product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../core/summary/teamquotas.cpp" line="231"/>
        <source>team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../core/summary/plansummary.cpp" line="189"/>
        <source>Enough reps in every month</source>
        <translation>每月销售人手均充足</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/summary/plansummary.cpp" line="191"/>
        <source>Up to %n rep(s) short from %1</source>
        <translation>
            <numerusform>自%1起最多缺 %n 名销售</numerusform>
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
        <translation>全年编制</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="57"/>
        <source>%1 to employ (%2 at full speed + %3 for attrition); the team has %4 → %5 to hire.</source>
        <translation>需配置 %1（满产能 %2 + 流失补充 %3）；团队现有 %4 → 需招聘 %5。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="62"/>
        <source>%1 to employ (%2 at full speed + %3 for attrition); the team has %4 → enough.</source>
        <translation>需配置 %1（满产能 %2 + 流失补充 %3）；团队现有 %4 → 人手充足。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="86"/>
        <source>Tightest month</source>
        <translation>最紧张的月份</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="96"/>
        <source>%1, %2 needed at full speed, %3 available → enough.</source>
        <translation>%1，满产能需 %2，可用 %3 → 人手充足。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="100"/>
        <source>%1, %2 needed at full speed, %3 available → %4 short.</source>
        <translation>%1，满产能需 %2，可用 %3 → 缺 %4。</translation>
    </message>
    <message>
        <location filename="../core/summary/headcount.cpp" line="105"/>
        <source>%1, %2 needed at full speed, %3 available → %4 short; the first month short is %5.</source>
        <translation>%1，满产能需 %2，可用 %3 → 缺 %4；首个人手不足的月份是 %5。</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/summaryprinter.cpp" line="33"/>
        <source>Findings</source>
        <translation>检查提示</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="40"/>
        <source>%1 — %2, plan year from %3, %4
</source>
        <translation>%1 — %2，计划年度自 %3 起，%4
</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="41"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="45"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="47"/>
        <location filename="../app/summaryprinter.cpp" line="190"/>
        <source>Last year&apos;s actual</source>
        <translation>去年实际完成</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="49"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="51"/>
        <source>Stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="52"/>
        <source>Challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="60"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="61"/>
        <source>Not decomposed</source>
        <translation>未分解</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="63"/>
        <source>Quarter targets</source>
        <translation>季度目标</translation>
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
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="82"/>
        <source>Adjusted month targets</source>
        <translation>调整后的月度目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="102"/>
        <source>Targets by %1</source>
        <translation>按%1分解的目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="115"/>
        <location filename="../app/summaryprinter.cpp" line="120"/>
        <source>Quotas</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="116"/>
        <location filename="../app/summaryprinter.cpp" line="207"/>
        <location filename="../app/summaryprinter.cpp" line="254"/>
        <source>Not worked out</source>
        <translation>无法计算</translation>
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
        <translation>未规划</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="145"/>
        <source>Opening receivable</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="150"/>
        <source>Closing receivable</source>
        <translation>年末应收款</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="156"/>
        <source>Funnel and capacity</source>
        <translation>销售漏斗与产能</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="158"/>
        <source>Not solved</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="161"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="162"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="163"/>
        <source>Demos / proposals</source>
        <translation>产品演示 / 方案</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="164"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="165"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="166"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="167"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="168"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="169"/>
        <source>Qualified leads a day</source>
        <translation>每日合格线索</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="171"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="188"/>
        <source>From last year to this year by region</source>
        <translation>从去年到今年（按区域）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="189"/>
        <source>From last year to this year by product line</source>
        <translation>从去年到今年（按产品线）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="197"/>
        <source>This year&apos;s target</source>
        <translation>今年目标</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="205"/>
        <source>Cost of the plan</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="209"/>
        <source>Commission at plan</source>
        <translation>达成目标时的提成</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="212"/>
        <source>Commission at stretch tier</source>
        <translation>达成冲刺目标时的提成</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="213"/>
        <source>%1 (%2 more than at plan)</source>
        <translation>%1（比达成目标时多 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="214"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="216"/>
        <source>Tools, not in the total</source>
        <translation>工具（未计入合计）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="218"/>
        <source>Marketing</source>
        <translation>营销费用</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="220"/>
        <source>Total at plan</source>
        <translation>达成目标时合计</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="221"/>
        <location filename="../app/summaryprinter.cpp" line="262"/>
        <source>%1 (%2 of the target)</source>
        <translation>%1（占目标 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="223"/>
        <source>Per won deal</source>
        <translation>每笔赢单成本</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="231"/>
        <source>Is the target achievable?</source>
        <translation>目标能否达成？</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="238"/>
        <source>%1 (the target is %2 of it)</source>
        <translation>%1（目标为其 %2）</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="252"/>
        <source>Sales budget</source>
        <translation>销售预算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="261"/>
        <source>Budget for the year</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="265"/>
        <source>Budget per won deal</source>
        <translation>每笔赢单预算</translation>
    </message>
    <message>
        <location filename="../app/summaryprinter.cpp" line="267"/>
        <source>Budget limit</source>
        <translation>预算上限</translation>
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
        <translation>%1 个错误，%2 个警告，%3 个提示
</translation>
    </message>
</context>
<context>
    <name>TeamConsolidation</name>
    <message>
        <location filename="../core/team/linkedunits.cpp" line="32"/>
        <source>%1 is this team plan&apos;s own file: link the unit&apos;s own plan</source>
        <translation>%1 是本团队计划自身的文件：请链接该业务单元自己的计划</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="27"/>
        <source>the allocation is in %1, the team plan in %2</source>
        <translation>目标分配的币种为 %1，团队计划的币种为 %2</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="30"/>
        <source>the allocation must not be negative</source>
        <translation>分配额不能为负数</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="96"/>
        <source>its target cannot be split: %1</source>
        <translation>其目标无法分解：%1</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="135"/>
        <source>its plan is in %1, the team plan in %2</source>
        <translation>其计划的币种为 %1，团队计划的币种为 %2</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="141"/>
        <source>its plan year starts %1, the team plan&apos;s %2</source>
        <translation>其计划年度从%1开始，团队计划从%2开始</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="152"/>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="162"/>
        <source>its plan is a team plan itself: link the units&apos; own plans</source>
        <translation>其计划本身是团队计划：请链接各业务单元自己的计划</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="163"/>
        <source>%1 is a team plan itself: link the units&apos; own plans</source>
        <translation>%1 本身是团队计划：请链接各业务单元自己的计划</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="201"/>
        <source>its target cannot be split</source>
        <translation>其目标无法分解</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="229"/>
        <source>The unit %1 is not in the team&apos;s figures: %2.</source>
        <translation>业务单元“%1”未计入团队数据：%2。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="234"/>
        <source>The unit %1 has a plan but no allocation in the team plan.</source>
        <translation>业务单元“%1”有计划，但团队计划中没有给它分配目标。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="240"/>
        <source>The unit %1 plans %2 less than its allocation of %3 (%4).</source>
        <translation>业务单元“%1”的计划比分配额 %3 少 %2（%4）。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="242"/>
        <source>The unit %1 plans %2 more than its allocation of %3 (%4).</source>
        <translation>业务单元“%1”的计划比分配额 %3 多 %2（%4）。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="253"/>
        <source>The units are allocated %1 of the team&apos;s target %2.</source>
        <translation>分配给各业务单元的合计为 %1，团队目标为 %2。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="283"/>
        <source>The target cannot be allocated to the units: %1.</source>
        <translation>目标无法分配到各业务单元：%1。</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="329"/>
        <source>the units&apos; weights</source>
        <translation>各业务单元的权重</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="375"/>
        <source>Included</source>
        <translation>已计入</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="377"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="379"/>
        <source>Other currency</source>
        <translation>币种不同</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="381"/>
        <source>Other plan year</source>
        <translation>计划年度不同</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="383"/>
        <source>No figures</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="385"/>
        <source>Team plan</source>
        <translation>团队计划</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="400"/>
        <source>, beyond %1</source>
        <translation>，超出 %1</translation>
    </message>
    <message>
        <location filename="../core/team/consolidation.cpp" line="408"/>
        <source>, no allocation</source>
        <translation>，无分配额</translation>
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
            <numerusform>%n 个业务单元中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/team/unitplancache.cpp" line="29"/>
        <source>no plan file linked yet</source>
        <translation>尚未链接计划文件</translation>
    </message>
    <message>
        <location filename="../core/team/unitplancache.cpp" line="39"/>
        <source>%1 is this team plan&apos;s own file: link the units&apos; own plans</source>
        <translation>%1 是本团队计划自身的文件：请链接各业务单元自己的计划</translation>
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
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="33"/>
        <source>Share %1</source>
        <translation>占比 %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="64"/>
        <source>Quota basis</source>
        <translation>指标依据</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditortables.cpp" line="68"/>
        <source>Fixed: the member&apos;s fixed annual quota. Share: a part of what the fixed quotas leave of the region&apos;s target, by quota weight, with the member&apos;s part of all quotas.</source>
        <translation>固定：该成员的固定年度指标。占比：区域目标扣除固定指标后，剩余部分按个人指标权重分配，并显示该成员在全部指标中的占比。</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../core/server/teamserver.cpp" line="185"/>
        <source>The team server %1 needs the password of %2.</source>
        <translation>团队服务器 %1 需要 %2 的密码。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="186"/>
        <source>The team server %1 did not let %2 sign in: %3. Check the user name and the password.</source>
        <translation>团队服务器 %1 未允许 %2 登录：%3。请检查用户名和密码。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="190"/>
        <source>%1 failed: the team server %2 cannot be reached (%3). Your plan is safe in its file; try again when the server is back.</source>
        <translation>%1失败：无法连接团队服务器 %2（%3）。你的计划已安全保存在文件中；请在服务器恢复后重试。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="194"/>
        <source>%1 was refused: %2 may not do this on the team server (%3).</source>
        <translation>%1被拒绝：%2 无权在团队服务器上执行此操作（%3）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="197"/>
        <source>%1 failed on the team server: %2.</source>
        <translation>%1在团队服务器上失败：%2。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="205"/>
        <source>The plan cannot be laid out in the server&apos;s tables: %1.</source>
        <translation>无法将计划写入服务器的数据表：%1。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="222"/>
        <source>This SalesPlan cannot speak to PostgreSQL: Qt&apos;s QPSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>此 SalesPlan 无法连接 PostgreSQL：未安装 Qt 的 QPSQL 驱动（Debian 和 Ubuntu 上为 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="226"/>
        <source>This SalesPlan cannot speak to PostgreSQL: Qt&apos;s QPSQL driver is not installed. Install SalesPlan again with its PostgreSQL driver.</source>
        <translation>此 SalesPlan 无法连接 PostgreSQL：未安装 Qt 的 QPSQL 驱动。请连同其 PostgreSQL 驱动重新安装 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="238"/>
        <source>Signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="275"/>
        <source>The team server %1 was set up by a newer SalesPlan (server schema %2) that this version (%3) cannot use: update SalesPlan.</source>
        <translation>团队服务器 %1 由较新版本的 SalesPlan 搭建（服务器结构版本 %2），当前版本（%3）无法使用：请更新 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="281"/>
        <source>The team server %1 was set up by a newer SalesPlan (plan schema %2) that this version (%3) cannot use: update SalesPlan.</source>
        <translation>团队服务器 %1 由较新版本的 SalesPlan 搭建（计划结构版本 %2），当前版本（%3）无法使用：请更新 SalesPlan。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="295"/>
        <location filename="../core/server/teamserver.cpp" line="326"/>
        <source>Reading the team server&apos;s version</source>
        <translation>读取团队服务器的版本</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="299"/>
        <source>The team server %1 has no SalesPlan tables that %2 may read. Ask whoever set it up to run “salesplan server init” there and to add you as the director or as a unit&apos;s manager.</source>
        <translation>团队服务器 %1 上没有 %2 有权读取的 SalesPlan 数据表。请让服务器的搭建者在该服务器上运行“salesplan server init”，并将你添加为总监或某个业务单元的经理。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="308"/>
        <source>The team server %1 was set up by an older SalesPlan (server schema %2, plan schema %3; this SalesPlan writes %4 and %5). Ask whoever set it up to run “salesplan server init” with this SalesPlan, which adds what is missing.</source>
        <translation>团队服务器 %1 由较旧版本的 SalesPlan 搭建（服务器结构版本 %2，计划结构版本 %3；此 SalesPlan 写入的是 %4 和 %5）。请让服务器的搭建者用此 SalesPlan 运行“salesplan server init”，补上缺少的部分。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="330"/>
        <source>Setting up the team server</source>
        <translation>搭建团队服务器</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="333"/>
        <source>Adding the units&apos; figures</source>
        <translation>添加各业务单元的数据</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="369"/>
        <source>“%1” cannot be a role name: use lower-case letters, digits and _, starting with a letter (and not pg_).</source>
        <translation>“%1”不能用作角色名称：请使用小写字母、数字和 _，以字母开头（且不能以 pg_ 开头）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="377"/>
        <source>%1 is a superuser, or may create roles or databases, on the team server: SalesPlan makes no such role a director or a unit&apos;s manager, nor changes its password. Name a role of its own (a new name creates it).</source>
        <translation>%1 在团队服务器上是超级用户，或可创建角色或数据库：SalesPlan 不会把这样的角色设为总监或业务单元经理，也不会修改其密码。请指定一个专用角色（新名称会自动创建）。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="394"/>
        <location filename="../core/server/teamserver.cpp" line="401"/>
        <source>Adding the role %1</source>
        <translation>添加角色 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="415"/>
        <source>The password of %1 cannot be prepared: SalesPlan is not signed in to the team server.</source>
        <translation>无法准备 %1 的密码：SalesPlan 尚未登录团队服务器。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="422"/>
        <source>The password of %1 cannot be prepared: %2.</source>
        <translation>无法准备 %1 的密码：%2。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="451"/>
        <source>Looking up the role %1</source>
        <translation>正在查找角色 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="463"/>
        <source>A unit needs a name.</source>
        <translation>业务单元需要名称。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="464"/>
        <source>Adding the unit “%1”</source>
        <translation>添加业务单元“%1”</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="484"/>
        <source>Adding the director %1</source>
        <translation>正在添加总监 %1</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="507"/>
        <source>Reading the units</source>
        <translation>读取业务单元</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="523"/>
        <source>Reading the versions</source>
        <translation>读取版本</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="587"/>
        <source>There is no allocation version %1 on the team server: the director has published none.</source>
        <translation>团队服务器上没有目标分配版本 %1：总监尚未发布任何目标分配。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="602"/>
        <source>The director has published an allocation this plan has not seen (version %1, published by %2 at %3)%4. Fetch it first, check your plan, publish again.</source>
        <translation>总监发布了此计划尚未获取的目标分配（版本 %1，由 %2 于 %3 发布）%4。请先获取，检查你的计划，然后再次发布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="607"/>
        <source>The director changed the allocation since you fetched it (version %1 → %2, published by %3 at %4)%5. Fetch it, check your plan, publish again.</source>
        <translation>总监在你获取目标分配后已作修改（版本 %1 → %2，由 %3 于 %4 发布）%5。请重新获取，检查你的计划，然后再次发布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="615"/>
        <source>Fetch first: “%1” has version %2 published by %3 at %4, which this plan has not seen. Bring its changes over, publish again.</source>
        <translation>请先获取：“%1”已有由 %3 于 %4 发布的版本 %2，此计划尚未获取该版本。请把其中的更改合并到你的计划中，然后再次发布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="620"/>
        <source>%1 published version %2 of “%3” at %4, and your plan is based on version %5. Fetch it, bring your changes over, publish again.</source>
        <translation>%1 于 %4 发布了“%3”的版本 %2，而你的计划基于版本 %5。请获取该版本，把你的更改合并进去，然后再次发布。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="663"/>
        <source>: “%1” is now allocated %2</source>
        <translation>：“%1”现分配 %2</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="665"/>
        <source>: “%1” is still allocated %2</source>
        <translation>：“%1”仍分配 %2</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="666"/>
        <source>: “%1” is now allocated %2 (was %3)</source>
        <translation>：“%1”现分配 %2（原为 %3）</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="590"/>
        <source>There is no version %1 of “%2” on the team server: nothing has been published for it.</source>
        <translation>团队服务器上没有“%2”的版本 %1：该业务单元尚未发布任何内容。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="686"/>
        <source>Publishing the allocation</source>
        <translation>发布目标分配</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="686"/>
        <source>Publishing “%1”</source>
        <translation>发布“%1”</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="765"/>
        <source>Say which unit the plan is for.</source>
        <translation>请指明该计划属于哪个业务单元。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="541"/>
        <location filename="../core/server/teamserver.cpp" line="774"/>
        <source>“%1” is not a unit on the team server that %2 may publish.</source>
        <translation>“%1”不是团队服务器上 %2 可以发布的业务单元。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="792"/>
        <source>Fetching the published plans</source>
        <translation>获取已发布的计划</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="836"/>
        <source>The director has not published an allocation on the team server yet.</source>
        <translation>总监尚未在团队服务器上发布目标分配。</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="857"/>
        <location filename="../core/server/teamserver.cpp" line="862"/>
        <source>Fetching the units&apos; figures</source>
        <translation>获取各业务单元的数据</translation>
    </message>
    <message>
        <location filename="../core/server/teamserver.cpp" line="872"/>
        <source>Reading the role of %1</source>
        <translation>读取 %1 的角色</translation>
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
        <translation>工作表“%1”第 %2 行</translation>
    </message>
</context>
<context>
    <name>WhatIfCharts</name>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="55"/>
        <source>Reps needed and available</source>
        <translation>所需与可用销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="56"/>
        <source>Reps needed</source>
        <translation>所需销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="57"/>
        <source>Reps available</source>
        <translation>可用销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="63"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="82"/>
        <source>Reps</source>
        <translation>销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="91"/>
        <source>Reps needed when one driver moves 10 %: now %1, or %2 before rounding up</source>
        <translation>单个驱动因素变动 10% 时的所需销售人数：当前为 %1（取整前为 %2）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="94"/>
        <source>Driver 10 % lower</source>
        <translation>驱动因素降低 10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="95"/>
        <source>Driver 10 % higher</source>
        <translation>驱动因素提高 10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="119"/>
        <source>Change in reps needed</source>
        <translation>所需销售人数的变化</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="39"/>
        <source>Export the figures as a workbook</source>
        <translation>将计划数据导出为工作簿</translation>
    </message>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="40"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/report/workbookexport.cpp" line="48"/>
        <source>Cannot export the workbook</source>
        <translation>无法导出工作簿</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="44"/>
        <source>the workbook&apos;s part %1 unpacks to more than %2 MB, the most SalesPlan reads from one part; keep the history in a smaller workbook or save it as CSV</source>
        <translation>工作簿中的 %1 部分解压后超过 %2 MB，超出了 SalesPlan 对单个部分的读取上限；请将历史数据放在较小的工作簿中，或另存为 CSV</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="136"/>
        <source>the workbook is password-protected; save it without a password and import it again</source>
        <translation>工作簿受密码保护；请取消密码后保存，再重新导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="141"/>
        <source>the file is an Excel 97–2003 .xls workbook; save it as .xlsx or CSV and import it again</source>
        <translation>该文件是 Excel 97–2003 .xls 工作簿；请另存为 .xlsx 或 CSV 后重新导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="155"/>
        <source>the file is not a complete .xlsx workbook: it is cut short or not a workbook at all</source>
        <translation>该文件不是完整的 .xlsx 工作簿：文件已被截断，或根本不是工作簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="161"/>
        <source>the file is a zip archive but not an .xlsx workbook</source>
        <translation>该文件是 zip 压缩包，但不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="176"/>
        <source>the workbook holds macros (an .xlsm workbook), which SalesPlan does not open; save it as .xlsx without macros or as CSV</source>
        <translation>工作簿包含宏（.xlsm 工作簿），SalesPlan 不会打开此类文件；请另存为不含宏的 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="186"/>
        <source>the workbook has no part %1; it is damaged</source>
        <translation>工作簿缺少 %1 部分；文件已损坏</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxpackage.cpp" line="189"/>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>工作簿中的 %1 部分已损坏</translation>
    </message>
</context>
<context>
    <name>XlsxParts</name>
    <message>
        <location filename="../core/exchange/xlsxparts.cpp" line="21"/>
        <source>the workbook&apos;s part %1 is damaged (%2 at line %3)</source>
        <translation>工作簿中的 %1 部分已损坏（第 %3 行：%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxparts.cpp" line="179"/>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="171"/>
        <source>the sheet has more than %1 cells; SalesPlan reads smaller sheets</source>
        <translation>工作表的单元格超过 %1 个；SalesPlan 只能读取更小的工作表</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="289"/>
        <source>the workbook&apos;s part %1 is damaged (%2 at line %3)</source>
        <translation>工作簿中的 %1 部分已损坏（第 %3 行：%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxreader.cpp" line="311"/>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>This is your own copy of the sample plan, kept in %1. Change it freely.</source>
        <translation>这是你自己的示例计划副本，保存在 %1，可随意修改。</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="18"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="20"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="24"/>
        <source>Actuals</source>
        <translation>实际业绩</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="129"/>
        <source>Total</source>
        <translation>合计</translation>
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
        <translation>此计划以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="208"/>
        <source>Totals are worked out from the months; type the months.</source>
        <translation>合计由各月数据自动计算；请输入各月数据。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="237"/>
        <source>Type the actuals of %1, %2</source>
        <translation>输入%1 %2的实际业绩</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="276"/>
        <source>Paste actuals</source>
        <translation>粘贴实际业绩</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="286"/>
        <source>falls to the right of December</source>
        <translation>位于 12 月右侧</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="290"/>
        <source>falls on the total row or below the table</source>
        <translation>位于合计行或表格下方</translation>
    </message>
    <message>
        <location filename="../ui/review/actualsgridmodel.cpp" line="315"/>
        <source>Clear actuals</source>
        <translation>清除实际业绩</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ActualsKpiModel</name>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="76"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="105"/>
        <source>The plan is open read-only.</source>
        <translation>此计划以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="107"/>
        <source>Type a month&apos;s value, not the KPI&apos;s name.</source>
        <translation>请输入某月的数值，而不是关键指标名称。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="130"/>
        <source>Type %1 for %2</source>
        <translation>输入%2的%1</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="160"/>
        <source>Paste KPI actuals</source>
        <translation>粘贴关键指标实际值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="172"/>
        <source>falls to the right of December</source>
        <translation>位于 12 月右侧</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="177"/>
        <source>falls below the table</source>
        <translation>位于表格下方</translation>
    </message>
    <message>
        <location filename="../ui/review/actualskpimodel.cpp" line="202"/>
        <source>Clear KPI actuals</source>
        <translation>清除关键指标实际值</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ActualsPanel</name>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="69"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="71"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="73"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="77"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="89"/>
        <source>Booked actuals</source>
        <translation>业绩实际值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="91"/>
        <source>KPI actuals</source>
        <translation>关键指标实际值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="108"/>
        <source>KPIs measured each month (revenue comes from the bookings)</source>
        <translation>每月统计的关键指标（销售额取自签约额）</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="110"/>
        <source>Import KPI Actuals…</source>
        <translation>导入关键指标实际值…</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="112"/>
        <source>A CSV file or Excel workbook with the columns month, KPI and value (月份, 指标, 实际值)</source>
        <translation>包含 month、KPI、value（月份、指标、实际值）列的 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="158"/>
        <source>&amp;By:</source>
        <translation>维度(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="160"/>
        <source>Import Actuals…</source>
        <translation>导入实际业绩…</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="166"/>
        <source>The plan is open read-only: the actuals are shown, not edited.</source>
        <translation>此计划以只读方式打开：实际业绩仅供查看，不能编辑。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="167"/>
        <source>Type what was booked each month, paste a block from Excel or WPS (Ctrl+V) or import a file; Delete clears. An empty cell has no data; 0 is a month that booked nothing.</source>
        <translation>输入每月完成的业绩，从 Excel 或 WPS 粘贴一块数据（Ctrl+V），或导入文件；按 Delete 清除。空单元格表示无数据；0 表示该月业绩为零。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="271"/>
        <source>The file has no rows below its header.</source>
        <translation>文件的表头下面没有数据行。</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="273"/>
        <source>Import KPI actuals from %1</source>
        <translation>从 %1 导入关键指标实际值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="281"/>
        <location filename="../ui/review/actualspanel.cpp" line="288"/>
        <source>Import KPI actuals</source>
        <translation>导入关键指标实际值</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="282"/>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>表格文件 (*.csv *.txt *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/review/actualspanel.cpp" line="289"/>
        <source>Nothing was imported from %1. Fix these rows in the file, then import it again.</source>
        <translation>未从 %1 导入任何数据。请在文件中修正以下各行，然后重新导入。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::AdjustRemainingMonthsDialog</name>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="41"/>
        <location filename="../ui/review/revisiondialog.cpp" line="169"/>
        <source>Adjust the Remaining Months</source>
        <translation>调整剩余月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="68"/>
        <source>Adjusted after the %1 review</source>
        <translation>%1复盘后调整</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="73"/>
        <source>&amp;Adjust</source>
        <translation>调整(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="101"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="103"/>
        <source>Booked up to %1: %2. Still to book for the approved annual target of %3: %4.</source>
        <translation>截至%1累计完成 %2。要达成已批准的年度目标 %3，尚需完成 %4。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="107"/>
        <source>The remaining months take %1 more than their targets now, spread over %2 by their targets.</source>
        <translation>剩余月份的目标合计增加 %1，按各月现有目标的比例分摊到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="110"/>
        <source>The remaining months take %1 less than their targets now, spread over %2 by their targets.</source>
        <translation>剩余月份的目标合计减少 %1，按各月现有目标的比例分摊到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="114"/>
        <source>The adjusted targets replace the ones adjusted before; the approved target stays as it is.</source>
        <translation>新的调整后目标将取代之前的调整；已批准的目标保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="116"/>
        <source>The approved target stays as it is, beside the adjusted one.</source>
        <translation>已批准的目标保持不变，与调整后目标并列保留。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Adjusted</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="130"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="156"/>
        <source>Adjust the remaining months</source>
        <translation>调整剩余月份</translation>
    </message>
    <message>
        <location filename="../ui/review/revisiondialog.cpp" line="170"/>
        <source>The remaining months cannot be adjusted: %1</source>
        <translation>无法调整剩余月份：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ApproveDialog</name>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="27"/>
        <source>Allow editing the &amp;narrative while approved</source>
        <translation>批准后仍允许编辑文字内容(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="29"/>
        <source>Approve the Plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="31"/>
        <source>Who approves the plan</source>
        <translation>计划的批准人</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="39"/>
        <source>The mission, market texts, training plan and notes may still be edited; the targets, team and tables stay locked until the plan is reopened as a draft.</source>
        <translation>使命、市场相关文字、培训计划和备注仍可编辑；目标、团队和各表格保持锁定，直到计划退回草稿。</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="43"/>
        <source>Approving locks the plan&apos;s targets, team and tables. Actuals, the monthly review and adjustments of the remaining months can still be entered. The approved plan is also saved as a version, and the edits before it can no longer be undone.</source>
        <translation>批准后，计划的目标、团队和各表格将被锁定，但仍可录入实际业绩、月度复盘以及剩余月份的调整。批准的计划还会保存为一个版本，批准前的编辑将无法再撤销。</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="51"/>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="52"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="53"/>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/status/approvedialog.cpp" line="55"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::AttainmentPanel</name>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="50"/>
        <source>No data: no actuals are booked in these months yet</source>
        <translation>无数据：这些月份尚无实际业绩</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="88"/>
        <source>Status
(year to date)</source>
        <translation>状态
（本年累计）</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="89"/>
        <source>Month
actual</source>
        <translation>当月
实际</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="90"/>
        <source>Month
target</source>
        <translation>当月
目标</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="91"/>
        <source>Month
%</source>
        <translation>当月
达成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="92"/>
        <source>Quarter
to date %</source>
        <translation>本季累计
达成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="93"/>
        <source>Year to date
actual</source>
        <translation>本年累计
实际</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="94"/>
        <source>Year to date
target</source>
        <translation>本年累计
目标</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="95"/>
        <source>Year to date
%</source>
        <translation>本年累计
达成率</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="96"/>
        <source>Year
target</source>
        <translation>全年
目标</translation>
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
（单数）</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="109"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="111"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="283"/>
        <source>No actuals are booked up to %1 yet: import the months&apos; results to compare them with the plan.</source>
        <translation>截至%1尚无实际完成数据：请导入各月业绩，以便与计划对比。</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="293"/>
        <source>Review of %1</source>
        <translation>%1复盘</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="294"/>
        <source>Forecast for the year: %1 at the seasonal run rate; %2 with the plan&apos;s remaining months.</source>
        <translation>全年预测：按当前进度推算（含季节性）为 %1；已完成加其余月份计划为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="306"/>
        <source>%1 calls and %2 demos a day per rep</source>
        <translation>每名销售每天电话 %1 次、演示 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="309"/>
        <source>%1 calls and %2 demos a day for the team</source>
        <translation>团队每天电话 %1 次、演示 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/review/attainmentpanel.cpp" line="311"/>
        <source>To close the gap: %1 deals in %2 working days — %3.</source>
        <translation>补足缺口：剩余 %2 个工作日内赢单 %1 笔——%3。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::BridgeSection</name>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="58"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="62"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="63"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="72"/>
        <source>Last year&apos;s actual in the plan is %1; the bookings of %2 in the history add up to %3. The difference is its own line, so the bridge starts from the plan&apos;s figure.</source>
        <translation>计划中的去年实际完成为 %1；历史数据中 %2 年的签约额合计为 %3。差额单列一行，因此桥图从计划中的数字起算。</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="86"/>
        <source>Split</source>
        <translation>拆分维度</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="87"/>
        <source>Item</source>
        <translation>项目</translation>
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
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="91"/>
        <source>Change %</source>
        <translation>变化率</translation>
    </message>
    <message>
        <location filename="../ui/report/bridgesection.cpp" line="117"/>
        <source>From last year to this year</source>
        <translation>从去年到今年</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::BudgetSection</name>
    <message>
        <location filename="../ui/report/budgetsection.h" line="19"/>
        <source>Sales budget</source>
        <translation>销售预算</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="29"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="43"/>
        <source>Cost of sales: %1 of the target</source>
        <translation>销售成本占目标的 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="47"/>
        <source>, %1 per won deal</source>
        <translation>，每笔赢单 %1</translation>
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
        <translation>上文的计划成本（提成、工具和营销）为 %1（占目标 %2）；其余为人力成本及其他各项。</translation>
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
        <translation>人力成本按各岗位的每月成本、从每人的到岗月份起计算；提成按达成目标计算，不含超额提成。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="65"/>
        <source> Marketing is the campaigns typed, not the leads&apos; cost.</source>
        <translation>营销费用按填写的营销推广计算，而非线索成本。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="67"/>
        <source> Counted at zero, for want of a cost a month: %1.</source>
        <translation>以下岗位未填写每月成本，按零计算：%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="78"/>
        <source>Not worked out</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../ui/report/budgetsection.cpp" line="82"/>
        <source>Category</source>
        <translation>类别</translation>
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
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="151"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="153"/>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="154"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="159"/>
        <location filename="../ui/charts/chartview.cpp" line="169"/>
        <source>Cannot save the chart</source>
        <translation>无法保存图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="161"/>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="162"/>
        <source>Save the chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="164"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="171"/>
        <source>Copy as image</source>
        <translation>复制为图片</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="16"/>
        <source>&amp;Dark background (for a projector)</source>
        <translation>深色背景（适合投影）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="20"/>
        <source>Dark background for the charts</source>
        <translation>图表使用深色背景</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartspage.cpp" line="50"/>
        <source>&lt;b&gt;Charts&lt;/b&gt; — point at a bar, a point or a slice for its exact figure</source>
        <translation>&lt;b&gt;图表&lt;/b&gt;——鼠标指向柱形、数据点或扇区即可查看精确数值</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ComparisonWindow</name>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="111"/>
        <source>Current plan</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="113"/>
        <source>%1 (another file)</source>
        <translation>%1（其他文件）</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="119"/>
        <source>“%1”, %2</source>
        <extracomment>A version to compare: its name and when it was saved.</extracomment>
        <translation>“%1”，%2</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="170"/>
        <source>Compare — %1</source>
        <translation>比较 — %1</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="170"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="171"/>
        <source>&amp;Before:</source>
        <translation>修改前(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="172"/>
        <source>&amp;After:</source>
        <translation>修改后(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="173"/>
        <source>S&amp;wap</source>
        <translation>交换(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/versions/comparisonwindow.cpp" line="174"/>
        <source>Compare the other way round</source>
        <translation>交换前后顺序进行比较</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ConsolidationSection</name>
    <message>
        <location filename="../ui/report/consolidationsection.h" line="21"/>
        <source>Team consolidation</source>
        <translation>团队汇总</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/consolidationsection.cpp" line="80"/>
        <source>The team&apos;s target of %1 is allocated to %n unit(s) by %2; each unit&apos;s own plan sets its target bottom-up. A gap beyond %3 of the allocation is a finding.</source>
        <translation>
            <numerusform>团队目标 %1 按%2分配给 %n 个业务单元；各业务单元自己的计划自下而上确定其目标。差距超过分配额的 %3 时会给出检查提示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="84"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="84"/>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="86"/>
        <source>Top-down against bottom-up</source>
        <translation>自上而下与自下而上对比</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="87"/>
        <source>Unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="88"/>
        <source>Top-down</source>
        <translation>自上而下</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="89"/>
        <source>Bottom-up</source>
        <translation>自下而上</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="90"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="91"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="92"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="93"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="98"/>
        <source>Consolidated target (%1)</source>
        <translation>汇总目标（%1）</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="99"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>团队</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="109"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="112"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../ui/report/consolidationsection.cpp" line="113"/>
        <source>%1 deals, %2 proposals, %3 qualified leads, %4 leads; %5 reps to employ, %6 on the teams (%7 of %8 units)</source>
        <translation>需赢单 %1 笔，方案 %2 个，合格线索 %3 条，线索 %4 条；需配置销售 %5 人，各团队现有 %6 人（%8 个业务单元中的 %7 个）</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::CostSection</name>
    <message>
        <location filename="../ui/report/costsection.h" line="18"/>
        <source>Cost of the plan</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="16"/>
        <source>Commission at plan (%1 of the target)</source>
        <translation>达成目标时的提成（目标的 %1）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="19"/>
        <source>Sales tools</source>
        <translation>销售工具</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="22"/>
        <source>Marketing (%1 leads × %2)</source>
        <translation>营销费用（%1 条线索 × %2）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="25"/>
        <source>Total at plan</source>
        <translation>达成目标时合计</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="26"/>
        <source>Share of the target</source>
        <translation>占目标比例</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="29"/>
        <source>Per won deal (%1 deals)</source>
        <translation>每笔赢单成本（共 %1 单）</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="41"/>
        <source>With accelerators: if the team reaches the stretch tier of %1, the commission is %2, %3 more than at plan: %4 on the revenue up to the reps&apos; quotas (%5 in all) and %6 above them.</source>
        <translation>含超额提成：若团队达成冲刺目标 %1，提成为 %2，比达成目标时多 %3：销售个人指标合计（%5）以内的业绩按 %4 计提，超出部分按 %6 计提。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="56"/>
        <source>Tools paid in other currencies are not added: %1.</source>
        <translation>以其他币种支付的工具费用未计入：%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="59"/>
        <source>The cost of sales is the sales budget (p. %1): with the team&apos;s salaries and other headcount costs it comes to %2, %3 of the target.</source>
        <translation>销售成本即销售预算（第 %1 页）：加上团队的工资及其他人力成本，共计 %2，占目标 %3。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="66"/>
        <source>The team&apos;s salaries and other headcount costs are in the sales budget below.</source>
        <translation>团队的工资及其他人力成本见下文的销售预算。</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="78"/>
        <source>Not worked out</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="82"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="82"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="91"/>
        <source>%1 (%2 of the target):
commission at plan %3 + tools %4</source>
        <translation>%1（占目标 %2）：
达成目标时的提成 %3 + 工具 %4</translation>
    </message>
    <message>
        <location filename="../ui/report/costsection.cpp" line="95"/>
        <source> + marketing %1</source>
        <translation> + 营销 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::DeckDialog</name>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="27"/>
        <location filename="../ui/charts/deckdialog.cpp" line="123"/>
        <source>Choose slides</source>
        <translation>选择幻灯片</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="52"/>
        <source>%1 (no data)</source>
        <extracomment>After a chart&apos;s title in Choose Slides: the chart has nothing to show yet.</extracomment>
        <translation>%1（无数据）</translation>
    </message>
    <message>
        <location filename="../ui/charts/deckdialog.cpp" line="57"/>
        <source>The plan has nothing for this chart to show yet; the default deck leaves it out.</source>
        <translation>计划中还没有可供此图表显示的数据；默认演示文稿不包含此图表。</translation>
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
        <translation>勾选要演示的图表，并按展示顺序排列。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExecutiveSummary</name>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="37"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="38"/>
        <source>%1, %2 on last year&apos;s %3</source>
        <translation>%1，较去年 %3 增长 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="44"/>
        <source>Stretch and challenge</source>
        <translation>冲刺目标与挑战目标</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="45"/>
        <source>Stretch %1 · challenge %2</source>
        <translation>冲刺目标 %1 · 挑战目标 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="64"/>
        <source>Assigned to reps</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="65"/>
        <source>%1 with %2 over-assignment</source>
        <translation>%1（超额分配 %2）</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="75"/>
        <source>%1 (%2 of the target), the sales budget with headcount</source>
        <translation>%1（占目标 %2），即含人力成本的销售预算</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="79"/>
        <source>of which the cost of the plan %1 (%2): commission, tools and marketing</source>
        <translation>其中计划成本 %1（%2）：提成、工具和营销</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="89"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="95"/>
        <source>Cost of sales</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="108"/>
        <source>%1 %2 (score %3)</source>
        <translation>%1 %2（评分 %3）</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="113"/>
        <source>Largest risks</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="123"/>
        <source>KPIs to watch</source>
        <translation>重点关注的关键指标</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="126"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="156"/>
        <source>no new hires</source>
        <translation>不新增招聘</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="157"/>
        <source>1 hire</source>
        <translation>招聘 1 人</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="158"/>
        <source>%1 hires</source>
        <translation>招聘 %1 人</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="160"/>
        <source>Approve the %1 target, %2 and a %3 marketing budget.</source>
        <translation>请批准 %1 的目标、%2 及 %3 的营销预算。</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="162"/>
        <source>Approve the %1 target and %2.</source>
        <translation>请批准 %1 的目标及 %2。</translation>
    </message>
    <message>
        <location filename="../ui/report/executivesummary.cpp" line="182"/>
        <source>amount</source>
        <comment>a KPI&apos;s unit that means money</comment>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExportLettersDialog</name>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="32"/>
        <source>target letters</source>
        <translation>目标责任书</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="41"/>
        <source>&amp;One PDF, a page per member</source>
        <translation>一个 PDF，每位成员一页(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="42"/>
        <source>A PDF per &amp;member, into a folder</source>
        <translation>每位成员一个 PDF，存入文件夹(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="48"/>
        <source>Export Target Letters</source>
        <translation>导出目标责任书</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="58"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="59"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="70"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="81"/>
        <source>Write:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="82"/>
        <source>&amp;File or folder:</source>
        <translation>文件或文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="83"/>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="93"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="141"/>
        <source>Export the letters into</source>
        <translation>将目标责任书导出到</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="142"/>
        <source>Export the target letters as PDF</source>
        <translation>将目标责任书导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="143"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="155"/>
        <source>Replace the letters?</source>
        <translation>替换目标责任书？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/exportlettersdialog.cpp" line="156"/>
        <source>%n of the letters already exist in the folder. Replace them?</source>
        <translation>
            <numerusform>文件夹中已存在 %n 份目标责任书。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="164"/>
        <source>No such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="165"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="172"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="173"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportlettersdialog.cpp" line="196"/>
        <source>Cannot export the target letters</source>
        <translation>无法导出目标责任书</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ExportPdfDialog</name>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="70"/>
        <location filename="../ui/report/planprinting.cpp" line="68"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="82"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="90"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="92"/>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="93"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="94"/>
        <source>&amp;Sections:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="65"/>
        <source>List the &amp;open points in the appendix</source>
        <translation>在附录中列出待决事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="98"/>
        <source>The cover, the summary, the contents, the sign-off and the appendix of details always come.</source>
        <translation>封面、执行摘要、目录、审批签字和附录（明细）始终包含在内。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="102"/>
        <source>Execution &amp;review for:</source>
        <translation>执行复盘月份(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="105"/>
        <source>Optional, e.g. Confidential — for the leadership team only</source>
        <translation>可选，例如：机密——仅供管理层阅读</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="106"/>
        <source>Printed on the cover and in every page&apos;s footer.</source>
        <translation>印在封面和每页页脚。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="107"/>
        <source>&amp;Confidentiality line:</source>
        <translation>保密声明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="117"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="131"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="132"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="174"/>
        <source>None</source>
        <extracomment>Export PDF ▸ Execution review for: no review section.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="184"/>
        <source>Adds the month&apos;s attainment, forecast, KPI board, deviations and open actions as a section of the report.</source>
        <translation>在报告中加入一个章节，包含当月的达成率、全年预测、KPI 看板、偏差和未完成的措施。</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="228"/>
        <source>Export the plan as PDF</source>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="229"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="247"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/report/exportpdfdialog.cpp" line="248"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::FigureField</name>
    <message>
        <location filename="../ui/sections/figurefield.cpp" line="164"/>
        <source>Not taken: %1</source>
        <translation>输入未生效：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::GuidancePanel</name>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="17"/>
        <source>How to write this section</source>
        <translation>如何填写本部分</translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="21"/>
        <source>Show or hide the advice for this section</source>
        <translation>显示或隐藏本部分的填写建议</translation>
    </message>
    <message>
        <location filename="../ui/sections/guidancepanel.cpp" line="26"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::GuideWindow</name>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="30"/>
        <location filename="../ui/help/guidewindow.cpp" line="122"/>
        <source>SalesPlan User Guide</source>
        <translation>SalesPlan 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="116"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="118"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="120"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/help/guidewindow.cpp" line="121"/>
        <source>Navigation</source>
        <translation>导航</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="28"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/history/historypreviewwidgets.cpp" line="31"/>
        <source>The line of the file</source>
        <translation>文件中的行号</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::HolidaysPanel</name>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="64"/>
        <source>Weekend worked for a holiday</source>
        <translation>因节假日调休的周末上班日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="70"/>
        <source>Your day off</source>
        <translation>自定休息日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="74"/>
        <source>Your working day</source>
        <translation>自定工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="99"/>
        <source>No public holidays: only weekends and your own days are off.</source>
        <translation>不含法定节假日：仅周末和自定休息日休息。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="102"/>
        <source>The %1 holidays are official.</source>
        <translation>%1 的节假日为官方公布安排。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="103"/>
        <source>The %1 holidays are computed — proposed until the official notice.</source>
        <translation>%1 的节假日为推算结果，官方通知发布前仅供参考。</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="127"/>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="134"/>
        <source>Days off and working days of the plan year</source>
        <translation>计划年度的休息日和工作日</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="136"/>
        <source>Day</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="139"/>
        <source>Working days by month</source>
        <translation>各月工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="147"/>
        <source>Public &amp;holidays:</source>
        <translation>法定节假日(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="156"/>
        <source>Working days by month:</source>
        <translation>各月工作日：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="161"/>
        <source>Change the public holidays</source>
        <translation>更改法定节假日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="170"/>
        <source>Add day &amp;off…</source>
        <translation>添加休息日(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="171"/>
        <source>Add &amp;working day…</source>
        <translation>添加工作日(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="172"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="173"/>
        <source>&amp;Import .ics…</source>
        <translation>导入 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="194"/>
        <source>Add a day off</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="202"/>
        <source>Add a working day</source>
        <translation>添加工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="217"/>
        <source>Remove a day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="229"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="236"/>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="245"/>
        <source>Import days off</source>
        <translation>导入休息日</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/holidayspanel.cpp" line="252"/>
        <source>%n day(s) off imported.</source>
        <translation>
            <numerusform>已导入 %n 个休息日。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="271"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="272"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="273"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="276"/>
        <source>%1 (yours)</source>
        <translation>%1（自定）</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="302"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="317"/>
        <source>Add a Day Off</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="317"/>
        <source>Add a Working Day</source>
        <translation>添加工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="324"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="345"/>
        <source>Import Days Off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <location filename="../ui/sections/holidayspanel.cpp" line="346"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
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
        <translation>分号分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="80"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="81"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="91"/>
        <location filename="../ui/history/importhistorydialog.cpp" line="251"/>
        <source>Import history</source>
        <translation>导入历史数据</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="93"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="119"/>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="134"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="152"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="153"/>
        <source>Read as:</source>
        <translation>读取方式：</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="162"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="164"/>
        <source>The column of the file that holds each field. The month and the amount are required; the others may be left out.</source>
        <translation>为每一项选择文件中对应的列。月份和金额为必选，其余可不选。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="175"/>
        <source>(choose a column)</source>
        <translation>（请选择列）</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="199"/>
        <source>Rows read from the file</source>
        <translation>从文件读取的行数</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="208"/>
        <source>Rows refused</source>
        <translation>被拒绝的行数</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="227"/>
        <source>A&amp;dd to the history</source>
        <translation>添加到历史数据(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="232"/>
        <source>&amp;Replace the history (%n row(s) now)</source>
        <translation>
            <numerusform>替换历史数据（现有 %n 行）(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="252"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="271"/>
        <source>The file %1.</source>
        <translation>该文件%1。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="296"/>
        <source>The file cannot be imported: %1.</source>
        <translation>无法导入文件：%1。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="327"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="343"/>
        <source>sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="361"/>
        <source>header in row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="362"/>
        <source>header on line %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="364"/>
        <source>The row of the sheet</source>
        <translation>工作表中的行号</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="365"/>
        <source>The line of the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="377"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="380"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="382"/>
        <source>Column %1 of the file</source>
        <translation>文件的第 %1 列</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="406"/>
        <source>Rows to import: %1</source>
        <translation>待导入行数：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="406"/>
        <source>Rows that read: %1</source>
        <translation>已读取行数：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="410"/>
        <source>The first %1 of the %2 rows are shown.</source>
        <translation>共 %2 行，仅显示前 %1 行。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="416"/>
        <source>Refused rows: %1</source>
        <translation>无法导入的行数：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="431"/>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="433"/>
        <source>Choose the columns above, then import.</source>
        <translation>请在上方选择对应的列，然后导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="436"/>
        <source>Fix the %n refused row(s) in the file, or map the columns, then import.</source>
        <translation>
            <numerusform>请在文件中修正 %n 行无法导入的数据，或重新对应列，然后导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="441"/>
        <source>The file has no rows below its header.</source>
        <translation>文件的表头下面没有数据行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="444"/>
        <source>%n row(s) will replace the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>将用 %n 行数据替换历史数据。可通过“编辑 ▸ 撤销”撤回本次导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/importhistorydialog.cpp" line="446"/>
        <source>%n row(s) will be added to the history. Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>将向历史数据添加 %n 行。可通过“编辑 ▸ 撤销”撤回本次导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/importhistorydialog.cpp" line="464"/>
        <source>Import history from %1</source>
        <translation>从 %1 导入历史数据</translation>
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
        <translation>⚠ 超出预算 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="40"/>
        <source>Spent of budget</source>
        <translation>预算花费</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="48"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="50"/>
        <source>Overdue initiatives and spend above budget</source>
        <translation>逾期的举措和超出预算的花费</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="75"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../ui/review/initiativereviewpanel.cpp" line="116"/>
        <source>The plan has no initiatives: add them in Metrics &amp; review ▸ Action plan.</source>
        <translation>计划中没有举措：请在“指标与复盘 ▸ 行动计划”中添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/initiativereviewpanel.cpp" line="119"/>
        <source>%n initiative(s) · %1 overdue · %2 over budget · spent %3 of %4</source>
        <translation>
            <numerusform>%n 项举措 · %1 项逾期 · %2 项超预算 · 已花费 %3 / %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::IntroPage</name>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="73"/>
        <source>A new sales plan</source>
        <translation>新建销售计划</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="74"/>
        <source>Name the plan and choose where to keep it. Every change is saved as you go.</source>
        <translation>为计划命名并选择保存位置。所有更改都会随时自动保存。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="87"/>
        <source>The stage and KPI names the new plan starts with are written in this language.</source>
        <translation>新计划默认的销售阶段和关键指标名称将使用此语言。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="92"/>
        <location filename="../ui/wizard/intropage.cpp" line="193"/>
        <source>Sales plan %1</source>
        <translation>%1年度销售计划</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="120"/>
        <source>Blank plan</source>
        <translation>空白计划</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="133"/>
        <source>Your own stages, KPIs and figures, starting from empty sections.</source>
        <translation>从空白的各部分开始，自行填写销售阶段、关键指标和各项数据。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="140"/>
        <source>The template&apos;s amounts are in %1; change the currency later in Targets.</source>
        <translation>模板中的金额以 %1 计；如需更换币种，稍后可在“目标”中修改。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="152"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="164"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
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
        <translation>计划名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="240"/>
        <source>There is no folder %1. Choose one with Browse….</source>
        <translation>文件夹 %1 不存在。请通过“浏览…”选择。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="244"/>
        <source>%1 is a file, not a folder. Choose a folder with Browse….</source>
        <translation>%1 是文件，不是文件夹。请通过“浏览…”选择文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="247"/>
        <source>The folder %1 is read-only. Choose another with Browse….</source>
        <translation>文件夹 %1 为只读。请通过“浏览…”选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="260"/>
        <source>The plan&apos;s file is made: change this in the plan&apos;s sections.</source>
        <translation>计划文件已创建：请在计划的各部分中修改此项。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="277"/>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="177"/>
        <source>Plan &amp;year:</source>
        <translation>计划年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="178"/>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="179"/>
        <source>Plan &amp;language:</source>
        <translation>计划语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="209"/>
        <source>Save the plan as</source>
        <translation>将计划保存为</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="210"/>
        <source>Sales plans (*.salesplan)</source>
        <translation>销售计划 (*.salesplan)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="233"/>
        <source>The currency must be a three-letter code such as CNY or USD.</source>
        <translation>币种必须是三个字母的代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/intropage.cpp" line="235"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 已存在。请换一个名称。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::KpiBoard</name>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="27"/>
        <source>Revenue, year to date</source>
        <translation>销售额（本年累计）</translation>
    </message>
    <message>
        <location filename="../ui/review/kpiboard.cpp" line="105"/>
        <source>Target %1</source>
        <extracomment>On a KPI tile, under the measured figure.</extracomment>
        <translation>目标 %1</translation>
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
        <translation>%1：实际 %2，目标 %3，%4</translation>
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
        <translation>输出效果：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::LockBanner</name>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="33"/>
        <source>%1 — targets locked. Actuals and adjustments of the remaining months are entered on the Review page; to change the targets, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 目标已锁定。实际业绩和剩余月份的调整请在“复盘”页面录入；如需修改目标，请将计划退回草稿（文件 ▸ 状态）。</translation>
    </message>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="39"/>
        <source>%1 — this section is locked except its texts; to change the rest, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 本部分除文字外均已锁定；如需修改其他内容，请将计划退回草稿（文件 ▸ 状态）。</translation>
    </message>
    <message>
        <location filename="../ui/status/lockbanner.cpp" line="42"/>
        <source>%1 — this section is locked; to change it, reopen the plan as a draft (File ▸ Status).</source>
        <translation>%1 — 本部分已锁定；如需修改，请将计划退回草稿（文件 ▸ 状态）。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Sales plans (*.salesplan)</source>
        <translation>销售计划 (*.salesplan)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Plans as JSON (*.json)</source>
        <translation>JSON 格式的计划 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n 个提示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>No findings</source>
        <translation>无检查提示</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Open Read-On&amp;ly…</source>
        <translation>以只读方式打开(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Start &amp;Page…</source>
        <translation>起始页(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Save &amp;Version…</source>
        <translation>保存版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Versio&amp;ns…</source>
        <translation>版本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Compare with &amp;File…</source>
        <translation>与文件比较(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>P&amp;ublish to Team Server…</source>
        <translation>发布到团队服务器(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Open from Tea&amp;m Server…</source>
        <translation>从团队服务器打开(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Import &amp;History…</source>
        <translation>导入历史数据(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Export &amp;Workbook…</source>
        <translation>导出 Excel 工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Export Dec&amp;k…</source>
        <translation>导出演示文稿(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Export &amp;Target Letters…</source>
        <translation>导出目标责任书(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>New</source>
        <extracomment>The toolbar&apos;s short name of File ▸ New Plan….</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>Export Workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Copy the selected cells of a table, to paste into Excel or WPS</source>
        <translation>复制表格中选中的单元格，以便粘贴到 Excel 或 WPS</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>P&amp;aste</source>
        <translation>粘贴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>Paste cells copied from Excel or WPS into a table at its current cell, as one undo step</source>
        <translation>将从 Excel 或 WPS 复制的单元格粘贴到表格的当前单元格处，可一步撤销</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Present…</source>
        <translation>开始演示(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Presenter &amp;View…</source>
        <translation>演讲者视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Present with the current and next slide, your speaker notes and a clock on this screen; to rehearse, or with a projector</source>
        <translation>在本屏幕上显示当前和下一张幻灯片、演讲者备注及时钟进行演示；可用于排练，或连接投影仪使用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Choose &amp;Slides…</source>
        <translation>选择幻灯片(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Dark Presentation</source>
        <translation>深色演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>&amp;Switch Between Sections and Page</source>
        <translation>在栏目列表与页面间切换(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Open the guide at the page of the section shown</source>
        <translation>打开指南中当前所示部分的页面</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Click a figure to see how it is computed</source>
        <translation>点击数字，查看其计算方法</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>&amp;About SalesPlan</source>
        <translation>关于 SalesPlan(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>About SalesPlan</source>
        <translation>关于 SalesPlan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&lt;h3&gt;SalesPlan %1&lt;/h3&gt;&lt;p&gt;Write next year&apos;s sales plan, decompose the target and present it — offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesPlan %1&lt;/h3&gt;&lt;p&gt;编写明年的销售计划，分解目标并进行演示——全程离线。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <location filename="../ui/mainwindow.cpp" line="1084"/>
        <source>Plan sections</source>
        <translation>计划各部分</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>The plan is open elsewhere</source>
        <translation>计划已在别处打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%1

Open it read-only?</source>
        <translation>%1

以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>%1 — version “%2” (read-only)</source>
        <translation>%1 — 版本“%2”（只读）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>Cannot open the sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Version saved</source>
        <translation>版本已保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Compare with a plan</source>
        <translation>选择要比较的计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Cannot read the plan</source>
        <translation>无法读取计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>No temporary folder can be made.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="822"/>
        <source>Cannot open the version</source>
        <translation>无法打开版本</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="829"/>
        <source>Version “%1”, saved %2 by %3: read-only</source>
        <translation>版本“%1”，由 %3 保存于%2：只读</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="916"/>
        <source>%1 deck.pdf</source>
        <extracomment>The default file name of an exported deck: the plan&apos;s file name and this word.</extracomment>
        <translation>%1 演示文稿.pdf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>Export the slides as PDF</source>
        <translation>将幻灯片导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="919"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="925"/>
        <source>Cannot export the slides</source>
        <translation>无法导出幻灯片</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>The plan is damaged</source>
        <translation>计划文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Opened read-only: %1</source>
        <translation>已以只读方式打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>Cannot import the plan</source>
        <translation>无法导入计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Save the imported plan as</source>
        <translation>将导入的计划另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>The change was not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>%1

The plan shows what the file holds.</source>
        <translation>%1

当前显示的是文件中已保存的内容。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <source>SalesPlan</source>
        <translation>SalesPlan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>No recent plans</source>
        <translation>无最近打开的计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>Continue the draft?</source>
        <translation>继续编辑草稿？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>You kept a draft plan, %1. Continue it where you left off?</source>
        <translation>你保留了一份计划草稿：%1。要从上次中断处继续吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="710"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Open plan read-only</source>
        <translation>以只读方式打开计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Save plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="839"/>
        <source>Import a plan from JSON</source>
        <translation>从 JSON 导入计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>History imported from %1</source>
        <translation>已从 %1 导入历史数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="867"/>
        <source>Export the plan as JSON</source>
        <translation>将计划导出为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="874"/>
        <source>Cannot export the plan</source>
        <translation>无法导出计划</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="876"/>
        <location filename="../ui/mainwindow.cpp" line="886"/>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <location filename="../ui/mainwindow.cpp" line="927"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MetricsEditor</name>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="67"/>
        <source>Score = likelihood × impact: %1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>评分 = 可能性 × 影响：%1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
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
        <translation>&lt;p&gt;挑选几个能尽早反映计划是否按预期推进的&lt;b&gt;关键指标&lt;/b&gt;：合格线索、赢单率、客单价和各期销售额都是不错的起点。写清每个指标的统计口径、目标值和查看频率。阈值把数字变成信号灯，例如&lt;i&gt;达到目标的 100% 为绿灯，90% 起为黄灯，低于 90% 为红灯&lt;/i&gt;；偏差超过约 10% 就应做根因分析（不断追问“为什么”，直到找到可以着手解决的原因）。&lt;/p&gt;&lt;p&gt;定好&lt;b&gt;复盘&lt;/b&gt;节奏：例如每周按区域检查商机管道，每月对照计划复盘结果，每季度调整目标和资源。列出&lt;b&gt;风险&lt;/b&gt;（市场、客户、执行、财务），按 1 到 5 评估可能性和影响，并为每项风险制定应对措施、指定负责人，例如&lt;i&gt;竞争对手针对中型客户降价——可能性 3，影响 4——以更快的上线交付和年付折扣应对。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="96"/>
        <source>&amp;KPIs</source>
        <translation>关键指标(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="98"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="100"/>
        <source>R&amp;isks</source>
        <translation>风险(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="110"/>
        <source>&amp;Action plan</source>
        <translation>行动计划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="114"/>
        <source>How to plan initiatives</source>
        <translation>如何规划举措</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="117"/>
        <source>&amp;Milestones</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="120"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="126"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="142"/>
        <source>How often the team meets to compare results with the plan</source>
        <translation>团队多久开一次会，对照计划检查结果</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="146"/>
        <source>Change review cadence</source>
        <translation>更改复盘频率</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="155"/>
        <source>Review &amp;cadence:</source>
        <translation>复盘频率(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="155"/>
        <source>Review cadence</source>
        <translation>复盘频率</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="160"/>
        <source>Edit the deviation that needs a note</source>
        <translation>编辑需写说明的偏差</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="167"/>
        <source>Note &amp;deviations above:</source>
        <translation>偏差超过此值需说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="171"/>
        <source>Who meets when, what is looked at, what happens when a KPI turns red</source>
        <translation>谁在何时开会、看哪些数据、关键指标亮红灯时怎么办</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="175"/>
        <source>Edit review notes</source>
        <translation>编辑复盘说明</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="183"/>
        <source>Review notes</source>
        <translation>复盘说明</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="183"/>
        <source>Review n&amp;otes:</source>
        <translation>复盘说明(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="204"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/sections/metricseditor.cpp" line="222"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
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
        <translation>&lt;p&gt;用一两句话说明公司为何存在、为谁服务，目前在市场中处于什么位置，以及客户能从你这里得到哪些别人给不了的东西。要具体到新来的销售也能复述，例如：&lt;i&gt;“为成长型企业提供买得起、真正用得起来的 CRM。华东地区中型企业市场排名第二，份额约 6%。两周上线，按席位计价，提供上门培训。”&lt;/i&gt;&lt;/p&gt;&lt;p&gt;列出直接竞争对手（同类产品）和间接竞争对手（以其他方式解决同一问题，例如电子表格和聊天群），各写一条值得重视的优势和一条可以针对的劣势。市场规模和增长率能说明目标还有多大空间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="77"/>
        <source>e.g. Sales plan 2027</source>
        <translation>例如：2027年度销售计划</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="79"/>
        <source>Edit plan name</source>
        <translation>编辑计划名称</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="80"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="80"/>
        <source>Pl&amp;an name:</source>
        <translation>计划名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="83"/>
        <source>The company or business unit the plan is for</source>
        <translation>本计划所属的公司或事业部</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="85"/>
        <source>Edit company</source>
        <translation>编辑公司</translation>
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
        <translation>公司为何存在，能为客户带来什么</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="91"/>
        <source>Edit mission</source>
        <translation>编辑使命</translation>
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
        <translation>你的市场地位：市场层级、份额、区域、以什么著称</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="98"/>
        <source>Edit market position</source>
        <translation>编辑市场定位</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="100"/>
        <source>Market &amp;position:</source>
        <translation>市场定位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="100"/>
        <source>Market position</source>
        <translation>市场定位</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="103"/>
        <source>The features, benefits and solutions a customer pays you for</source>
        <translation>客户为之付费的功能、价值和解决方案</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="105"/>
        <source>Edit value proposition</source>
        <translation>编辑价值主张</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="107"/>
        <source>&amp;Value proposition:</source>
        <translation>价值主张(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="107"/>
        <source>Value proposition</source>
        <translation>价值主张</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="111"/>
        <source>Edit market size</source>
        <translation>编辑市场规模</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="117"/>
        <source>What all customers in your market spend a year, e.g. 50亿</source>
        <translation>市场内所有客户每年的总支出，例如 50亿</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="119"/>
        <source>Market si&amp;ze (a year):</source>
        <translation>年市场规模(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="119"/>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="123"/>
        <source>Edit market growth</source>
        <translation>编辑市场增长率</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="129"/>
        <source>Yearly growth of the market; negative when it shrinks</source>
        <translation>市场的年增长率；市场萎缩时填负数</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="131"/>
        <source>Market &amp;growth (a year):</source>
        <translation>市场年增长率(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="132"/>
        <source>Market growth per year in percent</source>
        <translation>市场年增长率（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="135"/>
        <source>What is changing: budgets, technology, regulation, how customers buy</source>
        <translation>正在发生的变化：预算、技术、监管、客户的采购方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="137"/>
        <source>Edit market trends</source>
        <translation>编辑市场趋势</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="139"/>
        <source>Market &amp;trends:</source>
        <translation>市场趋势(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="139"/>
        <source>Market trends</source>
        <translation>市场趋势</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="145"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/sections/missioneditor.cpp" line="147"/>
        <source>&amp;Competitors (direct and indirect):</source>
        <translation>竞争对手（直接和间接）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::MoneyField</name>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="33"/>
        <source>e.g. 1,200,000 or 1.2亿</source>
        <translation>例如 1,200,000 或 1.2亿</translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="50"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../ui/sections/fieldwidgets.cpp" line="52"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="42"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="49"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53"/>
        <source>Calls and demos a day</source>
        <translation>每日电话拜访 / 演示</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="54"/>
        <source>%1 calls, %2 demos</source>
        <translation>电话 %1 次，演示 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="77"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="82"/>
        <source>Growth on last year</source>
        <translation>较去年增长</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="87"/>
        <source>Stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="91"/>
        <source>Challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="97"/>
        <source>Assigned to reps</source>
        <translation>分配给销售</translation>
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
        <translation>复盘月份</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="191"/>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="193"/>
        <source>Forecast at the run rate</source>
        <translation>按当前进度预测</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="195"/>
        <source>Lines and KPIs</source>
        <translation>各项目标与关键指标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="198"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="201"/>
        <source>Review log</source>
        <translation>复盘记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="202"/>
        <source>%n deviation(s) need a note</source>
        <translation>
            <numerusform>%n 项偏差需填写说明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="212"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="214"/>
        <source>Quarter targets</source>
        <translation>季度目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="215"/>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="215"/>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="217"/>
        <source>Month targets</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Reps needed</source>
        <translation>所需销售</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="218"/>
        <source>Reps available</source>
        <translation>可用销售</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="243"/>
        <location filename="../ui/overviewpage.cpp" line="271"/>
        <source>Findings</source>
        <translation>检查提示</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="247"/>
        <source>Double-click a finding to go to its field</source>
        <translation>双击提示可跳转到对应字段</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="255"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="257"/>
        <source>Targets by quarter</source>
        <translation>季度目标</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="260"/>
        <source>Targets and capacity by month</source>
        <translation>月度目标与产能</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="281"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
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
            <numerusform>缺 %n 名销售</numerusform>
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
        <translation>没有检查提示：计划完整，前后一致。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PdfNavigation</name>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="176"/>
        <source>the PDF&apos;s bookmarks could not be added: %1</source>
        <translation>无法添加 PDF 书签：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="198"/>
        <source>Sales plan %1</source>
        <extracomment>The subject of the report&apos;s and the deck&apos;s PDF: Sales plan 2027 — the company.</extracomment>
        <translation>%1年度销售计划</translation>
    </message>
    <message>
        <location filename="../ui/report/pdfnavigation.cpp" line="199"/>
        <source>Sales plan %1 — %2</source>
        <translation>%1年度销售计划 — %2</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanDocument</name>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="134"/>
        <source>The plan is %1: it cannot move to %2.</source>
        <translation>计划当前为“%1”，无法变为“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="138"/>
        <source>Reopen as draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="140"/>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="142"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="214"/>
        <source>Restore Version “%1”</source>
        <translation>恢复版本“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="216"/>
        <source>The plan file could not be written.</source>
        <translation>无法写入计划文件。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanPrinting</name>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="66"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="95"/>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="96"/>
        <source>%1

No file was written.</source>
        <translation>%1

未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="121"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../ui/report/planprinting.cpp" line="128"/>
        <source>Cannot print the plan</source>
        <translation>无法打印计划</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanReport</name>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="130"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="698"/>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="345"/>
        <location filename="../ui/report/planreport.cpp" line="876"/>
        <location filename="../ui/report/exportpaths.cpp" line="19"/>
        <location filename="../ui/report/planprinting.cpp" line="31"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="348"/>
        <source>Sales plan %1</source>
        <translation>%1年度销售计划</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="350"/>
        <source>Author: %1</source>
        <translation>编制人：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="351"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="352"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="356"/>
        <source>Annual target: %1</source>
        <translation>年度目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="372"/>
        <source>%1, growing %2 a year</source>
        <translation>%1，年增长 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="378"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="323"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="392"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="395"/>
        <source>Stretch tier</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="397"/>
        <source>Challenge tier</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="206"/>
        <location filename="../ui/report/planreport.cpp" line="536"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="536"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="404"/>
        <source>Targets by quarter and month</source>
        <translation>季度与月度目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="184"/>
        <source>Contents</source>
        <translation>目录</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="431"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="322"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="150"/>
        <source>Appendix: details</source>
        <translation>附录：明细</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="151"/>
        <source>Sign-off</source>
        <translation>审批签字</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="193"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="203"/>
        <source>see %1, p. %2</source>
        <translation>见“%1”第 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="207"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="208"/>
        <source>Detail</source>
        <translation>详细内容</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="210"/>
        <source>Decision requested</source>
        <translation>提请决策</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="446"/>
        <source>Not planned</source>
        <translation>未规划</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="450"/>
        <source>Of each month&apos;s bookings, %1.</source>
        <translation>每月签约额中，%1。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="452"/>
        <source>Receivable when the year starts</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="453"/>
        <source>Still to collect at year end</source>
        <translation>年末应收款</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="419"/>
        <location filename="../ui/report/planreport.cpp" line="467"/>
        <location filename="../ui/report/planreport.cpp" line="497"/>
        <location filename="../ui/report/planreport.cpp" line="645"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="421"/>
        <source>Quarter target</source>
        <translation>季度目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="423"/>
        <source>Month target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="431"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="469"/>
        <source>Bookings</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="470"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="471"/>
        <source>Of which from last year</source>
        <translation>其中来自去年签约</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="544"/>
        <source>Not solved</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="549"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="550"/>
        <source>Deals to win</source>
        <translation>需赢单数</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="551"/>
        <source>Demos / proposals</source>
        <translation>产品演示 / 方案</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="552"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="553"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="554"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="555"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="556"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="560"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="566"/>
        <source>Capacity by month</source>
        <translation>月度产能</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="576"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="608"/>
        <source>Quotas not worked out</source>
        <translation>无法计算个人指标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="430"/>
        <location filename="../ui/report/planreport.cpp" line="614"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="615"/>
        <location filename="../ui/report/planreport.cpp" line="813"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="581"/>
        <source>Hiring</source>
        <translation>招聘计划</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="223"/>
        <source>Is the target achievable?</source>
        <translation>目标能否达成？</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="228"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="231"/>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="232"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="233"/>
        <source>Target is</source>
        <translation>目标占比</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="234"/>
        <source>Worked out from</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="235"/>
        <source>What would have to change</source>
        <translation>需要做出的改变</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="249"/>
        <source>Approval comment</source>
        <translation>批准意见</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="586"/>
        <source>Incentives</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="587"/>
        <source>Commission %1, above quota %2</source>
        <translation>提成比例 %1，超出个人指标部分 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="616"/>
        <source>Hires</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="617"/>
        <source>Quota total</source>
        <translation>个人指标合计</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="639"/>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="658"/>
        <source>Quotas</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="661"/>
        <source>Quotas by quarter</source>
        <translation>各季度个人指标</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="679"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="682"/>
        <source>Each stage&apos;s method, exit criteria and collateral: %1, p. %2.</source>
        <translation>各阶段的方法、完成标准和销售资料：见“%1”第 %2 页。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="698"/>
        <source>The tools cost %1 a year in all; each tool&apos;s purpose, owner and data: %2, p. %3.</source>
        <translation>工具每年总费用为 %1；各工具的用途、负责人和数据：见“%2”第 %3 页。</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="770"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="778"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="820"/>
        <source>Stage definitions</source>
        <translation>阶段定义</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="834"/>
        <source>Open points</source>
        <translation>待决事项</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="839"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="840"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="841"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="888"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="908"/>
        <source>the report cannot be drawn on this device</source>
        <translation>无法在此设备上绘制报告</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="910"/>
        <source>the report could not be finished</source>
        <translation>报告未能完成</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="952"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>无法写入：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="956"/>
        <location filename="../ui/report/planreport.cpp" line="981"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/planreport.cpp" line="987"/>
        <source>The report was cancelled.</source>
        <translation>已取消生成报告。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanTableModel</name>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="198"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="247"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="254"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="265"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.h" line="273"/>
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.cpp" line="19"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/sections/plantablemodel.cpp" line="27"/>
        <source>&quot;%1&quot; does not fit with the rest of the row</source>
        <translation>“%1”与该行其他数据冲突</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PlanWizard</name>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="60"/>
        <source>New sales plan</source>
        <translation>新建销售计划</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>Steps of the wizard</source>
        <translation>向导步骤</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="113"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="146"/>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="247"/>
        <source>Keep the draft?</source>
        <translation>保留草稿？</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="248"/>
        <source>Keep the plan written so far? You can continue it later from File ▸ New Plan.</source>
        <translation>是否保留已填写的计划？之后可通过“文件 ▸ 新建计划”继续填写。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>Show large amounts in 万 and 亿 (¥1.2亿, ¥500万)</source>
        <translation>大额金额以万、亿显示（¥1.2亿、¥500万）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>System default (%1)</source>
        <extracomment>The language choice that follows the operating system; %1 is that language&apos;s name.</extracomment>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="87"/>
        <source>For Chinese only. Tables, charts and the report show ¥1.2亿 instead of ¥120,000,000.00; the exact figure stays in the tooltip.</source>
        <translation>仅适用于中文。表格、图表和报告显示 ¥1.2亿 而非 ¥120,000,000.00；精确数字仍在悬停提示中。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="104"/>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="280"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/presentationwindow.cpp" line="281"/>
        <source>%1 — presentation</source>
        <translation>%1 — 演示</translation>
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
        <translation>演示文稿结束</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="216"/>
        <source>%1 — presenter view</source>
        <translation>%1 — 演讲者视图</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="217"/>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="218"/>
        <source>Speaker notes</source>
        <translation>演讲者备注</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="220"/>
        <source>No notes for this slide.</source>
        <translation>此幻灯片没有备注。</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="221"/>
        <source>No notes for this slide: click here to write some.</source>
        <translation>此幻灯片没有备注：点击此处添加。</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="235"/>
        <source>Slide %1 of %2</source>
        <extracomment>The presenter view: which slide the audience sees.</extracomment>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../ui/charts/presenterview.cpp" line="261"/>
        <source>Edit speaker notes</source>
        <translation>编辑演讲者备注</translation>
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
        <translation>…另有 %1 行</translation>
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
        <translation>例如：领导将目标下调 10%</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="25"/>
        <source>Reopen</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../ui/status/reopendialog.cpp" line="27"/>
        <source>The plan goes back to a draft and can be edited again. The reason is kept with the plan.</source>
        <translation>计划将退回草稿，可以再次编辑。原因会随计划一并保存。</translation>
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
        <translation>销售漏斗与产能</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="15"/>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="16"/>
        <source>Team by region</source>
        <translation>各区域团队</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="17"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="18"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/report/reportheadings.h" line="19"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
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
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="112"/>
        <source>Of plan</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="112"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="113"/>
        <source>Write note…</source>
        <translation>填写说明…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="115"/>
        <location filename="../ui/review/reviewlogpanel.cpp" line="162"/>
        <source>Actions from earlier months</source>
        <translation>前几个月的措施</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="116"/>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>双击偏差即可填写说明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="129"/>
        <source>Review log</source>
        <translation>复盘记录</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="164"/>
        <source>Review log, all months</source>
        <translation>复盘记录（全部月份）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="191"/>
        <source>Lines further than %1 from plan ask for a note — change it in Metrics ▸ Review.</source>
        <translation>偏离计划超过 %1 的项目需填写说明——可在“指标与复盘 ▸ 复盘”中修改此阈值。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="195"/>
        <source>Deviations in %1</source>
        <translation>%1的偏差</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="218"/>
        <source>Needs a note</source>
        <translation>需填写说明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="225"/>
        <source>No line is further from plan than the threshold.</source>
        <translation>没有偏离计划超过阈值的项目。</translation>
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
        <translation>前几个月的措施均已完成。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="276"/>
        <source>Mark action done</source>
        <translation>将措施标记为已完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="276"/>
        <source>Mark action open</source>
        <translation>将措施标记为未完成</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="288"/>
        <source>Noted</source>
        <extracomment>A deviation&apos;s note in the review: &quot;Noted: &quot; and the first why of its cause.</extracomment>
        <translation>已说明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="288"/>
        <source>Noted: %1</source>
        <translation>已说明：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="311"/>
        <source>%1 at %2 of plan in %3</source>
        <translation>%1：%3完成计划的 %2</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewlogpanel.cpp" line="318"/>
        <source>Write review note</source>
        <translation>填写复盘说明</translation>
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
        <translation>复盘说明</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="41"/>
        <source>Ask why until the answer is something you can act on.</source>
        <translation>不断追问“为什么”，直到答案是可以着手解决的事情。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="49"/>
        <source>Why? (%1 of %2)</source>
        <translation>为什么？（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="50"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="50"/>
        <source>Why? (%1)</source>
        <translation>为什么？（%1）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="56"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewnotedialog.cpp" line="62"/>
        <source>Owner</source>
        <translation>负责人</translation>
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
        <translation>实际业绩</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="61"/>
        <source>&amp;Month reviewed:</source>
        <translation>复盘月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="63"/>
        <source>A&amp;djust the Remaining Months…</source>
        <translation>调整剩余月份(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="65"/>
        <source>Spread what is still to book over the months after the one reviewed, as a new version of the targets; the approved target stays.</source>
        <translation>将尚需完成的金额分摊到复盘月份之后的各月，作为新版本的目标；已批准的目标保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="97"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="98"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="99"/>
        <source>Review log</source>
        <translation>复盘记录</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="101"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="148"/>
        <source>The review needs a target that decomposes: %1</source>
        <translation>复盘需要可分解的目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="152"/>
        <source>No actuals for the plan year yet — type them below or import a CSV/Excel file.</source>
        <translation>尚无计划年度的实际业绩——请在下方输入，或导入 CSV/Excel 文件。</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="163"/>
        <source>Booked to the end of %1: %2 of %3 planned (%4)</source>
        <translation>截至%1底累计完成 %2，计划 %3（%4）</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewpage.cpp" line="165"/>
        <source>Booked to the end of %1: %2 of %3 planned</source>
        <translation>截至%1底累计完成 %2，计划 %3</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ReviewSection</name>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="31"/>
        <location filename="../ui/report/reviewsection.cpp" line="235"/>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="51"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="53"/>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="55"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="83"/>
        <source>In %1 the company booked %2 against a target of %3 (%4, %5); the year to date stands at %6 of %7 (%8, %9).</source>
        <extracomment>The execution review&apos;s first sentence: %1 the month, %2 booked, %3 its target, %4 the share, %5 the light; %6–%9 the same for the year to date.</extracomment>
        <translation>%1公司完成 %2，目标 %3（%4，%5）；本年累计完成 %6，目标 %7（%8，%9）。</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="107"/>
        <source>Attainment</source>
        <translation>达成率</translation>
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
        <translation>本季累计</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="128"/>
        <source>Booked, year to date</source>
        <translation>本年累计完成</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="129"/>
        <source>Target, year to date</source>
        <translation>本年累计目标</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="130"/>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="139"/>
        <source>Forecast and closing the gap</source>
        <translation>全年预测与补足缺口</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="141"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="142"/>
        <source>Forecast at the run rate</source>
        <translation>按当前进度预测</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="143"/>
        <source>Booked + plan for the rest</source>
        <translation>已完成 + 其余月份按计划</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="146"/>
        <source>Still to book</source>
        <translation>尚需完成</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="148"/>
        <source>Deals of the average size</source>
        <translation>按客单价折算的单数</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="151"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="152"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="153"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="154"/>
        <source>Reps needed</source>
        <translation>所需销售</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="156"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="156"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="165"/>
        <source>KPI board</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="179"/>
        <source>Deviations and notes</source>
        <translation>偏差与说明</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="181"/>
        <source>No line is further from plan than %1 this month.</source>
        <translation>本月没有偏离计划超过 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="192"/>
        <source>Share of target</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="206"/>
        <source>Open actions from earlier months</source>
        <translation>前几个月未完成的措施</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="217"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="232"/>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="236"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="237"/>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="238"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="247"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="249"/>
        <source>Over budget by %1</source>
        <translation>超出预算 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="269"/>
        <source>Line</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="270"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="270"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="233"/>
        <location filename="../ui/report/reviewsection.cpp" line="271"/>
        <source>Owner</source>
        <translation>负责人</translation>
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
        <translation>尚未填写说明</translation>
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
        <translation>执行复盘：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="308"/>
        <source>Not worked out</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewsection.cpp" line="309"/>
        <source>the plan has no target lines</source>
        <translation>计划中没有目标项</translation>
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
        <translation>影响 →</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SaveVersionDialog</name>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="22"/>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="24"/>
        <source>Submitted to leadership</source>
        <translation>已提交领导</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="30"/>
        <source>The plan as it is now is kept inside its file under this name, with today&apos;s date. Later edits do not change it.</source>
        <translation>计划的当前状态将以此名称和今天的日期保存在计划文件中，之后的编辑不会改变它。</translation>
    </message>
    <message>
        <location filename="../ui/versions/saveversiondialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
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
        <translation>情景名称：</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="90"/>
        <source>Overrides</source>
        <translation>覆盖值</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="94"/>
        <source>In the plan</source>
        <translation>计划中的值</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="120"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="133"/>
        <source>Change %1 in a scenario</source>
        <translation>在情景中修改%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="160"/>
        <source>reps</source>
        <translation>销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="191"/>
        <source>Override the seasonality</source>
        <translation>覆盖季节性</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="191"/>
        <source>Use the plan&apos;s seasonality</source>
        <translation>使用计划的季节性</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="204"/>
        <source>Twelve month weights, e.g. 1 1 1 1 1 1 1 1 1 1 2 3</source>
        <translation>12 个月的权重，例如 1 1 1 1 1 1 1 1 1 1 2 3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="205"/>
        <source>The weight of each month of the plan year, first month first</source>
        <translation>计划年度各月的权重，从第一个月开始依次填写</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="206"/>
        <source>Month weights</source>
        <translation>月度权重</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="215"/>
        <source>Seasonality: twelve weights are needed, not %1</source>
        <translation>季节性：需要 12 个权重，当前为 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="223"/>
        <source>Seasonality: %1</source>
        <translation>季节性：%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="228"/>
        <source>Change the month weights in a scenario</source>
        <translation>在情景中修改月份权重</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="239"/>
        <source>Override %1</source>
        <translation>覆盖%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="239"/>
        <source>Use the plan&apos;s %1</source>
        <translation>使用计划的%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenarioeditor.cpp" line="249"/>
        <source>Change the seasonality in a scenario</source>
        <translation>在情景中修改季节性</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SectionPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="72"/>
        <source>To fix before Next: %1</source>
        <translation>进入下一步前需修正：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="73"/>
        <source>Worth a look: %1</source>
        <translation>建议检查：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SegmentsEditor</name>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="43"/>
        <source>Industry, registered capital, number of employees, region</source>
        <translation>行业、注册资本、员工人数、区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="44"/>
        <source>Age, income, occupation, city</source>
        <translation>年龄、收入、职业、城市</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="64"/>
        <source>&lt;p&gt;Start from the customers who already pay you and look for what they share. Describe each segment so that a new rep would recognise one: for companies the industry, registered capital and headcount; for consumers age, income and occupation. Add tags that round out the picture, the problem they struggle with and the goal it keeps them from.&lt;/p&gt;&lt;p&gt;Give every segment a tier and a way of selling to it: &lt;b&gt;strategic&lt;/b&gt; (few, large, long-term: senior people and tailored offers), &lt;b&gt;profit&lt;/b&gt; (today&apos;s revenue: a standard offer and an efficient process), &lt;b&gt;nurture&lt;/b&gt; (small now but growing: low-cost coverage), &lt;b&gt;maintain&lt;/b&gt; (existing customers: renewals and upsell). For example: &lt;i&gt;large manufacturers, 1,000+ employees; sales data scattered across divisions; goal: one forecast a month; strategic: the director leads a pilot.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;从已经在付款的客户入手，找出他们的共同点。描述每个细分时，要让新来的销售一看就能认出这类客户：企业客户写行业、注册资本和员工人数；个人客户写年龄、收入和职业。再用标签补全客户画像，写出他们面临的痛点，以及痛点阻碍他们实现的目标。&lt;/p&gt;&lt;p&gt;为每个细分确定层级和销售方式：&lt;b&gt;战略型&lt;/b&gt;（数量少、规模大、长期合作：资深人员对接，提供定制方案）、&lt;b&gt;利润型&lt;/b&gt;（贡献当期销售额：标准方案加高效流程）、&lt;b&gt;培育型&lt;/b&gt;（目前规模小但在增长：低成本覆盖）、&lt;b&gt;维护型&lt;/b&gt;（存量客户：续约和增购）。例如：&lt;i&gt;大型制造企业，员工 1,000 人以上；销售数据分散在各事业部；目标：每月出一份统一预测；战略型：由总监牵头做试点。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="78"/>
        <source>Customer segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="82"/>
        <source>&amp;Segments:</source>
        <translation>客户细分(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="92"/>
        <source>Edit segment characteristics</source>
        <translation>编辑细分特征</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="93"/>
        <source>C&amp;haracteristics:</source>
        <translation>特征(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="94"/>
        <source>Segment characteristics</source>
        <translation>细分特征</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="98"/>
        <source>Tags separated by commas, e.g. price-sensitive, buys online, long decision chain</source>
        <translation>标签之间用逗号或顿号分隔，如：价格敏感、线上购买、决策链长</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="102"/>
        <source>Edit segment attributes</source>
        <translation>编辑细分标签</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="105"/>
        <source>&amp;Attributes:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="106"/>
        <source>Segment attributes, separated by commas</source>
        <translation>细分标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="109"/>
        <source>What problem do they struggle with, and what does it cost them?</source>
        <translation>他们被什么问题困扰？为此付出了什么代价？</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="113"/>
        <source>Edit segment challenges</source>
        <translation>编辑细分痛点</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="114"/>
        <source>Cha&amp;llenges:</source>
        <translation>痛点(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="114"/>
        <source>Segment challenges</source>
        <translation>细分痛点</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="116"/>
        <source>What do they want to achieve, and why does it matter to them?</source>
        <translation>他们想实现什么？为什么这对他们很重要？</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="118"/>
        <source>Edit segment goals</source>
        <translation>编辑细分目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="119"/>
        <source>G&amp;oals:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="119"/>
        <source>Segment goals</source>
        <translation>细分目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="122"/>
        <source>How you sell to this tier: who covers it, what you offer</source>
        <translation>如何向这一层级销售：由谁负责、提供什么</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="124"/>
        <source>Edit segment strategy</source>
        <translation>编辑细分策略</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="125"/>
        <source>St&amp;rategy:</source>
        <translation>策略(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="125"/>
        <source>Segment strategy</source>
        <translation>细分策略</translation>
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
        <translation>细分详情：请先在上方添加或选择一个细分</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="205"/>
        <source>(no name yet)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../ui/sections/segmentseditor.cpp" line="206"/>
        <source>Details of the segment “%1”</source>
        <translation>细分“%1”的详情</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ServerConnectionDialog</name>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="29"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="35"/>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="35"/>
        <source>Open from Team Server</source>
        <translation>从团队服务器打开</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="38"/>
        <source>The team server&apos;s address. Add ?sslmode=require (or verify-full) for an encrypted connection.</source>
        <translation>团队服务器的地址。如需加密连接，请添加 ?sslmode=require（或 verify-full）。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="41"/>
        <source>Your user name on the server</source>
        <translation>你在服务器上的用户名</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="44"/>
        <source>The unit this plan is for, e.g. East</source>
        <translation>此计划所属的业务单元，例如华东</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="45"/>
        <source>Your unit; empty for a director</source>
        <translation>你的业务单元；总监留空</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="90"/>
        <source>Publishing sends this plan to the team server as the unit&apos;s next version. Your file stays as it is.</source>
        <translation>发布会把此计划作为该业务单元的下一个版本发送到团队服务器。你的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="67"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="68"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="69"/>
        <source>U&amp;nit:</source>
        <translation>业务单元(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="72"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="93"/>
        <source>Publishing sends this team plan to the team server as the next version of the allocation: each unit&apos;s manager sees the target allocated to the unit. Your file stays as it is.</source>
        <translation>发布会把此团队计划作为目标分配的下一个版本发送到团队服务器，各业务单元经理即可看到分配给本单元的目标。你的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="99"/>
        <source>Opening fetches the director&apos;s allocation and what the units have published, to read.</source>
        <translation>打开会获取总监的目标分配以及各业务单元已发布的内容，仅供查看。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="121"/>
        <source>The system keychain could not be read (%1): type the password.</source>
        <translation>无法读取系统钥匙串（%1）：请输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="135"/>
        <source>Give the server&apos;s address and your user name.</source>
        <translation>请填写服务器地址和你的用户名。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="137"/>
        <location filename="../ui/server/teamserveractions.cpp" line="188"/>
        <source>Say which unit this plan is for.</source>
        <translation>请指明此计划属于哪个业务单元。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="142"/>
        <source>Type the password in the Password field, not in the address: the address is remembered, a password never is.</source>
        <translation>请在“密码”栏中输入密码，不要写在地址里：地址会被记住，密码绝不会。</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectiondialog.cpp" line="176"/>
        <source>The password could not be kept in the system keychain (%1): you will be asked for it next time.</source>
        <translation>无法将密码保存到系统钥匙串（%1）：下次仍会要求你输入。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SignOff</name>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="15"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/report/signoff.cpp" line="33"/>
        <source>Signature</source>
        <translation>签字</translation>
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
        <translation>添加从首条线索到签约的各个阶段，即可看到多少线索能转化为客户。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="59"/>
        <source>stage %1</source>
        <translation>第 %1 阶段</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="62"/>
        <source>No lead becomes a customer: the stage “%1” lets none through.</source>
        <translation>没有线索能转化为客户：“%1”阶段没有任何商机通过。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="72"/>
        <source>Of %1 leads, 1 becomes a customer</source>
        <translation>每 %1 条线索中，有 1 条转化为客户</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="73"/>
        <source>Of %1 leads, %2 become customers</source>
        <translation>每 %1 条线索中，有 %2 条转化为客户</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="75"/>
        <source> (overall conversion %1).</source>
        <translation>（整体转化率 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="77"/>
        <source>The narrowest step is “%1” at %2.</source>
        <translation>瓶颈在“%1”阶段，转化率为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="80"/>
        <source>A deal takes about 1 day from the first lead to the contract.</source>
        <translation>从首条线索到签约，一单大约需要 1 天。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="82"/>
        <source>A deal takes about %1 days from the first lead to the contract.</source>
        <translation>从首条线索到签约，一单大约需要 %1 天。</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="93"/>
        <source>&lt;p&gt;Write down the steps a prospect takes from the first contact to the signed contract, in order. A new plan starts with seven common ones (lead generation, qualification, contact, needs analysis, solution, objection handling, close): rename, remove or add steps until they match how your customers really buy.&lt;/p&gt;&lt;p&gt;For each stage say how the rep works (the method), the fact that shows the deal may move on (the exit criteria, something the customer does, not the rep), what material helps, what share of deals moves on and how long it usually takes. Take the rates from last year&apos;s CRM data. For example: &lt;i&gt;Qualification: check budget, decision maker, need and timing; exit when all four are confirmed; 50 %, 7 days.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;按顺序写下潜在客户从首次接触到签约要经历的各个步骤。新计划默认包含七个常见阶段（线索获取、线索筛选、初次接触、需求分析、方案呈现、异议处理、签约成交）：可以重命名、删除或添加，直到与客户真实的采购过程一致。&lt;/p&gt;&lt;p&gt;为每个阶段写明销售如何推进（方法）、哪个事实表明商机可以进入下一阶段（完成标准，应是客户做的事，而不是销售做的事）、哪些资料有帮助、多大比例的商机能进入下一阶段，以及通常需要多长时间。转化率请取自去年的 CRM 数据。例如：&lt;i&gt;线索筛选：确认预算、决策人、需求和时间；四项全部确认即可推进；50%，7 天。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="105"/>
        <source>Sales stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="115"/>
        <source>Sales &amp;stages, in order (drag a row or press Ctrl+Up / Ctrl+Down to move it):</source>
        <translation>销售阶段，按顺序排列（拖动行或按 Ctrl+Up / Ctrl+Down 移动）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/stageseditor.cpp" line="122"/>
        <source>Overall conversion</source>
        <translation>整体转化率</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StartPage</name>
    <message>
        <location filename="../ui/start/startpage.cpp" line="29"/>
        <source>%1 — missing
%2</source>
        <translation>%1 — 文件不存在
%2</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="31"/>
        <source>%1 — cannot be read
%2</source>
        <translation>%1 — 无法读取
%2</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="35"/>
        <source>%1 (%2)
Target %3 · %4 · edited %5 · %6</source>
        <extracomment>A recent plan on the start page: its name and year, then its annual target, status, the time it was last edited and its file.</extracomment>
        <translation>%1（%2）
目标 %3 · %4 · 修改于 %5 · %6</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="67"/>
        <source>No plan is open</source>
        <translation>未打开任何计划</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="72"/>
        <source>New Plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="73"/>
        <source>New from Template…</source>
        <translation>从模板新建…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="74"/>
        <source>Open Sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="75"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="85"/>
        <source>&amp;Recent plans</source>
        <translation>最近的计划(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="88"/>
        <source>Recent plans</source>
        <translation>最近的计划</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="97"/>
        <source>Double-click a plan to open it, or drop a .salesplan or .json file anywhere on this window.</source>
        <translation>双击计划即可打开，也可以把 .salesplan 或 .json 文件拖放到本窗口的任意位置。</translation>
    </message>
    <message>
        <location filename="../ui/start/startpage.cpp" line="136"/>
        <source>No recent plans yet</source>
        <translation>还没有最近的计划</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::StatusMenu</name>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="11"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="14"/>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="15"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="16"/>
        <source>&amp;Reopen as Draft…</source>
        <translation>退回草稿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="22"/>
        <source>Mark the plan as in review, ready for leadership</source>
        <translation>将计划标记为审核中，等待领导审批</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="23"/>
        <source>Record who approved the plan and lock its targets</source>
        <translation>记录计划的批准人并锁定目标</translation>
    </message>
    <message>
        <location filename="../ui/status/statusmenu.cpp" line="24"/>
        <source>Send the plan back to a draft, with the reason</source>
        <translation>将计划退回草稿，并注明原因</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="84"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizardpages.cpp" line="85"/>
        <source>The plan at a glance. Finish opens it in the main window, where every section stays editable.</source>
        <translation>计划一览。点击“完成”后将在主窗口中打开，所有部分仍可继续编辑。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableClipboard</name>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="88"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="243"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="244"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sections/cells/tableclipboard.cpp" line="245"/>
        <source>%n cell(s) could not be read and were left out; the rest was pasted.</source>
        <translation>
            <numerusform>有 %n 个单元格无法读取，已跳过；其余内容已粘贴。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TableEditor</name>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="67"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="67"/>
        <source>Add a row (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="68"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="68"/>
        <source>Remove the current row (Delete)</source>
        <translation>删除当前行（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="69"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="69"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>上移当前行（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="70"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/sections/tableeditor.cpp" line="70"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>下移当前行（Ctrl+Down）</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetLetters</name>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="32"/>
        <source>Sales Target Letter %1</source>
        <translation>%1 年度销售目标责任书</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="82"/>
        <source>This letter sets out the sales targets of %1 for the plan year %2, as the plan &quot;%3&quot; gives them.</source>
        <translation>本责任书根据计划“%3”，列明 %1 在 %2 计划年度的销售目标。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="85"/>
        <source>This letter sets out the sales targets of %1 at %2 for the plan year %3, as the plan &quot;%4&quot; gives them.</source>
        <translation>本责任书根据计划“%4”，列明 %2 的 %1 在 %3 计划年度的销售目标。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="89"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="90"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="91"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="92"/>
        <source>Start date</source>
        <translation>到岗日期</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="96"/>
        <source>Before %1</source>
        <translation>%1 年之前</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="103"/>
        <source>Quota</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="109"/>
        <source>Annual quota %1; stretch (+%2) %3; challenge (+%4) %5.</source>
        <translation>年度指标 %1；冲刺（+%2）%3；挑战（+%4）%5。</translation>
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
        <translation>第一个月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="133"/>
        <source>Second month</source>
        <translation>第二个月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="134"/>
        <source>Third month</source>
        <translation>第三个月</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="141"/>
        <source>Activity targets</source>
        <translation>活动量目标</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="144"/>
        <source>The year — deals: %1; demos: %2; qualified leads: %3; leads: %4; calls: %5; working days: %6.</source>
        <extracomment>Labels and counts, so that no count needs a plural form.</extracomment>
        <translation>全年——赢单数：%1；产品演示：%2；合格线索：%3；线索：%4；电话拜访：%5；工作日：%6。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="155"/>
        <source>Commission and KPIs</source>
        <translation>提成与关键指标</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="156"/>
        <source>Commission: %1 of revenue up to %3 of quota; %2 on revenue above %3 of quota.</source>
        <translation>提成：个人指标 %3 以内的销售额按 %1 提成；超过个人指标 %3 的部分按 %2 提成。</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="180"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="181"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="182"/>
        <source>Reviewed</source>
        <translation>查看频率</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="189"/>
        <source>Sales representative</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="190"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="228"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>无法写入：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="232"/>
        <location filename="../ui/report/targetletters.cpp" line="249"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="281"/>
        <location filename="../ui/report/targetletters.cpp" line="334"/>
        <source>the plan has no team members to write letters to</source>
        <translation>计划中没有可出具责任书的团队成员</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="288"/>
        <source>the members&apos; targets cannot be worked out: %1</source>
        <translation>无法计算成员的目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="298"/>
        <source>the letters cannot be drawn on this device</source>
        <translation>无法在此设备上绘制责任书</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="301"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/report/targetletters.cpp" line="304"/>
        <source>the letters could not be finished</source>
        <translation>未能完成责任书</translation>
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
        <translation>调整后目标</translation>
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
        <translation>%1（未生效：年度目标此后已更改）</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="67"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="70"/>
        <source>Delete the adjusted targets from %1</source>
        <translation>删除自%1起的调整后目标</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="79"/>
        <source>The approved target of %1 stays; the review measures the months against the adjustment in force.</source>
        <translation>已批准的目标 %1 保持不变；复盘时按生效中的调整后目标衡量各月。</translation>
    </message>
    <message>
        <location filename="../ui/review/revisionlist.cpp" line="89"/>
        <source>Delete adjusted targets</source>
        <translation>删除调整后目标</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsCalibrationPanel</name>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="51"/>
        <source>New uplift</source>
        <translation>新建提升项</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="86"/>
        <source>What the ceilings are worked out from</source>
        <translation>上限的计算依据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="90"/>
        <source>Market size and growth</source>
        <translation>市场规模与增长率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="92"/>
        <source>Market (Mission):</source>
        <translation>市场（使命）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="97"/>
        <source>Edit market share</source>
        <translation>编辑市场份额</translation>
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
        <translation>编辑营销预算</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="122"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="233"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="130"/>
        <source>Edit revenue from existing customers</source>
        <translation>编辑老客户销售额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="139"/>
        <source>Of last year&apos;s actual. The cost per lead, the funnel&apos;s rates and the deal size are on the Funnel &amp; capacity tab.</source>
        <translation>占去年实际完成的比例。单条线索成本、漏斗转化率和客单价在“销售漏斗与产能”选项卡中。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="147"/>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="156"/>
        <source>Uplifts of the reps&apos; productivity</source>
        <translation>销售人均产能的提升</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="150"/>
        <source>Why the reps will sell more a month than their history says: +30 % for new hires after training, +20 % from a CRM. The uplifts add up.</source>
        <translation>销售每月能比历史水平卖得更多的原因：新人培训后 +30 %，CRM 带来 +20 %。各项提升相加。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="165"/>
        <source>Is the target achievable?</source>
        <translation>目标能否达成？</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="175"/>
        <source>The target against its three ceilings</source>
        <translation>目标与三个上限的对比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="176"/>
        <source>Target is</source>
        <translation>目标占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="177"/>
        <source>Worked out from</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="177"/>
        <source>What would have
to change</source>
        <translation>需要做出
的改变</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="204"/>
        <source>no market size yet: enter it on the Mission page</source>
        <translation>尚未填写市场规模：请在“使命”页面中填写</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscalibrationpanel.cpp" line="206"/>
        <source>%1 last year, %2 growth → %3 in the plan year</source>
        <translation>去年 %1，增长 %2 → 计划年度 %3</translation>
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
        <translation>尚未规划回款。请输入每月签约额中在当月及之后各月以现金回款的比例（常见为 30%、50% 和 20%），或先点击“全部当月回款”。各项比例合计达到 100% 后，此处将显示每月回款的表格和图表。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="109"/>
        <source>Collection terms</source>
        <translation>回款条件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="111"/>
        <source>Of each month&apos;s bookings, the share collected as cash:</source>
        <translation>每月签约额中以现金回款的比例：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="117"/>
        <source>Edit collection share “%1”</source>
        <translation>编辑回款比例“%1”</translation>
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
        <translation>比例合计</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="132"/>
        <source>&amp;All in the same month</source>
        <translation>全部当月回款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="134"/>
        <source>Sets 100 % collected in the month of booking (cash sales)</source>
        <translation>设为 100% 在签约当月回款（现款销售）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="141"/>
        <source>Edit opening receivable</source>
        <translation>编辑期初应收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="161"/>
        <source>Cash by month</source>
        <translation>每月回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="164"/>
        <source>Receivable when the year starts</source>
        <translation>期初应收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="167"/>
        <source>Bookings and collections by month</source>
        <translation>各月签约额与回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="175"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="176"/>
        <source>Bookings</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="176"/>
        <source>The month targets: what is booked each month</source>
        <translation>月度目标：每月的签约额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="177"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="177"/>
        <source>The cash collected in the month, from this year&apos;s and last year&apos;s bookings</source>
        <translation>当月回款，包括今年和去年签约额的回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="179"/>
        <source>From last year</source>
        <translation>来自去年签约</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="179"/>
        <source>The part of the cash collected that comes from last year&apos;s bookings</source>
        <translation>回款中来自去年签约额的部分</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="197"/>
        <source>Still to collect at year end</source>
        <translation>年末应收款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="212"/>
        <source>Collect everything in the same month</source>
        <translation>设为全部当月回款</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="235"/>
        <source>Not used: the plan&apos;s history has last year&apos;s months, and what they leave to collect by these terms is the receivable when the year starts.</source>
        <translation>未使用：计划的历史数据中已有去年各月数据，按上述回款条件算出的未回款部分即为期初应收款。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="237"/>
        <source>What customers still owe for last year&apos;s bookings when the plan year starts. Once the history has last year&apos;s months, they are used instead.</source>
        <translation>计划年度开始时，客户就去年签约额尚未支付的款项。历史数据中有去年各月数据后，将改用这些数据计算。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="258"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目标暂时无法分解：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="261"/>
        <source>Collections cannot be planned: %1.</source>
        <translation>无法规划回款：%1。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="271"/>
        <source>Receivable when the year starts: %1</source>
        <translation>期初应收款：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="286"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetscollectionspanel.cpp" line="290"/>
        <source>Still to collect at year end: %1</source>
        <translation>年末应收款：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionModel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="88"/>
        <source>All quotas</source>
        <translation>指标合计</translation>
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
        <translation>尚未开始：本计划年度无指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="190"/>
        <source>Starts in %1</source>
        <translation>%1起有指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionmodel.cpp" line="218"/>
        <source>%1 of the year&apos;s target</source>
        <translation>占全年目标的 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsDecompositionPanel</name>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="29"/>
        <source>Split the columns by</source>
        <translation>分列依据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="30"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="31"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="32"/>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="33"/>
        <source>Columns by:</source>
        <translation>分列依据：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="41"/>
        <source>Why the target cannot be decomposed</source>
        <translation>目标无法分解的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="45"/>
        <source>Target by quarter and month</source>
        <translation>季度与月度目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="62"/>
        <source>Every quarter is the sum of its months and every column adds up to the year exactly; rounding goes to the largest remainders.</source>
        <translation>每个季度等于其各月之和，每列合计恰好等于全年；尾差按最大余数法分配。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsdecompositionpanel.cpp" line="79"/>
        <source>The target cannot be decomposed yet: %1</source>
        <translation>目标暂时无法分解：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsEditor</name>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="121"/>
        <source>Parts of the targets section</source>
        <translation>“目标”部分的各选项卡</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="123"/>
        <source>&amp;Target</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="124"/>
        <source>&amp;Seasonality</source>
        <translation>季节性(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="125"/>
        <source>S&amp;plits</source>
        <translation>拆分(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="126"/>
        <source>&amp;Decomposition</source>
        <translation>目标分解(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="127"/>
        <source>&amp;Funnel &amp;&amp; capacity</source>
        <translation>销售漏斗与产能(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="130"/>
        <source>Calibration</source>
        <translation>目标校准</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="131"/>
        <source>Co&amp;llections</source>
        <translation>回款(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="132"/>
        <source>Work &amp;calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="133"/>
        <source>Histor&amp;y</source>
        <translation>历史数据(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="135"/>
        <source>Units</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetseditor.cpp" line="140"/>
        <source>&lt;p&gt;Start from last year&apos;s actual and the growth you commit to; the target and the growth follow each other as you type. Put a reserve of 10–15 % on top of the committed target as the stretch tier, so one slipped deal does not sink the year. Then break the year down by quarter and month (seasonality from your own history), by region, by product line and by person: every part adds up exactly. Last, let last year&apos;s ratios tell you the activity and the reps the target needs.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example:&lt;/i&gt; ¥100 million last year, +20 % → a target of ¥120 million, stretch +12 % → ¥134.4 million. If the team needs 200 calls and 25 demos a day and a rep makes 40 calls or 5 demos, you need at least 5 reps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从去年的实际完成和你承诺的增长出发；输入时目标和增长率会相互联动。在承诺目标之上再加 10–15% 的余量作为冲刺目标，这样丢掉一单也不至于拖垮全年。然后把全年目标按季度和月份（依据自己历史数据中的季节性）、按区域、按产品线、按人分解：每一部分都精确合计。最后，用去年的各项比率推算达成目标所需的活动量和销售人数。&lt;/p&gt;&lt;p&gt;&lt;i&gt;示例：&lt;/i&gt;去年 1 亿元，增长 20% → 目标 1.2 亿元，冲刺 +12% → 1.344 亿元。如果团队每天需要 200 个电话拜访和 25 场产品演示，而每位销售每天能打 40 个电话或做 5 场演示，那么至少需要 5 名销售。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsFunnelPanel</name>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="72"/>
        <source>Your ratios from last year</source>
        <translation>去年的实际比率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="76"/>
        <source>Edit average deal size</source>
        <translation>编辑客单价</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="79"/>
        <source>Average deal size</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="81"/>
        <source>Average deal size:</source>
        <translation>客单价：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Leads that qualify:</source>
        <translation>线索合格率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="90"/>
        <source>Edit lead to qualified rate</source>
        <translation>编辑线索合格率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="92"/>
        <source>Qualified leads that get a demo or proposal:</source>
        <translation>合格线索转演示/方案：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="93"/>
        <source>Edit qualified to proposal rate</source>
        <translation>编辑合格线索转方案率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Proposals that are won:</source>
        <translation>方案赢单率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="94"/>
        <source>Edit win rate</source>
        <translation>编辑赢单率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="114"/>
        <source>Calls per lead:</source>
        <translation>每条线索需电话拜访：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="114"/>
        <source>Edit calls per lead</source>
        <translation>编辑每条线索所需电话拜访数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="116"/>
        <source>Calls a rep makes a day:</source>
        <translation>每位销售每日电话拜访：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="116"/>
        <source>Edit calls per rep a day</source>
        <translation>编辑人均每日电话拜访数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="118"/>
        <source>Demos a rep gives a day:</source>
        <translation>每位销售每日产品演示：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="118"/>
        <source>Edit demos per rep a day</source>
        <translation>编辑人均每日产品演示数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="132"/>
        <source>Edit attrition</source>
        <translation>编辑人员流失率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="134"/>
        <source>Reps expected to leave in the year</source>
        <translation>预计年内销售流失率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="136"/>
        <source>Reps expected to leave in the year:</source>
        <translation>预计年内销售流失率：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="140"/>
        <source>Edit new-hire ramp</source>
        <translation>编辑新人爬坡期</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="145"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="146"/>
        <source>Months a new hire needs to reach full productivity</source>
        <translation>新人达到满产能所需的月数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="148"/>
        <source>New hires reach full speed after:</source>
        <translation>新人爬坡期：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="151"/>
        <source>Edit cost per lead</source>
        <translation>编辑单条线索成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="154"/>
        <source>Marketing cost per lead</source>
        <translation>单条线索营销成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="156"/>
        <source>empty if leads are not bought</source>
        <translation>未购买线索时留空</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="157"/>
        <source>Marketing cost per lead:</source>
        <translation>单条线索营销成本：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="158"/>
        <source>Take these from last year&apos;s CRM records, not from hope: how many calls made a lead, how many leads became deals.</source>
        <translation>请依据去年的 CRM 记录填写，而不是凭期望：多少个电话带来一条线索，多少条线索最终成交。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="184"/>
        <source>What the target needs</source>
        <translation>达成目标所需</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="187"/>
        <source>Why the activity cannot be calculated</source>
        <translation>无法计算活动量的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="192"/>
        <source>Deals to win:</source>
        <translation>需赢单数：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="193"/>
        <source>Demos or proposals:</source>
        <translation>产品演示或方案数：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="194"/>
        <source>Qualified leads:</source>
        <translation>合格线索：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="195"/>
        <source>Leads:</source>
        <translation>线索：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="196"/>
        <source>Calls:</source>
        <translation>电话拜访：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="197"/>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="198"/>
        <source>Calls a day:</source>
        <translation>每日电话拜访：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="199"/>
        <source>Demos a day:</source>
        <translation>每日产品演示：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="200"/>
        <source>Qualified leads a day:</source>
        <translation>每日合格线索：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="201"/>
        <source>Productive reps the activity needs:</source>
        <translation>所需满产销售人数：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="202"/>
        <source>Reps to employ (allowing for attrition):</source>
        <translation>需配置销售人数（含流失）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="203"/>
        <source>Marketing budget for leads:</source>
        <translation>线索营销预算：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="206"/>
        <source>Headcount for the year</source>
        <translation>全年编制</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="221"/>
        <source>Capacity by month</source>
        <translation>月度产能</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="222"/>
        <source>Capacity gap</source>
        <translation>产能缺口</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="230"/>
        <source>Counts the members and planned hires of the Team section, each ramping up from the start date, less expected attrition, against each month&apos;s share of the activity.</source>
        <translation>按“团队”部分中的成员和计划招聘人员计算，每人自到岗日起逐步爬坡，扣除预计流失后，与各月应承担的活动量对比。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="278"/>
        <source>none: no cost per lead entered</source>
        <translation>无：未填写单条线索成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsfunnelpanel.cpp" line="291"/>
        <source>Shown once the activity the target needs can be calculated.</source>
        <translation>能计算出达成目标所需的活动量后显示。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsGoalPanel</name>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="182"/>
        <source>Plan year and currency</source>
        <translation>计划年度与币种</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="188"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="191"/>
        <source>Edit plan year</source>
        <translation>编辑计划年度</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="196"/>
        <source>Plan year:</source>
        <translation>计划年度：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="201"/>
        <source>Fiscal year starts in</source>
        <translation>财年起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="204"/>
        <source>Edit fiscal year start</source>
        <translation>编辑财年起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="209"/>
        <source>Fiscal year starts in:</source>
        <translation>财年起始月：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="213"/>
        <source>Currency (ISO 4217 code)</source>
        <translation>币种（ISO 4217 代码）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="214"/>
        <source>Changing the currency relabels every amount of the plan; it does not convert them at an exchange rate.</source>
        <translation>更改币种只会替换计划中所有金额的币种标记，不会按汇率换算。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="237"/>
        <source>&quot;%1&quot; is not a three-letter currency code; the plan stays in %2.</source>
        <translation>“%1”不是三个字母的货币代码，计划仍使用 %2。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="241"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="247"/>
        <source>Revenue target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="252"/>
        <source>Edit last year&apos;s actual</source>
        <translation>编辑去年实际完成</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="258"/>
        <source>Last year&apos;s actual revenue</source>
        <translation>去年实际销售额</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="260"/>
        <source>Last year&apos;s actual:</source>
        <translation>去年实际完成：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="275"/>
        <source>Growth on last year, percent</source>
        <translation>较去年增长（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="276"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="279"/>
        <source>Growth on last year:</source>
        <translation>较去年增长：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="283"/>
        <source>Edit annual target</source>
        <translation>编辑年度目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="287"/>
        <source>Annual revenue target (committed)</source>
        <translation>年度销售目标（承诺）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="289"/>
        <source>Annual target:</source>
        <translation>年度目标：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="290"/>
        <source>Type the growth to set the target from last year&apos;s actual, or type the target and see the growth it means. 1.2亿 and 500万 are understood.</source>
        <translation>输入增长率，即按去年实际完成算出目标；也可直接输入目标，查看对应的增长率。支持“1.2亿”“500万”这类写法。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="300"/>
        <source>Base, stretch and challenge</source>
        <translation>基础、冲刺与挑战目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="304"/>
        <source>Base target</source>
        <translation>基础目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="305"/>
        <source>Base (committed):</source>
        <translation>基础目标（承诺）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="310"/>
        <source>Edit stretch reserve</source>
        <translation>编辑冲刺上浮</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="316"/>
        <source>Stretch reserve, percent above the base</source>
        <translation>冲刺上浮（高于基础目标的百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="317"/>
        <source>Stretch target</source>
        <translation>冲刺目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="318"/>
        <source>Stretch reserve:</source>
        <translation>冲刺上浮：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="324"/>
        <source>Edit challenge reserve</source>
        <translation>编辑挑战上浮</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="330"/>
        <source>Challenge reserve, percent above the base</source>
        <translation>挑战上浮（高于基础目标的百分比）</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="332"/>
        <source>Challenge target</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="333"/>
        <source>Challenge reserve:</source>
        <translation>挑战上浮：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="339"/>
        <source>Commit the base to the company and plan the team&apos;s work to the stretch tier: a reserve of 10–15 % absorbs deals that slip. The challenge tier is what earns the accelerators.</source>
        <translation>向公司承诺基础目标，按冲刺目标安排团队工作：预留 10–15% 的余量，可消化延期的成交单。达成挑战目标才能拿到超额提成。</translation>
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
        <translation>填写去年实际完成后，即可按增长率制定目标。</translation>
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
        <translation>请输入目标，或输入增长率自动算出目标。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="272"/>
        <source>The target must be more than zero.</source>
        <translation>目标必须大于零。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="264"/>
        <source>Edit growth</source>
        <translation>编辑增长率</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="401"/>
        <source>A currency is three letters, such as CNY or USD.</source>
        <translation>货币代码由三个字母组成，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="410"/>
        <source>An amount of the plan is too large to write in %1.</source>
        <translation>计划中有金额过大，无法以 %1 表示。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsgoalpanel.cpp" line="413"/>
        <source>Change currency to %1</source>
        <translation>将币种改为 %1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsHistoryPanel</name>
    <message>
        <location filename="../ui/sections/targetshistorypanel.cpp" line="63"/>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetshistorypanel.cpp" line="69"/>
        <source>What was booked month by month in earlier years, by region, product line and member: the seasonality &quot;from history&quot; and last year&apos;s figures beside the plan are worked out from it. Import it with File ▸ Import History…, type it, or paste it from Excel or WPS (Ctrl+V; a header row is recognised).</source>
        <translation>往年逐月的销售额，按区域、产品线和成员记录：“按历史数据”计算的季节性，以及计划旁对照的去年数据，都据此得出。可通过“文件 ▸ 导入历史数据…”导入，也可直接输入，或从 Excel 或 WPS 粘贴（Ctrl+V；可自动识别表头行）。</translation>
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
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="94"/>
        <source>Quotas</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="100"/>
        <source>Each quota holder&apos;s part of the target</source>
        <translation>每位指标承担者分到的目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="105"/>
        <source>Quota basis</source>
        <translation>指标依据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="106"/>
        <source>Annual quota</source>
        <translation>年度指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="106"/>
        <source>Share of region</source>
        <translation>占区域比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="107"/>
        <source>First month with quota</source>
        <translation>指标起始月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="134"/>
        <source>Make quotas follow start dates and ramp</source>
        <translation>使指标随到岗日期和爬坡期调整</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="135"/>
        <source>Make quotas ignore start dates and ramp</source>
        <translation>使指标不考虑到岗日期和爬坡期</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="143"/>
        <source>Edit over-assignment</source>
        <translation>编辑超额分配</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="149"/>
        <source>Over-assignment, percent above the target</source>
        <translation>超额分配，高于目标的百分比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="153"/>
        <source>The target and the quotas assigned to reps</source>
        <translation>目标及分配给销售的指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="157"/>
        <source>Over-assignment:</source>
        <translation>超额分配：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="186"/>
        <source>The quotas cannot be worked out: %1.</source>
        <translation>无法计算个人指标：%1。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="227"/>
        <source>No team members yet: add them in the Team section to split the target by person.</source>
        <translation>尚无团队成员：请在“团队”部分添加成员，以便按人分解目标。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsquotasgroup.cpp" line="229"/>
        <source>Fixed quotas are taken first; the rest of each region&apos;s target is shared by quota weight. Members, their weights and fixed quotas are edited in the Team section.</source>
        <translation>先扣除固定指标，各区域目标的剩余部分按个人指标权重分配。成员及其权重和固定指标请在“团队”部分编辑。</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsSeasonalityPanel</name>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="70"/>
        <source>How the year is spread over the months</source>
        <translation>全年目标如何分配到各月</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="75"/>
        <source>Even: every month the same</source>
        <translation>平均：每月相同</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="76"/>
        <source>Like last year&apos;s history</source>
        <translation>参照去年历史数据</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="77"/>
        <source>Average of earlier years</source>
        <translation>往年平均</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="78"/>
        <source>Custom weights</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="79"/>
        <source>Seasonality</source>
        <translation>季节性</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="82"/>
        <source>Change seasonality</source>
        <translation>更改季节性</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="84"/>
        <source>Seasonality:</source>
        <translation>季节性：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="88"/>
        <source>Years of history to average</source>
        <translation>取平均的历史年数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="91"/>
        <source>Edit years to average</source>
        <translation>编辑平均年数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="96"/>
        <source>Years to average (1–3):</source>
        <translation>平均年数（1–3）：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="102"/>
        <source>Why the month shares cannot be calculated</source>
        <translation>无法计算各月占比的原因</translation>
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
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="116"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="117"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="134"/>
        <source>Edit month weight</source>
        <translation>编辑月度权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="140"/>
        <source>Weight of plan month %1</source>
        <translation>计划第 %1 个月的权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="145"/>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="152"/>
        <source>Share of the year, plan month %1</source>
        <translation>计划第 %1 个月的全年占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="154"/>
        <source>Target of plan month %1</source>
        <translation>计划第 %1 个月的目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="181"/>
        <source>Every month gets the same share of the year.</source>
        <translation>全年目标平均分配到每个月。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="185"/>
        <source>Each month gets the share it had of the revenue booked in plan year %1.</source>
        <translation>各月按其在 %1 年度销售额中的占比分配。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="189"/>
        <source>Each month gets its average share over plan years %1–%2; years without history are left out.</source>
        <translation>各月按其在 %1–%2 年度的平均占比分配；没有历史数据的年份不计入。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="195"/>
        <source>Type a weight for each month: 2 means twice the revenue of a month weighted 1. Percentages that add up to 100 work too.</source>
        <translation>为每个月输入权重：权重 2 表示销售额是权重 1 的月份的两倍。也可输入合计为 100 的百分比。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="203"/>
        <source>%1. Import the bookings of earlier years as history, or choose even or custom weights.</source>
        <translation>%1。请导入往年成交数据作为历史数据，或改用平均分配或自定义权重。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsseasonalitypanel.cpp" line="213"/>
        <source>Choose custom weights to type your own.</source>
        <translation>选择“自定义权重”后即可自行输入。</translation>
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
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="87"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="130"/>
        <source>New region</source>
        <translation>新区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="131"/>
        <source>Regions and their weights</source>
        <translation>区域及权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="133"/>
        <source>New product line</source>
        <translation>新产品线</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="134"/>
        <source>Product lines and their weights</source>
        <translation>产品线及权重</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="143"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetssplitspanel.cpp" line="145"/>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TargetsUnitsPanel</name>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="55"/>
        <source>New unit</source>
        <translation>新业务单元</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="80"/>
        <source>Units and their plan files</source>
        <translation>业务单元及其计划文件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="83"/>
        <source>Lin&amp;k Plan File…</source>
        <translation>链接计划文件(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="85"/>
        <source>Choose the plan file of the unit picked in the table</source>
        <translation>为表格中选中的业务单元选择计划文件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="88"/>
        <source>Units</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="91"/>
        <source>A team plan allocates its target to units — regions or business lines whose managers write their own plans. Link each unit&apos;s plan file; keep the files in this plan&apos;s folder or under it, so the folder can be mailed.</source>
        <translation>团队计划把目标分配给各业务单元，即由各自经理编写计划的区域或业务线。请为每个业务单元链接其计划文件；将这些文件放在本计划所在的文件夹或其子文件夹中，以便整个文件夹可以通过邮件发送。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="102"/>
        <source>Top-down against bottom-up</source>
        <translation>自上而下与自下而上对比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="105"/>
        <source>The team&apos;s target and the units&apos; figures added up</source>
        <translation>团队目标及各业务单元数据汇总</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="108"/>
        <source>Each unit&apos;s allocation against its own target</source>
        <translation>各业务单元的分配额与其自身目标对比</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Top-down</source>
        <translation>自上而下</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Bottom-up</source>
        <translation>自下而上</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="109"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="148"/>
        <source>Change how units are allocated</source>
        <translation>更改业务单元的分配方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="155"/>
        <source>Edit the gap threshold</source>
        <translation>编辑差距阈值</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="167"/>
        <source>All&amp;ocate by:</source>
        <translation>分配方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="169"/>
        <source>&amp;Gap threshold:</source>
        <translation>差距阈值(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="189"/>
        <source>Link the Plan File of %1</source>
        <translation>链接“%1”的计划文件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="190"/>
        <source>Sales plans (*.salesplan *.json)</source>
        <translation>销售计划 (*.salesplan *.json)</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="194"/>
        <source>Link Plan File</source>
        <translation>链接计划文件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="199"/>
        <source>Link the plan file of %1</source>
        <translation>链接“%1”的计划文件</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="221"/>
        <source>This is the plan of one team. Add units to make it a team plan.</source>
        <translation>这是单个团队的计划。添加业务单元即可将其变为团队汇总计划。</translation>
    </message>
    <message>
        <location filename="../ui/sections/targetsunitspanel.cpp" line="222"/>
        <source>Team target %1 · allocated %2 · the units&apos; own targets %3 (%4)</source>
        <translation>团队目标 %1 · 已分配 %2 · 各业务单元自身目标 %3（%4）</translation>
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
        <translation>销售成本 %1：占目标 %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="63"/>
        <source>, %1 per won deal</source>
        <translation>，每笔赢单 %1</translation>
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
        <translation>。营销费用按填写的营销推广计算，而非线索成本</translation>
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
        <translation>销售成本</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="89"/>
        <source>Sales budget by month and category</source>
        <translation>各月各类别销售预算</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="96"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="99"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sections/teambudgetpanel.cpp" line="117"/>
        <source>The sales budget cannot be worked out yet: %1</source>
        <translation>暂时无法计算销售预算：%1</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamEditor</name>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="67"/>
        <source>&lt;p&gt;Start from the work the target needs, then the people to do it. Give each &lt;b&gt;role&lt;/b&gt; its responsibilities and the skills it needs, and list every &lt;b&gt;member&lt;/b&gt; with a role, a region and a quota weight; the share of the target follows from the weights. Someone joining during the year produces little at first: give a start date and the months of ramp-up (new account managers often need about three).&lt;/p&gt;&lt;p&gt;Plan &lt;b&gt;hiring&lt;/b&gt; early enough that ramp-up ends before the busy months, and say how new and current people are trained: for example &lt;i&gt;two weeks of product and process training for newcomers, a monthly review of won and lost deals, one-to-one coaching by the regional manager each week.&lt;/i&gt; Keep the incentive simple and tied to results, e.g. 5 % commission up to quota and 8 % on revenue above it, paid once the money is in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;先从目标所需的工作量出发，再确定由哪些人来完成。为每个&lt;b&gt;岗位&lt;/b&gt;写明职责和所需技能，并列出每位&lt;b&gt;成员&lt;/b&gt;的岗位、区域和个人指标权重；每人分摊的目标份额按权重计算。年中入职的人起初产出很少：请填写到岗日期和爬坡期月数（新客户经理通常需要三个月左右）。&lt;/p&gt;&lt;p&gt;尽早安排&lt;b&gt;招聘&lt;/b&gt;，让爬坡期在旺季之前结束，并说明新老员工如何培训，例如：&lt;i&gt;新人两周产品与流程培训，每月一次赢单与丢单复盘，区域经理每周一对一辅导。&lt;/i&gt;激励方案要简单，并与业绩挂钩，例如个人指标以内提成 5%，超出指标部分提成 8%，回款后发放。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="88"/>
        <source>&amp;Roles</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="90"/>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="96"/>
        <source>&amp;Hiring plan</source>
        <translation>招聘计划(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="98"/>
        <source>&amp;Training plan</source>
        <translation>培训计划(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="101"/>
        <source>Incentive scheme</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="106"/>
        <source>Parts of the team section</source>
        <translation>团队部分的各页</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="108"/>
        <source>Peop&amp;le</source>
        <translation>人员(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="109"/>
        <source>Tar&amp;gets</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="110"/>
        <source>B&amp;udget</source>
        <translation>预算(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="142"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="154"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="161"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="169"/>
        <source>Hiring plan</source>
        <translation>招聘计划</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="196"/>
        <source>Budget lines</source>
        <translation>预算项目</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="201"/>
        <source>Edit budget limit</source>
        <translation>编辑预算上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="207"/>
        <location filename="../ui/sections/teameditor.cpp" line="213"/>
        <source>Budget limit</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="209"/>
        <source>What the sales budget may spend in the plan year; empty = no limit</source>
        <translation>计划年度内销售预算最多可花费的金额；留空 = 不设上限</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="213"/>
        <source>Budget limi&amp;t:</source>
        <translation>预算上限(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="217"/>
        <source>Headcount comes from each role&apos;s cost a month (Roles on the People tab) from each member&apos;s and hire&apos;s start month; commission at plan from the target; marketing from the leads × cost per lead, or the campaigns typed below; tools from the Tools section.</source>
        <translation>人力成本按各岗位的每月成本（见“人员”选项卡中的岗位），从每位成员和计划招聘人员的到岗月份起计算；提成按达成目标时的金额计算；营销费用按线索数 × 单条线索成本计算，或按下方填写的营销推广计算；工具费用取自“工具”部分。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="225"/>
        <source>How the sales budget is worked out</source>
        <translation>销售预算是如何计算的</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="226"/>
        <source>Budget l&amp;ines</source>
        <translation>预算项目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="238"/>
        <source>Onboarding for new people, regular coaching, workshops: what, how often, who runs it</source>
        <translation>新人入职培训、定期辅导、专题工作坊：内容、频率、负责人</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="242"/>
        <source>Edit training plan</source>
        <translation>编辑培训计划</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="244"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="261"/>
        <source>Edit commission rate</source>
        <translation>编辑提成比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="267"/>
        <source>Paid on revenue up to 100 % of a member&apos;s quota</source>
        <translation>适用于个人指标 100% 以内的销售额</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="269"/>
        <source>&amp;Commission rate:</source>
        <translation>提成比例(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="270"/>
        <source>Commission rate</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="274"/>
        <source>Edit accelerator rate</source>
        <translation>编辑超额提成比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="281"/>
        <source>Paid instead of the commission rate on revenue above 100 % of quota</source>
        <translation>超过个人指标 100% 的销售额按此比例提成，替代基础提成比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="283"/>
        <source>&amp;Accelerator above 100 %:</source>
        <translation>超额提成（100% 以上）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="284"/>
        <source>Accelerator rate above 100 % of quota</source>
        <translation>超过个人指标 100% 部分的提成比例</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="287"/>
        <source>Bonuses, contests, when commission is paid (e.g. once the customer has paid)</source>
        <translation>奖金、销售竞赛、提成发放时间（例如客户付款后）</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="291"/>
        <source>Edit incentive notes</source>
        <translation>编辑激励说明</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="296"/>
        <source>Incentive notes</source>
        <translation>激励说明</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="296"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
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
        <translation>1 个区域</translation>
    </message>
    <message>
        <location filename="../ui/sections/teameditor.cpp" line="316"/>
        <source>%1 regions</source>
        <translation>%1 个区域</translation>
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
        <translation>版本 %1，%3 于 %2 发布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="53"/>
        <source>%1 over %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="70"/>
        <source>Team Figures — %1</source>
        <translation>团队数据 — %1</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="75"/>
        <source>The director&apos;s allocation, %1: a team target of %2.</source>
        <translation>总监的目标分配（%1）：团队目标为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="77"/>
        <source>The director has not published an allocation yet: the units&apos; own targets only.</source>
        <translation>总监尚未发布目标分配：仅显示各业务单元自身的目标。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="79"/>
        <source>Summed below: %1.</source>
        <translation>以下汇总：%1。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="82"/>
        <source>You manage “%1”: these are the units&apos; published figures. Their plans — regions, product lines, members, funnel — are the director&apos;s to read.</source>
        <translation>您负责“%1”：以下是各业务单元已发布的数据。各业务单元的计划（区域、产品线、成员、销售漏斗）仅总监可查看。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="87"/>
        <source>The units&apos; figures</source>
        <translation>各业务单元的数据</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="101"/>
        <source>No findings: the units&apos; plans add up to the allocation.</source>
        <translation>无检查提示：各业务单元的计划合计与目标分配一致。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="102"/>
        <source>No findings: the units&apos; figures add up to the allocation.</source>
        <translation>无检查提示：各业务单元的数据与目标分配相符。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="144"/>
        <source>Read-only: these are the versions published on the server. Your own plan file is not changed.</source>
        <translation>只读：以下是服务器上已发布的版本。你自己的计划文件不会被更改。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="146"/>
        <source>Read-only: these are the versions published on the server. Your plan file records only the versions it is now based on, for your next publish.</source>
        <translation>只读：以下是服务器上已发布的版本。你的计划文件只记录其当前所基于的版本，供下次发布时使用。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Unit</source>
        <translation>业务单元</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Allocated</source>
        <translation>分配额</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="175"/>
        <source>Own target</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="176"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="192"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="205"/>
        <source>nothing published</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamfiguresdialog.cpp" line="217"/>
        <source>Units together</source>
        <translation>各业务单元合计</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamServerActions</name>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="26"/>
        <source>File ▸ Open from Team Server shows what changed.</source>
        <translation>“文件 ▸ 从团队服务器打开”可显示有哪些变化。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="28"/>
        <source>Ask the team server&apos;s director to give your user this unit.</source>
        <translation>请让团队服务器的总监把这个业务单元分配给你的用户。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="31"/>
        <source>Check the user name and the password, and try again.</source>
        <translation>请检查用户名和密码，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="33"/>
        <source>Your plan is safe in its file: publish again when the server can be reached.</source>
        <translation>你的计划已安全保存在文件中：服务器恢复连接后请再次发布。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="47"/>
        <source>The team server has a newer version</source>
        <translation>团队服务器上已有更新的版本</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="49"/>
        <source>Not allowed on the team server</source>
        <translation>在团队服务器上无此权限</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="51"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="53"/>
        <source>The team server cannot be reached</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="59"/>
        <source>The team server refused</source>
        <translation>团队服务器拒绝了请求</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="171"/>
        <source>This plan is open read-only (%1): the version published could not be recorded in it. Open it for editing, then publish.</source>
        <translation>此计划以只读方式打开（%1）：发布的版本无法记录到计划中。请以可编辑方式打开后再发布。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="174"/>
        <location filename="../ui/server/teamserveractions.cpp" line="190"/>
        <location filename="../ui/server/teamserveractions.cpp" line="201"/>
        <location filename="../ui/server/teamserveractions.cpp" line="206"/>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="174"/>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="206"/>
        <source>Published, but not recorded</source>
        <translation>已发布，但未记录到计划</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="209"/>
        <source>Published the allocation as version %1 on %2.</source>
        <translation>已将目标分配发布为 %2 上的版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="213"/>
        <source>Published “%1” as version %2 on %3.</source>
        <translation>已将“%1”发布为 %3 上的版本 %2。</translation>
    </message>
    <message>
        <location filename="../ui/server/teamserveractions.cpp" line="257"/>
        <source>Open from Team Server</source>
        <translation>从团队服务器打开</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::TeamTargetsPanel</name>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="90"/>
        <source>Quota</source>
        <translation>个人指标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="91"/>
        <source>Deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="92"/>
        <source>Demos</source>
        <translation>产品演示</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="93"/>
        <source>Qualified leads</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="94"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="95"/>
        <source>Calls</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="96"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="97"/>
        <source>Calls a day</source>
        <translation>每日电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="98"/>
        <source>Demos a day</source>
        <translation>每日产品演示</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="109"/>
        <source>Why the activity targets cannot be worked out</source>
        <translation>无法计算活动量目标的原因</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="112"/>
        <source>Activity targets per person</source>
        <translation>每人的活动量目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="114"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="120"/>
        <source>Show the person&apos;s targets by</source>
        <translation>此人目标的显示方式</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="121"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="122"/>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="124"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="133"/>
        <source>The person&apos;s targets by month or quarter</source>
        <translation>此人按月或按季度的目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="135"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="141"/>
        <source>SMART targets of the person</source>
        <translation>此人的 SMART 目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="153"/>
        <source>What each quota asks for, by the plan&apos;s funnel: the team&apos;s deals, demos, leads and calls are shared by quota, so the people add up to the team. Per-day figures are per person, over their own working days from their start date. With over-assignment the quotas, and so the team&apos;s figures, are above the plan&apos;s funnel by as much.</source>
        <translation>按计划的销售漏斗，列出每个人的个人指标对应的要求：团队的赢单、产品演示、线索和电话拜访按个人指标分摊，因此个人合计即为团队。每日数字按人计算，基于各人自到岗日期起的工作日。存在超额分配时，个人指标及团队数字会相应高于计划漏斗。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="173"/>
        <source>The activity targets cannot be worked out yet: %1</source>
        <translation>暂时无法计算活动量目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="208"/>
        <source>Team</source>
        <translation>团队</translation>
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
        <translation>全团队目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="250"/>
        <source>Targets of %1</source>
        <translation>%1的目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="252"/>
        <source>SMART targets are written for each person: pick one above.</source>
        <translation>每个人都有 SMART 目标：请在上方选择一人。</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="260"/>
        <source>SMART targets</source>
        <translation>SMART 目标</translation>
    </message>
    <message>
        <location filename="../ui/sections/teamtargetspanel.cpp" line="261"/>
        <source>No quota in the plan year.</source>
        <translation>本计划年度无个人指标。</translation>
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
        <translation>尚无举措：请将其添加到行动计划中。</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="209"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/charts/initiativetimeline.cpp" line="225"/>
        <source>Timeline of the action plan</source>
        <translation>行动计划时间线</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::ToolsEditor</name>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="42"/>
        <source>The tools&apos; costs are in different currencies, so they are not added up.</source>
        <translation>各工具的费用币种不同，因此不做合计。</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="47"/>
        <source>No tools yet: add the CRM first, then the tools for calls, chat and contracts.</source>
        <translation>尚未添加工具：先添加 CRM，再添加电话、聊天和合同工具。</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="49"/>
        <source>Annual cost of the one tool: %1</source>
        <translation>该工具的年度费用：%1</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="50"/>
        <source>Total annual cost of the %1 tools: %2</source>
        <translation>%1 个工具的年度总费用：%2</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="58"/>
        <source>&lt;p&gt;List each tool the sales team depends on, the CRM first, then the tools for calling, chat, e-signature and reporting. For each, say what it is used for, who looks after it, what it costs a year and which customer or sales data lives in it, so the budget is complete and everyone knows where the data is kept. For example: &lt;i&gt;CRM: leads, opportunities, contracts and payments; owner: sales operations; ¥60,000 a year; holds customers, contacts and the activity history.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A plan is only carried out if the tools make the work easy: one place for customer data also lets managers see the pipeline and the team&apos;s performance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;列出销售团队依赖的每一个工具：首先是 CRM，其次是电话、聊天、电子签名和报表工具。为每个工具写明用途、负责人、年度费用，以及其中存有哪些客户或销售数据，这样预算才完整，大家也都清楚数据存放在哪里。例如：&lt;i&gt;CRM：管理线索、商机、合同和回款；负责人：销售运营；每年 ¥60,000；存有客户、联系人和跟进记录。&lt;/i&gt;&lt;/p&gt;&lt;p&gt;只有工具让工作变得轻松，计划才能真正落地：客户数据集中在一处，管理者也能随时看清商机管道和团队业绩。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="68"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="73"/>
        <source>&amp;Tools the team uses:</source>
        <translation>团队使用的工具(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolseditor.cpp" line="76"/>
        <source>Total annual cost of the tools</source>
        <translation>工具年度总费用</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="122"/>
        <source>Saved</source>
        <translation>保存时间</translation>
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
        <translation>此计划文件中没有保存的版本。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="125"/>
        <source>No versions saved yet. File ▸ Save Version… keeps the plan as it is now inside its file under a name, such as “Submitted to leadership”.</source>
        <translation>尚未保存任何版本。“文件 ▸ 保存版本…”可将计划的当前状态以一个名称（例如“已提交领导”）保存在计划文件中。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="128"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="129"/>
        <source>Shows the version in a window of its own, read-only: every page, the charts and the exports (PDF, JSON, workbook)</source>
        <translation>在单独的窗口中以只读方式显示该版本：所有页面、图表及导出（PDF、JSON、工作簿）</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="131"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="134"/>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF 报告…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="135"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="136"/>
        <source>&amp;Workbook (.xlsx)…</source>
        <translation>Excel 工作簿 (.xlsx)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="138"/>
        <source>Compare with &amp;Current</source>
        <translation>与当前计划比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="139"/>
        <source>Co&amp;mpare the Two</source>
        <translation>比较这两个版本(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="140"/>
        <source>Select two versions to compare them</source>
        <translation>选择两个版本进行比较</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="141"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="142"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="144"/>
        <source>The plan is open read-only</source>
        <translation>计划以只读方式打开</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="236"/>
        <source>Cannot read the version</source>
        <translation>无法读取版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="260"/>
        <source>Export the version as JSON</source>
        <translation>将版本导出为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="263"/>
        <source>Plans as JSON (*.json)</source>
        <translation>JSON 格式的计划 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="268"/>
        <source>Cannot export the version</source>
        <translation>无法导出版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="309"/>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="310"/>
        <source>Make the plan the version “%1”, saved %2?</source>
        <translation>将计划恢复为%2保存的版本“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="312"/>
        <source>Edit ▸ Undo brings the plan as it is now back. To keep it as a version too, save it as one first.</source>
        <translation>“编辑 ▸ 撤销”可找回计划的当前状态。如需将当前状态也保留为版本，请先保存版本。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="314"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="318"/>
        <source>Cannot restore the version</source>
        <translation>无法恢复版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="327"/>
        <source>Delete Version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="328"/>
        <source>Delete the version “%1” from the plan file?</source>
        <translation>从计划文件中删除版本“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="329"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="329"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/versions/versionsdialog.cpp" line="333"/>
        <source>Cannot delete the version</source>
        <translation>无法删除版本</translation>
    </message>
</context>
<context>
    <name>salesplan::ui::WhatIfPage</name>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="49"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="50"/>
        <source>Won deals</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="51"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="52"/>
        <source>Calls per rep a day</source>
        <translation>每名销售每日电话拜访</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="53"/>
        <source>Reps needed</source>
        <translation>所需销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="54"/>
        <source>Reps available</source>
        <translation>可用销售人数</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="55"/>
        <source>Headcount gap</source>
        <translation>人员缺口</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="56"/>
        <source>Reps short in the tightest month</source>
        <translation>最紧张月份的销售人数缺口</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="57"/>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="58"/>
        <source>Cost of sales</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="92"/>
        <source>%1 to hire</source>
        <translation>需招聘 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="93"/>
        <source>%1 to spare</source>
        <translation>富余 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="94"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="130"/>
        <source>Scenarios beside the plan</source>
        <translation>情景与计划对比</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="139"/>
        <source>Add a scenario, or choose a scenario&apos;s column in the table, to change its drivers. The plan itself changes only through Make This the Baseline.</source>
        <translation>添加情景，或在表格中选择某个情景所在的列，即可修改其驱动因素。计划本身只有通过“设为基准”才会改变。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="151"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="152"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="153"/>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="191"/>
        <source>&amp;Add Scenario</source>
        <translation>添加情景(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="192"/>
        <source>Add “Deal Size −10 %”</source>
        <translation>添加“客单价 −10%”</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="193"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="194"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="195"/>
        <source>&amp;Make This the Baseline</source>
        <translation>设为基准(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="409"/>
        <source>The plan takes this scenario&apos;s drivers and the scenario is removed; Undo puts both back.</source>
        <translation>计划将采用此情景的驱动因素，该情景随之删除；撤销可将两者恢复原状。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="243"/>
        <location filename="../ui/whatif/whatifpage.cpp" line="258"/>
        <source>Add scenario</source>
        <translation>添加情景</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="247"/>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="259"/>
        <source>Deal size −10 %</source>
        <translation>客单价 −10%</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="269"/>
        <source>Duplicate scenario</source>
        <translation>创建情景副本</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="275"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="283"/>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="294"/>
        <source>Make “%1” the baseline</source>
        <translation>将“%1”设为基准</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifpage.cpp" line="325"/>
        <source>Plan</source>
        <translation>计划</translation>
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
