#include "reporttools.h"

#include "exchange/planjson.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace salesplan;

namespace reporttest {

Plan samplePlan(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(file.readAll());
    REQUIRE(static_cast<bool>(plan));
    return *plan;
}

void writeReport(const Plan &plan, const QString &path, const ui::ReportOptions &options)
{
    const Status written = ui::writePdf(plan, path, options);
    INFO((written ? std::string() : written.error().message().toStdString()));
    REQUIRE(static_cast<bool>(written));
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QStringList embeddedFonts(const QString &pdf)
{
    QStringList fonts;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() >= 5 && columns.contains(QStringLiteral("yes")))
            fonts.append(columns.first());
    }
    return fonts;
}

namespace {

QString plainText(const QString &pdf, int page, bool withoutDiagonals)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (withoutDiagonals)
        arguments << QStringLiteral("-nodiag");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

} // namespace

QString pdfText(const QString &pdf, int page)
{
    return plainText(pdf, page, true);
}

QString pdfTextWithDiagonals(const QString &pdf, int page)
{
    return plainText(pdf, page, false);
}

QStringList pdfLines(const QString &pdf, int page)
{
    QStringList lines;
    for (const QString &line : pdfText(pdf, page).split(u'\n')) {
        const QString trimmed = line.trimmed().remove(u'\f');
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QString pdfLayoutText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-nodiag"), QStringLiteral("-enc"),
                    QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

QString pdfLayoutText(const QString &pdf)
{
    QString text;
    for (int page = 1; page <= pageCount(pdf); ++page)
        text += pdfLayoutText(pdf, page);
    return text;
}

QList<int> pagesMatching(const QString &pdf, const QRegularExpression &pattern)
{
    QList<int> pages;
    for (int page = 1; page <= pageCount(pdf); ++page)
        if (pattern.match(pdfLayoutText(pdf, page)).hasMatch())
            pages.append(page);
    return pages;
}

QList<PdfWord> pdfWords(const QString &pdf, int page, QSizeF *pageSize)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-nodiag"), QStringLiteral("-enc"),
                 QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression pageTag(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    static const QRegularExpression wordTag(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const auto size = pageTag.match(html);
    REQUIRE(size.hasMatch());
    if (pageSize)
        *pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    QList<PdfWord> words;
    for (auto it = wordTag.globalMatch(html); it.hasNext();) {
        const auto word = it.next();
        words.append({word.captured(5),
                      QRectF(QPointF(word.captured(1).toDouble(), word.captured(2).toDouble()),
                             QPointF(word.captured(3).toDouble(), word.captured(4).toDouble()))});
    }
    return words;
}

} // namespace reporttest
