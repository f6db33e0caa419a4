#!/usr/bin/python3
"""The POSIX guard check itself: it must flag what would break the Windows build and pass what
is portable or guarded, else a passing check_posix run would prove nothing."""

import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import check_posix  # noqa: E402

FLAGGED = {
    'an unguarded header': '#include <unistd.h>\n',
    'a sys/ header': '#include <sys/stat.h>\n',
    'fsync': 'void f(int fd) { fsync(fd); }\n',
    'getpid': 'int id = getpid();\n',
    'a global open': 'int fd = ::open(name, 0);\n',
    'the #else of a guard': '#ifdef Q_OS_UNIX\n#else\nint id = ::getpid();\n#endif\n',
    'a guard on Windows': '#ifdef Q_OS_WIN\n#include <fcntl.h>\n#endif\n',
}
PASSED = {
    'a Q_OS_UNIX guard': '#ifdef Q_OS_UNIX\n#include <unistd.h>\nint id = getpid();\n#endif\n',
    'a defined() guard': '#if defined(Q_OS_UNIX) && !defined(X)\nvoid f() { ::fsync(1); }\n#endif\n',
    'the #else of a negated guard': '#ifndef Q_OS_UNIX\n#else\nint fd = ::open(n, 0);\n#endif\n',
    'methods of the same name': 'file.open(QIODevice::ReadOnly); process->kill(); QFile::open(x);\n',
    'a comment and a string': '// calls fork() and #include <unistd.h>\nauto s = "kill(1)";\n',
    'Qt includes': '#include <QFile>\n#include <QProcess>\n',
}


def flags(source):
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / 'planted.cpp'
        path.write_text(source, encoding='utf-8')
        return check_posix.violations(path)


def main():
    failures = [f'not flagged: {name}' for name, source in FLAGGED.items() if not flags(source)]
    failures += [f'flagged: {name}: {flags(source)}' for name, source in PASSED.items()
                 if flags(source)]
    with tempfile.TemporaryDirectory() as folder:
        (pathlib.Path(folder) / 'bad.cpp').write_text('#include <dlfcn.h>\n', encoding='utf-8')
        if check_posix.main([folder]) != 1:
            failures.append('main() did not exit 1 on a planted violation')
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
