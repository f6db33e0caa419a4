#include "review/revisiondialog.h"

#include "calc/revision.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "summary/planbridge.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

AdjustRemainingMonthsDialog::AdjustRemainingMonthsDialog(PlanDocument *document, int monthIndex,
                                                         QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_monthIndex(monthIndex)
{
    setObjectName(QStringLiteral("review.adjustDialog"));
    setWindowTitle(tr("Adjust the Remaining Months"));
    const Plan &plan = document->plan();
    const PlanSummary &summary = document->summary();
    if (!summary.decomposition) {
        m_problem = summary.decomposition.error().message();
        return;
    }
    const Decomposition &decomposition = *summary.decomposition;
    const Period &period = plan.info.period;
    const TargetRevision *inForce =
        revisionInForce(plan.targets.revisions, decomposition.months, period);
    const MonthValues current = targetsInForce(decomposition.months, inForce, period);
    const Result<MonthValues> months = adjustedMonths(
        current, decomposition.annual, planYearActuals(plan), monthIndex, plan.info.currency);
    if (!months) {
        m_problem = months.error().message();
        return;
    }
    m_revision.from = period.monthStart(monthIndex + 1);
    m_revision.months = *months;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeSummary(current, inForce != nullptr));
    layout->addWidget(makeTable(current, inForce != nullptr), 1);
    auto *form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("review.adjustNote"));
    m_note->setText(tr("Adjusted after the %1 review")
                        .arg(formatMonthName(period.monthStart(monthIndex).month())));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Adjust"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AdjustRemainingMonthsDialog::money(qint64 minor) const
{
    return formatPlanAmount(minor, m_document->plan().info.currency);
}

QWidget *AdjustRemainingMonthsDialog::makeSummary(const MonthValues &current, bool revised)
{
    const Period &period = m_document->plan().info.period;
    qint64 booked = 0;
    qint64 annual = 0;
    for (int m = 0; m < Period::monthCount; ++m) {
        annual += m_revision.months[std::size_t(m)];
        if (m <= m_monthIndex)
            booked += m_revision.months[std::size_t(m)];
    }
    qint64 before = 0;
    for (int m = m_monthIndex + 1; m < Period::monthCount; ++m)
        before += current[std::size_t(m)];
    const qint64 gap = annual - booked - before;
    const QString reviewed = formatMonthOfYear(period.monthStart(m_monthIndex), MonthForm::Long);
    const QString rest =
        tr("%1–%2").arg(formatMonthName(period.monthStart(m_monthIndex + 1).month()),
                        formatMonthName(period.monthStart(Period::monthCount - 1).month()));
    QString text = tr("Booked up to %1: %2. Still to book for the approved annual target of %3: "
                      "%4.")
                       .arg(reviewed, money(booked), money(annual), money(annual - booked));
    text += u' ';
    text += gap >= 0 ? tr("The remaining months take %1 more than their targets now, spread over "
                          "%2 by their targets.")
                           .arg(money(gap), rest)
                     : tr("The remaining months take %1 less than their targets now, spread over "
                          "%2 by their targets.")
                           .arg(money(-gap), rest);
    text += u' ';
    text += revised ? tr("The adjusted targets replace the ones adjusted before; the approved "
                         "target stays as it is.")
                    : tr("The approved target stays as it is, beside the adjusted one.");
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("review.adjustSummary"));
    label->setWordWrap(true);
    return label;
}

QWidget *AdjustRemainingMonthsDialog::makeTable(const MonthValues &current, bool revised)
{
    const Period &period = m_document->plan().info.period;
    const int first = m_monthIndex + 1;
    auto *table = new QTableWidget(Period::monthCount - first, 4, this);
    table->setObjectName(QStringLiteral("review.adjustTable"));
    table->setHorizontalHeaderLabels(
        {tr("Month"), revised ? tr("Current") : tr("Approved"), tr("Adjusted"), tr("Change")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int m = first; m < Period::monthCount; ++m) {
        const int row = m - first;
        const qint64 now = current[std::size_t(m)];
        const qint64 adjusted = m_revision.months[std::size_t(m)];
        const qint64 change = adjusted - now;
        auto *month =
            new QTableWidgetItem(formatMonthOfYear(period.monthStart(m), MonthForm::Long));
        month->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, 0, month);
        table->setItem(row, 1, figureItem(money(now)));
        table->setItem(row, 2, figureItem(money(adjusted)));
        table->setItem(row, 3, figureItem(withChangeSign(double(change), money(qAbs(change)))));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

void AdjustRemainingMonthsDialog::accept()
{
    if (!canAdjust())
        return QDialog::reject();
    TargetRevision revision = m_revision;
    revision.note = m_note->text().trimmed();
    const bool added = m_document->edit(tr("Adjust the remaining months"), [&](Plan &plan) {
        revision.id = plan.ids.take();
        plan.targets.revisions.append(revision);
    });
    if (added)
        QDialog::accept();
}

bool adjustRemainingMonths(PlanDocument *document, int monthIndex, QWidget *parent)
{
    AdjustRemainingMonthsDialog dialog(document, monthIndex, parent);
    if (!dialog.canAdjust()) {
        QMessageBox::information(parent,
                                 AdjustRemainingMonthsDialog::tr("Adjust the Remaining Months"),
                                 AdjustRemainingMonthsDialog::tr("The remaining months cannot be "
                                                                 "adjusted: %1")
                                     .arg(dialog.problem()));
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace salesplan::ui
