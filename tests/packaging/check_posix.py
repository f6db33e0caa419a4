#!/usr/bin/python3
"""Fails when product code (app/, core/, ui/) includes a POSIX-only header or calls a POSIX-only
function outside a Q_OS_UNIX guard, so the Windows build keeps compiling although we build on
Linux. Usage: check_posix.py FOLDER... ; prints each violation as FILE:LINE: what, exits 1."""

import pathlib
import re
import sys

POSIX_HEADERS = re.compile(
    r'#\s*include\s*[<"]('
    r'unistd\.h|fcntl\.h|pthread\.h|dlfcn\.h|signal\.h|csignal|termios\.h|pwd\.h|grp\.h|'
    r'dirent\.h|poll\.h|syslog\.h|spawn\.h|semaphore\.h|libgen\.h|fnmatch\.h|glob\.h|'
    r'sys/[\w/]+\.h|netinet/[\w/]+\.h|arpa/[\w/]+\.h|netdb\.h'
    r')[>"]')

# Called without an object: a POSIX function (dup and friends: see GLOBAL_ONLY).
POSIX_CALLS = re.compile(
    r'(?<![\w.>:])(?:::\s*)?('
    r'fork|vfork|execl|execlp|execle|execv|execvp|execve|waitpid|kill|getpid|getppid|getuid|'
    r'geteuid|getgid|setsid|setuid|fsync|fdatasync|mmap|munmap|mprotect|usleep|nanosleep|'
    r'sigaction|sigemptyset|sigaddset|sigprocmask|pthread_\w+|socketpair|dup2|fcntl|ioctl|'
    r'readlink|symlink|realpath|chown|lchown|mkstemp|mkdtemp|flock|lockf|getpwuid|getpwnam|'
    r'uname|sysconf|dlopen|dlsym|dlclose|isatty|ftruncate|posix_\w+'
    r')\s*\(')
# Names too common to flag bare (file.open(), a method read()): only the global ::name( call.
GLOBAL_ONLY = re.compile(r'(?<![\w>])::\s*(open|close|read|write|sleep|pipe|dup|stat|lstat|'
                         r'access|unlink|rmdir|mkdir|chmod|umask|alarm|pause|select|poll)\s*\(')

UNIX_GUARD = re.compile(r'\bQ_OS_(UNIX|LINUX|MACOS|DARWIN)\b')
SOURCE_SUFFIXES = {'.h', '.hpp', '.cpp', '.cc', '.mm'}


def without_comments_and_strings(text):
    """The text with comments and string/char literals blanked, line breaks kept."""
    pattern = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                         re.DOTALL)
    return pattern.sub(lambda m: re.sub(r'[^\n]', ' ', m.group(0)), text)


def guards_unix(condition, negated_directive=False):
    """(guarded, guarded_in_else) for a preprocessor condition."""
    if not UNIX_GUARD.search(condition):
        return False, False
    negated = negated_directive or re.search(r'!\s*(defined\s*\(?\s*)?Q_OS_', condition)
    return (False, True) if negated else (True, False)


def violations(path):
    found = []
    original = path.read_text(encoding='utf-8', errors='replace').splitlines()
    code = without_comments_and_strings(path.read_text(encoding='utf-8', errors='replace'))
    stack = []  # per open #if: [guarded now, guarded in the #else]
    for number, line in enumerate(code.splitlines(), start=1):
        directive = re.match(r'\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)', line)
        if directive:
            kind, condition = directive.groups()
            if kind in ('if', 'ifdef', 'ifndef'):
                stack.append(list(guards_unix(condition, kind == 'ifndef')))
            elif kind == 'elif' and stack:
                stack[-1][0] = guards_unix(condition)[0]
            elif kind == 'else' and stack:
                stack[-1][0] = stack[-1][1]
            elif kind == 'endif' and stack:
                stack.pop()
        if any(guarded for guarded, _ in stack):
            continue
        header = POSIX_HEADERS.search(original[number - 1] if number <= len(original) else '')
        if header and re.match(r'\s*#\s*include', line):
            found.append(f'{path}:{number}: includes <{header.group(1)}>')
        for call in (POSIX_CALLS, GLOBAL_ONLY):
            for match in call.finditer(line):
                found.append(f'{path}:{number}: calls {match.group(1)}()')
    return found


def main(folders):
    found = []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob('*')):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                found.extend(violations(path))
    for violation in found:
        print(violation)
    if found:
        print(f'{len(found)} POSIX-only use(s) outside a Q_OS_UNIX guard', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
