// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/evalsetformat.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
EvalSetFormat::ImportOptions options(const QString &source, const QString &user = {})
{
    EvalSetFormat::ImportOptions o;
    o.sourceName = source;
    o.prompt.user = user;
    return o;
}
} // namespace

class TestEvalSet : public QObject
{
    Q_OBJECT

private slots:
    void importsPromptfooCsv()
    {
        const Result<EvalSet> set = EvalSetFormat::importFile(TestPaths::fixture(QStringLiteral("eval/cases.csv")),
                                                              {QString(), QStringLiteral("Q: {{question}}")});
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QCOMPARE(set->id, QStringLiteral("cases"));
        QCOMPARE(set->name, QStringLiteral("cases"));
        QCOMPARE(set->prompt.user, QStringLiteral("Q: {{question}}"));
        QCOMPARE(set->cases.size(), 3);

        const EvalCase &capital = set->cases.at(0);
        QCOMPARE(capital.description, QStringLiteral("capital"));
        QCOMPARE(
            capital.variables,
            (QMap<QString, QString>{{QStringLiteral("question"), QStringLiteral("What is the capital of France?")}}));
        QCOMPARE(capital.assertions.size(), 2);
        QCOMPARE(capital.assertions.at(0).typeName(), QStringLiteral("contains"));
        QCOMPARE(capital.assertions.at(1).typeName(), QStringLiteral("icontains"));
        QCOMPARE(capital.expected, QString());

        // Doubled quotes inside a quoted field; plain text is equals and the reference answer; an empty cell adds nothing.
        const EvalCase &quote = set->cases.at(1);
        QCOMPARE(quote.variables.value(QStringLiteral("question")), QStringLiteral("Say \"hi\", twice"));
        QCOMPARE(quote.assertions.size(), 1);
        QCOMPARE(quote.assertions.at(0).typeName(), QStringLiteral("equals"));
        QCOMPARE(quote.expected, QStringLiteral("hi hi"));

        // A quoted line break stays in the value, as written (CRLF).
        const EvalCase &multiline = set->cases.at(2);
        QCOMPARE(multiline.variables.value(QStringLiteral("question")), QStringLiteral("Two\r\nlines"));
        QCOMPARE(multiline.assertions.at(1).typeName(), QStringLiteral("not-contains"));
    }

