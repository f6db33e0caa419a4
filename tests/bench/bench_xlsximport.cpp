// Benchmark of the history import from .xlsx: prints figures, asserts nothing. Run it from a
// Release build:
//   build/rel/tests/bench/bench_xlsximport [ROWS]
// The workbook (ROWS history rows, 100,000 unless told) is written once by openpyxl: dates with a
// date format, numbers, and text as inline strings of character references (&#21326;), more work
// to read than the shared strings Excel writes. Wall-clock and CPU times are
// printed: on a machine busy with other work the CPU time is the figure to compare.
#include "exchange/historyfile.h"
#include "exchange/xlsxreader.h"
#include "historyworkbooks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace salesplan;

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QByteArray benchWorkbook(int rows)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = historyworkbooks::benchWorkbook(rows);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot write the workbook with /usr/bin/python3 and openpyxl\n");
        std::exit(1);
    }
    const QByteArray bytes = file.readAll();
    std::printf("workbook of %d rows written by openpyxl in %.1f s: %.1f MB\n", rows,
                double(timer.elapsed()) / 1000.0, double(bytes.size()) / 1e6);
    return bytes;
}

// What File ▸ Import History… and `import-history` do with the file's bytes: the preview of the
// first sheet, then its rows as entries.
qsizetype importRows(const QByteArray &bytes)
{
    const Result<HistoryPreview> preview =
        previewHistoryFile(QStringLiteral("history.xlsx"), bytes, QStringLiteral("CNY"));
    RowIdSource ids(1);
    const auto entries =
        preview ? importHistory(*preview, ids) : Result<QList<HistoryEntry>>(preview.error());
    if (!entries) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(entries.error().message()));
        std::exit(1);
    }
    return entries->size();
}

struct Samples
{
    std::vector<double> wall; // ms
    std::vector<double> cpu;  // ms
};

template <typename Run> Samples timed(int runs, Run run)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        run();
        samples.cpu.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        samples.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const QByteArray bytes = benchWorkbook(rows);

    qsizetype imported = 0;
    const Samples imports = timed(7, [&] { imported = importRows(bytes); });
    const Samples reads = timed(7, [&] {
        if (!readXlsxTable(bytes))
            std::exit(1);
    });
    std::printf("import %lld history rows from .xlsx: median %.0f ms (CPU %.0f ms), best %.0f ms "
                "(budget 2000 ms)\n  of which unzipping and reading the sheet: median %.0f ms "
                "(CPU %.0f ms)\n",
                static_cast<long long>(imported), medianMs(imports.wall), medianMs(imports.cpu),
                *std::min_element(imports.wall.begin(), imports.wall.end()), medianMs(reads.wall),
                medianMs(reads.cpu));
    return 0;
}
