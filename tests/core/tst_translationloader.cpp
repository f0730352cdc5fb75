// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "settings/settings.h"
#include "settings/translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTranslationLoader : public QObject
{
    Q_OBJECT
private:
    // A message of the core (found whatever else the test links) and one of the settings dialog.
    static QString coreMessage() { return QCoreApplication::translate("TargetSpec", "no model"); }
    static QString dialogMessage() { return QCoreApplication::translate("SettingsDialog", "System language"); }

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QStringList german{QStringLiteral("de-DE"), QStringLiteral("de"), QStringLiteral("en-US")};
        QTest::addRow("setting wins over the system") << QStringLiteral("fr") << german << QStringLiteral("fr");
        QTest::addRow("English setting on a German system") << QStringLiteral("en") << german << QStringLiteral("en");
        QTest::addRow("system German") << QString() << german << QStringLiteral("de");
        QTest::addRow("system Austrian German")
            << QString() << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
        QTest::addRow("system French, underscore form")
            << QString() << QStringList{QStringLiteral("fr_CA")} << QStringLiteral("fr");
        QTest::addRow("untranslated language skipped")
            << QString() << QStringList{QStringLiteral("es-ES"), QStringLiteral("de-CH")} << QStringLiteral("de");
        QTest::addRow("English preferred before German")
            << QString() << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::addRow("nothing matches") << QString() << QStringList{QStringLiteral("ja-JP"), QStringLiteral("C")}
                                         << QStringLiteral("en");
        QTest::addRow("no system languages") << QString() << QStringList() << QStringLiteral("en");
        QTest::addRow("unknown setting follows the system") << QStringLiteral("xx") << german << QStringLiteral("de");
    }
    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::resolve(setting, uiLanguages), expected);
    }

    void translationsAreCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }
    void translationsAreCompiledIn()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::bundledLanguages().contains(language));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/rightsize_%1.qm").arg(language)));
    }

    void installGerman()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("de")));
        QCOMPARE(loader.language(), QStringLiteral("de"));
        QCOMPARE(dialogMessage(), QStringLiteral("Systemsprache"));
        QCOMPARE(coreMessage(), QStringLiteral("kein Modell"));
    }

    void switchingAndRemoving()
    {
        {
            TranslationLoader loader;
            QVERIFY(loader.install(QStringLiteral("de")));
            QCOMPARE(dialogMessage(), QStringLiteral("Systemsprache"));
            // English is the language of the sources: installing it removes the German texts.
            QVERIFY(loader.install(QStringLiteral("en")));
            QCOMPARE(loader.language(), QStringLiteral("en"));
            QVERIFY(!loader.hasQtTranslation());
            QCOMPARE(dialogMessage(), QStringLiteral("System language"));
            QVERIFY(loader.install(QStringLiteral("de")));
            QCOMPARE(dialogMessage(), QStringLiteral("Systemsprache"));
        }
        // A loader that goes away takes its translators with it.
        QCOMPARE(dialogMessage(), QStringLiteral("System language"));
    }

    void unknownLanguageStaysEnglish()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("de")));
        QVERIFY(!loader.install(QStringLiteral("es")));
        QCOMPARE(loader.language(), QStringLiteral("en"));
        QCOMPARE(dialogMessage(), QStringLiteral("System language"));
    }

    void languageSettingSurvivesARestart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("follow the system") << QString();
    }
    void languageSettingSurvivesARestart()
    {
        // What the settings dialog stores is what the next start reads and installs.
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("rightsize.ini"));
        {
            Settings settings(ini);
            settings.setLanguage(QStringLiteral("fr"));
            settings.setLanguage(language);
        }
        const Settings restarted(ini);
        QCOMPARE(restarted.language(), language);
        QCOMPARE(TranslationLoader::resolve(restarted.language(), {QStringLiteral("de-DE")}),
                 language.isEmpty() ? QStringLiteral("de") : language);
    }

    void settingFollowsSystemInTests()
    {
        // CTest runs with LANGUAGE=en: "follow the system" must then mean English.
        TranslationLoader loader;
        if (qgetenv("LANGUAGE") != "en")
            QSKIP("runs under CTest's LANGUAGE=en");
        QCOMPARE(loader.installFor(QString()), QStringLiteral("en"));
        QCOMPARE(loader.installFor(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(dialogMessage(), QStringLiteral("Systemsprache"));
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
