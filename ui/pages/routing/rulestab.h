// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/routingconfig.h"
#include "routing/routingrequest.h"

#include <QWidget>

class EndpointStore;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class RoutingRulesModel;
class Workbench;

/// The Routing page's Router tab: the rules (first match wins) with an editor for the selected
/// one, a preview of what they decide for a request, and the tier map.
class RulesTab : public QWidget
{
    Q_OBJECT
public:
    /// Edits `config` in place; `endpoints` (may be null) offers the names for the tier map.
    RulesTab(RoutingConfig &config, Workbench &workbench, const EndpointStore *endpoints, QWidget *parent = nullptr);

    /// `config` was replaced: every field is shown again.
    void showConfig();
    /// The configured endpoints or the catalog changed.
    void refreshEndpoints();

    /// The request of the decision preview and what the rules decide for it.
    RoutingRequest previewRequest() const;
    RouteDecision previewDecision() const;

signals:
    void edited();
    void previewChanged();
    void statusMessage(const QString &message);

private:
    QWidget *buildRules();
    QWidget *buildPreview();
    QWidget *buildTiers();
    void showRule(int row);
    void editRule();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void resetRules();
    int currentRow() const;
    void selectRow(int row);
    void refreshRules();
    void showProblems();
    void updateDecision();
    void updateTierPrices();
    void tierEdited(int index);

    RoutingConfig &m_config;
    Workbench &m_workbench;
    const EndpointStore *m_endpoints;
    RoutingRulesModel *m_model = nullptr;
    bool m_updating = false; ///< fields are being filled from the config: no edits back

    QTableView *m_rules = nullptr;
    QLineEdit *m_ruleName = nullptr;
    QComboBox *m_ruleMatch = nullptr;
    QLineEdit *m_ruleTasks = nullptr;
    QComboBox *m_ruleReasoning = nullptr;
    QList<QCheckBox *> m_ruleQualities;
    QSpinBox *m_ruleLonger = nullptr;
    QComboBox *m_ruleTarget = nullptr;
    QGroupBox *m_ruleEditor = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_ruleUp = nullptr;
    QPushButton *m_ruleDown = nullptr;
    QLabel *m_ruleProblems = nullptr;
    QPlainTextEdit *m_previewPrompt = nullptr;
    QSpinBox *m_previewLength = nullptr;
    QComboBox *m_previewTask = nullptr;
    QCheckBox *m_previewReasoning = nullptr;
    QComboBox *m_previewQuality = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_decisionDetails = nullptr;
    QList<QComboBox *> m_tierCombos; ///< small, medium, large
    QList<QLabel *> m_tierPrices;
};
