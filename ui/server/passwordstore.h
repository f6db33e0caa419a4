#pragma once

#include <QString>

#include <optional>

namespace salesplan::ui {

// Where the team server's password is remembered: the system's keychain (GNOME Keyring or
// KWallet through the Secret Service, the macOS Keychain, the Windows Credential Manager),
// never a file or QSettings. Each call gives up after a few seconds — a keychain that is locked,
// asks for its own password or has no service behind it must not hang the window — and says why
// in words, so that the caller falls back to asking for the password.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;

    // The password kept under `key`, none when there is none, or the reason it cannot be read.
    struct Read
    {
        std::optional<QString> password;
        QString problem; // empty when the keychain answered (with or without a password)
    };
    virtual Read read(const QString &key) = 0;
    // Keeps `password` under `key`; the reason it could not, or nothing.
    virtual QString write(const QString &key, const QString &password) = 0;
    // Forgets the password under `key` (nothing when there is none); the reason it could not.
    virtual QString remove(const QString &key) = 0;
};

// The system keychain through QtKeychain, under the service "SalesPlan team server".
class KeychainPasswordStore : public PasswordStore
{
public:
    // How long one keychain call may take before it is given up.
    explicit KeychainPasswordStore(int timeoutMs = 3000);

    Read read(const QString &key) override;
    QString write(const QString &key, const QString &password) override;
    QString remove(const QString &key) override;

private:
    int m_timeoutMs;
};

} // namespace salesplan::ui