    void rejectsBadCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown assertion type")
            << QByteArray("q,__expected\na,contains: x\nb,x\nc,x\nd,x\ne,x\nf,containz: y\n") << ""
            << "cases.csv line 7: __expected: unknown assertion type \"containz\" (write \"equals: containz: y\" for "
               "plain text)";
        QTest::addRow("bad regex in second expected column")
            << QByteArray("q,__expected,__expected2\na,x,regex: [a-\n") << ""
            << "cases.csv line 2: __expected2: regex: invalid regular expression \"[a-\": missing terminating ] for "
               "character class at offset 3";
        QTest::addRow("quote inside unquoted field") << QByteArray("q,__expected\nsay \"hi\",x\n") << ""
                                                     << "cases.csv line 2: column 5: a quote inside an unquoted field "
                                                        "(quote the whole field and double the quote)";
        QTest::addRow("text after closing quote")
            << QByteArray("q,__expected\n\"hi\" there,x\n") << ""
            << "cases.csv line 2: column 5: text after a closing quote (write \"\" for a quote inside a quoted field)";
        QTest::addRow("unclosed quote names where it opened") << QByteArray("q,__expected\na,x\n\"open,x\nb,y\n") << ""
                                                              << "cases.csv line 3: a quoted field is not closed";
        QTest::addRow("line count after multi-line field")
            << QByteArray("q,__expected\n\"a\nb\nc\",x\nd,x,extra\n") << ""
            << "cases.csv line 5: 3 fields, but the header names 2 columns";
        QTest::addRow("empty file") << QByteArray() << ""
                                    << "cases.csv: the file is empty; expected a header row naming the columns";
        QTest::addRow("only a BOM") << QByteArray("\xef\xbb\xbf") << ""
                                    << "cases.csv: the file is empty; expected a header row naming the columns";
        QTest::addRow("header only") << QByteArray("q,__expected\r\n") << ""
                                     << "cases.csv: no cases, only a header row";
        QTest::addRow("missing template variable")
            << QByteArray("question,__expected\nhi,x\n") << "{{question}} in {{language}}"
            << "cases.csv line 2: the template uses {{language}} but the case has no variable \"language\"";
        QTest::addRow("unsupported column") << QByteArray("q,__metadata\na,b\n") << ""
                                            << "cases.csv line 1: column \"__metadata\" is not supported (use "
                                               "__expected, __expectedN, __description, __weight, __threshold, "
                                               "__prefix, __suffix, __metadata:NAME or "
                                               "__config:__expectedN:threshold)";
        QTest::addRow("duplicate column") << QByteArray("q,q\na,b\n") << ""
                                          << "cases.csv line 1: column \"q\" appears twice";
        QTest::addRow("bad weight") << QByteArray("q,__weight\na,-1\n") << ""
                                    << "cases.csv line 2: __weight: \"-1\" is not a number above 0";
        QTest::addRow("not utf-8") << QByteArray("q\n\xff\xfe\n") << ""
                                   << "cases.csv: the file is not valid UTF-8 text";
    }
    void rejectsBadCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, prompt);
        QFETCH(QString, error);
        const Result<EvalSet> set = EvalSetFormat::importCsv(csv, options(QStringLiteral("cases.csv"), prompt));
        QVERIFY(!set.ok());
        QCOMPARE(set.error(), error);
    }

    void readsCsvLineEndingsAlike()
    {
        const QByteArray lf("q,__expected,__weight\n\"a,b\",contains: b,2\nc,d,\n");
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        const Result<EvalSet> a = EvalSetFormat::importCsv(lf, options(QStringLiteral("a.csv")));
        const Result<EvalSet> b = EvalSetFormat::importCsv(crlf, options(QStringLiteral("a.csv")));
        const Result<EvalSet> c =
            EvalSetFormat::importCsv(lf.chopped(1), options(QStringLiteral("a.csv"))); // no final newline
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a.value(), c.value());
        QCOMPARE(a->cases.size(), 2);
        QCOMPARE(a->cases.at(0).variables.value(QStringLiteral("q")), QStringLiteral("a,b"));
        QCOMPARE(a->cases.at(0).weight, 2.0);
        QCOMPARE(a->cases.at(1).weight, 1.0);
    }

    void importsJsonl()
    {
        const Result<EvalSet> set = EvalSetFormat::importFile(TestPaths::fixture(QStringLiteral("eval/cases.jsonl")));
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QCOMPARE(set->cases.size(), 2);
        QCOMPARE(set->cases.at(0).description, QStringLiteral("capital"));
        QCOMPARE(set->cases.at(0).assertions.at(1).typeName(), QStringLiteral("llm-rubric"));
        QCOMPARE(set->cases.at(0).assertions.at(1).passThreshold(), 0.8);
        QCOMPARE(set->cases.at(1).variables.value(QStringLiteral("n")), QStringLiteral("4"));
        QCOMPARE(set->cases.at(1).expected, QStringLiteral("4"));
        QCOMPARE(set->cases.at(1).weight, 2.0);
        QCOMPARE(set->caseLabel(1), QStringLiteral("case 2"));
    }

    void rejectsBadJsonl_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QString>("error");
        QTest::addRow("bad json") << QByteArray("{\"vars\": {}}\n\n{\"vars\": {\n")
                                  << "cases.jsonl line 3: not valid JSON: unterminated object at character 11";
        QTest::addRow("unknown type") << QByteArray("{\"vars\": {\"q\": \"a\"}, \"assert\": [{\"type\": \"contains\", "
                                                    "\"value\": \"a\"}, {\"type\": \"containz\", \"value\": \"a\"}]}")
                                      << "cases.jsonl line 1: assert[1]: unknown assertion type \"containz\"";
        QTest::addRow("bad regex") << QByteArray("\n{\"assert\": [{\"type\": \"regex\", \"value\": \"a)\"}]}")
                                   << "cases.jsonl line 2: assert[0]: regex: invalid regular expression \"a)\": "
                                      "unmatched closing parenthesis at offset 1";
        QTest::addRow("not an object")
            << QByteArray("[1]")
            << "cases.jsonl line 1: expected one JSON object per line, e.g. {\"vars\": {…}, \"assert\": […]}";
        QTest::addRow("nested var") << QByteArray("{\"vars\": {\"q\": [1]}}")
                                    << "cases.jsonl line 1: vars.q: must be text, a number or true/false";
        QTest::addRow("unknown field") << QByteArray("{\"varz\": {}}")
                                       << "cases.jsonl line 1: varz: field not supported (known: description, vars, "
                                          "assert, expected, weight, metadata, options, threshold)";
        QTest::addRow("empty") << QByteArray("\n  \n") << "cases.jsonl: the file has no cases";
        // promptfoo's latency and cost take the limit from "threshold" only and stop with an error
        // without one (src/assertions/latency.ts, cost.ts): no verdict there, so none here either.
        QTest::addRow("latency limit as value")
            << QByteArray("{\"assert\": [{\"type\": \"contains\", \"value\": \"a\"}, "
                          "{\"type\": \"latency\", \"value\": 500}]}")
            << "cases.jsonl line 1: assert[1]: latency needs a \"threshold\" (promptfoo reads the limit from it, not "
               "from \"value\"), e.g. {\"type\": \"latency\", \"threshold\": 500}";
        QTest::addRow("cost without threshold")
            << QByteArray("{\"assert\": [{\"type\": \"cost\"}]}")
            << "cases.jsonl line 1: assert[0]: cost needs a \"threshold\" (promptfoo reads the limit from it, not "
               "from \"value\"), e.g. {\"type\": \"cost\", \"threshold\": 0.01}";
    }
    void rejectsBadJsonl()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QString, error);
        const Result<EvalSet> set = EvalSetFormat::importJsonl(jsonl, options(QStringLiteral("cases.jsonl")));
        QVERIFY(!set.ok());
        QCOMPARE(set.error(), error);
    }

    void jsonlChecksTemplateVariables()
    {
        const Result<EvalSet> set =
            EvalSetFormat::importJsonl("{\"vars\": {\"q\": \"a\"}}\n{\"vars\": {\"p\": \"a\"}}\n",
                                       options(QStringLiteral("t.jsonl"), QStringLiteral("{{ q }}")));
        QCOMPARE(set.error(),
                 QStringLiteral("t.jsonl line 2: the template uses {{q}} but the case has no variable \"q\""));
    }

    void roundTripsOwnJson()
    {
        Result<EvalSet> set = EvalSetFormat::importFile(TestPaths::fixture(QStringLiteral("eval/cases.jsonl")));
        QVERIFY(set.ok());
        set->name = QStringLiteral("Capitals");
        set->prompt = {QStringLiteral("Be brief."), QStringLiteral("{{question}}")};
        const QByteArray json = EvalSetFormat::toJson(set.value());
        const Result<EvalSet> back = EvalSetFormat::fromJson(json, QStringLiteral("capitals.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), set.value());
        QVERIFY(json.contains("\"format\": \"rightsize-evalset\""));
        QVERIFY(json.contains("\"version\": 1"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capitals.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QCOMPARE(EvalSetFormat::importFile(path).value(), set.value());

        QCOMPARE(EvalSetFormat::fromJson("{\"format\": \"rightsize-evalset\", \"version\": 2, \"name\": \"x\"}",
                                         QStringLiteral("x.json"))
                     .error(),
                 QStringLiteral(
                     "Cannot load evaluation set x.json: version 2 is not supported (this build reads version 1)"));
        QCOMPARE(
            EvalSetFormat::fromJson("{\"format\": \"rightsize-evalset\", \"version\": 1, \"name\": \"x\", \"cases\": "
                                    "[{\"assert\": [{\"type\": \"nope\"}]}]}",
                                    QStringLiteral("x.json"))
                .error(),
            QStringLiteral("Cannot load evaluation set x.json: cases[0].assert[0]: unknown assertion type \"nope\""));
    }

    void rendersTemplates()
    {
        const QMap<QString, QString> vars{{QStringLiteral("a"), QStringLiteral("{{b}}")},
                                          {QStringLiteral("b"), QStringLiteral("B")}};
        QCOMPARE(EvalTemplate::render(u"<{{a}}|{{ b }}|{b}>", vars).value(), QStringLiteral("<{{b}}|B|{b}>"));
        QCOMPARE(EvalTemplate::render(u"{{c}}", vars).error(),
                 QStringLiteral("the template uses {{c}} but there is no variable \"c\""));
        QCOMPARE((EvalTemplate{QStringLiteral("{{x}} {{y}}"), QStringLiteral("{{ y }} {{z}}")}.variables()),
                 (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    }
};

QTEST_GUILESS_MAIN(TestEvalSet)
#include "tst_evalset.moc"
