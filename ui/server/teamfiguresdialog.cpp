#include "server/teamfiguresdialog.h"

#include "plan/format.h"
#include "sections/cells/tableparts.h"
#include "severitystyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

enum Column { Unit, Status, TopDown, BottomUp, Gap, Headcount, Budget, Published, ColumnCount };

QString publishedText(const server::PublishedVersion &version)
{
    return TeamFiguresDialog::tr("version %1, %2 by %3")
        .arg(version.number)
        .arg(formatDay(version.publishedAt.toLocalTime().date()), version.publishedBy);
}

QTableWidgetItem *cell(const QString &text, bool figure, bool total = false)
{
    auto *item = new QTableWidgetItem(text);
    if (figure)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (total) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

// The units' gaps added up, over the units summed only: a unit not summed has no own target to
// set against its allocation. "−¥4,000,000 over 1 of 2 units" when some are not summed.
QString summedGapText(const Consolidation &consolidation)
{
    qint64 gap = 0;
    for (const UnitRow &unit : consolidation.units)
        gap += unit.status == UnitStatus::Ok ? unit.gap().value_or(0) : 0;
    const QString amount = formatPlanAmount(gap, consolidation.currency);
    if (consolidation.missingCount() == 0)
        return amount;
    return TeamFiguresDialog::tr("%1 over %2").arg(amount, unitsSummedText(consolidation));
}

} // namespace

