// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "voterepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(VoteRepository)
};

QDateTime fromTimestamp(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QString timestamp(const QDateTime &at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

constexpr Vote::Outcome kOutcomes[] = {Vote::Outcome::ABetter, Vote::Outcome::BBetter, Vote::Outcome::Tie,
                                       Vote::Outcome::BothBad};
} // namespace

VoteRepository::VoteRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{ }

QString VoteRepository::outcomeName(Vote::Outcome outcome)
{
    switch (outcome) {
    case Vote::Outcome::ABetter:
        return QStringLiteral("a_better");
    case Vote::Outcome::BBetter:
        return QStringLiteral("b_better");
    case Vote::Outcome::Tie:
        return QStringLiteral("tie");
    case Vote::Outcome::BothBad:
        return QStringLiteral("both_bad");
    }
    return {};
}

std::optional<Vote::Outcome> VoteRepository::outcomeFromName(QStringView name)
{
    for (Vote::Outcome outcome : kOutcomes) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

Result<qint64> VoteRepository::addVote(const Vote &vote)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO votes (run_id, position_a, position_b, outcome, at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(vote.runId);
    q.addBindValue(vote.positionA);
    q.addBindValue(vote.positionB);
    q.addBindValue(outcomeName(vote.outcome));
    q.addBindValue(timestamp(vote.at));
    if (!q.exec())
        return Result<qint64>::failure(Texts::tr("Cannot store the vote on run %1 in %2: %3")
                                           .arg(vote.runId)
                                           .arg(m_database.path(), q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status VoteRepository::setThumb(const Thumb &thumb)
{
    QSqlQuery q(m_db);
    if (thumb.value == 0) {
        q.prepare(QStringLiteral("DELETE FROM thumbs WHERE run_id = ? AND position = ?"));
        q.addBindValue(thumb.runId);
        q.addBindValue(thumb.position);
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO thumbs (run_id, position, value, at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (run_id, position) DO UPDATE SET value = excluded.value, at = excluded.at"));
        q.addBindValue(thumb.runId);
        q.addBindValue(thumb.position);
        q.addBindValue(thumb.value > 0 ? 1 : -1);
        q.addBindValue(timestamp(thumb.at));
    }
    if (!q.exec())
        return Status::failure(Texts::tr("Cannot store the rating of run %1 in %2: %3")
                                   .arg(thumb.runId)
                                   .arg(m_database.path(), q.lastError().text()));
    return success();
}

Result<QList<Vote>> VoteRepository::votes(qint64 runId) const
{
    return votes(QList<qint64>{runId});
}

Result<QList<Vote>> VoteRepository::votes(const QList<qint64> &runIds) const
{
    QString sql = QStringLiteral("SELECT run_id, position_a, position_b, outcome, at FROM votes");
    if (!runIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : runIds)
            ids << QString::number(id);
        sql += QStringLiteral(" WHERE run_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql + QStringLiteral(" ORDER BY id")))
        return Result<QList<Vote>>::failure(
            Texts::tr("Cannot read votes from %1: %2").arg(m_database.path(), q.lastError().text()));
    QList<Vote> list;
    while (q.next()) {
        Vote v;
        v.runId = q.value(0).toLongLong();
        v.positionA = q.value(1).toInt();
        v.positionB = q.value(2).toInt();
        v.outcome = outcomeFromName(q.value(3).toString()).value_or(Vote::Outcome::Tie);
        v.at = fromTimestamp(q.value(4));
        list.append(v);
    }
    return list;
}

Result<QList<Thumb>> VoteRepository::thumbs(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT run_id, position, value, at FROM thumbs WHERE run_id = ? ORDER BY position"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<Thumb>>::failure(
            Texts::tr("Cannot read ratings from %1: %2").arg(m_database.path(), q.lastError().text()));
    QList<Thumb> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), fromTimestamp(q.value(3))});
    return list;
}
