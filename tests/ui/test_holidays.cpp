// The work calendar panel: the public holidays a plan follows, the user's own days, .ics import,
// and the working days each month gives; every change is one undo step.
#include "uitestsupport.h"

#include "document/plandocument.h"
#include "sections/holidayspanel.h"
#include "store/planfile.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// A 2027 yuan plan without a holiday calendar, open in a holidays panel.
struct OpenHolidays
{
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<HolidaysPanel> panel;

    OpenHolidays()
    {
        Plan plan = makeDefaultPlan();
        plan.info.currency = QStringLiteral("CNY");
        plan.info.period = Period{2027, 1};
        plan.targets.funnel.calendar = HolidayCalendar::None;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, plan));
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
        panel = std::make_unique<HolidaysPanel>(document.get());
        panel->resize(900, 700);
    }
    ~OpenHolidays() { panel.reset(); }

    void chooseChina()
    {
        auto *combo = panel->findChild<QComboBox *>(QStringLiteral("targets.funnel.calendar"));
        REQUIRE(combo);
        combo->setCurrentIndex(1);
        emit combo->activated(1);
        REQUIRE(document->plan().targets.funnel.calendar == HolidayCalendar::China);
    }

    // The working days the panel shows for plan month `month` (0 = January).
    int shownWorkingDays(int month) const
    {
        auto *months = panel->findChild<QTableWidget *>(QStringLiteral("holidays.months"));
        REQUIRE(months);
        return months->item(1, month)->text().toInt();
    }

    // The dates the list shows as days off.
    QList<QDate> listedDaysOff() const
    {
        auto *days = panel->findChild<QTreeWidget *>(QStringLiteral("holidays.days"));
        REQUIRE(days);
        QList<QDate> dates;
        for (int row = 0; row < days->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = days->topLevelItem(row);
            if (item->text(3).startsWith(HolidaysPanel::tr("Day off")))
                dates.append(item->data(0, Qt::UserRole).toDate());
        }
        return dates;
    }

    QString writeFile(const char *name, const QByteArray &text) const
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }
};

} // namespace

TEST_CASE("Choosing mainland China lists Spring Festival and drops February to 16 days",
          "[holidays]")
{
    OpenHolidays open;
    CHECK(open.shownWorkingDays(1) == 20);
    open.chooseChina();
    CHECK(open.document->undoStack()->count() == 1);
    const QList<QDate> off = open.listedDaysOff();
    for (int day = 5; day <= 10; ++day)
        CHECK(off.contains(QDate(2027, 2, day)));
    CHECK(open.shownWorkingDays(1) == 16);
    CHECK(open.document->summary().workingDays[1] == 16);
    auto *status = open.panel->findChild<QLabel *>(QStringLiteral("holidays.status"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("proposed")));
}

TEST_CASE("Removing a holiday makes it a working day, and one Undo brings it back", "[holidays]")
{
    OpenHolidays open;
    open.chooseChina();
    open.panel->removeDay(QDate(2027, 2, 10));
    CHECK(open.document->plan().targets.funnel.extraWorkdays == QList<QDate>{QDate(2027, 2, 10)});
    CHECK_FALSE(open.listedDaysOff().contains(QDate(2027, 2, 10)));
    CHECK(open.shownWorkingDays(1) == 17);
    open.document->undoStack()->undo();
    CHECK(open.document->plan().targets.funnel.extraWorkdays.isEmpty());
    CHECK(open.listedDaysOff().contains(QDate(2027, 2, 10)));
    CHECK(open.shownWorkingDays(1) == 16);
}

TEST_CASE("Removing the user's own day takes it out of its list", "[holidays]")
{
    OpenHolidays open;
    open.panel->addDayOff(QDate(2027, 3, 3));
    CHECK(open.shownWorkingDays(2) == 22);
    open.panel->removeDay(QDate(2027, 3, 3));
    CHECK(open.document->plan().targets.funnel.holidays.isEmpty());
    CHECK(open.document->plan().targets.funnel.extraWorkdays.isEmpty());
    CHECK(open.shownWorkingDays(2) == 23);
}

TEST_CASE("Adding a day off or a working day changes the month's count", "[holidays]")
{
    OpenHolidays open;
    open.chooseChina();
    const int march = open.shownWorkingDays(2);
    open.panel->addDayOff(QDate(2027, 3, 3));
    CHECK(open.document->plan().targets.funnel.holidays == QList<QDate>{QDate(2027, 3, 3)});
    CHECK(open.listedDaysOff().contains(QDate(2027, 3, 3)));
    CHECK(open.shownWorkingDays(2) == march - 1);
    open.panel->addWorkday(QDate(2027, 3, 6)); // a Saturday
    CHECK(open.shownWorkingDays(2) == march);
    CHECK(open.document->undoStack()->count() == 3);
}

TEST_CASE("Importing an .ics file adds its days off as one undo step", "[holidays]")
{
    OpenHolidays open;
    const QString path = open.writeFile("days.ics", "BEGIN:VCALENDAR\r\n"
                                                    "VERSION:2.0\r\n"
                                                    "PRODID:-//test//EN\r\n"
                                                    "BEGIN:VEVENT\r\n"
                                                    "UID:1@test\r\n"
                                                    "DTSTART;VALUE=DATE:20270608\r\n"
                                                    "DTEND;VALUE=DATE:20270610\r\n"
                                                    "SUMMARY:Company offsite\r\n"
                                                    "END:VEVENT\r\n"
                                                    "END:VCALENDAR\r\n");
    const int june = open.shownWorkingDays(5);
    const QString message = open.panel->importIcs(path);
    CHECK(message.contains(QStringLiteral("2")));
    CHECK(open.document->plan().targets.funnel.holidays ==
          QList<QDate>{QDate(2027, 6, 8), QDate(2027, 6, 9)});
    CHECK(open.shownWorkingDays(5) == june - 2);
    CHECK(open.document->undoStack()->count() == 1);
}

TEST_CASE("A bad .ics file gives an error in words and changes nothing", "[holidays]")
{
    OpenHolidays open;
    const QString path = open.writeFile("bad.ics", "this is not a calendar");
    const QString message = open.panel->importIcs(path);
    CHECK(message.startsWith(QStringLiteral("Nothing imported")));
    CHECK(message.size() > QStringLiteral("Nothing imported: ").size());
    CHECK(open.document->plan().targets.funnel.holidays.isEmpty());
    CHECK(open.document->undoStack()->count() == 0);
    auto *shown = open.panel->findChild<QLabel *>(QStringLiteral("holidays.message"));
    REQUIRE(shown);
    CHECK(shown->text() == message);
}

TEST_CASE("Holidays panel screenshots", "[.shots]")
{
    const QByteArray folder = qgetenv("SALESPLAN_SHOTS");
    if (folder.isEmpty())
        return;
    OpenHolidays open;
    open.chooseChina();
    open.panel->removeDay(QDate(2027, 2, 10));
    open.panel->addDayOff(QDate(2027, 3, 3));
    open.panel->show();
    open.panel->grab().save(QDir(QString::fromLocal8Bit(folder))
                                .filePath(QStringLiteral("holidays-%1.png").arg(QLocale().name())));
}
