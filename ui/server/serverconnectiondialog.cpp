#include "server/serverconnectiondialog.h"

#include "server/passwordstore.h"
#include "server/serverurl.h"
#include "server/teamserver.h"
#include "severitystyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesplan::ui {

ServerConnectionDialog::ServerConnectionDialog(server::TeamServer *server, PasswordStore *passwords,
                                               Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_passwords(passwords)
    , m_purpose(purpose)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    const bool publishing = purpose != Purpose::Open;
    setWindowTitle(publishing ? tr("Publish to Team Server") : tr("Open from Team Server"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://plans.example.com/salesplan"));
    m_url->setToolTip(tr("The team server's address. Add ?sslmode=require (or verify-full) for "
                         "an encrypted connection."));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setPlaceholderText(tr("Your user name on the server"));
    m_unit->setObjectName(QStringLiteral("serverUnit"));
    m_unit->setPlaceholderText(purpose == Purpose::Publish
                                   ? tr("The unit this plan is for, e.g. East")
                                   : tr("Your unit; empty for a director"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setWordWrap(true);
    QPalette errorText = m_problem->palette();
    errorText.setColor(QPalette::WindowText, severityColor(Severity::Error, errorText));
    m_problem->setPalette(errorText);
    m_problem->hide();

    const ServerLogin last = ServerLogin::remembered();
    m_url->setText(last.url);
    m_user->setText(last.user);
    m_unit->setText(last.unit);

    auto *intro = new QLabel(introText(purpose), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(publishing ? tr("Publish") : tr("Open"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectionDialog::reject);
    fillPassword();
}

QString ServerConnectionDialog::introText(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Publish:
        return tr("Publishing sends this plan to the team server as the unit's next version. Your "
                  "file stays as it is.");
    case Purpose::PublishTeamPlan:
        return tr("Publishing sends this team plan to the team server as the next version of the "
                  "allocation: each unit's manager sees the target allocated to the unit. Your "
                  "file stays as it is.");
    case Purpose::Open:
        break;
    }
    return tr("Opening fetches the director's allocation and what the units have published, to "
              "read.");
}

ServerLogin ServerConnectionDialog::login() const
{
    return {m_url->text().trimmed(), m_user->text().trimmed(), m_unit->text().trimmed()};
}

QString ServerConnectionDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ServerConnectionDialog::fillPassword()
{
    const ServerLogin last = login();
    if (last.url.isEmpty() || last.user.isEmpty())
        return;
    const PasswordStore::Read kept = m_passwords->read(last.keychainKey());
    if (!kept.problem.isEmpty()) {
        m_keychainNote->setText(
            tr("The system keychain could not be read (%1): type the password.").arg(kept.problem));
        m_keychainNote->show();
        return;
    }
    if (kept.password) {
        m_password->setText(*kept.password);
        m_remember->setChecked(true);
    }
}

QString ServerConnectionDialog::checkInputs() const
{
    const ServerLogin typed = login();
    if (typed.url.isEmpty() || typed.user.isEmpty())
        return tr("Give the server's address and your user name.");
    if (m_purpose == Purpose::Publish && typed.unit.isEmpty())
        return tr("Say which unit this plan is for.");
    const auto address = server::parseServerUrl(typed.signInUrl());
    if (!address)
        return address.error().message();
    if (!address->password.isEmpty())
        return tr("Type the password in the Password field, not in the address: the address is "
                  "remembered, a password never is.");
    return {};
}

void ServerConnectionDialog::signIn()
{
    if (const QString wrong = checkInputs(); !wrong.isEmpty()) {
        showProblem(wrong);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_server->connect(login().signInUrl(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!connected) {
        QString message = connected.error().message();
        if (!m_password->text().isEmpty()) // the server's words never hold it; make sure
            message.replace(m_password->text(), QStringLiteral("***"));
        showProblem(message);
        return;
    }
    login().remember();
    keepPassword();
    accept();
}

void ServerConnectionDialog::keepPassword()
{
    const QString key = login().keychainKey();
    if (!m_remember->isChecked()) {
        m_passwords->remove(key); // a failure leaves nothing worse than before
        return;
    }
    if (const QString problem = m_passwords->write(key, m_password->text()); !problem.isEmpty())
        m_note = tr("The password could not be kept in the system keychain (%1): you will be "
                    "asked for it next time.")
                     .arg(problem);
}

void ServerConnectionDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace salesplan::ui
