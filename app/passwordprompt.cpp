#include "passwordprompt.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace salesplan {

namespace {

// Turns the terminal's echo off while it lives, and back on after.
class HiddenInput
{
public:
    HiddenInput()
    {
#if defined(Q_OS_UNIX)
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#elif defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_saved);
        if (m_active)
            SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    }
    ~HiddenInput()
    {
#if defined(Q_OS_UNIX)
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        if (m_active)
            SetConsoleMode(m_handle, m_saved);
#endif
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    bool m_active = false;
#if defined(Q_OS_UNIX)
    termios m_saved{};
#elif defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#endif
};

#if defined(Q_OS_WIN)
// A line typed at the Windows console, read as UTF-16 (ReadConsoleW) so that a password in any
// language (密码) arrives whole whatever the console's code page (std::cin would hand over the
// code page's bytes, not UTF-8); none when standard input is no console.
std::optional<QString> consoleLine()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    QString line;
    wchar_t buffer[256];
    DWORD read = 0;
    while (!line.endsWith(u'\n')) {
        if (!ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr))
            return line.isEmpty() ? std::nullopt : std::optional<QString>(line);
        if (read == 0)
            break;
        line += QString::fromWCharArray(buffer, int(read));
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}
#endif

// A line of standard input, taken as UTF-8.
QString stdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

PasswordInput::PasswordInput(bool fromStdin)
    : m_fromStdin(fromStdin)
{}

bool PasswordInput::stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

QString PasswordInput::readLine()
{
    return stdinLine();
}

QString PasswordInput::typed(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QString password;
    {
        HiddenInput hidden;
#if defined(Q_OS_WIN)
        const std::optional<QString> line = consoleLine();
        password = line ? *line : stdinLine();
#else
        password = stdinLine();
#endif
    }
    err << u'\n' << Qt::flush;
    return password;
}

QString PasswordInput::own(const QString &prompt)
{
    if (m_fromStdin) {
        m_fromStdin = false; // the next line is someone else's
        return readLine();
    }
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !stdinIsTerminal())
        return QString();
    return typed(prompt);
}

std::optional<QString> PasswordInput::forNewRole(const QString &prompt, const QString &again)
{
    if (!stdinIsTerminal()) {
        const QString line = readLine();
        return line.isEmpty() ? std::nullopt : std::optional<QString>(line);
    }
    const QString first = typed(prompt);
    if (first.isEmpty() || typed(again) != first)
        return std::nullopt;
    return first;
}

} // namespace salesplan
