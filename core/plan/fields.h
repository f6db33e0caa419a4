#pragma once

#include "plan/choices.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <limits>
#include <type_traits>

Q_DECLARE_METATYPE(salesplan::Money)

// One description of each field of the plan: its member, its JSON key, its SQL column, its kind,
// its range and its translated label and hint. The store, the JSON format, the editors' tables,
// the report and the findings' jumps are all driven by these lists, so a plain new field is one
// line here (plus plan.h, a schema migration and tests). See "Adding a field" in the README.
//
// The lists cover a record's plain fields. Lists inside a record (a section's rows, a segment's
// attributes, the custom month weights, holidays) and row ids are described where they are
// stored, not here.
namespace salesplan {

enum class FieldKind {
    Text,     // one line (QString)
    Note,     // paragraphs (QString)
    Currency, // an ISO 4217 code such as CNY (QString)
    Money,    // Money in the plan's currency
    Rate,     // a fraction shown as a percent (double); range minimum..maximum, 0..1 by default
    Number,   // a real number (double) in minimum..maximum
    Count,    // a whole number (int) in minimum..maximum
    Date,     // a day (QDate), invalid = none
    Month,    // the first day of a month (QDate)
    Choice,   // an enum value (int) from `choices`
    Flag,     // yes or no (bool)
};

// The translation context of field labels and hints.
struct Field
{
    Q_DECLARE_TR_FUNCTIONS(Field)
};

inline constexpr double noLimit = std::numeric_limits<double>::max();

// One field of a record of type R. get() and set() carry the value as a QVariant holding the
// kind's C++ type (see FieldKind); set() takes a value get() could return.
template <typename R> struct FieldOf
{
    QStringView key;    // the JSON key (a dot nests: "period.year"); also names the field
    QStringView column; // the SQL column; a money field takes COLUMN_minor and COLUMN_currency
    FieldKind kind;
    const char *label; // QT_TRANSLATE_NOOP("Field", ...): a column title or form label
    const char *hint;  // QT_TRANSLATE_NOOP("Field", ...): what a good value is, for tooltips
    QVariant (*get)(const R &);
    void (*set)(R &, const QVariant &);
    double minimum = 0.0; // Rate, Number, Count, Money (a minimum below 0 allows negatives)
    double maximum = noLimit;
    ChoiceList choices = {};

    QString labelText() const { return Field::tr(label); }
    QString hintText() const { return hint ? Field::tr(hint) : QString(); }
    bool inRange(double value) const { return value >= minimum && value <= maximum; }
    // A value of the right kind and within range.
    bool accepts(const QVariant &value) const;
};

// The fields of a record, in the order editors and the report show them, and the rule that
// holds across them (a KPI's yellow threshold is not above its green one), if any.
template <typename R> struct RecordFields
{
    QList<FieldOf<R>> fields;
    bool (*consistent)(const R &) = nullptr;
    // When a record breaks the rule: the key of the field at fault, what is wrong with it with
    // %1 for the field it is held against (QT_TRANSLATE_NOOP("Field", "must not be above %1")),
    // and that field's key.
    QStringView faultKey = {};
    const char *fault = nullptr;
    QStringView againstKey = {};

    const FieldOf<R> *find(QStringView key) const
    {
        for (const FieldOf<R> &field : fields) {
            if (field.key == key)
                return &field;
        }
        return nullptr;
    }
    int indexOf(QStringView key) const
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).key == key)
                return int(i);
        }
        return -1;
    }
    bool isConsistent(const R &record) const { return !consistent || consistent(record); }
    // What is wrong with the field at fault, naming the other field as `against`.
    QString faultText(const QString &against) const { return Field::tr(fault).arg(against); }
};

