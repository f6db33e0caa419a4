#!/usr/bin/python3
"""Writes the industry templates, resources/templates/<key>-<language>.json.

Each template is described once below: its figures (the same in every language; amounts in CNY,
converted to USD for English and to TWD for Traditional Chinese at one round rate each, never
rounded one by one, so that every ratio — growth, deals, leads, shares — is the same in every
language) and its texts in English, Simplified and Traditional Chinese. Run it after changing a template:
    /usr/bin/python3 resources/templates/make_templates.py
"""
import decimal
import json
import pathlib

BASE_YEAR = 2027  # the year the files carry; SalesPlan moves a new plan to the year after today
LANGUAGES = {  # language: (currency, amount per CNY, holiday calendar)
    "en": ("USD", decimal.Decimal("0.14"), "none"),
    "zh_CN": ("CNY", decimal.Decimal(1), "CN"),
    "zh_TW": ("TWD", decimal.Decimal("4.5"), "TW"),
}
LANG_INDEX = {"en": 0, "zh_CN": 1, "zh_TW": 2}


def exact(amount):
    """An amount as the plan's JSON writes it: its digits, without trailing zeros."""
    return format(amount.normalize(), "f")


class Writer:
    """Builds one template's plan in one language, handing out row ids in order."""

    def __init__(self, language):
        self.language = language
        self.currency, self.rate, self.calendar = LANGUAGES[language]
        self.next_id = 1

    def t(self, texts):
        return texts[LANG_INDEX[self.language]] if isinstance(texts, tuple) else texts

    def money(self, cny):
        return exact(decimal.Decimal(cny) * self.rate)

    def row(self, **fields):
        row = {"id": self.next_id}
        self.next_id += 1
        for key, value in fields.items():
            if isinstance(value, tuple):
                value = self.t(value)
            elif isinstance(value, list) and value and isinstance(value[0], tuple):
                value = [self.t(v) for v in value]
            row[key] = value
        return row


def split(w, items):
    return [w.row(name=name, weight=weight, quotaAmount="0") for name, weight in items]


def build(template, language):
    w = Writer(language)
    f = template["funnel"]
    plan = {
        "info": {
            "name": w.t(template["planName"]),
            "company": w.t(template["company"]),
            "author": w.t(template["author"]),
            "language": language,
            "currency": w.currency,
            "period": {"year": BASE_YEAR, "startMonth": 1},
            "status": "draft",
        },
        "mission": {
            "mission": w.t(template["mission"]),
            "marketPosition": w.t(template["position"]),
            "valueProposition": w.t(template["value"]),
            "marketSize": w.money(template["marketSize"]),
            "marketGrowth": template["marketGrowth"],
            "marketTrends": w.t(template["trends"]),
            "competitors": [w.row(name=n, kind=k, strengths=s, weaknesses=x)
                            for n, k, s, x in template["competitors"]],
        },
        "targets": {
            "annualTarget": w.money(template["target"]),
            "lastYearActual": w.money(template["lastYear"]),
            "stretchReserve": 0.1,
            "challengeReserve": 0.2,
            "seasonality": "custom",
            "customWeights": template["weights"],
            "regions": split(w, template["regions"]),
            "products": split(w, template["products"]),
            "funnel": {
                "averageDealSize": w.money(f["dealSize"]),
                "leadToQualified": f["leadToQualified"],
                "qualifiedToProposal": f["qualifiedToProposal"],
                "proposalToWon": f["proposalToWon"],
                "callsPerLead": f["callsPerLead"],
                "callsPerRepDay": f["callsPerRepDay"],
                "demosPerRepDay": f["demosPerRepDay"],
                "annualAttrition": f["attrition"],
                "newHireRampMonths": f["ramp"],
                "costPerLead": w.money(f["costPerLead"]),
                "calendar": w.calendar,
            },
            "quotasFollowStart": True,
            "overAssignment": 0.1,
            "collections": template["collections"],
        },
        "team": {
            "roles": [w.row(name=n, responsibilities=r, skills=s) for n, r, s in template["roles"]],
            "members": [w.row(name=n, role=r, region=g, quotaShare=q, startDate=d,
                              rampMonths=f["ramp"] if d else 0, quotaAmount="0")
                        for n, r, g, q, d in template["members"]],
            "hiring": [w.row(role=r, region=g, count=c, startDate=d)
                       for r, g, c, d in template["hiring"]],
            "trainingPlan": w.t(template["training"]),
            "commissionRate": template["commission"],
            "acceleratorRate": template["accelerator"],
            "incentiveNotes": w.t(template["incentives"]),
        },
        "segments": [w.row(name=n, type="business", characteristics=c, attributes=a,
                           challenges=ch, goals=g, tier=tier, strategy=s)
                     for n, c, a, ch, g, tier, s in template["segments"]],
        "stages": [w.row(name=n, method=m, exitCriteria=e, collateral="", conversionRate=r,
                         typicalDays=d) for n, m, e, r, d in template["stages"]],
        "tools": [w.row(name=n, purpose=p, owner=o, annualCost=w.money(c), dataHeld=h)
                  for n, p, o, c, h in template["tools"]],
        "metrics": {
            "kpis": [kpi(w, k) for k in template["kpis"]],
            "reviewCadence": "weekly",
            "reviewNotes": w.t(template["reviewNotes"]),
            "risks": [w.row(category=c, description=d, likelihood=l, impact=i, mitigation=m,
                            owner=o) for c, d, l, i, m, o in template["risks"]],
        },
    }
    add_action_plan(w, plan, template)
    plan["nextRowId"] = w.next_id
    return {
        "format": "salesplan",
        "version": 1,
        "template": {
            "key": template["key"],
            "name": w.t(template["name"]),
            "description": w.t(template["description"]),
        },
        "plan": plan,
    }


# The action plan every template offers: name, goal, owner (an index into the members), start,
# due, budget in CNY, KPI (a key of PLAN_KPIS), status, and the milestones (name, date, done).
ACTION_PLAN = [
    (("Partner channel launch", "渠道伙伴招募", "通路夥伴招募"),
     ("Sign the first partners and train them", "签约首批伙伴并完成培训", "簽約首批夥伴並完成培訓"),
     0, "02-01", "06-30", 300000, "qualified_leads", "in_progress",
     [(("Partner program approved", "渠道政策获批", "通路政策核准"), "02-28", True),
      (("First partners live", "首批伙伴上线", "首批夥伴上線"), "04-30", False)]),
    (("Key-account program", "大客户经营计划", "大客戶經營計畫"),
     ("Grow the top accounts by 25 %", "重点客户收入增长 25%", "重點客戶營收成長 25%"),
     1, "01-15", "12-15", 200000, "average_deal_size", "in_progress",
     [(("Account plans for the top accounts", "重点客户经营方案", "重點客戶經營方案"), "03-31",
       True)]),
    (("Trade show", "行业展会", "產業展會"),
     ("Qualified leads from the booth", "展位获取合格线索", "展位取得合格線索"),
     2, "05-01", "06-15", 180000, "qualified_leads", "planned",
     [(("Booth booked", "展位预订", "展位預訂"), "05-10", False)]),
    (("CRM rollout", "CRM 系统上线", "CRM 系統上線"),
     ("Every deal and activity in the CRM", "所有商机和拜访录入 CRM", "所有商機和拜訪登錄 CRM"),
     0, "01-04", "03-31", 80000, "win_rate", "planned",
     [(("Go-live", "正式上线", "正式上線"), "03-20", False)]),
]


