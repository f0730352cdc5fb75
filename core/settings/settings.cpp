// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "settings.h"

#include <QSettings>

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
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("Rightsize"), QStringLiteral("Rightsize")))
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

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
    return name.isEmpty() ? QStringLiteral("current") : name;
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

void Settings::sync()
{
    m_settings->sync();
}
