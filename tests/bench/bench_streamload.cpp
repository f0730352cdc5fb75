// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
//
// The CPU the application uses while N endpoints stream T tokens per second each into the
// Compare page (offscreen), and the longest event-loop stall meanwhile. The streaming server
// runs in a child process (this program started with --serve) so that its work is not counted.
//
//   bench_streamload [--endpoints 8] [--rate 2000] [--seconds 30] [--no-page]
//
// Not a Google Benchmark: it prints its figures once; a Release build gives the figures to quote.
#include "catalog/catalogregistry.h"
#include "compare/comparisonrunner.h"
#include "decision/workbench.h"
#include "pages/comparepage.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "secrets/apikeystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU time of the calling thread (the GUI thread), in milliseconds.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readLine() : QByteArray("?\n");
}

/// Streams OpenAI-style SSE, one event per token as llama-server does, at `rate` tokens per
/// second for `seconds`, then finish_reason, usage and [DONE], and closes.
int serve(int rate, int seconds, int servers)
{
    // One port per endpoint: QNetworkAccessManager opens at most 6 connections per host and port,
    // so endpoints sharing one would queue rather than stream side by side.
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    QByteArray ports;
    for (int i = 0; i < servers; ++i) {
        listeners.push_back(std::make_unique<QTcpServer>());
        if (!listeners.back()->listen(QHostAddress::LocalHost))
            return 1;
        ports += QByteArray::number(listeners.back()->serverPort()) + ' ';
    }
    std::printf("%s\n", ports.constData());
    std::fflush(stdout);
    constexpr int kTickMs = 10;
    const int perTick = std::max(1, rate * kTickMs / 1000);
    const qint64 total = qint64(rate) * seconds;
    for (const auto &listener : listeners) {
        QTcpServer &server = *listener;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, perTick, total] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                auto started = std::make_shared<bool>(false);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, started, perTick, total] {
                    socket->readAll(); // the request: its content does not matter here
                    if (*started)
                        return;
                    *started = true;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
                    auto *timer = new QTimer(socket);
                    auto sent = std::make_shared<qint64>(0);
                    QElapsedTimer *clock = new QElapsedTimer;
                    clock->start();
                    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, perTick, total, clock] {
                        // Catch up on the clock, so that the rate holds even when a tick is late.
                        const qint64 due = std::min(total, clock->elapsed() * perTick / kTickMs);
                        QByteArray out;
                        for (; *sent < due; ++*sent) {
                            const char *token = (*sent % 60 == 59) ? "\\n\\n" : " word";
                            out += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
                            out += token;
                            out += "\"},\"finish_reason\":null}]}\n\n";
                        }
                        if (*sent >= total) {
                            out += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}],"
                                   "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":" +
                                QByteArray::number(total) +
                                "}}\n\n"
                                "data: [DONE]\n\n";
                            timer->stop();
                            delete clock;
                            socket->write(out);
                            socket->disconnectFromHost();
                            return;
                        }
                        socket->write(out);
                    });
                    timer->start(kTickMs);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--serve") == 0) {
            QCoreApplication app(argc, argv);
            return serve(QByteArray(argv[i + 1]).toInt(), QByteArray(argv[i + 2]).toInt(),
                         QByteArray(argv[i + 3]).toInt());
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("RIGHTSIZE_NO_KEYCHAIN", "1");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("endpoints"), QStringLiteral("Endpoints streaming at once."),
                        QStringLiteral("N"), QStringLiteral("8")},
                       {QStringLiteral("rate"), QStringLiteral("Tokens per second per endpoint."), QStringLiteral("N"),
                        QStringLiteral("2000")},
                       {QStringLiteral("seconds"), QStringLiteral("How long each streams."), QStringLiteral("N"),
                        QStringLiteral("30")},
                       {QStringLiteral("no-page"),
                        QStringLiteral("Runner only, no Compare page (the network and decoding share).")}});
    parser.process(app);
    const int endpoints = parser.value(QStringLiteral("endpoints")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const bool withPage = !parser.isSet(QStringLiteral("no-page"));

    QProcess server;
    server.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--serve"), QString::number(rate), QString::number(seconds), QString::number(endpoints)});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the streaming server did not start\n");
        return 1;
    }
    const QList<QByteArray> ports = server.readLine().trimmed().split(' ');

    QTemporaryDir dir;
    CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
    Workbench workbench(registry);
    EndpointStore store(dir.filePath(QStringLiteral("endpoints.json")));
    QStringList names;
    for (int i = 0; i < endpoints; ++i) {
        Endpoint e;
        e.name = QStringLiteral("server-%1").arg(i);
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(QString::fromLatin1(ports.value(i))));
        e.model = QStringLiteral("tiny");
        store.add(e);
        names << e.name;
    }
    ApiKeyStore keys(nullptr, [](const QString &) { return QString(); });
    QNetworkAccessManager network;
    ChatClient client(&network);
    ComparisonRunner runner(&client);
    runner.setConcurrency(endpoints);
    runner.setKeyStore(&keys);
    std::unique_ptr<ComparePage> page;
    if (withPage) {
        ComparePage::Services services{&store, &keys, &runner, nullptr};
        page = std::make_unique<ComparePage>(workbench, services);
        page->findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(endpoints);
        page->resize(1600, 900);
        page->show();
    }

    // Heartbeat: a 5 ms timer; the longest gap between its ticks is the longest stall. On a
    // busy machine a gap also holds the time the process waited for a core, so the main
    // thread's own CPU time within each gap is kept too: the longest of those is the work that
    // blocked the event loop, whatever the load.
    QElapsedTimer beat;
    qint64 longestGapMs = 0;
    double longestBusyMs = 0.0;
    double lastThreadCpuMs = 0.0;
    qint64 gapsOver16 = 0;
    qint64 busyOver16 = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 gap = beat.restart();
        longestGapMs = std::max(longestGapMs, gap);
        gapsOver16 += gap > 16 ? 1 : 0;
        const double cpu = threadCpuMs();
        const double busy = cpu - lastThreadCpuMs;
        lastThreadCpuMs = cpu;
        longestBusyMs = std::max(longestBusyMs, busy);
        busyOver16 += busy > 16.0 ? 1 : 0;
    });

    qint64 deltas = 0;
    QObject::connect(&runner, &ComparisonRunner::textAppended, &runner, [&deltas](int, const QString &) { ++deltas; });
    double cpuStart = 0;
    QElapsedTimer wall;
    RunRecord finished;
    QObject::connect(&runner, &ComparisonRunner::runFinished, &app, [&](const RunRecord &run) {
        finished = run;
        QCoreApplication::quit();
    });
    QTimer::singleShot(200, &app, [&] {
        PromptTemplate prompt;
        prompt.user = QStringLiteral("Stream");
        cpuStart = cpuSeconds();
        wall.start();
        beat.start();
        lastThreadCpuMs = threadCpuMs();
        heartbeat.start(5);
        Status started = success();
        if (page) {
            page->setPrompt(prompt);
            page->setCheckedEndpoints(names);
            started = page->run();
        } else {
            QList<Endpoint> list = store.endpoints();
            started = runner.start(prompt, list);
        }
        if (!started.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error()));
            QCoreApplication::exit(1);
        }
    });
    const int rc = QApplication::exec();
    const double cpu = cpuSeconds() - cpuStart;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    server.kill();
    server.waitForFinished();
    if (rc != 0)
        return rc;

    qint64 chars = 0;
    qint64 tokens = 0;
    int complete = 0;
    for (const ResponseRecord &r : finished.responses) {
        chars += r.result.text.size();
        tokens += r.result.outputTokens.value_or(0);
        complete += r.status == ResponseRecord::Status::Complete ? 1 : 0;
        if (page && page->columnText(r.position).size() != r.result.text.size())
            std::fprintf(stderr, "column %d shows %lld of %lld characters\n", r.position,
                         qlonglong(page->columnText(r.position).size()), qlonglong(r.result.text.size()));
    }
    std::printf("endpoints %d x %d tokens/s for %d s, %s\n", endpoints, rate, seconds,
                withPage ? "into the Compare page (offscreen)" : "runner only, no page");
    std::printf("complete responses   %d / %d\n", complete, endpoints);
    std::printf("tokens received      %lld (%.0f tokens/s overall)\n", qlonglong(tokens), double(tokens) / elapsed);
    std::printf("characters shown     %lld\n", qlonglong(chars));
    std::printf("text deltas          %lld\n", qlonglong(deltas));
    std::printf("wall time            %.2f s\n", elapsed);
    std::printf("CPU (user+sys)       %.2f s = %.1f %% of one core\n", cpu, 100.0 * cpu / elapsed);
    std::printf("longest loop stall   %lld ms (5 ms heartbeat); gaps over 16 ms: %lld\n", qlonglong(longestGapMs),
                qlonglong(gapsOver16));
    std::printf("longest busy stretch %.1f ms of main-thread CPU between two beats; over 16 ms: %lld\n", longestBusyMs,
                qlonglong(busyOver16));
    std::printf("load average         %s", loadAverage().constData());
    return complete == endpoints ? 0 : 2;
}
