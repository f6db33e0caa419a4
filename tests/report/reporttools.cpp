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

QString pdfText(const QString &pdf, int page)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
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

} // namespace reporttest
