#include "holidayspanel.h"

#include "calc/holidays.h"
#include "document/plandocument.h"
#include "exchange/icsdays.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "summary/plansummary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

enum class DayKind { Off, Workday };

// One line of the list: a day off or a working day, built in or the user's own.
struct CalendarEntry
{
    QDate date;
    QString name;
    DayKind kind = DayKind::Off;
    bool own = false;
};

// The plan period's days off and make-up working days: the built-in ones the user has not
// overridden, then the user's own.
QList<CalendarEntry> calendarEntries(const Plan &plan)
{
    const Period &period = plan.info.period;
    const FunnelAssumptions &funnel = plan.targets.funnel;
    const auto inPeriod = [&](const QDate &date) {
        return date >= period.firstDay() && date <= period.lastDay();
    };
    const auto overridden = [&](const QDate &date) {
        return funnel.holidays.contains(date) || funnel.extraWorkdays.contains(date);
    };
    QList<CalendarEntry> entries;
    for (int year = period.firstDay().year(); year <= period.lastDay().year(); ++year) {
        const HolidayYear holidays = holidayYear(funnel.calendar, year);
        for (const PublicHoliday &day : holidays.daysOff) {
            if (inPeriod(day.date) && !overridden(day.date))
                entries.append({day.date, day.nameText(), DayKind::Off, false});
        }
        for (const QDate &date : holidays.makeUpWorkdays) {
            if (inPeriod(date) && !overridden(date))
                entries.append({date, HolidaysPanel::tr("Weekend worked for a holiday"),
                                DayKind::Workday, false});
        }
    }
    for (const QDate &date : funnel.holidays) {
        if (inPeriod(date))
            entries.append({date, HolidaysPanel::tr("Your day off"), DayKind::Off, true});
    }
    for (const QDate &date : funnel.extraWorkdays) {
        if (inPeriod(date))
            entries.append({date, HolidaysPanel::tr("Your working day"), DayKind::Workday, true});
    }
    std::sort(entries.begin(), entries.end(),
              [](const CalendarEntry &a, const CalendarEntry &b) { return a.date < b.date; });
    return entries;
}

// `date` written in the locale's long form without the weekday: "February 5, 2027",
// "2027年2月5日".
QString formatDay(const QDate &date)
{
    const QLocale locale;
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.remove(QStringLiteral("dddd"));
    while (!pattern.isEmpty() && (pattern.front() == u',' || pattern.front().isSpace()))
        pattern.remove(0, 1);
    while (!pattern.isEmpty() && (pattern.back() == u',' || pattern.back().isSpace()))
        pattern.chop(1);
    return locale.toString(date, pattern);
}

// The line that says where the plan year's holidays come from.
QString statusText(const Plan &plan)
{
    if (plan.targets.funnel.calendar == HolidayCalendar::None)
        return HolidaysPanel::tr("No public holidays: only weekends and your own days are off.");
    const int year = plan.info.period.year;
    if (holidaysAreOfficial(plan))
        return HolidaysPanel::tr("The %1 holidays are official.").arg(year);
    return HolidaysPanel::tr("The %1 holidays are computed — proposed until the official notice.")
        .arg(year);
}

// Removes `date` from both of the user's lists.
void forget(FunnelAssumptions &funnel, const QDate &date)
{
    funnel.holidays.removeAll(date);
    funnel.extraWorkdays.removeAll(date);
}

} // namespace