def add_action_plan(w, plan, template):
    """The template's initiatives and milestones, after every other row so their ids stay."""
    members = plan["team"]["members"]
    initiatives, milestones = [], []
    for name, goal, owner, start, due, budget, kpi_key, status, steps in ACTION_PLAN:
        row = w.row(name=name, goal=goal, owner=members[owner % len(members)]["name"],
                    start=f"{BASE_YEAR}-{start}", due=f"{BASE_YEAR}-{due}",
                    budget=w.money(budget), serves="", kpi=PLAN_KPIS[kpi_key][0],
                    status=status, notes="", spent="0")
        initiatives.append(row)
        for step, date, done in steps:
            milestones.append(w.row(initiative=row["id"], name=step, date=f"{BASE_YEAR}-{date}",
                                    done=done))
    plan["initiatives"] = initiatives
    plan["milestones"] = milestones


PLAN_KPIS = {  # the KPIs whose target the plan works out: name, definition, unit, frequency
    "qualified_leads": (("Qualified leads", "合格线索数", "合格線索數"),
                        ("Leads that passed qualification in the period",
                         "本期通过资格审核的线索", "本期通過資格審核的線索"),
                        ("leads", "条", "筆"), "weekly"),
    "win_rate": (("Win rate", "赢单率", "贏單率"),
                 ("Deals won divided by proposals made", "成交数除以方案数", "成交數除以提案數"),
                 "%", "monthly"),
    "average_deal_size": (("Average deal size", "平均客单价", "平均客單價"),
                          ("Revenue divided by deals won", "销售额除以成交数",
                           "銷售額除以成交數"), "amount", "monthly"),
    "revenue": (("Revenue per period", "周期销售额", "週期銷售額"),
                ("Revenue booked in the period against its target", "本期签约额对照目标",
                 "本期簽約額對照目標"), "amount", "monthly"),
}


def kpi(w, entry):
    if isinstance(entry, str):
        name, definition, unit, frequency = PLAN_KPIS[entry]
        return w.row(name=name, definition=definition, unit=unit, target=0, frequency=frequency,
                     greenAt=1, yellowAt=0.9, measures=entry, targetFrom="plan",
                     direction="higher")
    name, definition, unit, target, direction = entry
    return w.row(name=name, definition=definition, unit=unit, target=target, frequency="monthly",
                 greenAt=1, yellowAt=0.9, measures="custom", targetFrom="typed",
                 direction=direction)


TEMPLATES = []

