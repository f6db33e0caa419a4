#include "exchange/kpiactualsfile.h"

#include "exchange/csvreader.h"
#include "exchange/historycsv.h"
#include "exchange/historyfile.h"
#include "exchange/xlsxreader.h"
#include "summary/actualsinput.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace salesplan {

namespace {

// The translation context of the KPI import's messages.
struct KpiActualsFile
{
    Q_DECLARE_TR_FUNCTIONS(KpiActualsFile)
};

enum Column { MonthColumn, KpiColumn, ValueColumn, columnCount };

// A name compared without case, spaces, underscores and dashes: "KPI Name" is "kpiname".
QString folded(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s_\-/.:：])"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QString name = text.toCaseFolded();
    name.remove(separators);
    return name;
}

std::optional<Column> columnOf(const QString &header)
{
    static const std::array<QStringList, columnCount> names{{
        {QStringLiteral("month"), QStringLiteral("date"), QStringLiteral("period"),
         QStringLiteral("月份"), QStringLiteral("月"), QStringLiteral("日期"),
         QStringLiteral("年月")},
        {QStringLiteral("kpi"), QStringLiteral("kpiname"), QStringLiteral("metric"),
         QStringLiteral("indicator"), QStringLiteral("指标"), QStringLiteral("指标名称"),
         QStringLiteral("指標"), QStringLiteral("指標名稱"), QStringLiteral("kpi名称")},
        {QStringLiteral("value"), QStringLiteral("actual"), QStringLiteral("actualvalue"),
         QStringLiteral("实际"), QStringLiteral("实际值"), QStringLiteral("實際"),
         QStringLiteral("實際值"), QStringLiteral("数值"), QStringLiteral("數值"),
         QStringLiteral("值")},
    }};
    const QString name = folded(header);
    for (int column = 0; column < columnCount; ++column) {
        if (names[std::size_t(column)].contains(name))
            return Column(column);
    }
    return std::nullopt;
}

// The header's columns of month, KPI and value; none when the row does not name all three.
std::optional<std::array<qsizetype, columnCount>> headerColumns(const TextRow &row)
{
    std::array<qsizetype, columnCount> columns{-1, -1, -1};
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (const std::optional<Column> column = columnOf(row.cells.at(i));
            column && columns[std::size_t(*column)] < 0)
            columns[std::size_t(*column)] = i;
    }
    for (qsizetype column : columns) {
        if (column < 0)
            return std::nullopt;
    }
    return columns;
}

const Kpi *kpiNamed(const Plan &plan, const QString &name)
{
    for (const Kpi &kpi : plan.metrics.kpis) {
        if (folded(kpi.name) == folded(name))
            return &kpi;
    }
    return nullptr;
}

// Reads one row; the reason in words when it is refused.
Result<KpiActualRow> readRow(const TextRow &row, const std::array<qsizetype, columnCount> &columns,
                             const Plan &plan)
{
    const auto cell = [&](Column column) {
        return row.cells.value(columns[std::size_t(column)]).trimmed();
    };
    const QString name = cell(KpiColumn);
    const Kpi *kpi = kpiNamed(plan, name);
    if (!kpi)
        return Error{{}, KpiActualsFile::tr("no KPI of the plan is named \"%1\"").arg(name)};
    if (kpi->measures == KpiMeasure::Revenue)
        return Error{{},
                     KpiActualsFile::tr("\"%1\" comes from the bookings: import them as "
                                        "history")
                         .arg(kpi->name)};
    const Result<QDate> month = parseHistoryMonth(cell(MonthColumn));
    if (!month)
        return month.error();
    if (plan.info.period.monthIndexOf(*month) < 0)
        return Error{{}, KpiActualsFile::tr("%1 is not in the plan year").arg(cell(MonthColumn))};
    const Result<double> value = parseKpiActual(*kpi, cell(ValueColumn), plan.info.currency);
    if (!value)
        return Error{{}, value.error().message()};
    return KpiActualRow{row.line, kpi->id, *month, *value};
}

} // namespace

Result<KpiActualsRead> readKpiActuals(const TextTable &table, const Plan &plan)
{
    constexpr qsizetype headerRows = 10;
    qsizetype header = 0;
    std::optional<std::array<qsizetype, columnCount>> columns;
    for (; header < table.rows.size() && header < headerRows && !columns; ++header)
        columns = headerColumns(table.rows.at(header));
    if (!columns)
        return Error{{},
                     KpiActualsFile::tr("the file needs a header naming the columns month, "
                                        "KPI and value (月份, 指标, 实际值)")};
    KpiActualsRead read;
    QHash<QPair<RowId, QDate>, int> seen; // the line of each KPI's month already read
    for (qsizetype r = header; r < table.rows.size(); ++r) {
        const TextRow &row = table.rows.at(r);
        Result<KpiActualRow> actual = readRow(row, *columns, plan);
        if (actual) {
            const auto key = qMakePair(actual->kpi, actual->month);
            if (const auto earlier = seen.constFind(key); earlier != seen.constEnd())
                actual = Error{{},
                               KpiActualsFile::tr("this KPI's %1 is already on line %2")
                                   .arg(actual->month.toString(u"yyyy-MM"))
                                   .arg(*earlier)};
            else
                seen.insert(key, row.line);
        }
        if (actual)
            read.rows.append(*actual);
        else
            read.refused.append(
                Error{rowPlace(table.sheet, row.line), actual.error().message()}.message());
    }
    return read;
}

Result<KpiActualsRead> readKpiActualsFile(const QString &fileName, const QByteArray &bytes,
                                          const Plan &plan)
{
    if (isWorkbookFile(fileName, bytes)) {
        const Result<XlsxTable> workbook = readXlsxTable(bytes);
        if (!workbook)
            return workbook.error();
        return readKpiActuals(workbook->table, plan);
    }
    const Result<CsvText> text = decodeCsv(bytes);
    if (!text)
        return text.error();
    const Result<CsvTable> csv = splitCsv(text->text);
    if (!csv)
        return csv.error();
    return readKpiActuals(csv->table, plan);
}

void applyKpiActuals(Plan &plan, const QList<KpiActualRow> &rows)
{
    for (const KpiActualRow &row : rows)
        setKpiActual(plan, row.kpi, plan.info.period.monthIndexOf(row.month), row.value);
}

} // namespace salesplan