HolidaysPanel::HolidaysPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_calendar(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_days(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_months(new QTableWidget(2, Period::monthCount + 1, this))
{
    setObjectName(QStringLiteral("holidays"));
    m_calendar->setObjectName(QStringLiteral("targets.funnel.calendar"));
    m_calendar->setAccessibleName(tr("Public holidays"));
    m_calendar->addItems(choiceNames(choicesOf<HolidayCalendar>()));
    m_status->setObjectName(QStringLiteral("holidays.status"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("holidays.message"));
    m_message->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("holidays.days"));
    m_days->setAccessibleName(tr("Days off and working days of the plan year"));
    m_days->setRootIsDecorated(false);
    m_days->setHeaderLabels({tr("Date"), tr("Weekday"), tr("Name"), tr("Day")});
    m_days->setMinimumHeight(220);
    m_months->setObjectName(QStringLiteral("holidays.months"));
    m_months->setAccessibleName(tr("Working days by month"));
    m_months->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->horizontalHeader()->setVisible(false);
    m_months->verticalHeader()->setVisible(false);
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    auto *calendarLabel = new QLabel(tr("Public &holidays:"), this);
    calendarLabel->setBuddy(m_calendar);
    form->addRow(calendarLabel, m_calendar);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_days, 1);
    buildButtons();
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Working days by month:"), this));
    layout->addWidget(m_months);

    connect(m_calendar, &QComboBox::activated, this, [this](int index) {
        const auto calendar = HolidayCalendar(choicesOf<HolidayCalendar>()[size_t(index)].value);
        m_document->edit(tr("Change the public holidays"),
                         [calendar](Plan &plan) { plan.targets.funnel.calendar = calendar; });
    });
    connect(document, &PlanDocument::changed, this, &HolidaysPanel::refresh);
    refresh();
}

void HolidaysPanel::buildButtons()
{
    auto *addOff = new QPushButton(tr("Add day &off…"), this);
    auto *addWork = new QPushButton(tr("Add &working day…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *import = new QPushButton(tr("&Import .ics…"), this);
    addOff->setObjectName(QStringLiteral("holidays.addDayOff"));
    addWork->setObjectName(QStringLiteral("holidays.addWorkday"));
    m_remove->setObjectName(QStringLiteral("holidays.remove"));
    import->setObjectName(QStringLiteral("holidays.import"));
    auto *row = new QHBoxLayout;
    for (QPushButton *button : {addOff, addWork, m_remove, import})
        row->addWidget(button);
    row->addStretch(1);
    qobject_cast<QBoxLayout *>(layout())->addLayout(row);
    setTabOrder(import, m_months); // the month table, made first, is laid out below the buttons
    connect(addOff, &QPushButton::clicked, this, [this] { chooseDate(true); });
    connect(addWork, &QPushButton::clicked, this, [this] { chooseDate(false); });
    connect(m_remove, &QPushButton::clicked, this, &HolidaysPanel::removeSelected);
    connect(import, &QPushButton::clicked, this, &HolidaysPanel::chooseIcsFile);
    connect(m_days, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_days->selectedItems().isEmpty()); });
}

void HolidaysPanel::addDayOff(const QDate &date)
{
    m_document->edit(tr("Add a day off"), [date](Plan &plan) {
        forget(plan.targets.funnel, date);
        plan.targets.funnel.holidays.append(date);
    });
}

void HolidaysPanel::addWorkday(const QDate &date)
{
    m_document->edit(tr("Add a working day"), [date](Plan &plan) {
        forget(plan.targets.funnel, date);
        plan.targets.funnel.extraWorkdays.append(date);
    });
}

void HolidaysPanel::removeDay(const QDate &date)
{
    const QList<CalendarEntry> entries = calendarEntries(m_document->plan());
    const auto entry = std::find_if(entries.begin(), entries.end(),
                                    [&](const CalendarEntry &e) { return e.date == date; });
    if (entry == entries.end())
        return;
    const bool own = entry->own;
    const bool dayOff = entry->kind == DayKind::Off;
    m_document->edit(tr("Remove a day"), [date, own, dayOff](Plan &plan) {
        FunnelAssumptions &funnel = plan.targets.funnel;
        forget(funnel, date);
        if (!own)
            (dayOff ? funnel.extraWorkdays : funnel.holidays).append(date);
    });
}

QString HolidaysPanel::importIcs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return m_message->text();
    }
    const Period &period = m_document->plan().info.period;
    const Result<QList<CalendarDay>> days =
        readIcsDays(file.readAll(), period.firstDay(), period.lastDay());
    if (!days) {
        m_message->setText(tr("Nothing imported: %1").arg(days.error().message()));
        return m_message->text();
    }
    QList<QDate> added;
    for (const CalendarDay &day : *days) {
        if (!m_document->plan().targets.funnel.holidays.contains(day.date))
            added.append(day.date);
    }
    if (!added.isEmpty()) {
        m_document->edit(tr("Import days off"), [added](Plan &plan) {
            for (const QDate &date : added) {
                forget(plan.targets.funnel, date);
                plan.targets.funnel.holidays.append(date);
            }
        });
    }
    m_message->setText(tr("%n day(s) off imported.", nullptr, int(added.size())));
    return m_message->text();
}