# --- B2B software / SaaS ---------------------------------------------------------------------
TEMPLATES.append({
    "key": "saas",
    "name": ("B2B software / SaaS", "B2B 软件 / SaaS", "B2B 軟體 / SaaS"),
    "description": (
        "B2B SaaS: annual subscriptions, a sales cycle of about three months, SDRs booking demos "
        "for account executives, budgets that close in Q4, slow February.",
        "B2B SaaS：按年订阅，销售周期约三个月，SDR 约演示、客户经理签单，四季度预算集中，"
        "二月春节淡季。",
        "B2B SaaS：按年訂閱，銷售週期約三個月，SDR 約展示、業務經理簽約，第四季預算集中，"
        "二月春節淡季。"),
    "planName": ("FY2027 Sales Plan — SaaS", "2027 年度销售计划（SaaS）",
                 "2027 年度銷售計畫（SaaS）"),
    "company": ("Example Software Inc.", "示例软件有限公司", "範例軟體股份有限公司"),
    "author": ("VP Sales", "销售副总裁", "業務副總"),
    "mission": ("Help mid-sized companies run their operations on software that pays for itself "
                "within a year.",
                "让中型企业用上一年内收回成本的业务软件。",
                "讓中型企業用上一年內回本的營運軟體。"),
    "position": ("Challenger in the mid-market, against suites sold to large enterprises.",
                 "中端市场的挑战者，对手是面向大企业的套件。",
                 "中型市場的挑戰者，對手是賣給大企業的套裝軟體。"),
    "value": ("Live in six weeks, priced per user, with a customer success manager from day one.",
              "六周上线，按用户计价，首日即配客户成功经理。",
              "六週上線，按使用者計價，第一天就配客戶成功經理。"),
    "marketSize": 20_000_000_000, "marketGrowth": 0.18,
    "trends": ("Buyers consolidate tools and ask for proof of ROI before a pilot.",
               "客户整合工具，试点前先要看到投资回报。",
               "客戶整併工具，試用前先要看到投資報酬。"),
    "competitors": [
        (("Large suite vendor", "大型套件厂商", "大型套裝廠商"), "direct",
         ("Brand and breadth", "品牌和功能全", "品牌與功能齊全"),
         ("Long, costly projects", "实施周期长、费用高", "導入期長、費用高")),
        (("Spreadsheets and in-house tools", "表格和自研工具", "試算表與自建工具"), "indirect",
         ("Already paid for", "无需新增预算", "不需新預算"),
         ("Do not scale", "无法规模化", "無法擴充")),
    ],
    "target": 30_000_000, "lastYear": 24_000_000,
    "weights": [0.8, 0.6, 1.0, 0.9, 0.9, 1.1, 0.8, 0.8, 1.0, 1.0, 1.2, 1.5],
    "regions": [(("East", "华东", "北區"), 45), (("North", "华北", "中區"), 30),
                (("South", "华南", "南區"), 25)],
    "products": [(("Core subscription", "核心订阅", "核心訂閱"), 65),
                 (("Add-on modules", "增值模块", "加值模組"), 20),
                 (("Onboarding services", "实施服务", "導入服務"), 15)],
    "funnel": {"dealSize": 150_000, "leadToQualified": 0.25, "qualifiedToProposal": 0.45,
               "proposalToWon": 0.30, "callsPerLead": 6, "callsPerRepDay": 50,
               "demosPerRepDay": 3, "attrition": 0.15, "ramp": 4, "costPerLead": 400},
    "collections": {"sameMonth": 0.6, "after1Month": 0.4, "after2Months": 0, "after3Months": 0,
                    "after4Months": 0, "after5Months": 0, "after6Months": 0,
                    "openingReceivable": "0"},
    "roles": [
        (("Account executive", "客户经理", "業務經理"),
         ("Runs deals from discovery to signature", "负责从需求调研到签约", "負責從需求訪談到簽約"),
         ("Discovery, demos, negotiation", "需求挖掘、演示、谈判", "需求挖掘、展示、議價")),
        (("Sales development rep", "销售开发代表", "業務開發代表"),
         ("Qualifies leads and books demos", "筛选线索、预约演示", "篩選線索、預約展示"),
         ("Prospecting, calls", "开拓、电话", "開發、電話")),
        (("Customer success manager", "客户成功经理", "客戶成功經理"),
         ("Renewals and upsell", "续约和增购", "續約與加購"),
         ("Onboarding, account reviews", "上线辅导、客户回顾", "導入輔導、客戶檢討")),
    ],
    "members": [
        (("AE 1", "客户经理甲", "業務經理甲"), ("Account executive", "客户经理", "業務經理"),
         ("East", "华东", "北區"), 0.25, None),
        (("AE 2", "客户经理乙", "業務經理乙"), ("Account executive", "客户经理", "業務經理"),
         ("North", "华北", "中區"), 0.22, None),
        (("AE 3", "客户经理丙", "業務經理丙"), ("Account executive", "客户经理", "業務經理"),
         ("South", "华南", "南區"), 0.2, None),
        (("SDR 1", "销售开发甲", "業務開發甲"), ("Sales development rep", "销售开发代表", "業務開發代表"),
         ("East", "华东", "北區"), 0.08, None),
        (("CSM 1", "客户成功甲", "客戶成功甲"), ("Customer success manager", "客户成功经理", "客戶成功經理"),
         ("East", "华东", "北區"), 0.1, None),
    ],
    "hiring": [(("Account executive", "客户经理", "業務經理"), ("East", "华东", "北區"), 2,
                "2027-04-01")],
    "training": ("Two-week onboarding bootcamp; weekly deal reviews; a demo certification before "
                 "the first solo demo.",
                 "两周入职训练营；每周商机复盘；独立演示前须通过演示认证。",
                 "兩週新人訓練營；每週商機檢討；獨立展示前須通過展示認證。"),
    "commission": 0.08, "accelerator": 0.12,
    "incentives": ("Accelerator above 100 % of quarterly quota; renewals pay the CSM.",
                   "季度配额 100% 以上加速提成；续约提成归客户成功经理。",
                   "季配額 100% 以上加速獎金；續約獎金歸客戶成功經理。"),
    "segments": [
        (("Mid-market companies", "中型企业", "中型企業"),
         ("200–2,000 employees, IT team of 5+", "员工 200–2000 人，有 IT 团队",
          "員工 200–2000 人，有 IT 團隊"),
         [("fast decision", "决策快", "決策快")],
         ("Tools that do not talk to each other", "系统割裂", "系統各自為政"),
         ("One platform, fewer licences", "一个平台、更少许可", "一個平台、更少授權"),
         "strategic", ("Paid pilot with an executive sponsor", "高管支持的付费试点",
                       "高層支持的付費試用")),
        (("Enterprise divisions", "大企业事业部", "大企業事業部"),
         ("Business units of groups above 5,000 employees", "5000 人以上集团的事业部",
          "5000 人以上集團的事業部"),
         [("long cycle", "周期长", "週期長")],
         ("Procurement and security reviews", "采购和安全审查", "採購與資安審查"),
         ("Replace a legacy suite", "替换老旧套件", "汰換舊套裝"),
         "profit", ("Reference visits and a security pack", "标杆参观和安全资料包",
                    "標竿參訪與資安文件包")),
        (("Small businesses", "小微企业", "小微企業"),
         ("Under 200 employees", "员工 200 人以下", "員工 200 人以下"),
         [("price-sensitive", "价格敏感", "價格敏感")],
         ("No time to evaluate", "没有时间评估", "沒時間評估"),
         ("Start in a day", "一天上手", "一天上手"),
         "nurture", ("Webinars and a self-serve trial", "线上研讨会和自助试用",
                     "線上研討會與自助試用")),
        (("Existing customers", "老客户", "既有客戶"),
         ("Customers for a year or more", "合作一年以上", "合作一年以上"),
         [("renewal", "续约", "續約")],
         ("Adoption beyond the first team", "推广到更多部门", "推廣到更多部門"),
         ("Renew and expand", "续约并增购", "續約並加購"),
         "maintain", ("Quarterly business reviews", "季度业务回顾", "季度業務檢討")),
    ],
    "stages": [
        (("Lead", "线索", "線索"), ("Campaigns, content and outbound", "活动、内容和外呼",
                                    "活動、內容與外撥"),
         ("A contact with a stated interest", "有联系方式和明确兴趣", "有聯絡方式與明確興趣"), 0.5, 7),
        (("Qualification", "资格确认", "資格確認"), ("Budget, authority, need, timing (BANT)",
                                                     "预算、决策人、需求、时间（BANT）",
                                                     "預算、決策者、需求、時程（BANT）"),
         ("BANT confirmed", "BANT 已确认", "BANT 已確認"), 0.5, 10),
        (("Discovery", "需求调研", "需求訪談"), ("Map the process and its cost", "梳理流程和痛点成本",
                                                  "梳理流程與痛點成本"),
         ("Needs written and confirmed", "需求书面确认", "需求書面確認"), 0.7, 14),
        (("Demo and trial", "演示与试用", "展示與試用"), ("Demo on the customer's data",
                                                         "用客户数据演示", "用客戶資料展示"),
         ("Success criteria agreed", "成功标准达成一致", "成功標準達成共識"), 0.6, 21),
        (("Proposal", "方案报价", "提案報價"), ("Proposal with ROI", "含投资回报测算的方案",
                                                "含投資報酬試算的提案"),
         ("Proposal reviewed with the buyer", "方案已与采购方过审", "提案已與採購方檢視"), 0.6, 14),
        (("Negotiation", "商务谈判", "商務議價"), ("Terms, security and legal review",
                                                   "条款、安全和法务审核", "條款、資安與法務審查"),
         ("Terms agreed", "条款谈妥", "條款談妥"), 0.8, 14),
        (("Closed won", "签约", "簽約"), ("Signature and hand-over to success",
                                          "签约并移交客户成功", "簽約並移交客戶成功"),
         ("Contract signed", "合同已签", "合約已簽"), 1.0, 7),
    ],
    "tools": [(("CRM", "CRM 系统", "CRM 系統"), ("Pipeline and forecast", "商机和预测",
                                                 "商機與預測"),
               ("Sales ops", "销售运营", "業務營運"), 120_000,
               ("Accounts, deals, activities", "客户、商机、活动", "客戶、商機、活動"))],
    "kpis": ["qualified_leads", "win_rate", "average_deal_size", "revenue",
             (("Net revenue retention", "净收入留存率", "淨收入留存率"),
              ("Recurring revenue kept and grown from last year's customers",
               "老客户经常性收入的留存与增长", "既有客戶經常性收入的留存與成長"), "%", 110,
              "higher"),
             (("Sales cycle", "销售周期", "銷售週期"),
              ("Days from qualified lead to signature", "从合格线索到签约的天数",
               "從合格線索到簽約的天數"), ("days", "天", "天"), 90, "lower")],
    "reviewNotes": ("Monday pipeline review; monthly forecast; quarterly plan review.",
                    "周一商机例会；每月预测；每季度计划复盘。",
                    "週一商機會議；每月預測；每季計畫檢討。"),
    "risks": [
        ("market", ("Customers delay purchases in a downturn", "经济下行客户推迟采购",
                    "景氣下行客戶延後採購"), 3, 4,
         ("Monthly pricing for the first year", "首年按月付费", "首年按月付費"),
         ("VP Sales", "销售副总裁", "業務副總")),
        ("execution", ("New account executives ramp slower than planned", "新客户经理成长慢于预期",
                       "新業務經理上手慢於預期"), 3, 3,
         ("Pair each new hire with a senior AE", "新人与资深客户经理结对",
          "新人與資深業務經理搭檔"), ("Sales manager", "销售经理", "業務主管")),
    ],
})

