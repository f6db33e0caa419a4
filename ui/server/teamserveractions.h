#pragma once

#include "plan/result.h"
#include "server/serverconnectiondialog.h"
#include "server/serverlogin.h"
#include "server/teamserver.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace salesplan::ui {

class PasswordStore;
class PlanDocument;
class TeamFiguresDialog;

// File ▸ Publish to Team Server… and File ▸ Open from Team Server…: each signs in through the
// connection dialog, then publishes the open plan as its unit's next version, or fetches the
// allocation and shows the team's figures (read-only): for the director consolidated over the
// units' published plans, for a manager over every unit's published figures. A refusal
// of the server is shown in words — a stale basis with what changed, a missing permission, a
// failed sign-in — in a message box that does not block. The versions a publish is checked
// against are the plan's own (Plan::teamServer, in its file): both actions record them there.
class TeamServerActions : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; `passwords` (owned) is the keychain, or a stand-in in tests.
    TeamServerActions(QWidget *window, std::unique_ptr<PasswordStore> passwords,
                      QObject *parent = nullptr);
    ~TeamServerActions() override;

    // Asks for the login, then publishes `document`'s plan checked against what it is based on,
    // and records the version made in it; the published version, or why not (the dialog
    // cancelled is an error with an empty message).
    Result<server::PublishedVersion> publish(PlanDocument *document);
    // Asks for the login, then fetches and shows the team's figures, and records in `document`
    // (when given) the allocation and unit version it is now based on, as `salesplan fetch`.
    TeamFiguresDialog *open(PlanDocument *document = nullptr);

    // The message box of the last refusal, while it is open.
    QMessageBox *refusal() const { return m_refusal; }

signals:
    // A line for the status bar: what was published, or a note about the keychain.
    void statusMessage(const QString &text);

private:
    // Signs `server` in through the connection dialog; false when cancelled.
    bool signIn(server::TeamServer &server, ServerConnectionDialog::Purpose purpose,
                ServerLogin *login);
    void showRefusal(const QString &title, server::ServerProblem problem, const QString &message);
    // A message box that does not block, kept as refusal() (one at a time).
    void showNotice(const QString &title, const QString &heading, const QString &text);
    // Records in `document` what its plan is based on at `server` now for `unit` (empty: the
    // allocation), unless the plan was fetched from another server or for another unit, or is
    // read-only; what changed since and the basis, in words.
    QString recordBasis(server::TeamServer &server, const QString &unit, PlanDocument *document);

    QWidget *m_window;
    std::unique_ptr<PasswordStore> m_passwords;
    QPointer<QMessageBox> m_refusal;
};

} // namespace salesplan::ui
