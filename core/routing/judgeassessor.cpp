// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "judgeassessor.h"

#include "providers/chatclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(JudgeAssessor)
};

QString quoted(const QString &reply)
{
    constexpr qsizetype kShown = 80;
    const QString simple = reply.simplified();
    return simple.size() > kShown ? simple.left(kShown) + QChar(0x2026) : simple;
}
} // namespace

QString JudgeAssessor::rubric()
{
    return QStringLiteral("You grade an AI assistant's answer to a user's prompt.\n"
                          "Judge whether the answer is correct, complete and follows the prompt's instructions.\n"
                          "1 means fully correct and complete; 0 means wrong, off-topic or unusable; use values in "
                          "between for partly correct answers.\n"
                          "Reply with exactly one line of the form\n"
                          "SCORE: X\n"
                          "where X is a decimal number from 0 to 1, for example SCORE: 0.85. Write nothing else.");
}

ChatRequest JudgeAssessor::judgeRequest(const QString &prompt, const QString &answer)
{
    ChatRequest request = ChatRequest::fromPrompt(
        QStringLiteral("PROMPT:\n<<<\n%1\n>>>\n\nANSWER:\n<<<\n%2\n>>>").arg(prompt, answer), rubric());
    request.temperature = 0.0;
    return request;
}

Result<double> JudgeAssessor::parseScore(const QString &reply)
{
    static const QRegularExpression number(QStringLiteral("[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+"));
    static const QRegularExpression scoreLine(QStringLiteral("^[ \\t]*SCORE:[ \\t]*([0-9]+(?:\\.[0-9]+)?)[ \\t]*$"),
                                              QRegularExpression::MultilineOption);
    int numbers = 0;
    for (auto it = number.globalMatch(reply); it.hasNext(); it.next())
        ++numbers;
    const QRegularExpressionMatch match = scoreLine.match(reply);
    if (!match.hasMatch())
        return Result<double>::failure(Texts::tr("the judge's reply has no line “SCORE: X”: “%1”").arg(quoted(reply)));
    if (numbers != 1)
        return Result<double>::failure(
            Texts::tr("the judge's reply contains %1 numbers, not exactly one: “%2”").arg(numbers).arg(quoted(reply)));
    const double score = match.captured(1).toDouble();
    if (score < 0.0 || score > 1.0)
        return Result<double>::failure(Texts::tr("the judge's score %1 is outside 0–1").arg(match.captured(1)));
    return score;
}

QCoro::Task<Assessment> JudgeAssessor::assess(AssessmentContext context)
{
    const QString assessorId = QStringLiteral("judge");
    if (!context.client)
        co_return Assessment::unavailable(assessorId, Texts::tr("no chat client to call the judge with"));

    const ChatRequest request = judgeRequest(context.prompt, context.answer.text);
    const QString key = context.keys ? context.keys(m_judge.endpoint) : QString();
    const ChatResult verdict = co_await context.client->send(m_judge.endpoint, request, key, {}, context.cancel);

    Assessment assessment;
    assessment.assessor = assessorId;
    assessment.cost = m_judge.costOf(verdict, request.system + request.messages.constFirst().content);
    assessment.latencyMs = verdict.latencyMs;
    if (!verdict.ok()) {
        assessment.reason = Texts::tr("the judge %1 failed: %2").arg(m_judge.endpoint.name, verdict.error->message);
        co_return assessment;
    }
    const Result<double> score = parseScore(verdict.text);
    if (!score) {
        assessment.reason = score.error();
        co_return assessment;
    }
    assessment.confidence = score.value();
    assessment.reason = Texts::tr("%1 graded it %2").arg(m_judge.endpoint.name, verdict.text.trimmed());
    co_return assessment;
}
