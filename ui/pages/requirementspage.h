// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "decision/recommendation.h"

#include <QWidget>

#include <functional>

class CandidateTableModel;
class NumberEdit;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class SpectrumStrip;
class Workbench;
struct Catalog;
struct InputLimit;

/// The requirements form (the article's requirements plus task, volume and catalog) and, beside it, the recommendation
/// it yields: tier on the size spectrum, the deciding rule, what it does to the list and why earlier
/// rules did not fire, the task-specific pick, which benchmark judges quality, the three picks
/// (value, best quality, cheapest) with their trade-offs, ranked candidates and near misses. Every valid edit goes straight to the
/// Workbench; the panel redraws from the Workbench's recommendation, never from a copy of its own.
class RequirementsPage : public QWidget
{
    Q_OBJECT
public:
    /// One-click scenarios: the article's two examples and its defaults.
    enum class Preset { OnDeviceClassification, ComplexReasoning, Defaults };
    Q_ENUM(Preset)

    explicit RequirementsPage(Workbench &workbench, QWidget *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

    void applyPreset(Preset preset);
    /// The inputs a preset stands for. Requirements, task and token counts are the preset's; the
    /// quality benchmark and the self-hosting figures (chosen elsewhere) are kept from `current`.
    static RecommendationInput presetInput(Preset preset, const RecommendationInput &current, const Catalog &catalog);

private:
    QWidget *buildForm();
    QWidget *buildPanel();
    NumberEdit *addNumberRow(QFormLayout *form, const QString &objectName, const QString &label,
                             const InputLimit &limit, bool integral,
                             const std::function<void(RecommendationInput &, double)> &apply);
    void edit(const std::function<void(RecommendationInput &)> &change);
    void refreshCatalogChoices();
    void refreshForm(bool force);
    void refreshPanel();
    void refreshPicks();
    void sizePanelOnce();
    void sizeColumnsOnce();
    void onCatalogActivated(int index);

    Workbench &m_workbench;
    bool m_updating = false;

    QComboBox *m_catalog = nullptr;
    QLabel *m_catalogInfo = nullptr;
    QLabel *m_catalogMessage = nullptr;
    QComboBox *m_benchmark = nullptr;
    QComboBox *m_task = nullptr;
    QComboBox *m_complexity = nullptr;
    QCheckBox *m_reasoning = nullptr;
    NumberEdit *m_maxLatency = nullptr;
    NumberEdit *m_maxCost = nullptr;
    NumberEdit *m_minAccuracy = nullptr;
    NumberEdit *m_minRating = nullptr;
    QLabel *m_qualityBarNote = nullptr;
    NumberEdit *m_valueMargin = nullptr;
    NumberEdit *m_contextLength = nullptr;
    NumberEdit *m_requestsPerDay = nullptr;
    NumberEdit *m_inputTokens = nullptr;
    NumberEdit *m_outputTokens = nullptr;

    QSplitter *m_panelSplit = nullptr;
    QScrollArea *m_reasoningScroll = nullptr;
    QWidget *m_reasoningPanel = nullptr;
    bool m_panelSized = false;
    QLabel *m_tierLabel = nullptr;
    SpectrumStrip *m_spectrum = nullptr;
    QLabel *m_decidingRule = nullptr;
    QLabel *m_consequence = nullptr;
    QLabel *m_ruleChecks = nullptr;
    QLabel *m_taskPick = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_valuePick = nullptr;
    QLabel *m_bestPick = nullptr;
    QLabel *m_cheapestPick = nullptr;
    QLabel *m_picksNote = nullptr;
    QLabel *m_candidateSummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    CandidateTableModel *m_candidates = nullptr;
    CandidateTableModel *m_nearMisses = nullptr;
    QSortFilterProxyModel *m_candidateProxy = nullptr;
    QSortFilterProxyModel *m_nearMissProxy = nullptr;
    QTableView *m_candidateView = nullptr;
    QTableView *m_nearMissView = nullptr;
};
