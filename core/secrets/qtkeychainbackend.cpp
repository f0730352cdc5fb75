// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "secrets/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QCoroSignal>
#include <QFileInfo>

#include <memory>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(QtKeychainBackend)
};

struct JobDeleter
{
    void operator()(QKeychain::Job *job) const
    {
        if (job)
            job->deleteLater();
    }
};

/// Runs a configured job and turns its outcome into a reply. The job never holds more than
/// the one secret it reads or writes, and its error text is QtKeychain's, without the secret.
QCoro::Task<KeychainReply> runJob(std::unique_ptr<QKeychain::Job, JobDeleter> job, int timeoutMs,
                                  std::function<QString(QKeychain::Job *)> secretOf)
{
    QKeychain::Job *j = job.get();
    j->setAutoDelete(false);
    j->start();
    const auto finished = co_await qCoro(j, &QKeychain::Job::finished, std::chrono::milliseconds(timeoutMs));
    KeychainReply reply;
    if (!finished) {
        reply.status = KeychainReply::Status::Unavailable;
        reply.message = Texts::tr("the keychain service did not answer within %1 ms").arg(timeoutMs);
        co_return reply;
    }
    switch (j->error()) {
    case QKeychain::NoError:
        reply.status = KeychainReply::Status::Ok;
        if (secretOf)
            reply.secret = secretOf(j);
        break;
    case QKeychain::EntryNotFound:
        reply.status = KeychainReply::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.status = KeychainReply::Status::Unavailable;
        reply.message = j->errorString();
        break;
    case QKeychain::OtherError:
        // libsecret without a Secret Service on the bus ends here too: treat it as absent.
        reply.status = KeychainReply::Status::Unavailable;
        reply.message = j->errorString();
        break;
    default:
        reply.status = KeychainReply::Status::Failed;
        reply.message = j->errorString();
        break;
    }
    co_return reply;
}
} // namespace

QtKeychainBackend::QtKeychainBackend(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

QString QtKeychainBackend::unavailableReason() const
{
    if (qEnvironmentVariableIntValue("RIGHTSIZE_NO_KEYCHAIN") != 0)
        return Texts::tr("RIGHTSIZE_NO_KEYCHAIN is set");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Secret Service and KWallet are reached over the D-Bus session bus; without one, libdbus
    // would try to autolaunch a bus (needing X11) and QtKeychain would fail after a delay.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus")))
            return Texts::tr("no D-Bus session bus (no desktop session)");
    }
#endif
    return {};
}

QCoro::Task<KeychainReply> QtKeychainBackend::read(QString account)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        co_return KeychainReply{KeychainReply::Status::Unavailable, {}, reason};
    std::unique_ptr<QKeychain::Job, JobDeleter> job(new QKeychain::ReadPasswordJob(m_service));
    job->setKey(account);
    co_return co_await runJob(std::move(job), m_timeoutMs, [](QKeychain::Job *j) {
        return static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
}

QCoro::Task<KeychainReply> QtKeychainBackend::write(QString account, QString secret)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        co_return KeychainReply{KeychainReply::Status::Unavailable, {}, reason};
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setInsecureFallback(false);
    write->setKey(account);
    write->setTextData(secret);
    co_return co_await runJob(std::unique_ptr<QKeychain::Job, JobDeleter>(write), m_timeoutMs, {});
}

QCoro::Task<KeychainReply> QtKeychainBackend::remove(QString account)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        co_return KeychainReply{KeychainReply::Status::Unavailable, {}, reason};
    std::unique_ptr<QKeychain::Job, JobDeleter> job(new QKeychain::DeletePasswordJob(m_service));
    job->setKey(account);
    co_return co_await runJob(std::move(job), m_timeoutMs, {});
}
