#include "reviewlogpanel.h"

#include "attainmenttable.h"
#include "document/plandocument.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "refreshwhenshown.h"
#include "reviewnotedialog.h"
#include "sections/cells/columnsetup.h"
#include "sections/cells/fieldcolumns.h"
#include "sections/tableeditor.h"
#include "severitystyle.h"
#include "summary/planreview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

constexpr int SubjectRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int EntryRole = Qt::UserRole + 3;

QString lineText(ReviewSubject subject, const QString &name)
{
    if (subject == ReviewSubject::Company)
        return ReviewLogPanel::tr("Company");
    //: A line of the review: its kind, then its name ("Region East").
    return ReviewLogPanel::tr("%1 %2").arg(choiceName(subject), name);
}

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName,
                        const QStringList &columns, int stretchColumn, QWidget *parent)
{
    QTableWidget *table = makeReviewTable(objectName, accessibleName, columns, parent);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

// A table's only row, across all its columns, saying why it is empty.
void showEmpty(QTableWidget *table, const QString &text)
{
    table->setRowCount(1);
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    table->setItem(0, 0, item);
    table->setSpan(0, 0, 1, table->columnCount());
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

RowTableModel<ReviewEntry> *logModel(PlanDocument *document, std::function<QDate()> month,
                                     QObject *parent)
{
    auto *model = new RowTableModel<ReviewEntry>(
        document, Section::Metrics,
        [](const Plan &plan) -> const QList<ReviewEntry> & { return plan.metrics.reviewLog; },
        [](Plan &plan) -> QList<ReviewEntry> & { return plan.metrics.reviewLog; },
        fieldColumns<ReviewEntry>(document),
        [month](RowIdSource &ids) {
            ReviewEntry entry;
            entry.id = ids.take();
            entry.month = month();
            entry.due = ReviewNoteDialog::defaultDue(entry.month);
            return entry;
        },
        parent);
    return model;
}

// The log's rows by month, the latest first; rows of one month keep the log's order.
QSortFilterProxyModel *latestFirst(int monthColumn, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(Qt::EditRole);
    proxy->setDynamicSortFilter(true);
    proxy->sort(monthColumn, Qt::DescendingOrder);
    return proxy;
}

QStringList memberNames(const Plan &plan)
{
    QStringList names;
    for (const Member &member : plan.team.members) {
        if (!member.name.trimmed().isEmpty())
            names.append(member.name.trimmed());
    }
    return names;
}

} // namespace

ReviewLogPanel::ReviewLogPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_month(latestActualMonth(document->plan()))
    , m_threshold(new QLabel(this))
    , m_deviationsBox(new QGroupBox(this))
    , m_deviations(makeTable(QStringLiteral("reviewlog.deviations"), tr("Deviations"),
                             {tr("Line"), tr("Of plan"), tr("Note")}, NoteColumn, m_deviationsBox))
    , m_writeNote(new QPushButton(tr("Write note…"), m_deviationsBox))
    , m_actions(makeTable(
          QStringLiteral("reviewlog.actions"), tr("Actions from earlier months"),
          {tr("Month"), tr("Line"), tr("Action"), tr("Owner"), tr("Due"), tr("State"), tr("Done")},
          ActionColumn, this))
{
    setObjectName(QStringLiteral("review.log"));
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    m_threshold->setObjectName(QStringLiteral("reviewlog.threshold"));
    m_threshold->setWordWrap(true);
    m_writeNote->setObjectName(QStringLiteral("reviewlog.writeNote"));
    m_deviations->setToolTip(tr("Double-click a deviation to write its note"));

    RowTableModel<ReviewEntry> *model = logModel(
        document, [this] { return reviewedMonth(); }, this);
    m_log = new TableEditor(model, latestFirst(model->columnOf(u"month"), this),
                            QStringLiteral("reviewlog.log"), tr("Review log"), this);
    m_log->setNewRowColumn(model->columnOf(u"name"));

    layOut();

    connect(m_writeNote, &QPushButton::clicked, this,
            [this] { writeNote(std::max(m_deviations->currentRow(), 0)); });
    connect(m_deviations, &QTableWidget::cellActivated, this,
            [this](int row, int) { writeNote(row); });
    connect(m_actions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != DoneColumn)
            return;
        const auto entry = item->data(EntryRole).value<RowId>();
        const bool done = item->checkState() == Qt::Checked;
        // After the click is handled: the edit fills the table anew, deleting the item.
        QMetaObject::invokeMethod(
            this, [this, entry, done] { setDone(entry, done); }, Qt::QueuedConnection);
    });
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes & reviewParts())
            m_refresher->request();
    });
    refresh();
}