void HolidaysPanel::refresh()
{
    const Plan &plan = m_document->plan();
    m_calendar->setCurrentIndex(
        choiceIndex(choicesOf<HolidayCalendar>(), int(plan.targets.funnel.calendar)));
    m_status->setText(statusText(plan));
    refreshList();
    refreshMonths();
}

void HolidaysPanel::refreshList()
{
    const QLocale locale;
    m_days->clear();
    for (const CalendarEntry &entry : calendarEntries(m_document->plan())) {
        const QString kind = entry.kind == DayKind::Off ? tr("Day off")
                             : entry.own                ? tr("Working day")
                                                        : tr("Make-up working day");
        auto *item = new QTreeWidgetItem(
            m_days, {formatDay(entry.date), locale.dayName(entry.date.dayOfWeek()), entry.name,
                     entry.own ? tr("%1 (yours)").arg(kind) : kind});
        item->setData(0, Qt::UserRole, entry.date);
        if (entry.own) {
            QFont font = item->font(0);
            font.setItalic(true);
            for (int column = 0; column < m_days->columnCount(); ++column)
                item->setFont(column, font);
        }
    }
    for (int column = 0; column < m_days->columnCount(); ++column)
        m_days->resizeColumnToContents(column);
    m_remove->setEnabled(false);
}

void HolidaysPanel::refreshMonths()
{
    const Period &period = m_document->plan().info.period;
    const PlanSummary &summary = m_document->summary();
    const QStringList names = formatMonthNames(period, MonthForm::Short);
    qint64 total = 0;
    for (int month = 0; month < Period::monthCount; ++month) {
        const qint64 days = summary.workingDays[size_t(month)];
        total += days;
        m_months->setItem(0, month, new QTableWidgetItem(names.value(month)));
        m_months->setItem(1, month, new QTableWidgetItem(QLocale().toString(days)));
    }
    m_months->setItem(0, Period::monthCount, new QTableWidgetItem(tr("Year")));
    m_months->setItem(1, Period::monthCount, new QTableWidgetItem(QLocale().toString(total)));
    for (int column = 0; column < m_months->columnCount(); ++column) {
        for (int row = 0; row < 2; ++row)
            m_months->item(row, column)->setTextAlignment(Qt::AlignCenter);
    }
    m_months->resizeRowsToContents();
    m_months->setFixedHeight(m_months->rowHeight(0) + m_months->rowHeight(1) +
                             2 * m_months->frameWidth());
}

void HolidaysPanel::chooseDate(bool dayOff)
{
    const Period &period = m_document->plan().info.period;
    QDialog dialog(this);
    dialog.setWindowTitle(dayOff ? tr("Add a Day Off") : tr("Add a Working Day"));
    auto *date = new QDateEdit(&dialog);
    date->setCalendarPopup(true);
    date->setDateRange(period.firstDay(), period.lastDay());
    date->setDate(period.firstDay());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dayOff)
        addDayOff(date->date());
    else
        addWorkday(date->date());
}

void HolidaysPanel::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_days->selectedItems();
    if (!selected.isEmpty())
        removeDay(selected.first()->data(0, Qt::UserRole).toDate());
}

void HolidaysPanel::chooseIcsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Days Off"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        importIcs(path);
}

} // namespace salesplan::ui
