// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "decision/recommendation.h"

#include <QCommandLineOption>

class QCommandLineParser;

/// The command-line options that describe a task, its volume and self-hosting assumptions, shared by
/// every subcommand that computes costs or a recommendation. Values are checked against the same
/// InputLimits as the form's editors.
class InputOptions
{
public:
    enum Group { Workload = 1, Requirements = 2, SelfHosting = 4, All = 7 };

    explicit InputOptions(int groups);
    void addTo(QCommandLineParser &parser) const;
    /// The input the options describe; defaults are the article's (requirements and volume).
    Result<RecommendationInput> read(const QCommandLineParser &parser) const;

private:
    int m_groups;
    QCommandLineOption m_complexity;
    QCommandLineOption m_maxLatency;
    QCommandLineOption m_maxCost;
    QCommandLineOption m_minAccuracy;
    QCommandLineOption m_requestsPerDay;
    QCommandLineOption m_reasoning;
    QCommandLineOption m_contextLength;
    QCommandLineOption m_task;
    QCommandLineOption m_inputTokens;
    QCommandLineOption m_outputTokens;
    QCommandLineOption m_benchmark;
    QCommandLineOption m_gpuHourly;
    QCommandLineOption m_gpuThroughput;
    QCommandLineOption m_utilisation;
    QCommandLineOption m_peakFactor;
    QCommandLineOption m_valueMargin;
    QCommandLineOption m_minRating;
    QCommandLineOption m_gpuWatts;
    QCommandLineOption m_kwhPrice;
    QCommandLineOption m_pue;
    QCommandLineOption m_hardwareCost;
    QCommandLineOption m_amortisation;
};