# --- Manufacturing & distribution: the seeds' equipment maker (new-energy equipment, 1亿 → 1.5亿)
TEMPLATES.append({
    "key": "manufacturing",
    "name": ("Manufacturing & distribution", "制造与分销", "製造與經銷"),
    "description": (
        "Equipment maker selling to industrial buyers directly and through distributors: "
        "target +50 % on a new-energy opportunity, 6-month projects, payment in stages, "
        "February slow for the Spring Festival.",
        "装备制造企业，直销加经销：借新能源政策机遇目标增长 50%，项目周期约六个月，"
        "分期回款，二月春节淡季。",
        "裝備製造企業，直銷加經銷：藉新能源政策機會目標成長 50%，專案週期約六個月，"
        "分期收款，二月春節淡季。"),
    "planName": ("FY2027 Sales Plan — New-energy equipment", "2027 年度新能源装备销售计划",
                 "2027 年度新能源裝備銷售計畫"),
    "company": ("Example Equipment Co.", "示例装备制造有限公司", "範例裝備製造股份有限公司"),
    "author": ("Sales director", "销售总监", "業務總監"),
    "mission": ("Give energy producers equipment that runs for twenty years, with service that "
                "keeps it running.",
                "为新能源企业提供稳定运行二十年的装备和让它持续运转的服务。",
                "為新能源企業提供穩定運轉二十年的裝備與持續運轉的服務。"),
    "position": ("Established maker moving into new-energy equipment; little experience there yet.",
                 "成熟装备企业进军新能源装备，该领域经验尚浅。",
                 "成熟裝備企業跨入新能源裝備，該領域經驗尚淺。"),
    "value": ("Technical validation plus an ROI calculation on every project; operation, "
              "maintenance and upgrade packages after delivery.",
              "每个项目都做技术验证加投资回报测算；交付后提供运维和升级服务包。",
              "每個專案都做技術驗證加投資報酬試算；交機後提供維運與升級服務包。"),
    "marketSize": 80_000_000_000, "marketGrowth": 0.2,
    "trends": ("New-energy policy support; buyers ask for local service and lifetime cost.",
               "新能源政策利好；客户看重本地服务和全生命周期成本。",
               "新能源政策利多；客戶重視在地服務與全生命週期成本。"),
    "competitors": [
        (("Large state-owned maker", "大型国有装备企业", "大型國營裝備企業"), "direct",
         ("Relations with central SOEs", "与央企关系深", "與大型國企關係深"),
         ("Slow to customise", "定制响应慢", "客製回應慢")),
        (("Low-price newcomers", "低价新进入者", "低價新進業者"), "direct",
         ("Price", "价格低", "價格低"), ("No service network", "没有服务网络", "沒有服務網")),
    ],
    "target": 150_000_000, "lastYear": 100_000_000,
    "weights": [0.7, 0.4, 1.0, 1.1, 1.1, 1.2, 0.9, 0.9, 1.1, 1.0, 1.1, 1.4],
    "regions": [(("East", "华东", "北區"), 40), (("North", "华北", "中區"), 35),
                (("West", "西部", "南區"), 25)],
    "products": [(("New-energy equipment", "新能源装备", "新能源裝備"), 70),
                 (("Standard equipment", "标准化设备", "標準化設備"), 15),
                 (("Service and upgrade packages", "运维与升级服务包", "維運與升級服務包"), 15)],
    "funnel": {"dealSize": 2_500_000, "leadToQualified": 0.30, "qualifiedToProposal": 0.50,
               "proposalToWon": 0.25, "callsPerLead": 8, "callsPerRepDay": 15,
               "demosPerRepDay": 1, "attrition": 0.08, "ramp": 6, "costPerLead": 1_500},
    "collections": {"sameMonth": 0.3, "after1Month": 0, "after2Months": 0.6, "after3Months": 0,
                    "after4Months": 0, "after5Months": 0, "after6Months": 0.1,
                    "openingReceivable": "0"},
    "roles": [
        (("Key account manager", "大客户经理", "大客戶經理"),
         ("Owns projects with state-owned buyers", "负责国企客户项目", "負責國營客戶專案"),
         ("Bidding, relationships, negotiation", "投标、客户关系、谈判", "投標、客戶關係、議價")),
        (("Sales engineer", "售前工程师", "售前工程師"),
         ("Technical validation and solution design", "技术验证和方案设计", "技術驗證與方案設計"),
         ("Equipment know-how, ROI calculation", "设备知识、投资回报测算", "設備知識、投資報酬試算")),
        (("Channel manager", "渠道经理", "通路經理"),
         ("Distributors and standard equipment", "经销商和标准化设备", "經銷商與標準化設備"),
         ("Channel policy, distributor training", "渠道政策、经销商培训", "通路政策、經銷商訓練")),
    ],
    "members": [
        (("KAM 1", "大客户经理甲", "大客戶經理甲"), ("Key account manager", "大客户经理", "大客戶經理"),
         ("East", "华东", "北區"), 0.25, None),
        (("KAM 2", "大客户经理乙", "大客戶經理乙"), ("Key account manager", "大客户经理", "大客戶經理"),
         ("North", "华北", "中區"), 0.25, None),
        (("KAM 3", "大客户经理丙", "大客戶經理丙"), ("Key account manager", "大客户经理", "大客戶經理"),
         ("West", "西部", "南區"), 0.2, None),
        (("Sales engineer 1", "售前工程师甲", "售前工程師甲"), ("Sales engineer", "售前工程师", "售前工程師"),
         ("East", "华东", "北區"), 0.1, None),
        (("Channel manager 1", "渠道经理甲", "通路經理甲"), ("Channel manager", "渠道经理", "通路經理"),
         ("North", "华北", "中區"), 0.15, None),
    ],
    "hiring": [(("Key account manager", "大客户经理", "大客戶經理"), ("West", "西部", "南區"), 1,
                "2027-03-01"),
               (("Sales engineer", "售前工程师", "售前工程師"), ("North", "华北", "中區"), 1,
                "2027-05-01")],
    "training": ("New-energy technology and policy course for every rep; new hires paired with a "
                 "senior manager (capacity +25 % expected).",
                 "全员新能源技术与政策解读专项培训；新人由资深经理带教（预期产能提升 25%）。",
                 "全員新能源技術與政策解讀專訓；新人由資深經理帶領（預期產能提升 25%）。"),
    "commission": 0.02, "accelerator": 0.04,
    "incentives": ("Extra commission on new-energy orders above quota.",
                   "新能源订单超额提成。", "新能源訂單超額獎金。"),
    "segments": [
        (("Central state-owned enterprises", "央企", "大型國營企業"),
         ("Energy groups with national projects", "承担国家级项目的能源集团",
          "承接國家級專案的能源集團"),
         [("tender", "招投标", "招標")],
         ("Strict qualification and tenders", "资质和招标要求严", "資格與招標要求嚴"),
         ("Reliable supply for large projects", "大项目稳定供货", "大專案穩定供貨"),
         "strategic", ("Dedicated adviser and tailored solution", "专属顾问加定制方案",
                       "專屬顧問加客製方案")),
        (("Local state-owned enterprises", "地方国企", "地方公營企業"),
         ("Provincial energy and utility companies", "省属能源和公用事业企业",
          "地方能源與公用事業"),
         [("repeat orders", "复购", "回購")],
         ("Budgets set once a year", "预算每年一次", "預算一年一次"),
         ("Lower lifetime cost", "降低全生命周期成本", "降低全生命週期成本"),
         "profit", ("Cross-sell service packages", "交叉销售服务包", "交叉銷售服務包")),
        (("New-energy start-ups", "新能源初创企业", "新能源新創"),
         ("Funded start-ups building their first plants", "获得融资、建设首批产线的初创企业",
          "獲得融資、建置首批產線的新創"),
         [("price-sensitive", "价格敏感", "價格敏感")],
         ("Complex solutions put them off (win rate 5 %)", "方案过于复杂（成交率仅 5%）",
          "方案過於複雜（成交率僅 5%）"),
         ("Standard product, light service (win rate 12 %)", "标准化产品加轻量服务（成交率 12%）",
          "標準化產品加輕量服務（成交率 12%）"),
         "nurture", ("Industry white paper and a free diagnosis", "行业白皮书和免费诊断",
                     "產業白皮書與免費診斷")),
        (("Installed base", "存量客户", "既有客戶"),
         ("Plants running our equipment", "正在使用我司设备的工厂", "使用本公司設備的工廠"),
         [("service", "运维", "維運")],
         ("Ageing equipment", "设备老化", "設備老化"),
         ("Uptime", "开机率", "稼動率"),
         "maintain", ("Maintenance contracts and upgrades", "运维合同和升级", "維運合約與升級")),
    ],
    "stages": [
        (("Lead", "线索获取", "線索取得"), ("Technology summit with industry media, referrals",
                                             "联合行业媒体办技术峰会、老客户转介绍",
                                             "與產業媒體合辦技術論壇、客戶轉介"),
         ("A project with a named owner", "有明确负责人的项目", "有明確窗口的專案"), 0.6, 14),
        (("Qualification", "项目立项", "專案立案"), ("Budget, tender plan and decision chain",
                                                    "预算、招标计划和决策链",
                                                    "預算、招標計畫與決策鏈"),
         ("Budget approved", "预算已批", "預算已核"), 0.5, 30),
        (("Technical validation", "技术验证", "技術驗證"), ("Site survey, test run, ROI calculation",
                                                             "现场勘察、试运行、投资回报测算",
                                                             "現場勘查、試運轉、投資報酬試算"),
         ("Technical approval", "技术认可", "技術認可"), 0.6, 45),
        (("Tender and proposal", "投标报价", "投標報價"), ("Bid documents and price",
                                                            "标书和报价", "標書與報價"),
         ("Bid submitted", "标书已递交", "標書已遞交"), 0.5, 30),
        (("Contract", "合同签订", "合約簽訂"), ("Terms, payment stages, delivery date",
                                                "条款、分期回款、交期", "條款、分期收款、交期"),
         ("Contract signed", "合同已签", "合約已簽"), 0.9, 21),
        (("Delivery and acceptance", "交付验收", "交機驗收"), ("Installation, commissioning",
                                                                "安装、调试", "安裝、試俥"),
         ("Acceptance certificate", "验收单", "驗收單"), 1.0, 60),
    ],
    "tools": [(("CRM", "CRM 系统", "CRM 系統"), ("Projects, tenders, forecast", "项目、招标、预测",
                                                 "專案、招標、預測"),
               ("Sales admin", "销售管理部", "業務管理部"), 150_000,
               ("Accounts, projects, bids", "客户、项目、投标", "客戶、專案、投標")),
              (("Data dashboard", "数据看板", "數據看板"), ("Red/yellow/green alerts", "红黄绿灯预警",
                                                            "紅黃綠燈預警"),
               ("Sales admin", "销售管理部", "業務管理部"), 50_000,
               ("Conversion, capacity", "转化率、产能", "轉換率、產能"))],
    "kpis": ["qualified_leads", "win_rate", "average_deal_size", "revenue",
             (("Collections", "回款率", "收款率"),
              ("Cash collected against invoices due", "实际回款占应收款的比例",
               "實際收款占應收款比例"), "%", 95, "higher"),
             (("Site visits", "有效拜访量", "有效拜訪量"),
              ("Customer visits with a next step agreed", "约定下一步的客户拜访",
               "約定下一步的客戶拜訪"), ("visits", "次", "次"), 60, "higher")],
    "reviewNotes": ("Daily activity report; weekly data review; a 5-Why analysis when a month "
                    "deviates more than 10 %.",
                    "过程指标日报；每周数据复盘会；偏差超过 10% 启动 5Why 分析。",
                    "過程指標日報；每週數據檢討會；偏差超過 10% 啟動 5Why 分析。"),
    "risks": [
        ("market", ("Policy support for new energy changes", "新能源政策变化",
                    "新能源政策變動"), 2, 5,
         ("Keep standard equipment as a second line", "保留标准化设备作为第二产品线",
          "保留標準化設備作為第二產品線"), ("Sales director", "销售总监", "業務總監")),
        ("financial", ("Late payments stretch cash", "回款延迟占用现金", "收款延遲占用現金"), 3, 4,
         ("Advance payment in every contract", "合同约定预付款", "合約約定預付款"),
         ("Finance manager", "财务经理", "財務經理")),
        ("execution", ("Little experience with new-energy buyers", "新能源领域经验不足",
                       "新能源領域經驗不足"), 3, 3,
         ("Training and senior mentors", "专项培训加老员工带教", "專訓加資深帶領"),
         ("Sales director", "销售总监", "業務總監")),
    ],
})

