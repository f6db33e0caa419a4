#include "server/passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace salesplan::ui {

namespace {

struct Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

const QString service = QStringLiteral("SalesPlan team server");

// Runs `job` until it finishes or `timeoutMs` pass; the reason it failed, or nothing. A job
// given up on is left to finish on its own and delete itself.
QString runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a password in clear in a settings file
    QEventLoop loop;
    bool finished = false;
    QString problem;
    QObject::connect(
        job, &QKeychain::Job::finished, &loop, [&loop, &finished, &problem](QKeychain::Job *done) {
            finished = true;
            if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                problem = done->errorString();
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        return Keychain::tr("the system keychain did not answer within %n second(s)", nullptr,
                            timeoutMs / 1000);
    }
    return problem;
}

} // namespace

KeychainPasswordStore::KeychainPasswordStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

PasswordStore::Read KeychainPasswordStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    QString password;
    bool found = false;
    const QObject guard; // the answer is taken only while this call waits for it
    QObject::connect(job, &QKeychain::Job::finished, &guard,
                     [job, &password, &found](QKeychain::Job *) {
                         found = job->error() == QKeychain::NoError;
                         password = job->textData();
                     });
    const QString problem = runJob(job, m_timeoutMs);
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    return {found ? std::optional<QString>(password) : std::nullopt, QString()};
}

QString KeychainPasswordStore::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(password);
    return runJob(job, m_timeoutMs);
}

QString KeychainPasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    return runJob(job, m_timeoutMs);
}

} // namespace salesplan::ui
