#include "targetscollectionspanel.h"

#include "cells/tableclipboard.h"
#include "charts/collectionstext.h"
#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "help/figurehelp.h"
#include "plan/format.h"
#include "severitystyle.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace salesplan::ui {

namespace {

using Share = double CollectionTerms::*;

struct ShareField
{
    const char16_t *key;
    Share share;
};

constexpr std::array<ShareField, CollectionTerms::lagCount> shareFields{{
    {u"sameMonth", &CollectionTerms::sameMonth},
    {u"after1Month", &CollectionTerms::after1Month},
    {u"after2Months", &CollectionTerms::after2Months},
    {u"after3Months", &CollectionTerms::after3Months},
    {u"after4Months", &CollectionTerms::after4Months},
    {u"after5Months", &CollectionTerms::after5Months},
    {u"after6Months", &CollectionTerms::after6Months},
}};

QString collectionsKey(QStringView name)
{
    return QStringLiteral("targets.collections.") + name.toString();
}

QString labelOf(QStringView key)
{
    const FieldOf<CollectionTerms> *field = fieldsOf<CollectionTerms>().find(key);
    return field ? field->labelText() : key.toString();
}

enum Column { MonthColumn, BookingsColumn, CollectedColumn, FromOpeningColumn, ColumnCount };

QTableWidgetItem *figureItem(const QString &text, bool bold = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont font = item->font();
    font.setBold(bold);
    item->setFont(font);
    return item;
}

// An amount as a figure cell that copies as the plain amount.
QTableWidgetItem *amountItem(qint64 minor, const QString &currency, bool bold = false)
{
    QTableWidgetItem *item = figureItem(formatMoney(minor, currency), bold);
    copyAsAmount(item, minor, currency);
    return item;
}

} // namespace

TargetsCollectionsPanel::TargetsCollectionsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.collections"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(makeTermsGroup());
    left->addStretch(1); // the editor puts the chart above this

    auto *right = new QVBoxLayout;
    m_notPlanned = noteLabel(
        tr("Collections are not planned yet. Enter the share of a month's bookings that is "
           "collected as cash in the same month and in each month after — 30 %, 50 % and 20 % "
           "is common — or start with “All in the same month”. The table and the chart of the "
           "cash by month appear here once the shares add up to 100 %."),
        this);
    m_notPlanned->setObjectName(QStringLiteral("targets.collections.notPlanned"));
    right->addWidget(m_notPlanned);
    right->addWidget(makeMonthsGroup());
    right->addStretch(1);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
}

QWidget *TargetsCollectionsPanel::makeTermsGroup()
{
    auto *group =
        panelGroup(tr("Collection terms"), QStringLiteral("targets.group.collectionTerms"), this);
    auto *form = new QFormLayout(group);
    form->addRow(noteLabel(tr("Of each month's bookings, the share collected as cash:"), group));
    for (const ShareField &share : shareFields) {
        const QString label = labelOf(share.key);
        const Share member = share.share;
        auto *field = new PercentField(
            m_document,
            {collectionsKey(share.key), tr("Edit collection share “%1”").arg(label),
             [member](const Plan &plan) { return plan.targets.collections.*member; },
             [member](Plan &plan, double value) {
                 plan.targets.collections.*member = value;
             }},
            rangeOf<CollectionTerms>(share.key), group);
        field->lineEdit()->setAccessibleName(label);
        limitWidth(field->lineEdit(), 10);
        form->addRow(label + tr(":"), field);
    }
    m_sum = figureLabel(QStringLiteral("targets.collections.sum"), tr("Sum of the shares"), group);
    QFont bold = m_sum->font();
    bold.setBold(true);
    m_sum->setFont(bold);
    form->addRow(m_sum);
    auto *sameMonth = new QPushButton(tr("&All in the same month"), group);
    sameMonth->setObjectName(QStringLiteral("targets.collections.allInSameMonth"));
    sameMonth->setToolTip(tr("Sets 100 % collected in the month of booking (cash sales)"));
    connect(sameMonth, &QPushButton::clicked, this, &TargetsCollectionsPanel::setAllInSameMonth);
    form->addRow(sameMonth);

    const QString openingLabel = labelOf(u"openingReceivable");
    auto *opening =
        new MoneyField(m_document,
                       {collectionsKey(u"openingReceivable"), tr("Edit opening receivable"),
                        [](const Plan &plan) { return plan.targets.collections.openingReceivable; },
                        [](Plan &plan, const Money &value) {
                            plan.targets.collections.openingReceivable = value;
                        }},
                       group);
    opening->lineEdit()->setAccessibleName(openingLabel);
    opening->lineEdit()->setMinimumWidth(260);
    m_openingEdit = opening->lineEdit();
    m_openingPlaceholder = m_openingEdit->placeholderText();
    form->addRow(openingLabel + tr(":"), opening);
    m_openingNote = noteLabel({}, group);
    m_openingNote->setObjectName(QStringLiteral("targets.collections.openingNote"));
    form->addRow(m_openingNote);
    return group;
}

