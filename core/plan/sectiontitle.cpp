#include "plan/sectiontitle.h"

#include <QCoreApplication>

#include <iterator>

namespace salesplan {

namespace {

const char *const sectionTitles[] = {
    QT_TRANSLATE_NOOP("SectionTitle", "Mission & positioning"),
    QT_TRANSLATE_NOOP("SectionTitle", "Targets"),
    QT_TRANSLATE_NOOP("SectionTitle", "Team"),
    QT_TRANSLATE_NOOP("SectionTitle", "Customer segments"),
    QT_TRANSLATE_NOOP("SectionTitle", "Stages & methods"),
    QT_TRANSLATE_NOOP("SectionTitle", "Tools"),
    QT_TRANSLATE_NOOP("SectionTitle", "Metrics & review"),
};

static_assert(std::size(sectionTitles) == sectionCount);

} // namespace

QString sectionTitle(Section section)
{
    return QCoreApplication::translate("SectionTitle", sectionTitles[int(section)]);
}

} // namespace salesplan
