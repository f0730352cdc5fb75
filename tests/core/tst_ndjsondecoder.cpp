// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/ndjsondecoder.h"

#include <QJsonDocument>
#include <QTest>

namespace {
struct Decoded
{
    QStringList objects; // compact JSON of each object
    QString error;
};

Decoded decode(const QList<QByteArray> &chunks)
{
    NdjsonDecoder decoder;
    Decoded decoded;
    auto collect = [&decoded](StreamJson::Element object) {
        decoded.objects.append(QString::fromStdString(simdjson::minify(object)));
    };
    for (const QByteArray &chunk : chunks) {
        const Status status = decoder.feed(chunk, collect);
        if (!status) {
            decoded.error = status.error();
            return decoded;
        }
    }
    const Status status = decoder.finish(collect);
    if (!status)
        decoded.error = status.error();
    return decoded;
}
} // namespace

class TestNdjsonDecoder : public QObject
{
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("objects");
        QTest::addColumn<QString>("error");
        QTest::addRow("ollama stream") << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":false}\n"
                                                     "{\"done\":true,\"eval_count\":2}\n")
                                       << QStringList{QStringLiteral(
                                                          "{\"message\":{\"content\":\"Hi\"},\"done\":false}"),
                                                      QStringLiteral("{\"done\":true,\"eval_count\":2}")}
                                       << QString();
        QTest::addRow("last line without newline")
            << QByteArray("{\"a\":1}\n{\"b\":2}")
            << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")} << QString();
        QTest::addRow("CRLF and blank lines")
            << QByteArray("{\"a\":1}\r\n\r\n  \n{\"b\":\"\xC3\xA9\"}\r\n")
            << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":\"\u00E9\"}")} << QString();
        QTest::addRow("malformed third line") << QByteArray("{\"a\":1}\n{\"b\":2}\n{\"c\":\n{\"d\":4}\n")
                                              << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")}
                                              << QStringLiteral("Line 3 is not valid JSON");
        QTest::addRow("array is not an object")
            << QByteArray("[1,2]\n") << QStringList{} << QStringLiteral("Line 1 is not a JSON object");
        QTest::addRow("truncated last line")
            << QByteArray("{\"a\":1}\n{\"b\":") << QStringList{QStringLiteral("{\"a\":1}")}
            << QStringLiteral("Line 2 is not valid JSON");
        QTest::addRow("empty") << QByteArray() << QStringList{} << QString();
    }

    void cases()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, objects);
        QFETCH(QString, error);
        const Decoded whole = decode({stream});
        QCOMPARE(whole.objects, objects);
        QVERIFY2(error.isEmpty() ? whole.error.isEmpty() : whole.error.startsWith(error), qPrintable(whole.error));
    }

    void everySplitPoint_data() { cases_data(); }
    void everySplitPoint()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, objects);
        QFETCH(QString, error);
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            for (qsizetype j = i; j <= stream.size(); ++j) {
                const Decoded got = decode({stream.left(i), stream.mid(i, j - i), stream.mid(j)});
                if (got.objects != objects || got.error.isEmpty() != error.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("split at %1 and %2: %3 %4")
                                         .arg(i)
                                         .arg(j)
                                         .arg(got.objects.join(u' '), got.error)));
            }
        }
    }

    void errorIsSticky()
    {
        NdjsonDecoder decoder;
        int objects = 0;
        auto count = [&objects](StreamJson::Element) { ++objects; };
        QVERIFY(!decoder.feed("nope\n", count));
        const Status again = decoder.feed("{\"a\":1}\n", count);
        QVERIFY(!again);
        QVERIFY(again.error().startsWith(QStringLiteral("Line 1")));
        QCOMPARE(objects, 0);
        decoder.reset();
        QVERIFY(decoder.feed("{\"a\":1}\n", count));
        QCOMPARE(objects, 1);
    }
};

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "tst_ndjsondecoder.moc"
