#include "spreadsheettext.h"

#include "plan/format.h"

namespace salesplan::ui {

namespace {

QString tsvCell(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r') &&
        !text.startsWith(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString tsvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells)
        quoted.append(tsvCell(cell));
    return quoted.join(u'\t');
}

// The attributes of a cell of `column`: its alignment and its number format.
QString htmlCellStyle(const CellBlock &block, qsizetype column)
{
    QString style;
    if (block.figures.value(column))
        style += QStringLiteral(" align=\"right\"");
    const QString format = block.formats.value(column);
    if (!format.isEmpty()) {
        QString escaped = format.toHtmlEscaped();
        style += QStringLiteral(" style=\"mso-number-format:'%1'\"").arg(escaped);
    }
    return style;
}

QString htmlCell(const QString &tag, const QString &attributes, const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br style=\"mso-data-placement:same-cell\">"));
    return QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, escaped);
}

// One quoted cell starting at `at` (the opening quote); moves `at` past the closing quote.
QString quotedCell(const QString &text, qsizetype &at)
{
    QString cell;
    ++at;
    while (at < text.size()) {
        if (text.at(at) == u'"') {
            if (at + 1 < text.size() && text.at(at + 1) == u'"') {
                cell += u'"';
                at += 2;
                continue;
            }
            ++at;
            return cell;
        }
        cell += text.at(at++);
    }
    return cell; // a quote left open: the rest is the cell
}

bool endsCell(const QString &text, qsizetype at)
{
    return at >= text.size() || text.at(at) == u'\t' || text.at(at) == u'\n' ||
           text.at(at) == u'\r';
}

bool isEmptyRow(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString spreadsheetFormat(FieldKind kind, const QString &currency)
{
    switch (kind) {
    case FieldKind::Money:
        return spreadsheetAmountFormat(currency);
    case FieldKind::Rate:
        return QStringLiteral("0.0%");
    case FieldKind::Number:
        return QStringLiteral("General");
    case FieldKind::Count:
        return QStringLiteral("0");
    case FieldKind::Date:
    case FieldKind::Month:
        return QStringLiteral("yyyy-mm-dd");
    default:
        return QStringLiteral("\\@"); // text stays text: "1-2" is no date, "007" keeps its zeros
    }
}

QString tsvFromBlock(const CellBlock &block)
{
    QStringList lines;
    if (!block.header.isEmpty())
        lines.append(tsvLine(block.header));
    for (const QStringList &row : block.rows)
        lines.append(tsvLine(row));
    return lines.join(u'\n');
}

QString htmlFromBlock(const CellBlock &block)
{
    QString html = QStringLiteral(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<meta charset=\"utf-8\"></head><body><table>");
    if (!block.header.isEmpty()) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < block.header.size(); ++column) {
            const QString align =
                block.figures.value(column) ? QStringLiteral(" align=\"right\"") : QString();
            html += htmlCell(QStringLiteral("th"), align, block.header.at(column));
        }
        html += QStringLiteral("</tr>");
    }
    for (const QStringList &row : block.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < row.size(); ++column)
            html += htmlCell(QStringLiteral("td"), htmlCellStyle(block, column), row.at(column));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

QList<QStringList> cellsFromTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype at = 0;
    while (at < text.size()) {
        QString cell;
        if (text.at(at) == u'"') {
            const qsizetype start = at;
            cell = quotedCell(text, at);
            if (!endsCell(text, at)) { // a quote that only begins the text: the cell as written
                at = start;
                cell.clear();
            }
        }
        if (cell.isEmpty()) {
            while (!endsCell(text, at))
                cell += text.at(at++);
        }
        row.append(cell);
        if (at < text.size() && text.at(at) == u'\t') {
            ++at;
            if (at == text.size())
                row.append(QString());
            continue;
        }
        if (at < text.size() && text.at(at) == u'\r')
            ++at;
        if (at < text.size() && text.at(at) == u'\n')
            ++at;
        rows.append(row);
        row.clear();
    }
    while (!rows.isEmpty() && isEmptyRow(rows.constLast()))
        rows.removeLast();
    return rows;
}

} // namespace salesplan::ui
