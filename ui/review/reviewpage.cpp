#include "review/reviewpage.h"

#include "document/plandocument.h"
#include "plan/format.h"
#include "review/actualspanel.h"
#include "review/attainmentpanel.h"
#include "review/initiativereviewpanel.h"
#include "review/kpiboard.h"
#include "review/reviewlogpanel.h"
#include "review/revisiondialog.h"
#include "summary/planreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The plan month as the picker lists it: "May 2027", "2027年5月".
QString monthText(const Plan &plan, int month)
{
    return formatMonthOfYear(plan.info.period.monthStart(month), MonthForm::Long);
}

} // namespace

ReviewPage::ReviewPage(PlanDocument *document, int month, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_month(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_actuals(new ActualsPanel(document, m_tabs))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_month->setObjectName(QStringLiteral("review.month"));
    m_headline->setObjectName(QStringLiteral("review.headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_headline->setFont(font);
    m_tabs->setObjectName(QStringLiteral("review.tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_actuals, tr("Actuals"));

    fillMonths();
    m_month->setCurrentIndex(
        month >= 0 && month < Period::monthCount ? month : latestActualMonth(document->plan()));
    addMonthPanels();
    connect(m_month, &QComboBox::currentIndexChanged, this, [this](int index) {
        showHeadline();
        emit monthChanged(index);
    });
    auto *monthLabel = new QLabel(tr("&Month reviewed:"), this);
    monthLabel->setBuddy(m_month);
    auto *adjust = new QPushButton(tr("A&djust the Remaining Months…"), this);
    adjust->setObjectName(QStringLiteral("review.adjust"));
    adjust->setToolTip(tr("Spread what is still to book over the months after the one reviewed, "
                          "as a new version of the targets; the approved target stays."));
    adjust->setEnabled(!document->isReadOnly());
    connect(adjust, &QPushButton::clicked, this,
            [this] { adjustRemainingMonths(m_document, this->month(), this); });

    auto *top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch(1);
    top->addWidget(adjust);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    // A new period or a month's actuals change the names and the headline; nothing else is kept.
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Info)) {
            const int shown = this->month();
            fillMonths();
            m_month->setCurrentIndex(shown);
        }
        showHeadline();
    });
    showHeadline();
}

void ReviewPage::addMonthPanels()
{
    auto *attainment = new AttainmentPanel(m_document, m_tabs);
    auto *board = new KpiBoard(m_document, m_tabs);
    auto *log = new ReviewLogPanel(m_document, m_tabs);
    m_tabs->addTab(attainment, tr("Attainment"));
    m_tabs->addTab(board, tr("KPI board"));
    m_tabs->addTab(log, tr("Review log"));
    auto *initiatives = new InitiativeReviewPanel(m_document, m_tabs);
    m_tabs->addTab(initiatives, tr("Action plan"));
    initiatives->setMonth(month());
    connect(this, &ReviewPage::monthChanged, initiatives, &InitiativeReviewPanel::setMonth);
    attainment->setMonth(month());
    board->setMonth(month());
    log->setMonth(month());
    connect(this, &ReviewPage::monthChanged, attainment, &AttainmentPanel::setMonth);
    connect(this, &ReviewPage::monthChanged, board, &KpiBoard::setMonth);
    connect(this, &ReviewPage::monthChanged, log, &ReviewLogPanel::setMonth);
}

void ReviewPage::fillMonths()
{
    const QSignalBlocker blocker(m_month);
    m_month->clear();
    for (int month = 0; month < Period::monthCount; ++month)
        m_month->addItem(monthText(m_document->plan(), month));
}

int ReviewPage::month() const
{
    return qMax(0, m_month->currentIndex());
}

void ReviewPage::setMonth(int month)
{
    if (month >= 0 && month < Period::monthCount)
        m_month->setCurrentIndex(month);
}

void ReviewPage::addTab(QWidget *panel, const QString &title)
{
    m_tabs->addTab(panel, title);
}

QString ReviewPage::headline() const
{
    return m_headline->text();
}

// What is booked from the plan year's first month to the one reviewed, against plan.
void ReviewPage::showHeadline()
{
    const Plan &plan = m_document->plan();
    const Result<PlanReview> &review = m_document->review(month());
    if (!review) {
        m_headline->setText(
            tr("The review needs a target that decomposes: %1").arg(review.error().message()));
        return;
    }
    if (!review->hasActuals) {
        m_headline->setText(tr("No actuals for the plan year yet — type them below or import a "
                               "CSV/Excel file."));
        return;
    }
    const Attainment &toDate = review->lines.first().attainment.yearToDate;
    const QString &currency = plan.info.currency;
    const std::optional<double> ratio = toDate.ratio();
    const QString booked = formatPlanAmount(toDate.actual.value_or(0), currency);
    const QString planned = formatPlanAmount(toDate.target, currency);
    const QString shownMonth = monthText(plan, month());
    m_headline->setText(
        ratio ? tr("Booked to the end of %1: %2 of %3 planned (%4)")
                    .arg(shownMonth, booked, planned, formatPercent(*ratio))
              : tr("Booked to the end of %1: %2 of %3 planned").arg(shownMonth, booked, planned));
}

} // namespace salesplan::ui
