// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(QStringLiteral("rightsize.ini")); }
    QString catalogs() const { return m_dir.filePath(QStringLiteral("catalogs")); }

    template<typename T>
    static T *child(const QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private slots:
    void init() { QFile::remove(ini()); }

    void defaultsOfAFreshFile()
    {
        Settings settings(ini());
        const CatalogRegistry registry(catalogs());
        SettingsDialog dialog(settings, registry);
        QCOMPARE(child<QComboBox>(&dialog, "languageChoice")->currentText(), QStringLiteral("System language"));
        QCOMPARE(child<QComboBox>(&dialog, "defaultCatalogChoice")->currentText(), QStringLiteral("current"));
        QCOMPARE(child<QLineEdit>(&dialog, "updateUrlEdit")->text(), QString());
        QCOMPARE(child<QLineEdit>(&dialog, "updateUrlEdit")->placeholderText(),
                 QStringLiteral(
                     "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json"));
        QCOMPARE(child<QSpinBox>(&dialog, "concurrencyEdit")->value(), 4);
        QCOMPARE(child<QSpinBox>(&dialog, "timeoutEdit")->value(), 120);
        QVERIFY(child<QCheckBox>(&dialog, "themeFollowsSystem")->isChecked());
        QCOMPARE(child<QLabel>(&dialog, "privacyNote")->text(),
                 QStringLiteral("Rightsize sends nothing anywhere: no telemetry, no update checks."));
        QCOMPARE(child<QLabel>(&dialog, "languageNote")->text(),
                 QStringLiteral("Takes effect the next time Rightsize starts."));
        QStringList languages;
        auto *language = child<QComboBox>(&dialog, "languageChoice");
        for (int i = 0; i < language->count(); ++i)
            languages.append(language->itemText(i));
        QCOMPARE(languages,
                 (QStringList{QStringLiteral("System language"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                              QStringLiteral("Français")}));
        QCOMPARE(settings.databasePath(), Settings::defaultDatabasePath());
        QVERIFY(settings.databasePath().endsWith(QStringLiteral("/rightsize.sqlite")));
    }

    void roundTripThroughTheIniFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<bool>("followSystem");
        QTest::addRow("German, article, 8, 30 s, own look")
            << QStringLiteral("de") << QStringLiteral("article-2025") << 8 << 30 << false;
        QTest::addRow("French, current, 1, 3600 s")
            << QStringLiteral("fr") << QStringLiteral("current") << 1 << 3600 << true;
        QTest::addRow("system language") << QString() << QStringLiteral("current") << 32 << 5 << true;
    }

    void roundTripThroughTheIniFile()
    {
        QFETCH(QString, language);
        QFETCH(QString, catalog);
        QFETCH(int, concurrency);
        QFETCH(int, timeout);
        QFETCH(bool, followSystem);
        const QString database = m_dir.filePath(QStringLiteral("db/history.sqlite"));
        const CatalogRegistry registry(catalogs());
        {
            Settings settings(ini());
            SettingsDialog dialog(settings, registry);
            auto *languages = child<QComboBox>(&dialog, "languageChoice");
            languages->setCurrentIndex(languages->findData(language));
            child<QComboBox>(&dialog, "defaultCatalogChoice")->setCurrentText(catalog);
            child<QLineEdit>(&dialog, "updateUrlEdit")->setText(QStringLiteral("http://127.0.0.1:9/prices.json"));
            child<QLineEdit>(&dialog, "databasePathEdit")->setText(database);
            child<QSpinBox>(&dialog, "concurrencyEdit")->setValue(concurrency);
            child<QSpinBox>(&dialog, "timeoutEdit")->setValue(timeout);
            child<QCheckBox>(&dialog, "themeFollowsSystem")->setChecked(followSystem);
            dialog.show();
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        Settings reread(ini());
        QCOMPARE(reread.language(), language);
        QCOMPARE(reread.defaultCatalog(), catalog);
        QCOMPARE(reread.lastCatalog(), catalog); // no session yet: the default catalog opens
        QCOMPARE(reread.catalogUpdateUrl(), QStringLiteral("http://127.0.0.1:9/prices.json"));
        QCOMPARE(reread.databasePath(), database);
        QCOMPARE(reread.concurrency(), concurrency);
        QCOMPARE(reread.requestTimeoutSeconds(), timeout);
        QCOMPARE(reread.themeFollowsSystem(), followSystem);
        QSettings raw(ini(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("storage/databasePath")).toString(), database);

        // The dialog shows what is stored.
        SettingsDialog again(reread, registry);
        QCOMPARE(child<QComboBox>(&again, "languageChoice")->currentData().toString(), language);
        QCOMPARE(child<QSpinBox>(&again, "concurrencyEdit")->value(), concurrency);
        QCOMPARE(child<QLineEdit>(&again, "databasePathEdit")->text(), database);
    }

    void cancelWritesNothing()
    {
        Settings settings(ini());
        const CatalogRegistry registry(catalogs());
        SettingsDialog dialog(settings, registry);
        child<QSpinBox>(&dialog, "concurrencyEdit")->setValue(9);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(Settings(ini()).concurrency(), 4);
        QVERIFY(!QFile::exists(ini()) ||
                !QSettings(ini(), QSettings::IniFormat).contains(QStringLiteral("network/concurrency")));
    }

    void restoreDefaults()
    {
        Settings settings(ini());
        settings.setConcurrency(12);
        settings.setLanguage(QStringLiteral("fr"));
        settings.setCatalogUpdateUrl(QStringLiteral("http://127.0.0.1:9/x.json"));
        const CatalogRegistry registry(catalogs());
        SettingsDialog dialog(settings, registry);
        QCOMPARE(child<QLineEdit>(&dialog, "updateUrlEdit")->text(), QStringLiteral("http://127.0.0.1:9/x.json"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
                          Qt::LeftButton);
        dialog.save();
        Settings reread(ini());
        QCOMPARE(reread.concurrency(), 4);
        QCOMPARE(reread.language(), QString());
        QCOMPARE(reread.catalogUpdateUrl(), Settings::defaultCatalogUpdateUrl());
        // Defaults are not written out, so that a later default change reaches the user.
        QVERIFY(!QSettings(ini(), QSettings::IniFormat).contains(QStringLiteral("catalog/updateUrl")));
    }

    void mainWindowKeyboardAccess()
    {
        const CatalogRegistry registry(catalogs());
        Workbench workbench(registry);
        Settings settings(ini());
        MainWindow window(workbench, settings);
        // Every page by Ctrl+1 … Ctrl+7, the settings by Ctrl+, and the memo export by Ctrl+E.
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            auto *action = window.findChild<QAction *>(QStringLiteral("showPage%1").arg(page + 1));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(page + 1)));
        }
        auto *exportMemo = window.findChild<QAction *>(QStringLiteral("exportMemoAction"));
        QCOMPARE(exportMemo->toolTip(), QStringLiteral("Export memo (Ctrl+E)"));
        auto *preferences = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(preferences);
        QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        preferences->trigger();
        auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void outOfRangeValuesAreClamped()
    {
        {
            QSettings raw(ini(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("network/concurrency"), 1000);
            raw.setValue(QStringLiteral("network/requestTimeoutSeconds"), QStringLiteral("soon"));
            raw.setValue(QStringLiteral("interface/language"), QStringLiteral("xx"));
        }
        Settings settings(ini());
        QCOMPARE(settings.concurrency(), 32);
        QCOMPARE(settings.requestTimeoutSeconds(), 120);
        QCOMPARE(settings.language(), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
