// Replays the corpus of a fuzz target in the normal build (no clang needed): every file of the
// directories given goes through LLVMFuzzerTestOneInput as libFuzzer would run it. A crash or a
// broken invariant stops the program with the file's name on stderr, so ctest fails and says
// which input.
#include "fuzztarget.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <csignal>

namespace {

QByteArray replayedFile; // for the message when the target crashes on it

extern "C" void reportCrash(int signal)
{
    std::fprintf(stderr, "replay: the target stopped on %s\n", replayedFile.constData());
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Replays every file of `directory` in name order; returns how many, or -1 when there are none.
qsizetype replayDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(file.fileName()));
            return -1;
        }
        const QByteArray bytes = file.readAll();
        replayedFile = QFile::encodeName(file.fileName());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                               std::size_t(bytes.size()));
    }
    return names.isEmpty() ? -1 : names.size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    for (const int signal : {SIGABRT, SIGSEGV, SIGFPE, SIGILL})
        std::signal(signal, reportCrash);
    for (int i = 1; i < argc; ++i) {
        const QString directory = QFile::decodeName(argv[i]);
        const qsizetype replayed = replayDirectory(directory);
        if (replayed < 0) {
            std::fprintf(stderr, "replay: no inputs in %s\n", argv[i]);
            return 1;
        }
        std::printf("replay: %lld inputs of %s passed\n", static_cast<long long>(replayed),
                    argv[i]);
    }
    return 0;
}
