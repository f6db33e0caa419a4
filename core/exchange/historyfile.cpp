#include "exchange/historyfile.h"

#include "exchange/xlsxpackage.h"
#include "exchange/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace salesplan {

namespace {

struct HistoryFileWords
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFile)
};

} // namespace

Result<QByteArray> readHistoryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, HistoryFileWords::tr("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > maxHistoryFileBytes) {
        return Error{{},
                     HistoryFileWords::tr("is larger than %1 MB, more than any history needs; "
                                          "export only the months and columns to import")
                         .arg(maxHistoryFileBytes / (1024 * 1024))};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{{}, HistoryFileWords::tr("cannot be read (%1)").arg(file.errorString())};
    return bytes;
}

bool isWorkbookFile(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm" || isZipOrCompoundFile(bytes);
}

Result<HistoryPreview> previewHistoryXlsx(const QByteArray &bytes, const QString &currency,
                                          const QString &sheet,
                                          const std::optional<HistoryColumnMapping> &mapping)
{
    const Result<XlsxTable> workbook = readXlsxTable(bytes, sheet);
    if (!workbook) {
        // A sheet that cannot be read (damaged, too large, not there) leaves the others to
        // choose from, when the workbook itself reads.
        const Result<QStringList> sheets = readXlsxSheetNames(bytes);
        if (!sheets || sheets->isEmpty())
            return workbook.error();
        HistoryPreview preview;
        preview.sheet = sheet.isEmpty() ? sheets->first() : sheet;
        preview.sheets = *sheets;
        preview.problems.append(workbook.error().message());
        return preview;
    }
    return previewXlsxTable(*workbook, currency, mapping);
}

Result<HistoryPreview> previewXlsxTable(const XlsxTable &workbook, const QString &currency,
                                        const std::optional<HistoryColumnMapping> &mapping)
{
    HistoryPreview preview;
    if (workbook.table.rows.isEmpty()) {
        preview.sheet = workbook.table.sheet;
        preview.problems.append(
            HistoryFileWords::tr("the sheet \"%1\" is empty").arg(workbook.table.sheet));
    } else {
        const Result<HistoryPreview> read = previewHistory(workbook.table, currency, mapping);
        if (!read)
            return read.error();
        preview = *read;
    }
    preview.sheets = workbook.sheets;
    return preview;
}

Result<HistoryPreview> previewHistoryFile(const QString &fileName, const QByteArray &bytes,
                                          const QString &currency, const QString &sheet,
                                          const std::optional<HistoryColumnMapping> &mapping)
{
    if (isWorkbookFile(fileName, bytes))
        return previewHistoryXlsx(bytes, currency, sheet, mapping);
    return previewHistoryCsv(bytes, currency, mapping);
}

} // namespace salesplan