void ReviewLogPanel::layOut()
{
    auto *deviationsLayout = new QVBoxLayout(m_deviationsBox);
    deviationsLayout->addWidget(m_deviations);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_writeNote);
    buttonRow->addStretch(1);
    deviationsLayout->addLayout(buttonRow);
    auto *actionsBox = new QGroupBox(tr("Actions from earlier months"), this);
    (new QVBoxLayout(actionsBox))->addWidget(m_actions);
    auto *logBox = new QGroupBox(tr("Review log, all months"), this);
    (new QVBoxLayout(logBox))->addWidget(m_log);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_threshold);
    layout->addWidget(m_deviationsBox);
    layout->addWidget(actionsBox);
    layout->addWidget(logBox, 1);
}

void ReviewLogPanel::setMonth(int monthIndex)
{
    const int month = std::clamp(monthIndex, 0, Period::monthCount - 1);
    if (month != m_month)
        m_shownActions.clear();
    m_month = month;
    m_refresher->request();
}

QDate ReviewLogPanel::reviewedMonth() const
{
    return m_document->plan().info.period.monthStart(m_month);
}

void ReviewLogPanel::refresh()
{
    const Plan &plan = m_document->plan();
    m_threshold->setText(tr("Lines further than %1 from plan ask for a note — change it in "
                            "Metrics ▸ Review.")
                             .arg(formatPercent(plan.metrics.deviationThreshold, 0)));
    m_deviationsBox->setTitle(
        tr("Deviations in %1").arg(formatMonthOfYear(reviewedMonth(), MonthForm::Long)));
    const Result<PlanReview> &review = m_document->review(m_month);
    showDeviations(review ? *review : PlanReview{});
    showActions();
    if (!m_logFitted && !plan.metrics.reviewLog.isEmpty()) {
        fitContentColumnsOnce(m_log->view(), m_log->model()); // to the first entries' dates
        m_logFitted = true;
    }
}

void ReviewLogPanel::showDeviations(const PlanReview &review)
{
    const QColor needsNote = severityColor(Severity::Warning, m_deviations->palette());
    m_deviations->setRowCount(int(review.deviations.size()));
    for (int row = 0; row < review.deviations.size(); ++row) {
        const Deviation &deviation = review.deviations.at(row);
        auto *line = textItem(lineText(deviation.subject, deviation.name));
        line->setData(SubjectRole, int(deviation.subject));
        line->setData(NameRole, deviation.name);
        m_deviations->setItem(row, LineColumn, line);
        auto *ratio = textItem(formatPercent(deviation.ratio));
        ratio->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_deviations->setItem(row, RatioColumn, ratio);
        auto *note = textItem(deviation.noted ? noteText(row) : tr("Needs a note"));
        if (!deviation.noted)
            note->setForeground(needsNote);
        m_deviations->setItem(row, NoteColumn, note);
    }
    m_deviations->clearSpans();
    if (review.deviations.isEmpty())
        showEmpty(m_deviations, tr("No line is further from plan than the threshold."));
    fitTableHeight(m_deviations);
    m_writeNote->setEnabled(!review.deviations.isEmpty());
}

