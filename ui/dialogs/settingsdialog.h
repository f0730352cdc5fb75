// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QDialog>

class CatalogRegistry;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class Settings;

/// Preferences (Tools → Settings…, Ctrl+,): language, default catalog, the address "Update prices"
/// fetches from, the history database's location, request concurrency and timeout, and whether the
/// look follows the desktop. OK writes them through the Settings façade; Cancel writes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, const CatalogRegistry &registry, QWidget *parent = nullptr);

    /// Writes the dialog's values to the settings (what OK does).
    void save();
    /// Puts the built-in defaults into the fields (not yet saved).
    void restoreDefaults();

    /// Applies the theme preference: with `followSystem` off, Rightsize uses the Fusion style with its
    /// own light palette instead of the desktop's. Called once at start-up; a change takes effect on
    /// the next start, as the dialog says.
    static void applyTheme(bool followSystem);

private:
    void load();
    void browseDatabase();

    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_defaultCatalog = nullptr;
    QLineEdit *m_updateUrl = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_followSystem = nullptr;
};
