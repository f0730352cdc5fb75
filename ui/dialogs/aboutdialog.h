// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QDialog>

class Settings;
class Workbench;

/// Help → About: versions (Rightsize, Qt, QCoro, SQLite), where data and settings are stored,
/// the catalog in use, and the data sources with their licences and attribution (NOTICE.md).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const Workbench &workbench, const Settings &settings, QWidget *parent = nullptr);

    /// The dialog's text (Markdown), for tests.
    QString markdown() const { return m_markdown; }

    /// SQLite's version as the Qt SQL driver reports it, or empty when the driver is missing.
    static QString sqliteVersion();

private:
    QString m_markdown;
};
