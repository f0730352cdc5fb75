// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ssedecoder.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
// "event|data|id" with the data's newlines written as \n, so expectations read like the wire.
QStringList describe(const QList<SseEvent> &events)
{
    QStringList lines;
    for (const SseEvent &event : events) {
        QString data = event.dataText();
        data.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        lines.append(QString::fromUtf8(event.event) + QLatin1Char('|') + data + QLatin1Char('|') +
                     QString::fromUtf8(event.id));
    }
    return lines;
}

QList<SseEvent> decodeChunks(const QList<QByteArray> &chunks)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    for (const QByteArray &chunk : chunks)
        events += decoder.feed(chunk);
    decoder.finish();
    return events;
}
} // namespace

class TestSseDecoder : public QObject
{
    Q_OBJECT
private slots:
    void specCases_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("simple") << QByteArray("data: hello\n\n") << QStringList{QStringLiteral("message|hello|")};
        QTest::addRow("no space after colon")
            << QByteArray("data:hello\n\n") << QStringList{QStringLiteral("message|hello|")};
        QTest::addRow("only one space stripped")
            << QByteArray("data:  two\n\n") << QStringList{QStringLiteral("message| two|")};
        QTest::addRow("multi-line data joined") << QByteArray("data: YHOO\ndata: +2\ndata: 10\n\n")
                                                << QStringList{QStringLiteral("message|YHOO\\n+2\\n10|")};
        QTest::addRow("spec comments and ids")
            << QByteArray(
                   ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n")
            << QStringList{QStringLiteral("message|first event|1"), QStringLiteral("message|second event|"),
                           QStringLiteral("message| third event|")};
        QTest::addRow("spec empty data and unterminated tail")
            << QByteArray("data\n\ndata\ndata\n\ndata:")
            << QStringList{QStringLiteral("message||"), QStringLiteral("message|\\n|")};
        QTest::addRow("spec two identical events")
            << QByteArray("data:test\n\ndata: test\n\n")
            << QStringList{QStringLiteral("message|test|"), QStringLiteral("message|test|")};
        QTest::addRow("named events")
            << QByteArray("event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n")
            << QStringList{QStringLiteral("add|73857293|"), QStringLiteral("remove|2153|"),
                           QStringLiteral("add|113411|")};
        QTest::addRow("event type resets after dispatch")
            << QByteArray("event: x\ndata: 1\n\ndata: 2\n\n")
            << QStringList{QStringLiteral("x|1|"), QStringLiteral("message|2|")};
        QTest::addRow("CRLF line ends") << QByteArray("event: e\r\ndata: a\r\ndata: b\r\n\r\n")
                                        << QStringList{QStringLiteral("e|a\\nb|")};
        QTest::addRow("CR line ends") << QByteArray("data: a\r\rdata: b\r\r")
                                      << QStringList{QStringLiteral("message|a|"), QStringLiteral("message|b|")};
        QTest::addRow("mixed line ends") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n")
                                         << QStringList{QStringLiteral("message|a\\nb\\nc|")};
        QTest::addRow("BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                    "data: x\n\n")
                                      << QStringList{QStringLiteral("message|x|")};
        QTest::addRow("only the first BOM stripped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                                   "data: x\n\ndata: y\n\n")
                                                     << QStringList{QStringLiteral("message|y|")};
        QTest::addRow("unterminated final event dropped")
            << QByteArray("data: a\n\ndata: b\n") << QStringList{QStringLiteral("message|a|")};
        QTest::addRow("event without data not dispatched") << QByteArray("event: ping\n\n") << QStringList{};
        QTest::addRow("unknown field and retry ignored")
            << QByteArray("foo: bar\nretry: 10\ndata: x\n\n") << QStringList{QStringLiteral("message|x|")};
        QTest::addRow("id persists") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                                     << QStringList{QStringLiteral("message|a|7"), QStringLiteral("message|b|7")};
        QTest::addRow("id with NUL ignored")
            << QByteArray("id: 1\n\nid: 2\0x\ndata: a\n\n", 25) << QStringList{QStringLiteral("message|a|1")};
        QTest::addRow("empty data line") << QByteArray("data:\n\n") << QStringList{QStringLiteral("message||")};
        QTest::addRow("colon in value") << QByteArray("data: a:b\n\n") << QStringList{QStringLiteral("message|a:b|")};
        QTest::addRow("comment between fields")
            << QByteArray("data: a\n: keep-alive\ndata: b\n\n") << QStringList{QStringLiteral("message|a\\nb|")};
        QTest::addRow("openai done") << QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n")
                                     << QStringList{QStringLiteral("message|{\"x\":1}|"),
                                                    QStringLiteral("message|[DONE]|")};
        QTest::addRow("utf-8") << QByteArray("data: h\xC3\xA9llo \xE4\xB8\x96\xE7\x95\x8C \xF0\x9F\x8E\x89\n\n")
                               << QStringList{QStringLiteral("message|h\u00E9llo \u4E16\u754C \U0001F389|")};
        QTest::addRow("empty stream") << QByteArray() << QStringList{};
    }

    void specCases()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(decodeChunks({stream})), expected);
    }

