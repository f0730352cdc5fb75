// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "settings.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {
QString key(QLatin1String k)
{
    return QString(k);
}

double readDouble(const QSettings &s, QLatin1String k, double fallback)
{
    bool ok = false;
    const double v = s.value(key(k)).toDouble(&ok);
    return ok ? v : fallback;
}

int readInt(const QSettings &s, QLatin1String k, int fallback)
{
    bool ok = false;
    const int v = s.value(key(k)).toInt(&ok);
    return ok ? v : fallback;
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Rightsize"),
                                             QStringLiteral("Rightsize")))
{ }

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key(SettingsKeys::windowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key(SettingsKeys::windowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(key(SettingsKeys::windowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(key(SettingsKeys::windowState), state);
}

int Settings::windowPage() const
{
    return readInt(*m_settings, SettingsKeys::windowPage, 0);
}

void Settings::setWindowPage(int page)
{
    m_settings->setValue(key(SettingsKeys::windowPage), page);
}

QString Settings::lastCatalog() const
{
    const QString name = m_settings->value(key(SettingsKeys::catalog)).toString();
    return name.isEmpty() ? defaultCatalog() : name;
}

bool Settings::hasLastCatalog() const
{
    return !m_settings->value(key(SettingsKeys::catalog)).toString().isEmpty();
}

void Settings::setLastCatalog(const QString &name)
{
    m_settings->setValue(key(SettingsKeys::catalog), name);
}

std::optional<RecommendationInput> Settings::lastInput() const
{
    // The complexity is written with every session, so its absence means there is none.
    const QSettings &s = *m_settings;
    if (!s.contains(key(SettingsKeys::complexity)))
        return std::nullopt;

    RecommendationInput input;
    Requirements &r = input.requirements;
    if (const auto c = complexityFromId(s.value(key(SettingsKeys::complexity)).toString()))
        r.complexity = *c;
    r.maxLatencyMs = readDouble(s, SettingsKeys::maxLatencyMs, r.maxLatencyMs);
    r.maxCostPer1kRequests = readDouble(s, SettingsKeys::maxCostPer1kRequests, r.maxCostPer1kRequests);
    r.minAccuracy = readDouble(s, SettingsKeys::minAccuracy, r.minAccuracy);
    r.requestsPerDay = readDouble(s, SettingsKeys::requestsPerDay, r.requestsPerDay);
    r.multiStepReasoning = s.value(key(SettingsKeys::multiStepReasoning), r.multiStepReasoning).toBool();
    r.contextLength = readInt(s, SettingsKeys::contextLength, r.contextLength);
    input.task = s.value(key(SettingsKeys::task)).toString();
    input.inputTokens = readDouble(s, SettingsKeys::inputTokens, input.inputTokens);
    input.outputTokens = readDouble(s, SettingsKeys::outputTokens, input.outputTokens);
    input.qualityBenchmark = s.value(key(SettingsKeys::qualityBenchmark)).toString();

    SelfHostingAssumptions &h = input.selfHosting;
    if (s.contains(key(SettingsKeys::gpuHourlyUsd))) {
        bool ok = false;
        const double hourly = s.value(key(SettingsKeys::gpuHourlyUsd)).toDouble(&ok);
        if (ok)
            h.gpuHourlyUsd = hourly;
    }
    h.tokensPerSecondPerReplica = readDouble(s, SettingsKeys::tokensPerSecondPerReplica, h.tokensPerSecondPerReplica);
    h.utilisation = readDouble(s, SettingsKeys::utilisation, h.utilisation);
    h.peakFactor = readDouble(s, SettingsKeys::peakFactor, h.peakFactor);
    h.gpusPerReplica = readInt(s, SettingsKeys::gpusPerReplica, h.gpusPerReplica);
    return input;
}

void Settings::setLastInput(const RecommendationInput &input)
{
    QSettings &s = *m_settings;
    const Requirements &r = input.requirements;
    s.setValue(key(SettingsKeys::complexity), complexityId(r.complexity));
    s.setValue(key(SettingsKeys::maxLatencyMs), r.maxLatencyMs);
    s.setValue(key(SettingsKeys::maxCostPer1kRequests), r.maxCostPer1kRequests);
    s.setValue(key(SettingsKeys::minAccuracy), r.minAccuracy);
    s.setValue(key(SettingsKeys::requestsPerDay), r.requestsPerDay);
    s.setValue(key(SettingsKeys::multiStepReasoning), r.multiStepReasoning);
    s.setValue(key(SettingsKeys::contextLength), r.contextLength);
    s.setValue(key(SettingsKeys::task), input.task);
    s.setValue(key(SettingsKeys::inputTokens), input.inputTokens);
    s.setValue(key(SettingsKeys::outputTokens), input.outputTokens);
    s.setValue(key(SettingsKeys::qualityBenchmark), input.qualityBenchmark);

    const SelfHostingAssumptions &h = input.selfHosting;
    // "No override" must survive a round trip, so an unset hourly price removes the key.
    if (h.gpuHourlyUsd)
        s.setValue(key(SettingsKeys::gpuHourlyUsd), *h.gpuHourlyUsd);
    else
        s.remove(key(SettingsKeys::gpuHourlyUsd));
    s.setValue(key(SettingsKeys::tokensPerSecondPerReplica), h.tokensPerSecondPerReplica);
    s.setValue(key(SettingsKeys::utilisation), h.utilisation);
    s.setValue(key(SettingsKeys::peakFactor), h.peakFactor);
    s.setValue(key(SettingsKeys::gpusPerReplica), h.gpusPerReplica);
}

QString Settings::language() const
{
    const QString code = m_settings->value(key(SettingsKeys::language)).toString();
    // An unknown code (a hand-edited file) must not leave the interface without a language.
    return QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}.contains(code) ? code
                                                                                                        : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(key(SettingsKeys::language));
    else
        m_settings->setValue(key(SettingsKeys::language), code);
}

QString Settings::defaultCatalog() const
{
    const QString name = m_settings->value(key(SettingsKeys::defaultCatalog)).toString();
    return name.isEmpty() ? QStringLiteral("current") : name;
}

void Settings::setDefaultCatalog(const QString &name)
{
    m_settings->setValue(key(SettingsKeys::defaultCatalog), name);
}

QString Settings::defaultCatalogUpdateUrl()
{
    return QStringLiteral(
        "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json");
}

QString Settings::catalogUpdateUrl() const
{
    const QString url = m_settings->value(key(SettingsKeys::catalogUpdateUrl)).toString().trimmed();
    return url.isEmpty() ? defaultCatalogUpdateUrl() : url;
}

void Settings::setCatalogUpdateUrl(const QString &url)
{
    if (url.trimmed().isEmpty() || url.trimmed() == defaultCatalogUpdateUrl())
        m_settings->remove(key(SettingsKeys::catalogUpdateUrl));
    else
        m_settings->setValue(key(SettingsKeys::catalogUpdateUrl), url.trimmed());
}

QString Settings::defaultDatabasePath()
{
    return Database::defaultPath();
}

QString Settings::databasePath() const
{
    const QString path = m_settings->value(key(SettingsKeys::databasePath)).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void Settings::setDatabasePath(const QString &path)
{
    if (path.isEmpty() || path == defaultDatabasePath())
        m_settings->remove(key(SettingsKeys::databasePath));
    else
        m_settings->setValue(key(SettingsKeys::databasePath), path);
}

int Settings::concurrency() const
{
    return std::clamp(readInt(*m_settings, SettingsKeys::concurrency, 4), 1, 32);
}

void Settings::setConcurrency(int requests)
{
    m_settings->setValue(key(SettingsKeys::concurrency), std::clamp(requests, 1, 32));
}

int Settings::requestTimeoutSeconds() const
{
    return std::clamp(readInt(*m_settings, SettingsKeys::requestTimeoutSeconds, 120), 5, 3600);
}

void Settings::setRequestTimeoutSeconds(int seconds)
{
    m_settings->setValue(key(SettingsKeys::requestTimeoutSeconds), std::clamp(seconds, 5, 3600));
}

bool Settings::themeFollowsSystem() const
{
    return m_settings->value(key(SettingsKeys::themeFollowsSystem), true).toBool();
}

void Settings::setThemeFollowsSystem(bool follow)
{
    m_settings->setValue(key(SettingsKeys::themeFollowsSystem), follow);
}

void Settings::sync()
{
    m_settings->sync();
}

QList<MeasuredQuality> Settings::measuredQuality() const
{
    QList<MeasuredQuality> measured;
    const QByteArray json = m_settings->value(key(SettingsKeys::measuredQuality)).toString().toUtf8();
    const QJsonArray entries = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &entry : entries) {
        Result<MeasuredQuality> read = MeasuredQuality::fromJson(entry.toObject());
        if (read)
            measured.append(std::move(read).value());
    }
    return measured;
}

void Settings::setMeasuredQuality(const QList<MeasuredQuality> &measured)
{
    if (measured.isEmpty()) {
        m_settings->remove(key(SettingsKeys::measuredQuality));
        return;
    }
    QJsonArray entries;
    for (const MeasuredQuality &m : measured)
        entries.append(m.toJson());
    m_settings->setValue(key(SettingsKeys::measuredQuality),
                         QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
}