# --- Retail / FMCG ---------------------------------------------------------------------------
TEMPLATES.append({
    "key": "retail",
    "name": ("Retail / FMCG", "零售 / 快消", "零售 / 快消"),
    "description": (
        "Consumer-goods brand selling through distributors, retail chains and online stores: "
        "short cycles, many small orders, peaks at Singles' Day (11.11) and the year end, "
        "stocking before the Spring Festival.",
        "快消品牌，经销商、连锁零售和电商渠道：周期短、订单多而小，双11和年底旺季，"
        "春节前备货。",
        "快消品牌，經銷商、連鎖通路與電商：週期短、訂單多而小，雙11與年底旺季，"
        "春節前備貨。"),
    "planName": ("FY2027 Sales Plan — Consumer goods", "2027 年度快消品销售计划",
                 "2027 年度快消品銷售計畫"),
    "company": ("Example Consumer Brands Ltd.", "示例消费品有限公司", "範例消費品股份有限公司"),
    "author": ("Head of sales", "销售负责人", "業務負責人"),
    "mission": ("Put a healthy snack within reach of every shopper.",
                "让每位消费者随手买到健康零食。", "讓每位消費者隨手買到健康零食。"),
    "position": ("Fast-growing brand, number three in its category.",
                 "快速成长的品牌，品类第三。", "快速成長的品牌，品類第三。"),
    "value": ("Fresh product, promotions planned with each channel, shelves kept full.",
              "新鲜产品，与每个渠道共同策划促销，货架不断货。",
              "新鮮產品，與每個通路共同規劃促銷，貨架不缺貨。"),
    "marketSize": 50_000_000_000, "marketGrowth": 0.08,
    "trends": ("Online and instant retail grow; shoppers compare prices everywhere.",
               "电商和即时零售增长；消费者随时比价。", "電商與即時零售成長；消費者隨時比價。"),
    "competitors": [
        (("Category leader", "品类龙头", "品類龍頭"), "direct",
         ("Shelf space and budget", "货架资源和预算", "貨架資源與預算"),
         ("Slow on new flavours", "新品慢", "新品慢")),
        (("Private labels", "零售商自有品牌", "通路自有品牌"), "indirect",
         ("Price", "价格低", "價格低"), ("Little brand loyalty", "品牌忠诚度低", "品牌忠誠度低")),
    ],
    "target": 80_000_000, "lastYear": 70_000_000,
    "weights": [1.2, 0.7, 0.8, 0.8, 0.9, 1.1, 0.8, 0.8, 1.0, 1.0, 1.5, 1.4],
    "regions": [(("East", "华东", "北區"), 40), (("South", "华南", "中區"), 35),
                (("North", "华北", "南區"), 25)],
    "products": [(("Core range", "经典系列", "經典系列"), 60),
                 (("New flavours", "新品", "新品"), 20),
                 (("Gift boxes", "礼盒", "禮盒"), 20)],
    "funnel": {"dealSize": 60_000, "leadToQualified": 0.40, "qualifiedToProposal": 0.60,
               "proposalToWon": 0.50, "callsPerLead": 3, "callsPerRepDay": 60,
               "demosPerRepDay": 6, "attrition": 0.25, "ramp": 2, "costPerLead": 100},
    "collections": {"sameMonth": 0.5, "after1Month": 0.5, "after2Months": 0, "after3Months": 0,
                    "after4Months": 0, "after5Months": 0, "after6Months": 0,
                    "openingReceivable": "0"},
    "roles": [
        (("Key account manager", "KA 经理", "KA 經理"),
         ("Retail chains and their promotions", "连锁系统和促销", "連鎖系統與促銷"),
         ("Joint business plans, negotiation", "联合生意计划、谈判", "聯合生意計畫、議價")),
        (("Distributor manager", "经销商经理", "經銷商經理"),
         ("Distributors and their coverage", "经销商及其覆盖", "經銷商與其覆蓋"),
         ("Sell-in, stock levels", "进货、库存", "進貨、庫存")),
        (("E-commerce manager", "电商经理", "電商經理"),
         ("Online stores and campaigns", "线上店铺和大促", "線上通路與檔期"),
         ("Campaign planning, traffic", "活动策划、流量", "檔期規劃、流量")),
    ],
    "members": [
        (("KAM 1", "KA 经理甲", "KA 經理甲"), ("Key account manager", "KA 经理", "KA 經理"),
         ("East", "华东", "北區"), 0.2, None),
        (("Distributor manager 1", "经销商经理甲", "經銷商經理甲"),
         ("Distributor manager", "经销商经理", "經銷商經理"), ("South", "华南", "中區"), 0.2, None),
        (("Distributor manager 2", "经销商经理乙", "經銷商經理乙"),
         ("Distributor manager", "经销商经理", "經銷商經理"), ("North", "华北", "南區"), 0.15, None),
        (("E-commerce manager 1", "电商经理甲", "電商經理甲"),
         ("E-commerce manager", "电商经理", "電商經理"), ("East", "华东", "北區"), 0.25, None),
    ],
    "hiring": [(("Key account manager", "KA 经理", "KA 經理"), ("North", "华北", "南區"), 1,
                "2027-03-01"),
               (("E-commerce manager", "电商经理", "電商經理"), ("South", "华南", "中區"), 1,
                "2027-07-01")],
    "training": ("Category and promotion training before each peak; monthly store visits with "
                 "the manager.",
                 "每个旺季前开展品类和促销培训；主管每月随访门店。",
                 "每個旺季前辦品類與促銷訓練；主管每月隨訪門市。"),
    "commission": 0.03, "accelerator": 0.05,
    "incentives": ("Peak-season bonus for 11.11 and the Spring Festival.",
                   "双11和春节旺季专项奖金。", "雙11與春節旺季專案獎金。"),
    "segments": [
        (("National retail chains", "全国连锁", "全國連鎖"),
         ("Hypermarkets and convenience chains", "大卖场和便利店系统", "量販與超商系統"),
         [("listing fees", "进场费", "上架費")],
         ("Listing fees and promotions", "进场费和促销费", "上架費與促銷費"),
         ("More shelf space", "更多陈列", "更多陳列"),
         "strategic", ("Joint business plan each year", "年度联合生意计划", "年度聯合生意計畫")),
        (("Distributors", "经销商", "經銷商"),
         ("Regional distributors with their own stores", "有下游网点的区域经销商",
          "有下游通路的區域經銷商"),
         [("volume", "走量", "走量")],
         ("Stock and cash", "库存和资金", "庫存與資金"),
         ("Turnover", "周转", "周轉"),
         "profit", ("Monthly sell-in targets and rebates", "月度进货目标和返利",
                    "月度進貨目標與回饋")),
        (("Online stores", "电商平台", "電商平台"),
         ("Marketplace flagship stores", "平台旗舰店", "平台旗艦店"),
         [("campaigns", "大促", "檔期")],
         ("Traffic costs", "流量成本", "流量成本"),
         ("Growth at 11.11", "双11增长", "雙11成長"),
         "nurture", ("Campaign calendar", "大促日历", "檔期日曆")),
        (("Independent stores", "独立门店", "獨立店家"),
         ("Small shops served by distributors", "经销商覆盖的小店", "經銷商覆蓋的小店"),
         [("long tail", "长尾", "長尾")],
         ("Small orders", "订单小", "訂單小"),
         ("Keep the range on shelf", "保持铺货", "維持鋪貨"),
         "maintain", ("Served through distributors", "经销商服务", "由經銷商服務")),
    ],
    "stages": [
        (("Prospect", "客户开发", "客戶開發"), ("Trade fairs, distributor referrals",
                                                "展会、经销商推荐", "展覽、經銷商推薦"),
         ("A buyer met", "见到采购", "見到採購"), 0.6, 7),
        (("Listing proposal", "进场提案", "上架提案"), ("Range, prices and promotion plan",
                                                         "品项、价格和促销方案",
                                                         "品項、價格與促銷方案"),
         ("Proposal accepted", "提案通过", "提案通過"), 0.6, 14),
        (("First order", "首单", "首單"), ("Opening order and shelf plan", "首批订单和陈列计划",
                                           "首批訂單與陳列計畫"),
         ("Order placed", "已下单", "已下單"), 0.8, 14),
        (("Repeat orders", "复购", "回購"), ("Sell-out tracking, promotions", "动销跟踪、促销",
                                              "動銷追蹤、促銷"),
         ("Second order", "第二单", "第二張單"), 1.0, 30),
    ],
    "tools": [(("Distributor management system", "经销商管理系统", "經銷商管理系統"),
               ("Orders, stock, rebates", "订单、库存、返利", "訂單、庫存、回饋"),
               ("Sales ops", "销售运营", "業務營運"), 80_000,
               ("Orders, stock", "订单、库存", "訂單、庫存"))],
    "kpis": ["qualified_leads", "win_rate", "average_deal_size", "revenue",
             (("Distribution", "铺货率", "鋪貨率"),
              ("Stores that carry the core range", "有经典系列在售的门店占比",
               "有經典系列在售的門市比例"), "%", 85, "higher"),
             (("Out-of-stock rate", "缺货率", "缺貨率"),
              ("Store checks that found the shelf empty", "巡店发现缺货的比例",
               "巡店發現缺貨的比例"), "%", 3, "lower")],
    "reviewNotes": ("Weekly sell-out review; a campaign review after 6.18, 11.11 and the "
                    "Spring Festival.",
                    "每周动销复盘；618、双11、春节后各做一次大促复盘。",
                    "每週動銷檢討；618、雙11、春節後各做一次檔期檢討。"),
    "risks": [
        ("market", ("A price war at 11.11", "双11价格战", "雙11價格戰"), 4, 3,
         ("Gift boxes instead of discounts", "以礼盒代替降价", "以禮盒代替降價"),
         ("Head of sales", "销售负责人", "業務負責人")),
        ("customer", ("A chain delists the brand", "连锁系统下架", "連鎖通路下架"), 2, 4,
         ("Joint business plan with each chain", "与每个系统签联合生意计划",
          "與每個通路簽聯合生意計畫"), ("KAM 1", "KA 经理甲", "KA 經理甲")),
    ],
})

