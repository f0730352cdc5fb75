// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/routingconfig.h"

#include <QWidget>

class EndpointStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class CascadeLevelsModel;
class QSpinBox;
class Workbench;

/// The Routing page's Cascade tab: the levels smallest first, the threshold, and the
/// confidence sources with their settings.
class CascadeTab : public QWidget
{
    Q_OBJECT
public:
    /// Edits `config` in place; `endpoints` (may be null) offers the names for levels and judge.
    CascadeTab(RoutingConfig &config, Workbench &workbench, const EndpointStore *endpoints, QWidget *parent = nullptr);

    /// `config` was replaced: every field is shown again.
    void showConfig();
    /// The configured endpoints or the catalog changed.
    void refreshEndpoints();

signals:
    void edited();
    void statusMessage(const QString &message);

private:
    void refreshLevels();
    int currentLevel() const;
    void setCurrentLevel(int row);
    void addLevel();
    void removeLevel();
    void moveLevel(int delta);
    void cascadeEdited();
    void updateJudgePrice();

    RoutingConfig &m_config;
    Workbench &m_workbench;
    const EndpointStore *m_endpoints;
    bool m_updating = false; ///< fields are being filled from the config: no edits back

    QListView *m_levels = nullptr;
    CascadeLevelsModel *m_levelsModel = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLabel *m_levelsHint = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QList<QCheckBox *> m_assessors; ///< in RoutingConfig::assessorIds() order
    QComboBox *m_judge = nullptr;
    QLabel *m_judgePrice = nullptr;
    QSpinBox *m_samples = nullptr;
    QDoubleSpinBox *m_sampleTemperature = nullptr;
    QLineEdit *m_validationRegex = nullptr;
    QCheckBox *m_validationJson = nullptr;
    QLineEdit *m_validationKeys = nullptr;
    QLabel *m_cascadeProblems = nullptr;
};
