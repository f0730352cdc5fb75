// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// A child process for tst_runrecorder's kill test: it records runs through a RunRecorder fed by a
// ComparisonRunner whose signals it emits itself, forever, until the test kills it (SIGKILL).
// Every run has three responses; position p streams the deltas "p<p>-<i> " for i < 20 + 30·p,
// so the test knows each finished text exactly and that an interrupted one is a prefix of it.
#include "compare/comparisonrunner.h"
#include "store/database.h"
#include "store/runrecorder.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {
constexpr int kPositions = 3;

int deltaCount(int position)
{
    return 20 + 30 * position;
}

QString delta(int position, int i)
{
    return QStringLiteral("p%1-%2 ").arg(position).arg(i);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: recorderchild DATABASE\n");
        return 2;
    }
    Database database;
    if (const Status opened = database.open(QString::fromLocal8Bit(argv[1])); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    ComparisonRunner runner;
    RunRecorder recorder(database);
    recorder.setFlushInterval(5); // many commits, so that kills land mid-write too
    recorder.attach(&runner);

    RunRecord run;
    QList<int> sent(kPositions, 0);
    QList<QString> texts(kPositions);
    int finished = 0;
    int runs = 0;
    auto startRun = [&] {
        run = RunRecord{};
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.origin = QStringLiteral("killtest");
        run.prompt.user = QStringLiteral("kill test run %1").arg(runs);
        for (int p = 0; p < kPositions; ++p) {
            ResponseRecord response;
            response.position = p;
            response.endpoint.name = QStringLiteral("fake-%1").arg(p);
            response.endpoint.model = QStringLiteral("model-%1").arg(p);
            response.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
            run.responses.append(response);
            sent[p] = 0;
            texts[p].clear();
        }
        finished = 0;
        emit runner.runStarted(run);
        for (int p = 0; p < kPositions; ++p)
            emit runner.responseStarted(p);
    };

    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        for (int p = 0; p < kPositions; ++p) {
            if (sent[p] >= deltaCount(p))
                continue;
            const QString d = delta(p, sent[p]++);
            texts[p] += d;
            emit runner.textAppended(p, d);
            if (sent[p] == deltaCount(p)) {
                ResponseRecord &response = run.responses[p];
                response.status = ResponseRecord::Status::Complete;
                response.result.text = texts[p];
                response.result.finishReason = QStringLiteral("stop");
                response.result.outputTokens = deltaCount(p);
                response.result.latencyMs = 10.0 * deltaCount(p);
                emit runner.responseFinished(p, response);
                ++finished;
            }
        }
        if (finished == kPositions) {
            emit runner.runFinished(run);
            ++runs;
            if (runs == 1) {
                // The test starts its random kill delay once one run is surely stored.
                recorder.waitForIdle();
                std::printf("ready\n");
                std::fflush(stdout);
            }
            startRun();
        }
    });
    QTimer::singleShot(0, &app, [&] {
        startRun();
        tick.start();
    });
    return QCoreApplication::exec();
}