void ReviewLogPanel::showActions()
{
    const QDate month = reviewedMonth();
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    QList<const ReviewEntry *> shown;
    for (const ReviewEntry &entry : m_document->plan().metrics.reviewLog) {
        const bool earlier = entry.month.isValid() && entry.month < month;
        const bool dueNow = entry.due.isValid() && entry.due >= month;
        if (earlier && (!entry.done || dueNow || m_shownActions.contains(entry.id)))
            shown.append(&entry);
    }
    m_filling = true;
    m_actions->setRowCount(int(shown.size()));
    const QColor overdueColour = severityColor(Severity::Error, m_actions->palette());
    for (int row = 0; row < shown.size(); ++row) {
        const ReviewEntry &entry = *shown.at(row);
        m_shownActions.insert(entry.id);
        m_actions->setItem(row, ActionMonthColumn, textItem(formatMonthOfYear(entry.month)));
        m_actions->setItem(row, ActionLineColumn, textItem(lineText(entry.subject, entry.name)));
        m_actions->setItem(row, ActionColumn, textItem(entry.action));
        m_actions->setItem(row, OwnerColumn, textItem(entry.owner));
        m_actions->setItem(row, DueColumn,
                           textItem(entry.due.isValid()
                                        ? QLocale().toString(entry.due, QLocale::ShortFormat)
                                        : QString()));
        const bool overdue = !entry.done && entry.due.isValid() && entry.due <= monthEnd;
        auto *state = textItem(entry.done ? tr("Done") : overdue ? tr("Overdue") : tr("Open"));
        if (overdue)
            state->setForeground(overdueColour);
        m_actions->setItem(row, StateColumn, state);
        auto *done = textItem(QString());
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(entry.done ? Qt::Checked : Qt::Unchecked);
        done->setData(EntryRole, entry.id);
        done->setData(Qt::AccessibleTextRole, tr("Done"));
        m_actions->setItem(row, DoneColumn, done);
    }
    m_actions->clearSpans();
    if (shown.isEmpty())
        showEmpty(m_actions, tr("No action from earlier months is open."));
    fitTableHeight(m_actions);
    m_filling = false;
}

void ReviewLogPanel::setDone(RowId entry, bool done)
{
    m_document->edit(done ? tr("Mark action done") : tr("Mark action open"), [&](Plan &plan) {
        for (ReviewEntry &logged : plan.metrics.reviewLog) {
            if (logged.id == entry)
                logged.done = done;
        }
    });
}

QString ReviewLogPanel::noteText(int row) const
{
    const QString cause = entryFor(row).cause.section(u'\n', 0, 0);
    //: A deviation's note in the review: "Noted: " and the first why of its cause.
    return cause.isEmpty() ? tr("Noted") : tr("Noted: %1").arg(cause);
}

ReviewEntry ReviewLogPanel::entryFor(int row) const
{
    const QTableWidgetItem *line = m_deviations->item(row, LineColumn);
    ReviewEntry entry;
    entry.month = reviewedMonth();
    entry.subject = ReviewSubject(line->data(SubjectRole).toInt());
    entry.name = line->data(NameRole).toString();
    if (const ReviewEntry *logged =
            reviewNote(m_document->plan(), entry.month, entry.subject, entry.name))
        return *logged;
    entry.due = ReviewNoteDialog::defaultDue(entry.month);
    return entry;
}

void ReviewLogPanel::writeNote(int row)
{
    const QTableWidgetItem *line = m_deviations->item(row, LineColumn);
    if (!line || !line->data(SubjectRole).isValid())
        return;
    const ReviewEntry entry = entryFor(row);
    const QString subject = tr("%1 at %2 of plan in %3")
                                .arg(line->text(), m_deviations->item(row, RatioColumn)->text(),
                                     formatMonthOfYear(entry.month, MonthForm::Long));
    ReviewNoteDialog dialog(entry, subject, memberNames(m_document->plan()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReviewEntry written = dialog.entry();
    m_document->edit(tr("Write review note"), [&](Plan &plan) {
        QList<ReviewEntry> &log = plan.metrics.reviewLog;
        for (ReviewEntry &logged : log) {
            if (written.id != 0 && logged.id == written.id) {
                logged = written;
                return;
            }
        }
        ReviewEntry added = written;
        added.id = plan.ids.take();
        log.append(added);
    });
}

} // namespace salesplan::ui
