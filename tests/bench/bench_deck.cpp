// The deck of the Chinese sample as a PDF, in Chinese: how long `salesplan export --deck` and
// File ▸ Export Deck… take in-process (budget: under 300 ms).
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_deck
#include "benchsupport.h"

#include "charts/deckpdf.h"
#include "exchange/planjson.h"
#include "language/language.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace salesplan;

namespace {

constexpr int deckRuns = 11;

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Translators::use(QStringLiteral("zh_CN"));
    QFile file(QStringLiteral(":/samples/sample-zh_CN.json"));
    const Result<Plan> plan =
        file.open(QIODevice::ReadOnly) ? planFromJson(file.readAll()) : Result<Plan>(Error{});
    if (!plan) {
        std::fprintf(stderr, "bench_deck: cannot read the Chinese sample\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pdf"));
    std::vector<double> runs;
    for (int run = 0; run < deckRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Status written = ui::writeDeckPdf(*plan, path);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!written) {
            std::fprintf(stderr, "bench_deck: %s\n", qPrintable(written.error().message()));
            return 1;
        }
    }
    std::printf("deck PDF of the Chinese sample (%lld KiB): median %.1f ms, worst %.1f ms over %d "
                "runs, first %.1f ms (budget 300 ms)\n",
                static_cast<long long>(QFileInfo(path).size() / 1024), median(runs), maximum(runs),
                deckRuns, runs.front());
    return 0;
}
