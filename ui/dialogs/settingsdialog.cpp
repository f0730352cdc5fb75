// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "settingsdialog.h"

#include "catalog/catalogregistry.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings &settings, const CatalogRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // General
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, as every desktop lists them.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto *languageNote = new QLabel(tr("Takes effect the next time Rightsize starts."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    m_followSystem = new QCheckBox(tr("&Follow the desktop's colours and style"), this);
    m_followSystem->setObjectName(QStringLiteral("themeFollowsSystem"));
    m_followSystem->setToolTip(
        tr("Off: Rightsize uses its own light look. Takes effect the next time Rightsize starts."));
    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("Appearance:"), m_followSystem);

    // Catalogs
    m_defaultCatalog = new QComboBox(this);
    m_defaultCatalog->setObjectName(QStringLiteral("defaultCatalogChoice"));
    m_defaultCatalog->addItems(registry.names());
    m_defaultCatalog->setToolTip(
        tr("The catalog a new session starts with; later sessions reopen the catalog used last"));
    m_updateUrl = new QLineEdit(this);
    m_updateUrl->setObjectName(QStringLiteral("updateUrlEdit"));
    m_updateUrl->setPlaceholderText(Settings::defaultCatalogUpdateUrl());
    m_updateUrl->setToolTip(
        tr("Where “Update prices” on the Catalog page fetches a catalog (LiteLLM's, models.dev's api.json or "
           "OpenRouter's /api/v1/models, told apart by their content); "
           "empty for LiteLLM's published file"));
    auto *catalogs = new QGroupBox(tr("Catalogs"), this);
    auto *catalogForm = new QFormLayout(catalogs);
    catalogForm->addRow(tr("&Default catalog:"), m_defaultCatalog);
    catalogForm->addRow(tr("&Update prices from:"), m_updateUrl);

    // Storage
    m_databasePath = new QLineEdit(this);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setPlaceholderText(QDir::toNativeSeparators(Settings::defaultDatabasePath()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databasePath, 1);
    databaseRow->addWidget(browse);
    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("&History database:"), databaseRow);
    storageForm->addRow(QString(), new QLabel(tr("Runs, votes and evaluations are kept in this SQLite file."), this));

    // Network
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrencyEdit"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setToolTip(tr("How many requests a comparison sends at the same time"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutEdit"));
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A request that stays silent this long is given up"));
    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Concurrent requests:"), m_concurrency);
    networkForm->addRow(tr("Request &timeout:"), m_timeout);

    auto *privacy = new QLabel(tr("Rightsize sends nothing anywhere: no telemetry, no update checks."), this);
    privacy->setObjectName(QStringLiteral("privacyNote"));
    privacy->setWordWrap(true);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(catalogs);
    layout->addWidget(storage);
    layout->addWidget(network);
    layout->addWidget(privacy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
    resize(640, sizeHint().height());
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    const QString catalog = m_settings.defaultCatalog();
    if (m_defaultCatalog->findText(catalog) < 0)
        m_defaultCatalog->addItem(catalog);
    m_defaultCatalog->setCurrentText(catalog);
    const QString url = m_settings.catalogUpdateUrl();
    m_updateUrl->setText(url == Settings::defaultCatalogUpdateUrl() ? QString() : url);
    const QString path = m_settings.databasePath();
    m_databasePath->setText(path == Settings::defaultDatabasePath() ? QString() : QDir::toNativeSeparators(path));
    m_concurrency->setValue(m_settings.concurrency());
    m_timeout->setValue(m_settings.requestTimeoutSeconds());
    m_followSystem->setChecked(m_settings.themeFollowsSystem());
}

void SettingsDialog::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_defaultCatalog->setCurrentText(QStringLiteral("current"));
    m_updateUrl->clear();
    m_databasePath->clear();
    m_concurrency->setValue(4);
    m_timeout->setValue(120);
    m_followSystem->setChecked(true);
}

void SettingsDialog::save()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDefaultCatalog(m_defaultCatalog->currentText());
    m_settings.setCatalogUpdateUrl(m_updateUrl->text());
    m_settings.setDatabasePath(QDir::fromNativeSeparators(m_databasePath->text().trimmed()));
    m_settings.setConcurrency(m_concurrency->value());
    m_settings.setRequestTimeoutSeconds(m_timeout->value());
    m_settings.setThemeFollowsSystem(m_followSystem->isChecked());
    m_settings.sync();
}

void SettingsDialog::browseDatabase()
{
    const QString current = m_databasePath->text().isEmpty() ? Settings::defaultDatabasePath() : m_databasePath->text();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("History database"), current, tr("SQLite database (*.sqlite *.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::applyTheme(bool followSystem)
{
    if (followSystem)
        return;
    // Fusion with its standard palette looks the same on every desktop, light whatever the system's scheme.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
        QApplication::setPalette(fusion->standardPalette());
    }
}