# --- Professional services -------------------------------------------------------------------
TEMPLATES.append({
    "key": "services",
    "name": ("Professional services", "专业服务", "專業服務"),
    "description": (
        "Consulting firm selling projects and retainers: partners sell, consultants deliver, "
        "a 2-month cycle, half the revenue from existing clients, quiet in February and August.",
        "咨询公司，按项目和年度顾问服务收费：合伙人主导销售、顾问交付，周期约两个月，"
        "一半收入来自老客户，二月和八月淡季。",
        "顧問公司，按專案與年度顧問服務收費：合夥人主導銷售、顧問交付，週期約兩個月，"
        "一半收入來自既有客戶，二月與八月淡季。"),
    "planName": ("FY2027 Sales Plan — Advisory services", "2027 年度咨询服务销售计划",
                 "2027 年度顧問服務銷售計畫"),
    "company": ("Example Advisory Partners", "示例管理咨询有限公司", "範例管理顧問股份有限公司"),
    "author": ("Managing partner", "管理合伙人", "管理合夥人"),
    "mission": ("Help growing companies make better decisions, faster.",
                "帮助成长型企业更快做出更好的决策。", "協助成長型企業更快做出更好的決策。"),
    "position": ("Specialist firm for mid-sized companies, between the large firms and "
                 "freelancers.",
                 "专注中型企业的专业机构，介于大型咨询公司与个人顾问之间。",
                 "專注中型企業的專業機構，介於大型顧問公司與個人顧問之間。"),
    "value": ("Senior people on every project, fixed fees, results measured after six months.",
              "每个项目都有资深顾问，固定收费，六个月后衡量成效。",
              "每個專案都有資深顧問，固定收費，六個月後衡量成效。"),
    "marketSize": 10_000_000_000, "marketGrowth": 0.1,
    "trends": ("Clients buy smaller projects and want measurable outcomes.",
               "客户倾向采购小项目，要求可衡量的成果。", "客戶傾向採購小專案，要求可衡量的成果。"),
    "competitors": [
        (("Large consulting firms", "大型咨询公司", "大型顧問公司"), "direct",
         ("Brand", "品牌", "品牌"), ("Junior teams, high fees", "团队资历浅、收费高",
                                       "團隊資淺、收費高")),
        (("Freelance consultants", "独立顾问", "獨立顧問"), "indirect",
         ("Price", "价格低", "價格低"), ("No capacity for larger projects", "无法承接大项目",
                                          "無法承接大專案")),
    ],
    "target": 20_000_000, "lastYear": 17_000_000,
    "weights": [0.8, 0.6, 1.0, 1.0, 1.0, 1.1, 0.9, 0.7, 1.0, 1.0, 1.2, 1.3],
    "regions": [(("East", "华东", "北區"), 60), (("South", "华南", "南區"), 40)],
    "products": [(("Projects", "咨询项目", "顧問專案"), 55),
                 (("Retainers", "年度顾问", "年度顧問"), 30),
                 (("Training", "培训", "教育訓練"), 15)],
    "funnel": {"dealSize": 300_000, "leadToQualified": 0.35, "qualifiedToProposal": 0.55,
               "proposalToWon": 0.35, "callsPerLead": 5, "callsPerRepDay": 20,
               "demosPerRepDay": 2, "attrition": 0.12, "ramp": 3, "costPerLead": 600},
    "collections": {"sameMonth": 0, "after1Month": 0.5, "after2Months": 0.5, "after3Months": 0,
                    "after4Months": 0, "after5Months": 0, "after6Months": 0,
                    "openingReceivable": "0"},
    "roles": [
        (("Partner", "合伙人", "合夥人"),
         ("Wins and leads client relationships", "赢得并维护客户关系", "贏得並經營客戶關係"),
         ("Industry network, proposals", "行业人脉、方案撰写", "產業人脈、提案撰寫")),
        (("Business development manager", "业务拓展经理", "業務開發經理"),
         ("Finds and qualifies opportunities", "发掘和筛选商机", "發掘與篩選商機"),
         ("Events, outreach", "活动、拓客", "活動、開發")),
    ],
    "members": [
        (("Partner 1", "合伙人甲", "合夥人甲"), ("Partner", "合伙人", "合夥人"),
         ("East", "华东", "北區"), 0.35, None),
        (("Partner 2", "合伙人乙", "合夥人乙"), ("Partner", "合伙人", "合夥人"),
         ("South", "华南", "南區"), 0.3, None),
        (("BD manager 1", "业务拓展甲", "業務開發甲"),
         ("Business development manager", "业务拓展经理", "業務開發經理"),
         ("East", "华东", "北區"), 0.15, None),
    ],
    "hiring": [(("Business development manager", "业务拓展经理", "業務開發經理"),
                ("South", "华南", "南區"), 1, "2027-04-01")],
    "training": ("Proposal clinic every month; partners coach on two live deals each quarter.",
                 "每月方案研讨；合伙人每季度辅导两个在谈项目。",
                 "每月提案研討；合夥人每季輔導兩個進行中的案子。"),
    "commission": 0.05, "accelerator": 0.08,
    "incentives": ("Origination credit for the partner who wins the client.",
                   "赢得客户的合伙人获得开拓奖励。", "贏得客戶的合夥人獲得開發獎勵。"),
    "segments": [
        (("Growing mid-sized companies", "成长型中型企业", "成長型中型企業"),
         ("Revenue 100M–1B, growing 20 %+", "营收 1–10 亿、增长 20% 以上",
          "營收 1–10 億、成長 20% 以上"),
         [("decision by the owner", "老板决策", "老闆決策")],
         ("Processes that no longer scale", "流程跟不上规模", "流程跟不上規模"),
         ("Professional management", "管理专业化", "管理專業化"),
         "strategic", ("Partner-led diagnosis workshop", "合伙人主导的诊断工作坊",
                       "合夥人主導的診斷工作坊")),
        (("Listed companies", "上市公司", "上市公司"),
         ("Listed, several business units", "上市、多业务单元", "上市、多事業單位"),
         [("procurement", "采购流程", "採購流程")],
         ("Tenders for every project", "每个项目都要招标", "每個專案都要招標"),
         ("Board-ready results", "可向董事会汇报的成果", "可向董事會報告的成果"),
         "profit", ("Framework agreements", "框架协议", "框架合約")),
        (("Start-ups after funding", "融资后的初创企业", "募資後的新創"),
         ("Series B and later", "B 轮及以后", "B 輪以後"),
         [("small budget", "预算小", "預算小")],
         ("First management team", "首次搭建管理团队", "首次建立管理團隊"),
         ("Ready for the next round", "为下一轮融资做好准备", "為下一輪募資做好準備"),
         "nurture", ("Talks at investor events", "投资人活动上的分享", "投資人活動上的分享")),
        (("Existing clients", "老客户", "既有客戶"),
         ("Clients of the last three years", "近三年合作过的客户", "近三年合作過的客戶"),
         [("retainer", "年度顾问", "年度顧問")],
         ("Attention after the project", "项目结束后的跟进", "專案結束後的追蹤"),
         ("Follow-on work", "后续项目", "後續專案"),
         "maintain", ("Quarterly review with the partner", "合伙人季度回访", "合夥人季度回訪")),
    ],
    "stages": [
        (("Lead", "线索", "線索"), ("Referrals, talks, articles", "转介绍、演讲、文章",
                                    "轉介、演講、文章"),
         ("A meeting requested", "约到会面", "約到會面"), 0.6, 7),
        (("Qualification", "需求确认", "需求確認"), ("Problem, sponsor, budget", "问题、发起人、预算",
                                                     "問題、發起人、預算"),
         ("Sponsor and budget confirmed", "发起人和预算已确认", "發起人與預算已確認"), 0.6, 14),
        (("Proposal", "方案建议书", "提案書"), ("Scope, team, fee", "范围、团队、费用",
                                                "範圍、團隊、費用"),
         ("Proposal presented", "方案已汇报", "提案已簡報"), 0.5, 21),
        (("Engagement letter", "签约", "簽約"), ("Terms and start date", "条款和启动日期",
                                                  "條款與啟動日期"),
         ("Letter signed", "合同已签", "合約已簽"), 1.0, 14),
    ],
    "tools": [(("CRM", "CRM 系统", "CRM 系統"), ("Opportunities and relationships", "商机和客户关系",
                                                 "商機與客戶關係"),
               ("Operations", "运营部", "營運部"), 40_000,
               ("Contacts, opportunities", "联系人、商机", "聯絡人、商機"))],
    "kpis": ["qualified_leads", "win_rate", "average_deal_size", "revenue",
             (("Utilisation", "顾问利用率", "顧問稼動率"),
              ("Billable hours divided by available hours", "可计费工时除以可用工时",
               "可計費工時除以可用工時"), "%", 75, "higher"),
             (("Repeat clients", "复购客户占比", "回購客戶占比"),
              ("Revenue from clients of earlier years", "来自往年客户的收入占比",
               "來自往年客戶的收入占比"), "%", 50, "higher")],
    "reviewNotes": ("Weekly partner meeting on the pipeline; monthly utilisation review.",
                    "每周合伙人商机会；每月利用率复盘。", "每週合夥人商機會；每月稼動率檢討。"),
    "risks": [
        ("execution", ("Partners too busy delivering to sell", "合伙人忙于交付无暇销售",
                       "合夥人忙於交付無暇銷售"), 4, 3,
         ("Senior managers lead delivery", "由资深经理负责交付", "由資深經理負責交付"),
         ("Managing partner", "管理合伙人", "管理合夥人")),
        ("customer", ("One client is a quarter of revenue", "单一客户占收入四分之一",
                      "單一客戶占營收四分之一"), 3, 4,
         ("Cap any client at 15 % of the plan", "单一客户不超过计划的 15%",
          "單一客戶不超過計畫的 15%"), ("Managing partner", "管理合伙人", "管理合夥人")),
    ],
})


def main():
    folder = pathlib.Path(__file__).parent
    for template in TEMPLATES:
        for language in LANGUAGES:
            text = json.dumps(build(template, language), ensure_ascii=False, indent=4,
                              sort_keys=True)
            (folder / f"{template['key']}-{language}.json").write_text(text + "\n",
                                                                        encoding="utf-8")


if __name__ == "__main__":
    main()