TeamFiguresDialog::TeamFiguresDialog(const QString &server, const Consolidation &consolidation,
                                     const std::optional<server::PublishedVersion> &allocation,
                                     const QHash<QString, server::PublishedVersion> &published,
                                     const QString &managedUnit, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("teamFiguresDialog"));
    setWindowTitle(tr("Team Figures — %1").arg(server));
    const QString target = formatPlanAmount(consolidation.teamTarget, consolidation.currency);
    m_headline->setObjectName(QStringLiteral("teamFiguresHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setText(
        (allocation ? tr("The director's allocation, %1: a team target of %2.")
                          .arg(publishedText(*allocation), target)
                    : tr("The director has not published an allocation yet: the units' own "
                         "targets only.")) +
        u' ' + tr("Summed below: %1.").arg(unitsSummedText(consolidation)));
    m_scope->setObjectName(QStringLiteral("teamFiguresScope"));
    m_scope->setWordWrap(true);
    m_scope->setText(tr("You manage “%1”: these are the units' published figures. Their plans — "
                        "regions, product lines, members, funnel — are the director's to read.")
                         .arg(managedUnit));
    m_scope->setVisible(!managedUnit.isEmpty());
    m_table->setObjectName(QStringLiteral("teamFiguresTable"));
    m_table->setAccessibleName(tr("The units' figures"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    fillTable(consolidation, published);

    auto *findings = new QListWidget(this);
    findings->setObjectName(QStringLiteral("teamFiguresFindings"));
    for (const Finding &finding : consolidation.findings) {
        auto *item =
            new QListWidgetItem(severityIcon(finding.severity, style()), finding.message, findings);
        item->setForeground(severityColor(finding.severity, findings->palette()));
    }
    if (consolidation.findings.isEmpty())
        findings->addItem(managedUnit.isEmpty()
                              ? tr("No findings: the units' plans add up to the allocation.")
                              : tr("No findings: the units' figures add up to the allocation."));
    findings->setMaximumHeight(findings->sizeHintForRow(0) * 4 + 2 * findings->frameWidth());

    m_basis->setObjectName(QStringLiteral("teamFiguresBasis"));
    m_basis->setWordWrap(true);
    m_basis->hide();
    m_note->setWordWrap(true);
    setBasis(QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The focus on Close, not in the table, whose first cell would show as marked: to a manager
    // of another unit it read as if that unit were theirs. Tab still reaches the table.
    buttons->button(QDialogButtonBox::Close)->setFocus();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_scope);
    layout->addWidget(m_basis);
    layout->addWidget(m_table);
    layout->addWidget(findings);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    // As high as its rows, up to a dozen; more scroll.
    const int rows = std::min(m_table->rowCount(), 12);
    fitTableToRows(m_table, rows, 0, rows);
    m_table->setMaximumHeight(m_table->minimumHeight());
    fitHeight();
}

void TeamFiguresDialog::fitHeight()
{
    // As high as the wrapped lines need at its width, so no gaps open between them.
    if (!layout())
        return;
    const int width = 980;
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                : sizeHint().height());
}

void TeamFiguresDialog::setBasis(const QString &text)
{
    m_basis->setText(text);
    m_basis->setVisible(!text.isEmpty());
    m_note->setText(text.isEmpty() ? tr("Read-only: these are the versions published on the "
                                        "server. Your own plan file is not changed.")
                                   : tr("Read-only: these are the versions published on the "
                                        "server. Your plan file records only the versions it "
                                        "is now based on, for your next publish."));
    fitHeight();
}

QString TeamFiguresDialog::basis() const
{
    return m_basis->text();
}

QString TeamFiguresDialog::headline() const
{
    return m_headline->text();
}

QString TeamFiguresDialog::scope() const
{
    return m_scope->isHidden() ? QString() : m_scope->text();
}

void TeamFiguresDialog::fillTable(const Consolidation &consolidation,
                                  const QHash<QString, server::PublishedVersion> &published)
{
    const QString &currency = consolidation.currency;
    const auto money = [&currency](std::optional<qint64> minor) {
        return minor ? formatPlanAmount(*minor, currency) : QString();
    };
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Status"), tr("Allocated"), tr("Own target"),
                                        tr("Gap"), tr("Headcount"), tr("Budget"), tr("Published")});
    m_table->setRowCount(int(consolidation.units.size()) + 1);
    int row = 0;
    int headcount = 0;
    for (const UnitRow &unit : consolidation.units) {
        m_table->setItem(row, Unit, cell(unit.name, false));
        // As the Units tab, the report and `consolidate` say it: a gap beyond the threshold is
        // the gap's to tell ("…, beyond 5.0%"), not a status of its own.
        QTableWidgetItem *status = cell(unitStatusText(unit.status), false);
        status->setToolTip(unitStatusWords(unit));
        if (unit.status != UnitStatus::Ok) {
            status->setForeground(severityColor(Severity::Error, palette()));
            status->setIcon(severityIcon(Severity::Error, style()));
        }
        m_table->setItem(row, Status, status);
        m_table->setItem(row, TopDown,
                         cell(unit.allocated ? money(unit.topDown) : tr("none"), true));
        m_table->setItem(row, BottomUp, cell(money(unit.bottomUp), true));
        QTableWidgetItem *gapCell = cell(unitGapText(unit, consolidation), true);
        if (unit.gapBeyondThreshold)
            gapCell->setForeground(severityColor(Severity::Warning, palette()));
        m_table->setItem(row, Gap, gapCell);
        m_table->setItem(
            row, Headcount,
            cell(unit.headcountKnown() ? QString::number(unit.headcount()) : QString(), true));
        m_table->setItem(row, Budget, cell(money(unit.budget), true));
        const auto version = published.constFind(unit.name);
        m_table->setItem(row, Published,
                         cell(version != published.constEnd() ? publishedText(*version)
                                                              : tr("nothing published"),
                              false));
        headcount += unit.headcountKnown() ? unit.headcount() : 0;
        ++row;
    }
    const ConsolidatedFigures &figures = consolidation.figures;
    // With no unit summed yet there is nothing to add up: a dash, not sums of 0 that read as
    // units planning nothing.
    const bool summed = figures.unitsSummed > 0;
    const auto sum = [summed](const QString &text) {
        return summed ? text : QStringLiteral("—");
    };
    m_table->setItem(row, Unit, cell(tr("Units together"), false, true));
    m_table->setItem(row, Status, cell(unitsSummedText(consolidation), false, true));
    m_table->setItem(row, TopDown, cell(money(consolidation.allocatedTotal()), true, true));
    m_table->setItem(row, BottomUp, cell(sum(money(figures.annual)), true, true));
    m_table->setItem(row, Gap, cell(sum(summedGapText(consolidation)), true, true));
    m_table->setItem(row, Headcount, cell(sum(QString::number(headcount)), true, true));
    m_table->setItem(row, Budget, cell(sum(money(figures.budgetTotal)), true, true));
    m_table->setItem(row, Published, cell(QString(), false, true));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Published, QHeaderView::Stretch);
}

} // namespace salesplan::ui
