// Fuzz target of the .ics reader: any bytes give days off or a refusal in words, and the days
// are in date order, each date once, inside the plan year asked for.
#include "exchange/icsdays.h"
#include "fuzztarget.h"

using namespace salesplan;

namespace {

void checkDays(const QByteArray &bytes, const QDate &first, const QDate &last)
{
    const Result<QList<CalendarDay>> days = readIcsDays(bytes, first, last);
    if (!days) {
        fuzzCheck(!days.error().reason.isEmpty(), "a refused calendar says why");
        return;
    }
    QDate previous;
    for (const CalendarDay &day : *days) {
        fuzzCheck(day.date >= first && day.date <= last, "a day off lies in the plan year");
        fuzzCheck(!previous.isValid() || previous < day.date, "days off are in order, each once");
        fuzzCheck(day.name == day.name.trimmed(), "a day's name is trimmed");
        previous = day.date;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDays(bytes, QDate(2026, 1, 1), QDate(2026, 12, 31)); // a calendar year
    checkDays(bytes, QDate(2027, 4, 1), QDate(2028, 3, 31));  // a fiscal year, over a leap day
    return 0;
}