    // The same stream cut at every pair of byte boundaries decodes to the same events.
    void everySplitPoint_data() { specCases_data(); }
    void everySplitPoint()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            for (qsizetype j = i; j <= stream.size(); ++j) {
                const QStringList got = describe(decodeChunks({stream.left(i), stream.mid(i, j - i), stream.mid(j)}));
                if (got != expected)
                    QFAIL(qPrintable(QStringLiteral("split at %1 and %2: got %3").arg(i).arg(j).arg(got.join(u" / "))));
            }
        }
    }

    void oneByteAtATime_data() { specCases_data(); }
    void oneByteAtATime()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QList<QByteArray> bytes;
        for (char c : stream)
            bytes.append(QByteArray(1, c));
        QCOMPARE(describe(decodeChunks(bytes)), expected);
    }

    // A CR ending one chunk and an LF starting the next are one line end, not two
    // (two would be a blank line and dispatch "a" alone).
    void crAtChunkEndThenLf()
    {
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed("data: a\r");
        events += decoder.feed("\ndata: b\r");
        events += decoder.feed("\n\r");
        events += decoder.feed("\n");
        QCOMPARE(describe(events), QStringList{QStringLiteral("message|a\\nb|")});
        QVERIFY(!decoder.finish());
    }

    void utf8SplitAcrossChunks()
    {
        const QString text = QStringLiteral("h\u00E9llo \u4E16\u754C \U0001F389 \u00FC");
        const QByteArray stream = "data: " + text.toUtf8() + "\n\n";
        for (qsizetype i = 1; i < stream.size(); ++i) {
            SseDecoder decoder;
            QList<SseEvent> events = decoder.feed(stream.left(i));
            events += decoder.feed(stream.mid(i));
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().dataText(), text);
        }
    }

    void finishReportsPendingEvent_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("pending");
        QTest::addRow("clean end") << QByteArray("data: a\n\n") << false;
        QTest::addRow("data without blank line") << QByteArray("data: a\n") << true;
        QTest::addRow("partial line") << QByteArray("data: a\n\ndata: [DO") << true;
        QTest::addRow("event field only") << QByteArray("event: x\n") << true;
        QTest::addRow("trailing comment line") << QByteArray("data: a\n\n: bye\n") << false;
        QTest::addRow("nothing") << QByteArray() << false;
    }
    void finishReportsPendingEvent()
    {
        QFETCH(QByteArray, stream);
        QFETCH(bool, pending);
        SseDecoder decoder;
        decoder.feed(stream);
        QCOMPARE(decoder.finish(), pending);
        // After finish the decoder starts afresh: a BOM is accepted again.
        QCOMPARE(describe(decoder.feed("\xEF\xBB\xBF"
                                       "data: z\n\n")),
                 QStringList{QStringLiteral("message|z|")});
    }

    void callbackCountsEvents()
    {
        SseDecoder decoder;
        int calls = 0;
        decoder.feed("data: 1\n\ndata: 2\n\n: c\n\ndata: 3\n\n", [&calls](const SseEvent &) { ++calls; });
        QCOMPARE(calls, 3);
        QCOMPARE(decoder.eventCount(), 3);
        decoder.feed("retry: 2500\n\n");
        QCOMPARE(decoder.retryMs(), 2500);
    }

    // A 2 MiB event arriving one byte at a time must take linear time: the openai-node
    // bug recopied the buffer per chunk (~550 GB for 1 MiB). Quadratic behaviour here
    // would take minutes; linear takes well under a second even in a debug build.
    void longEventByteByByteIsLinear()
    {
        const qsizetype size = 2 * 1024 * 1024;
        QByteArray stream = "data: " + QByteArray(size, 'x') + "\n\n";
        SseDecoder decoder;
        qsizetype received = 0;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < stream.size(); ++i)
            decoder.feed(QByteArrayView(stream.constData() + i, 1),
                         [&received](const SseEvent &e) { received = e.data.size(); });
        QCOMPARE(received, size);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
