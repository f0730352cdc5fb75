// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "confidenceassessor.h"
#include "pricedendpoint.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class CancelToken;
class ChatClient;

/// The cascade's settings: endpoints smallest first and the confidence to accept an answer.
struct CascadeConfig
{
    QList<PricedEndpoint> levels;
    double threshold = 0.8; ///< accepted when confidence ≥ threshold

    QStringList validate() const; ///< translated problems; empty when usable
    bool operator==(const CascadeConfig &other) const = default;
};

/// One level the cascade tried.
struct CascadeLevelResult
{
    int level = 0; ///< 0-based
    Endpoint endpoint;
    ChatResult answer;
    Assessment assessment; ///< unavailable with the reason when the call failed
    bool accepted = false; ///< confidence reached the threshold
    CallCost answerCost;
    CallCost cost;        ///< answer plus the assessor's extra calls
    double latencyMs = 0; ///< answer plus assessment
};

/// What the cascade returned, and what it cost compared with asking the largest model only.
struct CascadeResult
{
    QList<CascadeLevelResult> levels; ///< every level tried, in order
    int level = -1;                   ///< level of the returned answer; -1 when no level answered
    Endpoint endpoint;                ///< who produced the returned answer
    QString modelUsed;                ///< its model name
    QString text;
    std::optional<double> confidence; ///< the returned answer's confidence, if known
    bool reachedThreshold = false;    ///< false: no level reached it and the last answer was returned
    double threshold = 0.8;
    CallCost totalCost; ///< every level tried, assessments included
    double totalLatencyMs = 0;
    /// Asking the largest endpoint only: its measured answer cost when it ran, else its price
    /// applied to the returned answer's tokens.
    CallCost largestOnlyCost;
    bool largestOnlyMeasured = false;
    QString error; ///< translated; set when no level answered or the config is unusable

    bool ok() const { return level >= 0; }
};

/// The article's ModelCascade: generate with each endpoint in turn, smallest first;
/// assess confidence; return the first answer at or above the threshold with the model used,
/// its confidence and its level; if none reaches it, return the last model's answer. A level
/// whose call fails, or whose confidence is unavailable, escalates. When the last level fails,
/// the last answer that did arrive is returned.
class Cascade : public QObject
{
    Q_OBJECT
public:
    /// `client` must outlive every run.
    explicit Cascade(ChatClient *client, QObject *parent = nullptr);

    void setConfig(const CascadeConfig &config) { m_config = config; }
    const CascadeConfig &config() const { return m_config; }
    /// The confidence source (default: LogprobAssessor). Shared so a running cascade keeps it alive.
    void setAssessor(std::shared_ptr<ConfidenceAssessor> assessor) { m_assessor = std::move(assessor); }
    std::shared_ptr<ConfidenceAssessor> assessor() const { return m_assessor; }
    void setApiKeyLookup(ApiKeyLookup lookup) { m_keys = std::move(lookup); }

    /// Runs `request` (its settings captured when called) through the levels.
    QCoro::Task<CascadeResult> run(ChatRequest request, QPointer<CancelToken> cancel = {});
    QCoro::Task<CascadeResult> run(QString prompt, QPointer<CancelToken> cancel = {});

signals:
    void levelStarted(int level, const Endpoint &endpoint);
    /// Only the newly arrived text of the level being tried.
    void textAppended(int level, const QString &delta);
    void levelFinished(const CascadeLevelResult &level);

private:
    QPointer<ChatClient> m_client;
    CascadeConfig m_config;
    std::shared_ptr<ConfidenceAssessor> m_assessor;
    ApiKeyLookup m_keys;
};
