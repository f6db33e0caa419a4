#pragma once

#include "server/serverlogin.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace salesplan::server {
class TeamServer;
}

namespace salesplan::ui {

class PasswordStore;

// Signs in at the team server: the server's address, the user, the unit and the password, with
// "Remember the password in the system keychain". It opens with the last login (QSettings) and
// the password the keychain keeps for it; OK signs in and closes only once the server has let the
// user in — a refusal (wrong password, no server there) is shown in the dialog, in words and
// never with the password. A keychain that cannot be read or written is said so, and the password
// is asked for instead.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // What the login is for: publishing a unit's plan needs the unit; publishing a team plan
    // (the director's allocation, or a unit's team plan) and opening do not (a director has none).
    enum class Purpose { Publish, PublishTeamPlan, Open };

    ServerConnectionDialog(server::TeamServer *server, PasswordStore *passwords, Purpose purpose,
                           QWidget *parent = nullptr);

    ServerLogin login() const;
    // What the caller should tell the user after the dialog, e.g. that the keychain could not
    // keep the password; empty when all went well.
    QString note() const { return m_note; }
    // The problem the dialog shows, empty when none.
    QString problem() const;

public slots:
    // Signs in with what is typed; accepts the dialog once in.
    void signIn();

private:
    void fillPassword();
    void keepPassword();
    void showProblem(const QString &text);
    QString checkInputs() const;
    static QString introText(Purpose purpose);

    server::TeamServer *m_server;
    PasswordStore *m_passwords;
    Purpose m_purpose;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_unit;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_problem;
    QString m_note;
};

} // namespace salesplan::ui
