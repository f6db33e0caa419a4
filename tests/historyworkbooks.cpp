#include "historyworkbooks.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace historyworkbooks {

namespace {

// Not the python3 on PATH, which may lack openpyxl: Debian's, with python3-openpyxl.
const QString python = QStringLiteral("/usr/bin/python3");

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

bool runScript(const QStringList &arguments)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral(SALESPLAN_WORKBOOK_SCRIPT)} + arguments);
    const bool ok = process.waitForFinished(120'000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok) {
        QTextStream(stderr) << "make_history_workbooks.py failed: " << process.errorString() << '\n'
                            << process.readAllStandardError();
    }
    return ok;
}

} // namespace

QString path(const QString &name)
{
    static const bool written = folder().isValid() && runScript({folder().path()});
    return written ? QDir(folder().path()).filePath(name) : QString();
}

QString benchWorkbook(int rows)
{
    const bool written = folder().isValid() && runScript({folder().path(), QString::number(rows)});
    return written ? QDir(folder().path()).filePath(QStringLiteral("bench-history.xlsx"))
                   : QString();
}

} // namespace historyworkbooks
