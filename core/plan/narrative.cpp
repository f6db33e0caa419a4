#include "plan/narrative.h"

namespace salesplan {

namespace {

template <typename R> void copyTexts(const R &from, R &to)
{
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (isNarrativeKind(field.kind))
            field.set(to, field.get(from));
    }
}

} // namespace

void copyNarrative(const Plan &from, Plan &to)
{
    forEachNarrativeSection(
        [&](const QString &, auto section) { copyTexts(from.*section, to.*section); });
}

} // namespace salesplan
