#include "exchange/diffjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

QJsonValue amount(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? QJsonValue(Money{*minor, currency}.toPlainString())
                 : QJsonValue(QJsonValue::Null);
}

QJsonObject amountJson(const AmountChange &change, const QString &currency)
{
    const std::optional<double> ratio = change.ratio();
    return {{QStringLiteral("name"), change.name},
            {QStringLiteral("before"), amount(change.before, currency)},
            {QStringLiteral("after"), amount(change.after, currency)},
            {QStringLiteral("change"), amount(change.change(), currency)},
            {QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray amountsJson(const QList<AmountChange> &changes, const QString &currency)
{
    QJsonArray array;
    for (const AmountChange &change : changes)
        array.append(amountJson(change, currency));
    return array;
}

QJsonObject targetsJson(const TargetChanges &targets, const QString &currency)
{
    return {{QStringLiteral("annual"), targets.annual
                                           ? QJsonValue(amountJson(*targets.annual, currency))
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("months"), amountsJson(targets.months, currency)},
            {QStringLiteral("quarters"), amountsJson(targets.quarters, currency)},
            {QStringLiteral("regions"), amountsJson(targets.regions, currency)},
            {QStringLiteral("products"), amountsJson(targets.products, currency)},
            {QStringLiteral("members"), amountsJson(targets.members, currency)}};
}

QString kindKey(RowChange::Kind kind)
{
    switch (kind) {
    case RowChange::Kind::Added:
        return QStringLiteral("added");
    case RowChange::Kind::Removed:
        return QStringLiteral("removed");
    case RowChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonObject rowJson(const RowChange &change)
{
    QJsonArray fields;
    for (const FieldChange &field : change.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), field.key},
                                  {QStringLiteral("label"), field.label},
                                  {QStringLiteral("before"), field.before},
                                  {QStringLiteral("after"), field.after}});
    return {{QStringLiteral("change"), kindKey(change.kind)},
            {QStringLiteral("id"), change.id},
            {QStringLiteral("name"), change.name},
            {QStringLiteral("fields"), fields}};
}

QJsonArray rowsJson(const QList<RowChange> &changes)
{
    QJsonArray array;
    for (const RowChange &change : changes)
        array.append(rowJson(change));
    return array;
}

QJsonArray textsJson(const QList<TextChange> &texts)
{
    QJsonArray array;
    for (const TextChange &text : texts) {
        QJsonArray pieces;
        for (const TextPiece &piece : text.pieces)
            pieces.append(QJsonObject{{QStringLiteral("op"), diffOpKey(piece.op)},
                                      {QStringLiteral("text"), piece.text}});
        array.append(QJsonObject{{QStringLiteral("field"), text.field},
                                 {QStringLiteral("label"), text.label},
                                 {QStringLiteral("diff"), pieces}});
    }
    return array;
}

} // namespace

QByteArray diffToJson(const PlanDiff &diff)
{
    const QJsonObject team{{QStringLiteral("joined"), rowsJson(diff.team.joined)},
                           {QStringLiteral("left"), rowsJson(diff.team.left)},
                           {QStringLiteral("changed"), rowsJson(diff.team.changed)},
                           {QStringLiteral("hiring"), rowsJson(diff.team.hiring)}};
    const QJsonObject root{{QStringLiteral("equal"), diff.equal()},
                           {QStringLiteral("summary"), diff.summary},
                           {QStringLiteral("currency"), diff.currency},
                           {QStringLiteral("targets"), targetsJson(diff.targets, diff.currency)},
                           {QStringLiteral("team"), team},
                           {QStringLiteral("stages"), rowsJson(diff.stages)},
                           {QStringLiteral("kpis"), rowsJson(diff.kpis)},
                           {QStringLiteral("risks"), rowsJson(diff.risks)},
                           {QStringLiteral("texts"), textsJson(diff.texts)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace salesplan
