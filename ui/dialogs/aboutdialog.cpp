// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "aboutdialog.h"

#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

QString AboutDialog::sqliteVersion()
{
    // An in-memory database answers in microseconds; nothing touches the user's files.
    const QString connection = QStringLiteral("rightsize-about-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

AboutDialog::AboutDialog(const Workbench &workbench, const Settings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rightsize"));

    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(RIGHTSIZE_VERSION)
                                                                             : QCoreApplication::applicationVersion();
    QStringList versions;
    versions << tr("- Rightsize %1").arg(version);
    versions << tr("- Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
#ifdef RIGHTSIZE_QCORO_VERSION
    versions << tr("- QCoro %1").arg(QStringLiteral(RIGHTSIZE_QCORO_VERSION));
#endif
    const QString sqlite = sqliteVersion();
    if (!sqlite.isEmpty())
        versions << tr("- SQLite %1").arg(sqlite);

    const Catalog &catalog = workbench.catalog();
    const QString overlays = QFileInfo(workbench.registry().overlayPath(QStringLiteral("current"))).absolutePath();
    m_markdown = tr("# Rightsize %1\n\n"
                    "Choose the right language model size with evidence.\n\n"
                    "## Versions\n\n%2\n\n"
                    "## Where your data is kept\n\n"
                    "- Settings: `%3`\n"
                    "- Imported catalogs: `%4`\n"
                    "- Your edits of catalogs: `%5`\n"
                    "- History database: `%6`\n\n"
                    "Rightsize sends nothing anywhere: no telemetry, no update checks.\n\n"
                    "## Catalog in use\n\n"
                    "%7 (prices as of %8). %9\n\n")
                     .arg(version, versions.join(QLatin1Char('\n')), QDir::toNativeSeparators(settings.fileName()),
                          QDir::toNativeSeparators(workbench.registry().userCatalogDir()),
                          QDir::toNativeSeparators(overlays), QDir::toNativeSeparators(settings.databasePath()),
                          catalog.name, catalog.date.toString(Qt::ISODate), catalog.attribution);

    QFile notice(QStringLiteral(":/NOTICE.md"));
    if (notice.open(QIODevice::ReadOnly)) {
        // NOTICE.md starts with its own level-1 title; one level down it sits under ours.
        QString text = QString::fromUtf8(notice.readAll());
        if (text.startsWith(QLatin1String("# ")))
            text.prepend(QLatin1Char('#'));
        m_markdown += text;
    }

    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("aboutBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(m_markdown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(780, 600);
}
