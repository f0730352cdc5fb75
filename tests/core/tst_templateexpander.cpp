// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/templateexpander.h"

#include <QTest>

using Values = QMap<QString, QString>;

class TestTemplateExpander : public QObject
{
    Q_OBJECT
private slots:
    void expands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expected");
        const Values v{{QStringLiteral("name"), QStringLiteral("Ada")},
                       {QStringLiteral("x.y-z_1"), QStringLiteral("ok")}};
        QTest::addRow("no placeholder") << QStringLiteral("plain text") << v << QStringLiteral("plain text");
        QTest::addRow("one") << QStringLiteral("Hi {{name}}!") << v << QStringLiteral("Hi Ada!");
        QTest::addRow("spaces inside") << QStringLiteral("Hi {{  name }}") << v << QStringLiteral("Hi Ada");
        QTest::addRow("tabs and line breaks inside")
            << QStringLiteral("Hi {{\tname\n}}") << v << QStringLiteral("Hi Ada");
        QTest::addRow("twice") << QStringLiteral("{{name}}{{name}}") << v << QStringLiteral("AdaAda");
        QTest::addRow("dots and dashes") << QStringLiteral("{{x.y-z_1}}") << v << QStringLiteral("ok");
        QTest::addRow("json is left alone") << QStringLiteral("{{\"a\": 1}}") << v << QStringLiteral("{{\"a\": 1}}");
        QTest::addRow("empty braces") << QStringLiteral("{{ }} {{}}") << v << QStringLiteral("{{ }} {{}}");
        QTest::addRow("unterminated") << QStringLiteral("Hi {{name") << v << QStringLiteral("Hi {{name");
        QTest::addRow("triple braces") << QStringLiteral("{{{name}}}") << v << QStringLiteral("{Ada}");
        QTest::addRow("value not re-expanded")
            << QStringLiteral("{{a}}") << Values{{QStringLiteral("a"), QStringLiteral("{{b}}")}}
            << QStringLiteral("{{b}}");
        QTest::addRow("unicode") << QStringLiteral("→ {{name}} ←") << v << QStringLiteral("→ Ada ←");
    }
    void expands()
    {
        QFETCH(QString, text);
        QFETCH(Values, values);
        QFETCH(QString, expected);
        const Result<QString> result = TemplateExpander::expand(text, values);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), expected);
    }

    void namesUnknownVariables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("one")
            << QStringLiteral("Hi {{who}}")
            << QStringLiteral("Unknown template variable(s) {{who}}: give each a value or remove it from the prompt");
        QTest::addRow("several, once each")
            << QStringLiteral("{{b}} {{a}} {{b}} {{name}}")
            << QStringLiteral(
                   "Unknown template variable(s) {{b}}, {{a}}: give each a value or remove it from the prompt");
    }
    void namesUnknownVariables()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<QString> result =
            TemplateExpander::expand(text, {{QStringLiteral("name"), QStringLiteral("Ada")}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), error);
    }

    /// The evaluation sets word their own error: expandKnown() leaves unknown names as written.
    void expandsKnownVariablesAndListsTheOthers()
    {
        QStringList unknown;
        QCOMPARE(TemplateExpander::expandKnown(u"{{b}} {{name}} {{ a }} {{b}}",
                                               {{QStringLiteral("name"), QStringLiteral("Ada")}}, &unknown),
                 QStringLiteral("{{b}} Ada {{ a }} {{b}}"));
        QCOMPARE(unknown, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(TemplateExpander::expandKnown(u"{{name}}", {{QStringLiteral("name"), QStringLiteral("{{b}}")}}),
                 QStringLiteral("{{b}}"));
    }

    void listsVariables()
    {
        QCOMPARE(TemplateExpander::variables(u"{{b}} and {{ a }} then {{b}}, not {{1x}} nor {{}}"),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    }

    void expandsAPromptSayingWhere()
    {
        PromptTemplate prompt;
        prompt.system = QStringLiteral("ok");
        prompt.user = QStringLiteral("{{missing}}");
        const auto result = TemplateExpander::expand(prompt);
        QVERIFY(!result.ok());
        QVERIFY(result.error().startsWith(QStringLiteral("In the user prompt: ")));
        prompt.variables.insert(QStringLiteral("missing"), QStringLiteral("found"));
        const auto fixed = TemplateExpander::expand(prompt);
        QVERIFY(fixed.ok());
        QCOMPARE(fixed->user, QStringLiteral("found"));
        QCOMPARE(fixed->system, QStringLiteral("ok"));
    }

    void isLinearOnLongText()
    {
        // 200k unmatched "{{" must not take quadratic time.
        const QString text = QStringLiteral("{{ ").repeated(200000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(TemplateExpander::expand(text, {}).value(), text);
        QVERIFY(clock.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "tst_templateexpander.moc"
