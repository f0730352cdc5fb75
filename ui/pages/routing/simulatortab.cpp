// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "simulatortab.h"

#include "charts/cascadesimulationchart.h"
#include "charts/replacechart.h"
#include "common/numberformat.h"
#include "export/chartexport.h"
#include "export/savepath.h"
#include "models/cascadesimulationtablemodel.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>

SimulatorTab::SimulatorTab(const RoutingConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QGridLayout;
    m_simRuns = new QLineEdit(this);
    m_simRuns->setObjectName(QStringLiteral("simRuns"));
    m_simRuns->setPlaceholderText(tr("every stored run; or words the prompt or an answer must contain"));
    m_simRuns->setClearButtonEnabled(true);
    m_simLevels = new QComboBox(this);
    m_simLevels->setObjectName(QStringLiteral("simLevels"));
    m_simLevels->addItem(tr("The cascade's levels"));
    m_simLevels->addItem(tr("The runs' endpoints, cheapest first"));
    m_simLevels->setToolTip(tr("Which stored answers count as level 1, 2, …: by endpoint name"));
    m_simConfidence = new QComboBox(this);
    m_simConfidence->setObjectName(QStringLiteral("simConfidence"));
    m_simConfidence->addItem(tr("Validation checks (the cascade's settings)"));
    m_simConfidence->addItem(tr("Stored log-probabilities"));
    m_simConfidence->setToolTip(tr("How confident each stored answer is; runs from the Compare page keep no "
                                   "log-probabilities, so validation is the usual choice"));
    m_simTarget = new QDoubleSpinBox(this);
    m_simTarget->setObjectName(QStringLiteral("simTarget"));
    m_simTarget->setRange(0.0, 1.0);
    m_simTarget->setSingleStep(0.05);
    m_simTarget->setDecimals(2);
    m_simTarget->setValue(0.8);
    m_simTarget->setToolTip(tr("The mean quality the cascade must keep; the cheapest threshold that does is marked"));
    m_simStep = new QDoubleSpinBox(this);
    m_simStep->setObjectName(QStringLiteral("simStep"));
    m_simStep->setRange(0.01, 0.5);
    m_simStep->setSingleStep(0.05);
    m_simStep->setDecimals(2);
    m_simStep->setValue(0.05);
    form->addWidget(new QLabel(tr("Runs:"), this), 0, 0);
    form->addWidget(m_simRuns, 0, 1, 1, 3);
    form->addWidget(new QLabel(tr("Levels:"), this), 1, 0);
    form->addWidget(m_simLevels, 1, 1);
    form->addWidget(new QLabel(tr("Confidence:"), this), 1, 2);
    form->addWidget(m_simConfidence, 1, 3);
    form->addWidget(new QLabel(tr("Target quality:"), this), 2, 0);
    form->addWidget(m_simTarget, 2, 1);
    form->addWidget(new QLabel(tr("Threshold step:"), this), 2, 2);
    form->addWidget(m_simStep, 2, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_simulateButton = new QPushButton(tr("Simulate"), this);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setToolTip(tr("Replay the stored runs for every threshold (F5)"));
    m_exportButton = new QPushButton(tr("Export chart…"), this);
    m_exportButton->setObjectName(QStringLiteral("simExportButton"));
    m_exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF (Ctrl+Shift+X)"));
    m_exportButton->setEnabled(false);
    m_simInMemo = new QCheckBox(tr("Include in the decision memo"), this);
    m_simInMemo->setObjectName(QStringLiteral("simInMemo"));
    m_simInMemo->setChecked(true);
    m_simInMemo->setToolTip(tr("File ▸ Export memo adds this simulation's chart and table"));
    buttons->addWidget(m_simulateButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_simInMemo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_simStatus = new QLabel(this);
    m_simStatus->setObjectName(QStringLiteral("simStatus"));
    m_simStatus->setWordWrap(true);
    m_simStatus->setText(tr("Replays stored runs in which several endpoints answered the same prompt, as if the "
                            "cascade had run: no call is made. Quality comes from your thumbs and votes on the "
                            "Compare and History pages. Press Simulate (F5)."));
    layout->addWidget(m_simStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    // Built with its chart: QChartView(parent) makes a default chart that setChart() would only
    // release, not delete.
    m_chartView = new QChartView(buildCascadeSimulationChart({}, {}).release(), splitter);
    m_chartView->setObjectName(QStringLiteral("simChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_simModel = new CascadeSimulationTableModel(this);
    m_simTable = new QTableView(splitter);
    m_simTable->setModel(m_simModel);
    m_simTable->setObjectName(QStringLiteral("simTable"));
    m_simTable->verticalHeader()->hide();
    m_simTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_simTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_simulateButton, &QPushButton::clicked, this, [this] { simulate(); });
    connect(m_simRuns, &QLineEdit::returnPressed, this, [this] { simulate(); });
    connect(m_exportButton, &QPushButton::clicked, this, &SimulatorTab::exportChartInteractive);
    auto *simulateKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    simulateKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(simulateKey, &QShortcut::activated, this, [this] { simulate(); });
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &SimulatorTab::exportChartInteractive);
}

void SimulatorTab::setDatabase(Database *database)
{
    m_database = database;
}

QStringList SimulatorTab::simulationLevels(const StoredRunSelection &selection) const
{
    if (m_simLevels->currentIndex() == 0 && m_config.cascadeLevels.size() >= 2)
        return m_config.cascadeLevels;
    return StoredRunSimulation::levelsByCost(selection.runs);
}

Status SimulatorTab::simulate()
{
    auto fail = [this](const QString &message) {
        m_simStatus->setText(message);
        emit statusMessage(message);
        return Status::failure(message);
    };
    if (!m_database || !m_database->isOpen())
        return fail(tr("No run history is open, so there is nothing to replay. Runs from the Compare page are stored "
                       "in the history database; see the History page."));
    RunFilter filter;
    filter.search = m_simRuns->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<StoredRunSelection> selection = StoredRunSimulation::load(*m_database, filter);
    QGuiApplication::restoreOverrideCursor();
    if (!selection)
        return fail(selection.error());
    if (selection->runs.isEmpty())
        return fail(filter.search.isEmpty()
                        ? tr("No run is stored yet. Run prompts on two or more endpoints on the Compare page, vote or "
                             "give thumbs, then simulate.")
                        : tr("No stored run matches “%1”.").arg(filter.search));
    const QStringList levels = simulationLevels(*selection);
    if (levels.size() < 2)
        return fail(tr("The selected runs were answered by %n endpoint(s); a cascade needs answers from at least two.",
                       nullptr, int(levels.size())));
    const bool validation = m_simConfidence->currentIndex() == 0;
    const StoredRunReplay replay = StoredRunSimulation::replay(*selection, levels,
                                                               validation ? StoredRunSimulation::Confidence::Validation
                                                                          : StoredRunSimulation::Confidence::Logprob,
                                                               m_config.validationChecks());
    if (replay.prompts.isEmpty())
        return fail(
            tr("None of the %n selected run(s) has a complete answer from %1.", nullptr, int(selection->runs.size()))
                .arg(levels.join(QStringLiteral(", "))));
    SimulationOptions options;
    options.step = m_simStep->value();
    options.targetQuality = m_simTarget->value();
    const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(replay.prompts, options);
    if (!simulation)
        return fail(simulation.error());

    MemoCascadeSimulation result;
    result.simulation = *simulation;
    result.levelNames = levels.mid(0, simulation->levelCount);
    result.targetQuality = options.targetQuality;
    const QString confidence =
        validation ? tr("confidence from validation checks") : tr("confidence from stored log-probabilities");
    result.source = filter.search.isEmpty()
        ? tr("%n stored run(s), quality from your thumbs and votes, %1.", nullptr, int(selection->runs.size()))
              .arg(confidence)
        : tr("%n stored run(s) matching “%1”, quality from your thumbs and votes, %2.", nullptr,
             int(selection->runs.size()))
              .arg(filter.search, confidence);
    m_simulation = result;
    showSimulation();

    QStringList notes{tr("%n prompt(s) replayed", nullptr, simulation->promptCount),
                      tr("%1 of %2 answers have a confidence, %3 a quality label")
                          .arg(replay.withConfidence)
                          .arg(replay.answers)
                          .arg(replay.labelled)};
    if (selection->truncated)
        notes.append(tr("only the newest %n runs were loaded", nullptr, int(selection->runs.size())));
    QString text = notes.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (replay.withConfidence == 0)
        text += QLatin1Char(' ') +
            (validation ? tr("No answer could be validated, so every prompt escalates to its largest level.")
                        : tr("No stored answer has log-probabilities, so every prompt escalates to its "
                             "largest level: choose validation checks."));
    if (replay.labelled == 0)
        text += QLatin1Char(' ') +
            tr("No answer has a quality label: give thumbs or votes on the Compare or History page.");
    m_simStatus->setText(text);
    emit statusMessage(tr("Cascade simulated over %n prompt(s).", nullptr, simulation->promptCount));
    return success();
}

void SimulatorTab::showSimulation()
{
    if (!m_simulation)
        return;
    const MemoCascadeSimulation &s = *m_simulation;
    const CascadeSimulation &sim = s.simulation;
    QChart *chart =
        replaceChart(*m_chartView, buildCascadeSimulationChart(sim, {s.levelNames, s.targetQuality, s.source}));
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() != QLatin1String(CascadeSimulationSeries::thresholds) &&
            series->objectName() != QLatin1String(CascadeSimulationSeries::best))
            continue;
        auto *xy = static_cast<QXYSeries *>(series);
        connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
            if (!state || !m_simulation) {
                QToolTip::hideText();
                return;
            }
            const int index = cascadeSimulationPointIndex(xy, point);
            QToolTip::showText(QCursor::pos(),
                               cascadeSimulationTooltip(m_simulation->simulation, index, m_simulation->levelNames),
                               m_chartView);
        });
    }
    m_exportButton->setEnabled(true);

    m_simModel->setSimulation(sim, s.levelNames);
    m_simTable->resizeColumnsToContents();
    if (m_simModel->bestRow() >= 0)
        m_simTable->scrollTo(m_simModel->index(m_simModel->bestRow(), 0));
}

QChart *SimulatorTab::simulationChart() const
{
    return m_chartView->chart();
}

std::optional<MemoCascadeSimulation> SimulatorTab::memoSimulation() const
{
    if (!m_simulation || !m_simInMemo->isChecked())
        return std::nullopt;
    return m_simulation;
}

Status SimulatorTab::exportSimulationChart(const QString &path)
{
    if (!m_simulation)
        return Status::failure(tr("Simulate first: there is no chart to export yet."));
    const MemoCascadeSimulation &s = *m_simulation;
    std::unique_ptr<QChart> chart(buildCascadeSimulationChart(s.simulation, {s.levelNames, s.targetQuality, s.source}));
    return exportChart(chart.get(), path);
}

void SimulatorTab::exportChartInteractive()
{
    if (!m_simulation) {
        emit statusMessage(tr("Simulate first: there is no chart to export yet."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export cascade chart"), QDir(dir).filePath(QStringLiteral("cascade-simulation.png")),
        tr("PNG images (*.png);;SVG images (*.svg);;PDF documents (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    path = withSuffixOfFilter(path, selected);
    const Status status = exportSimulationChart(path);
    emit statusMessage(status ? tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)) : status.error());
}