QWidget *TargetsCollectionsPanel::makeMonthsGroup()
{
    auto *group =
        panelGroup(tr("Cash by month"), QStringLiteral("targets.group.collections"), this);
    m_monthsGroup = group;
    m_opening = figureLabel(QStringLiteral("targets.collections.opening"),
                            tr("Receivable when the year starts"), group);
    m_table = new QTableWidget(0, ColumnCount, group);
    m_table->setObjectName(QStringLiteral("targets.collections.table"));
    m_table->setAccessibleName(tr("Bookings and collections by month"));
    explainFiguresIn(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    const struct
    {
        QString header;
        QString tip;
    } headers[ColumnCount]{
        {tr("Month"), {}},
        {tr("Bookings"), tr("The month targets: what is booked each month")},
        {tr("Collected"), tr("The cash collected in the month, from this year's and last year's "
                             "bookings")},
        {tr("From last year"), tr("The part of the cash collected that comes from last year's "
                                  "bookings")},
    };
    for (int column = 0; column < ColumnCount; ++column) {
        auto *header = new QTableWidgetItem(headers[column].header);
        header->setToolTip(headers[column].tip);
        m_table->setHorizontalHeaderItem(column, header);
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MonthColumn, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    new TableClipboard(m_table); // copied to a spreadsheet as numbers
    m_closing = figureLabel(QStringLiteral("targets.collections.closing"),
                            tr("Still to collect at year end"), group);
    QFont bold = m_closing->font();
    bold.setBold(true);
    m_closing->setFont(bold);
    m_opening->setFont(bold);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_opening);
    layout->addWidget(m_table);
    layout->addWidget(m_closing);
    layout->addStretch(1);
    return group;
}

void TargetsCollectionsPanel::setAllInSameMonth()
{
    m_document->edit(tr("Collect everything in the same month"), [](Plan &plan) {
        CollectionTerms &terms = plan.targets.collections;
        for (const ShareField &share : shareFields)
            terms.*share.share = 0.0;
        terms.sameMonth = 1.0;
    });
}

void TargetsCollectionsPanel::showSum()
{
    const CollectionTerms &terms = m_document->plan().targets.collections;
    m_sum->setVisible(terms.isPlanned());
    bool adds = true;
    m_sum->setText(collectionSharesSumText(terms, &adds));
    QPalette palette = m_sum->palette();
    palette.setColor(QPalette::WindowText,
                     adds ? QWidget::palette().color(QPalette::WindowText)
                          : severityColor(Severity::Warning, QWidget::palette()));
    m_sum->setPalette(palette);
    const bool history = collectionsUseHistory(m_document->plan());
    m_openingEdit->setEnabled(!history);
    m_openingEdit->setPlaceholderText(history ? QString() : m_openingPlaceholder);
    m_openingNote->setText(
        history ? tr("Not used: the plan's history has last year's months, and what they leave to "
                     "collect by these terms is the receivable when the year starts.")
                : tr("What customers still owe for last year's bookings when the plan year starts. "
                     "Once the history has last year's months, they are used instead."));
}

void TargetsCollectionsPanel::showSummary(const PlanSummary &summary)
{
    showSum();
    const bool planned = m_document->plan().targets.collections.isPlanned();
    m_notPlanned->setVisible(!planned);
    m_monthsGroup->setVisible(planned);
    showMonths(summary);
}

void TargetsCollectionsPanel::showMonths(const PlanSummary &summary)
{
    const bool shown = summary.decomposition && summary.collections && *summary.collections;
    m_table->setVisible(shown);
    m_closing->setVisible(shown);
    if (!shown) {
        m_table->setRowCount(0);
        m_opening->setText(!summary.decomposition
                               ? tr("The target cannot be decomposed yet: %1")
                                     .arg(summary.decomposition.error().message())
                           : summary.collections && !*summary.collections
                               ? tr("Collections cannot be planned: %1.")
                                     .arg(summary.collections->error().message())
                               : QString());
        return;
    }
    const CollectionPlan &collections = **summary.collections;
    const MonthValues &bookings = summary.decomposition->months;
    const QString &currency = summary.decomposition->currency;
    const Period &period = m_document->plan().info.period;
    m_opening->setText(
        tr("Receivable when the year starts: %1").arg(formatMoney(collections.opening, currency)));
    m_table->setRowCount(Period::monthCount + 1);
    qint64 totals[ColumnCount]{};
    for (int m = 0; m < Period::monthCount; ++m) {
        const qint64 values[ColumnCount]{0, bookings[size_t(m)], collections.months[size_t(m)],
                                         collections.fromOpening[size_t(m)]};
        m_table->setItem(m, MonthColumn,
                         new QTableWidgetItem(formatMonthOfYear(period.monthStart(m))));
        m_table->item(m, MonthColumn)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (int column = BookingsColumn; column < ColumnCount; ++column) {
            m_table->setItem(m, column, amountItem(values[column], currency));
            totals[column] += values[column];
        }
    }
    const int total = Period::monthCount;
    m_table->setItem(total, MonthColumn, figureItem(tr("Total"), true));
    m_table->item(total, MonthColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = BookingsColumn; column < ColumnCount; ++column)
        m_table->setItem(total, column, amountItem(totals[column], currency, true));
    m_closing->setText(tr("Still to collect at year end: %1")
                           .arg(formatMoney(collections.closingReceivable, currency)));
    const QList<FigureExplanation> explained = {
        explainFigure(m_document->plan(), summary, Figure::Collections)};
    setFigureHelp(m_closing, explained);
    for (int column = BookingsColumn; column < ColumnCount; ++column)
        setFigureHelp(m_table->item(total, column), explained);
}

} // namespace salesplan::ui
