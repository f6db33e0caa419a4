// Benchmark of saved versions: prints figures, asserts nothing. Run it from a Release build, in
// a folder on the disk the users' plans live on (fsync on tmpfs costs nothing):
//   build/rel/tests/bench/bench_versions [FOLDER]
//
// The 500-member benchmark plan (largeBenchPlan) saved as a version 50 times:
// 1. its JSON size and that JSON compressed, as a version stores it;
// 2. how much the file grows for 50 versions (budget: < 50 × the compressed size);
// 3. the time to save one version, fsync included (budget: < 200 ms median), and to read one
//    back into a plan.
#include "benchsupport.h"
#include "exchange/planjson.h"
#include "store/planfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace salesplan;

namespace {

constexpr int versionCount = 50;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_versions: %s\n", qPrintable(what));
    std::exit(1);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTemporaryDir dir(arguments.size() > 1 ? arguments.at(1) + QStringLiteral("/bench-XXXXXX")
                                           : QString());
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a temporary folder"));

    const Plan plan = largeBenchPlan(500);
    const QByteArray json = planToJson(plan);
    const qint64 compressed = qCompress(json, 9).size();
    const qint64 stored = qCompress(planToJson(plan, JsonLayout::Compact), 9).size();
    std::printf("500-member plan: JSON %.1f KB, compressed %.1f KB (%.1f %%); a version stores "
                "its compact JSON compressed: %.1f KB\n",
                double(json.size()) / 1024, double(compressed) / 1024,
                100.0 * double(compressed) / double(json.size()), double(stored) / 1024);

    const QString path = dir.filePath(QStringLiteral("versions.salesplan"));
    auto created = PlanFile::create(path, plan);
    if (!created)
        fail(created.error().message());
    PlanFile &file = **created;
    const qint64 before = QFileInfo(path).size();

    std::vector<double> saves;
    for (int i = 0; i < versionCount; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (const auto saved =
                file.saveVersion(QStringLiteral("Version %1").arg(i + 1), QStringLiteral("王经理"));
            !saved)
            fail(saved.error().message());
        saves.push_back(elapsedMs(timer));
    }
    const qint64 growth = QFileInfo(path).size() - before;
    std::printf("file growth for %d versions: %.1f KB, budget < %.1f KB (%d × compressed): %s\n",
                versionCount, double(growth) / 1024, double(versionCount * compressed) / 1024,
                versionCount, growth < versionCount * compressed ? "within" : "OVER");
    std::printf("save one version: median %.1f ms, max %.1f ms (budget < 200 ms median)\n",
                median(saves), maximum(saves));

    const auto versions = file.versions();
    if (!versions)
        fail(versions.error().message());
    std::vector<double> reads;
    for (const PlanVersion &version : *versions) {
        QElapsedTimer timer;
        timer.start();
        const Result<Plan> read = file.versionPlan(version.id);
        if (!read)
            fail(read.error().message());
        reads.push_back(elapsedMs(timer));
        if (!(*read == plan))
            fail(QStringLiteral("version %1 does not read back as the plan").arg(version.name));
    }
    std::printf("read one version back: median %.1f ms, max %.1f ms\n", median(reads),
                maximum(reads));
    return 0;
}
