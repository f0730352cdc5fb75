// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "decision/recommendation.h"
#include "eval/measuredquality.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/// Every key Rightsize stores, in one place, so that a rename or a migration is one edit.
namespace SettingsKeys {
inline constexpr QLatin1String windowGeometry{"window/geometry"};
inline constexpr QLatin1String windowState{"window/state"};
inline constexpr QLatin1String windowPage{"window/page"};
inline constexpr QLatin1String catalog{"session/catalog"};

inline constexpr QLatin1String complexity{"input/complexity"};
inline constexpr QLatin1String maxLatencyMs{"input/maxLatencyMs"};
inline constexpr QLatin1String maxCostPer1kRequests{"input/maxCostPer1kRequests"};
inline constexpr QLatin1String minAccuracy{"input/minAccuracy"};
inline constexpr QLatin1String requestsPerDay{"input/requestsPerDay"};
inline constexpr QLatin1String multiStepReasoning{"input/multiStepReasoning"};
inline constexpr QLatin1String contextLength{"input/contextLength"};
inline constexpr QLatin1String task{"input/task"};
inline constexpr QLatin1String inputTokens{"input/inputTokens"};
inline constexpr QLatin1String outputTokens{"input/outputTokens"};
inline constexpr QLatin1String qualityBenchmark{"input/qualityBenchmark"};
inline constexpr QLatin1String gpuHourlyUsd{"input/selfHosting/gpuHourlyUsd"};
inline constexpr QLatin1String tokensPerSecondPerReplica{"input/selfHosting/tokensPerSecondPerReplica"};
inline constexpr QLatin1String utilisation{"input/selfHosting/utilisation"};
inline constexpr QLatin1String peakFactor{"input/selfHosting/peakFactor"};
inline constexpr QLatin1String gpusPerReplica{"input/selfHosting/gpusPerReplica"};
inline constexpr QLatin1String measuredQuality{"quality/measured"};

// Preferences of the settings dialog.
// Not "general/…": QSettings' INI format writes a group "general" as [%General], which reads back as
// "General", so the choice was lost at the next start.
inline constexpr QLatin1String language{"interface/language"};
inline constexpr QLatin1String defaultCatalog{"catalog/default"};
inline constexpr QLatin1String catalogUpdateUrl{"catalog/updateUrl"};
inline constexpr QLatin1String databasePath{"storage/databasePath"};
inline constexpr QLatin1String concurrency{"network/concurrency"};
inline constexpr QLatin1String requestTimeoutSeconds{"network/requestTimeoutSeconds"};
inline constexpr QLatin1String themeFollowsSystem{"appearance/themeFollowsSystem"};
} // namespace SettingsKeys

/// Typed access to what Rightsize remembers between runs: window layout, the last catalog and the
/// last inputs. Values are stored field by field (not as one blob) so that a stored session survives
/// new fields being added and stays readable in the INI file.
class Settings
{
public:
    /// The user's settings file: <config>/Rightsize/Rightsize.ini.
    Settings();
    /// A settings file of the caller's choosing (tests pass a temporary INI file).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// Where the settings are stored, for the About box.
    QString fileName() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Index of the page shown last; 0 when none was stored.
    int windowPage() const;
    void setWindowPage(int page);

    /// Name of the catalog used last; defaultCatalog() when none was stored.
    QString lastCatalog() const;
    bool hasLastCatalog() const;
    void setLastCatalog(const QString &name);

    /// The inputs of the last session, or nothing when none were stored. A field whose stored value
    /// is unreadable keeps its default rather than discarding the whole session.
    std::optional<RecommendationInput> lastInput() const;
    void setLastInput(const RecommendationInput &input);

    /// The user's measured quality (evaluation pass rates, pairwise ratings) added to the
    /// catalog, kept as one JSON array (a list of nested records does not fit INI keys). An
    /// unreadable entry is dropped, the others are kept.
    QList<MeasuredQuality> measuredQuality() const;
    void setMeasuredQuality(const QList<MeasuredQuality> &measured);

    /// Interface language: "" follows the system, else "en", "de" or "fr". Read at start-up, so a
    /// change takes effect on the next start.
    QString language() const;
    void setLanguage(const QString &code);
    /// The catalog a first session (or one without a stored catalog) opens; "current" by default.
    QString defaultCatalog() const;
    void setDefaultCatalog(const QString &name);
    /// Where "Update prices" fetches a LiteLLM-format catalog from; LiteLLM's published file by default.
    QString catalogUpdateUrl() const;
    void setCatalogUpdateUrl(const QString &url);
    static QString defaultCatalogUpdateUrl();
    /// The SQLite file of the run history; <AppDataLocation>/rightsize.sqlite by default.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    static QString defaultDatabasePath();
    /// How many requests a comparison runs at once (1–32, default 4).
    int concurrency() const;
    void setConcurrency(int requests);
    /// How long a network request may stay silent before it is given up (5–3600 s, default 120).
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    /// Whether the interface uses the desktop's palette (default) or Rightsize's own light one.
    bool themeFollowsSystem() const;
    void setThemeFollowsSystem(bool follow);

    /// Writes pending changes to disk.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