// The field list of each record; defined in fields.cpp.
template <typename R> const RecordFields<R> &fieldsOf();
template <> const RecordFields<PlanInfo> &fieldsOf<PlanInfo>();
template <> const RecordFields<StatusChange> &fieldsOf<StatusChange>();
template <> const RecordFields<MissionSection> &fieldsOf<MissionSection>();
template <> const RecordFields<Competitor> &fieldsOf<Competitor>();
template <> const RecordFields<TargetsSection> &fieldsOf<TargetsSection>();
template <> const RecordFields<WeightedItem> &fieldsOf<WeightedItem>();
template <> const RecordFields<FunnelAssumptions> &fieldsOf<FunnelAssumptions>();
template <> const RecordFields<CollectionTerms> &fieldsOf<CollectionTerms>();
template <> const RecordFields<TeamSection> &fieldsOf<TeamSection>();
template <> const RecordFields<Role> &fieldsOf<Role>();
template <> const RecordFields<Member> &fieldsOf<Member>();
template <> const RecordFields<Hire> &fieldsOf<Hire>();
template <> const RecordFields<Segment> &fieldsOf<Segment>();
template <> const RecordFields<Stage> &fieldsOf<Stage>();
template <> const RecordFields<Tool> &fieldsOf<Tool>();
template <> const RecordFields<MetricsSection> &fieldsOf<MetricsSection>();
template <> const RecordFields<Kpi> &fieldsOf<Kpi>();
template <> const RecordFields<Risk> &fieldsOf<Risk>();
template <> const RecordFields<HistoryEntry> &fieldsOf<HistoryEntry>();
template <> const RecordFields<KpiActual> &fieldsOf<KpiActual>();
template <> const RecordFields<ReviewEntry> &fieldsOf<ReviewEntry>();
template <> const RecordFields<TargetRevision> &fieldsOf<TargetRevision>();
template <> const RecordFields<Uplift> &fieldsOf<Uplift>();
template <> const RecordFields<Initiative> &fieldsOf<Initiative>();
template <> const RecordFields<Milestone> &fieldsOf<Milestone>();
template <> const RecordFields<BudgetLine> &fieldsOf<BudgetLine>();
template <> const RecordFields<PlanUnit> &fieldsOf<PlanUnit>();
template <> const RecordFields<TeamServerBasis> &fieldsOf<TeamServerBasis>();

// --- Building the lists (used by fields.cpp) -------------------------------------------------

template <auto Member> struct MemberOf;
template <typename R, typename T, T R::*Member> struct MemberOf<Member>
{
    using Record = R;
    using Type = T;
};

template <auto Member> QVariant getMember(const typename MemberOf<Member>::Record &record)
{
    using T = typename MemberOf<Member>::Type;
    if constexpr (std::is_enum_v<T>)
        return int(record.*Member);
    else
        return QVariant::fromValue(record.*Member);
}

template <auto Member>
void setMember(typename MemberOf<Member>::Record &record, const QVariant &value)
{
    using T = typename MemberOf<Member>::Type;
    if constexpr (std::is_enum_v<T>)
        record.*Member = T(value.toInt());
    else
        record.*Member = value.value<T>();
}

// The field of `Member` (such as &Tool::annualCost); an enum member gets its choices.
template <auto Member>
FieldOf<typename MemberOf<Member>::Record>
field(QStringView key, QStringView column, FieldKind kind, const char *label, const char *hint,
      double minimum = 0.0, double maximum = noLimit)
{
    using T = typename MemberOf<Member>::Type;
    FieldOf<typename MemberOf<Member>::Record> result{
        key, column, kind, label, hint, &getMember<Member>, &setMember<Member>, minimum, maximum};
    if constexpr (std::is_enum_v<T>)
        result.choices = choicesOf<T>();
    if (kind == FieldKind::Rate && maximum == noLimit)
        result.maximum = 1.0;
    return result;
}

template <typename R> bool FieldOf<R>::accepts(const QVariant &value) const
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Note:
        return value.typeId() == QMetaType::QString;
    case FieldKind::Currency:
        return value.typeId() == QMetaType::QString && isCurrencyCode(value.toString());
    case FieldKind::Money:
        return value.canConvert<Money>() && inRange(double(value.value<Money>().minor));
    case FieldKind::Rate:
    case FieldKind::Number:
        return value.typeId() == QMetaType::Double && inRange(value.toDouble());
    case FieldKind::Count:
        return value.typeId() == QMetaType::Int && inRange(value.toInt());
    case FieldKind::Date:
    case FieldKind::Month:
        return value.typeId() == QMetaType::QDate;
    case FieldKind::Choice:
        return value.typeId() == QMetaType::Int && choiceIndex(choices, value.toInt()) >= 0;
    case FieldKind::Flag:
        return value.typeId() == QMetaType::Bool;
    }
    return false;
}

} // namespace salesplan
