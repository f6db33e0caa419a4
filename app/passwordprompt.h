#pragma once

#include <QString>

#include <optional>

namespace salesplan {

// The passwords the command line reads for the team server: from standard input, one a line in
// the order asked (--password-stdin, or a script that pipes them), or typed at the terminal
// without being shown. Never from the command line, where other users' `ps` would see them.
class PasswordInput
{
public:
    // `fromStdin`: the first password asked (your own) is the first line of standard input.
    explicit PasswordInput(bool fromStdin);

    // Your own password: from standard input when told; else empty (PGPASSWORD, ~/.pgpass or
    // no password) when PGPASSWORD is set or nobody is at a terminal; else typed at `prompt`.
    QString own(const QString &prompt);
    // A password to give a new role: the next line of standard input, or typed at the terminal
    // (twice); none when neither is there.
    std::optional<QString> forNewRole(const QString &prompt, const QString &again);

    static bool stdinIsTerminal();

private:
    QString readLine();
    static QString typed(const QString &prompt);

    bool m_fromStdin;
};

} // namespace salesplan
