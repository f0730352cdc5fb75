// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluations/evalresultstab.h"

#include "common/money.h"
#include "decision/workbench.h"
#include "eval/evalmatrix.h"
#include "eval/evalstatistics.h"
#include "eval/measuredquality.h"
#include "export/savepath.h"
#include "models/evalmatrixmodel.h"
#include "models/evalsummarymodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kRefreshMs = 100; // the matrix is rebuilt at most ten times a second while results pour in

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 0);
}
} // namespace

EvalResultsTab::EvalResultsTab(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_matrixModel = new EvalMatrixModel(this);
    m_summaryModel = new EvalSummaryModel(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &EvalResultsTab::refreshMatrix);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_runCombo = new QComboBox(this);
    m_runCombo->setObjectName(QStringLiteral("runCombo"));
    m_runCombo->setToolTip(tr("Stored runs of the selected set, newest first"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_resumeShown = new QPushButton(tr("Resume run"), this);
    m_resumeShown->setObjectName(QStringLiteral("resumeRunButton"));
    m_resumeShown->setToolTip(tr("Continue this run: only the cases without a result are sent"));
    m_compareCombo = new QComboBox(this);
    m_compareCombo->setObjectName(QStringLiteral("compareCombo"));
    m_compareCombo->setToolTip(tr("Another run of the same set, to see which cases flipped"));
    m_useAsQuality = new QPushButton(tr("Use as quality"), this);
    m_useAsQuality->setObjectName(QStringLiteral("useAsQualityButton"));
    m_useAsQuality->setToolTip(tr("Make this run's pass rates the quality of the endpoints' catalog models: the "
                                  "recommendation's accuracy check and the cost-versus-quality chart use them"));
    row->addWidget(new QLabel(tr("Run:"), this));
    row->addWidget(m_runCombo, 2);
    row->addWidget(m_resumeShown);
    row->addWidget(m_compareCombo, 1);
    m_metadataFilter = new QLineEdit(this);
    m_metadataFilter->setObjectName(QStringLiteral("metadataFilter"));
    m_metadataFilter->setClearButtonEnabled(true);
    m_metadataFilter->setPlaceholderText(tr("Filter cases by metadata, e.g. category=geography"));
    m_metadataFilter->setToolTip(tr("Shows only the cases whose metadata (promptfoo's metadata, or a CSV "
                                    "__metadata:NAME column) has NAME=value, or contains the text"));
    row->addWidget(m_metadataFilter, 1);
    row->addStretch(0);
    row->addWidget(m_useAsQuality);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_export->setToolTip(tr("Save this run's results as CSV, JSON, JSON Lines, or promptfoo's results JSON "
                            "(for promptfoo's viewer and CI tooling)"));
    row->addWidget(m_export);
    layout->addLayout(row);
    m_runInfo = new QLabel(this);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setWordWrap(true);
    layout->addWidget(m_runInfo);
    m_noResults = new QLabel(this);
    m_noResults->setObjectName(QStringLiteral("noResultsHint"));
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_noResults);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("resultsSplitter"));
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    m_matrixView = new QTableView(top);
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("ERROR · 0.00")) + 16);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_matrixView->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_detail = new QTextBrowser(top);
    m_detail->setObjectName(QStringLiteral("cellDetail"));
    m_detail->setPlaceholderText(tr("Click a cell to see the prompt, the answer and why it passed or failed."));
    top->addWidget(m_matrixView);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *summaryPane = new QWidget(vertical);
    auto *summaryLayout = new QVBoxLayout(summaryPane);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryNote = new QLabel(summaryPane);
    m_summaryNote->setObjectName(QStringLiteral("summaryFilterNote"));
    m_summaryNote->setWordWrap(true);
    m_summaryNote->hide();
    m_summaryView = new QTableView(summaryPane);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_summaryView->setModel(m_summaryModel);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Catalog ids can be long (provider/org/model): that column gives way, the figures do not.
    m_summaryView->horizontalHeader()->setSectionResizeMode(EvalSummaryModel::Model, QHeaderView::Stretch);
    m_summaryView->setTextElideMode(Qt::ElideMiddle);
    m_summaryView->setWordWrap(false);
    summaryLayout->addWidget(m_summaryNote);
    summaryLayout->addWidget(m_summaryView, 1);
    m_comparison = new QTextBrowser(vertical);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    m_comparison->hide();
    vertical->addWidget(top);
    vertical->addWidget(summaryPane);
    vertical->addWidget(m_comparison);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setStretchFactor(2, 1);
    layout->addWidget(vertical, 1);

    connect(m_matrixView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showCell(index.row(), index.column()); });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showCell(index.row(), index.column());
            });
    connect(m_metadataFilter, &QLineEdit::textChanged, this, &EvalResultsTab::applyMetadataFilter);
    connect(m_runCombo, &QComboBox::activated, this, [this](int index) {
        if (const qint64 id = m_runCombo->itemData(index).toLongLong(); id != 0) {
            if (const Status shown = showRun(id); !shown)
                emit problem(shown.error());
        }
    });
    connect(m_compareCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_compareCombo->itemData(index).toLongLong();
        if (id == 0) {
            m_comparison->clear();
            m_comparison->hide();
            return;
        }
        if (const Status compared = compareWith(id); !compared)
            emit problem(compared.error());
    });
    connect(m_resumeShown, &QPushButton::clicked, this, [this] {
        if (m_shownRunId)
            emit resumeRequested(m_shownRunId);
    });
    connect(m_export, &QPushButton::clicked, this, &EvalResultsTab::exportInteractive);
    connect(m_useAsQuality, &QPushButton::clicked, this, [this] {
        if (const Status used = useAsQuality(); !used)
            emit problem(used.error());
    });
}

void EvalResultsTab::listRuns(const QString &setName, qint64 select)
{
    m_setName = setName;
    m_runs.clear();
    if (m_repository && !m_setName.isEmpty()) {
        const Result<QList<EvalRunInfo>> runs = m_repository->runs(m_setName);
        if (runs)
            m_runs = runs.value();
        else
            emit problem(tr("Cannot list the runs of “%1”: %2").arg(m_setName, runs.error()));
    }
    const QLocale locale;
    {
        const QSignalBlocker block(m_runCombo);
        m_runCombo->clear();
        for (const EvalRunInfo &info : std::as_const(m_runs)) {
            m_runCombo->addItem(tr("#%1 · %2 · %3 of %4 passed · %5")
                                    .arg(info.id)
                                    .arg(locale.toString(info.startedAt.toLocalTime(), QLocale::ShortFormat))
                                    .arg(info.passed)
                                    .arg(info.done)
                                    .arg(statusText(info.status)),
                                info.id);
            m_runCombo->setItemData(m_runCombo->count() - 1, info.endpoints.join(QStringLiteral(", ")),
                                    Qt::ToolTipRole);
        }
        if (m_runs.isEmpty())
            m_runCombo->addItem(tr("No runs yet"), 0);
    }
    qint64 wanted = select ? select : m_shownRunId;
    if (!std::any_of(m_runs.cbegin(), m_runs.cend(), [wanted](const EvalRunInfo &i) { return i.id == wanted; }))
        wanted = m_runs.isEmpty() ? 0 : m_runs.constFirst().id;
    if (wanted == 0) {
        m_shownRunId = 0;
        m_shownSet = EvalSet();
        m_shownResults.clear();
        m_matrixModel->setMatrix({});
        updateSummary({});
        m_detail->clear();
        m_runInfo->clear();
        m_compareCombo->clear();
        m_comparison->hide();
        updateControls();
        return;
    }
    if (wanted != m_liveRunId || !m_following) {
        if (const Status shown = showRun(wanted); !shown)
            emit problem(shown.error());
    } else {
        const QSignalBlocker block(m_runCombo);
        m_runCombo->setCurrentIndex(m_runCombo->findData(wanted));
    }
    emit runsListed();
}

void EvalResultsTab::followRun(qint64 runId, const EvalSet &set, const QStringList &endpoints,
                               const QList<EvalResult> &stored)
{
    m_following = true;
    m_liveEnded = false;
    m_liveRunId = runId;
    m_liveSet = set;
    m_liveEndpoints = endpoints;
    m_liveResults = stored;
    listRuns(m_setName, runId);
    m_shownRunId = runId;
    m_shownSet = set;
    m_shownResults = stored;
    showMatrix(set, stored, endpoints);
    updateControls();
}

void EvalResultsTab::addResult(const EvalResult &result)
{
    m_liveResults.append(result);
    if (m_shownRunId == m_liveRunId && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void EvalResultsTab::endRun()
{
    m_refreshTimer->stop();
    m_following = false;
    m_liveEnded = m_liveRunId != 0;
    if (m_shownRunId == m_liveRunId) {
        m_shownResults = m_liveResults;
        showMatrix(m_shownSet, m_shownResults, m_matrixModel->matrix().endpoints);
    }
    // Without a database the run exists only on screen: keep showing it.
    if (m_liveRunId)
        listRuns(m_setName, m_liveRunId);
    updateControls();
}

void EvalResultsTab::updateControls()
{
    const EvalRunInfo *shown = nullptr;
    for (const EvalRunInfo &info : std::as_const(m_runs)) {
        if (info.id == m_shownRunId)
            shown = &info;
    }
    const bool showingLive = m_following && m_shownRunId == m_liveRunId;
    m_resumeShown->setVisible(shown && shown->canResume() && !(m_following && shown->id == m_liveRunId));
    m_resumeShown->setEnabled(!m_following);
    m_useAsQuality->setEnabled(!m_shownResults.isEmpty() && !showingLive);
    m_export->setEnabled(!m_shownResults.isEmpty() && !showingLive);
    m_compareCombo->setEnabled(m_compareCombo->count() > 1 && !showingLive);

    if (m_setName.isEmpty())
        m_noResults->setText(tr("Import an evaluation set (Ctrl+I) or create one with New, then check endpoints and "
                                "press Run (Ctrl+Return)."));
    else if (m_shownSet.cases.isEmpty())
        m_noResults->setText(
            tr("No runs of “%1” yet: check endpoints on the left and press Run (Ctrl+Return).").arg(m_setName));
    m_noResults->setVisible(m_shownSet.cases.isEmpty());
}

void EvalResultsTab::setRepository(EvalRepository *repository)
{
    m_repository = repository;
    m_liveEnded = false;
}

Status EvalResultsTab::showRun(qint64 runId)
{
    QStringList endpoints;
    EvalRunInfo info;
    if (runId == m_liveRunId && (m_following || m_liveEnded)) {
        // The run in progress, or the one just ended: its results are here already, stored or not.
        m_shownSet = m_liveSet;
        m_shownResults = m_liveResults;
        endpoints = m_liveEndpoints;
        if (m_liveEnded) {
            for (const EvalRunInfo &listed : std::as_const(m_runs)) {
                if (listed.id == runId)
                    info = listed;
            }
        }
        m_shownRun = {runId, info.startedAt, {}, {}};
    } else {
        if (!m_repository)
            return Status::failure(tr("The history database is not open."));
        const Result<EvalRunRecord> record = m_repository->run(runId);
        if (!record)
            return Status::failure(record.error());
        const Result<QList<EvalResult>> results = m_repository->results(runId);
        if (!results)
            return Status::failure(results.error());
        m_shownSet = record->set;
        m_shownResults = results.value();
        endpoints = record->info.endpoints;
        info = record->info;
        m_shownRun = {runId, record->info.startedAt, record->options.prompt, record->endpoints};
    }
    m_shownRunId = runId;
    {
        const QSignalBlocker block(m_runCombo);
        m_runCombo->setCurrentIndex(std::max(0, m_runCombo->findData(runId)));
    }
    showMatrix(m_shownSet, m_shownResults, endpoints);

    // "Compare with…": the other runs of the same set.
    {
        const QSignalBlocker block(m_compareCombo);
        m_compareCombo->clear();
        m_compareCombo->addItem(tr("Compare with…"), 0);
        for (const EvalRunInfo &other : std::as_const(m_runs)) {
            if (other.id != runId && other.done > 0)
                m_compareCombo->addItem(tr("Compare with run #%1").arg(other.id), other.id);
        }
    }
    m_comparison->clear();
    m_comparison->hide();
    if (info.id) {
        const QLocale locale;
        QString text = tr("Run #%1 of “%2”, started %3 · repeat ×%4 · %5 of %6 results")
                           .arg(info.id)
                           .arg(info.setName, locale.toString(info.startedAt.toLocalTime(), QLocale::ShortFormat))
                           .arg(info.repeat)
                           .arg(info.done)
                           .arg(info.total);
        if (info.canResume())
            text = tr("%1 — incomplete: Resume run sends only the cases without a result.").arg(text);
        m_runInfo->setText(text);
    } else {
        m_runInfo->setText(tr("Run of “%1” in progress").arg(m_shownSet.name));
    }
    updateControls();
    return success();
}

void EvalResultsTab::showMatrix(const EvalSet &set, const QList<EvalResult> &results, const QStringList &endpoints)
{
    const EvalMatrix matrix = EvalMatrix::build(set, results, endpoints);
    m_matrixModel->setMatrix(matrix);
    // Row heights follow the case labels, which do not change while a run fills the matrix:
    // measuring every row ten times a second would cost the window its frames.
    if (matrix.caseLabels != m_rowLabels) {
        m_rowLabels = matrix.caseLabels;
        m_matrixView->resizeRowsToContents();
    }
    applyMetadataFilter();
    const QModelIndex current = m_matrixView->currentIndex();
    if (current.isValid())
        showCell(current.row(), current.column());
    else
        m_detail->clear();
}

void EvalResultsTab::applyMetadataFilter()
{
    // Rows are the shown set's cases in order; hiding keeps every index (and the detail) valid.
    const QString filter = m_metadataFilter->text();
    QList<bool> shown(m_shownSet.cases.size());
    for (qsizetype c = 0; c < shown.size(); ++c)
        shown[c] = m_shownSet.cases.at(c).matchesMetadata(filter);
    for (int row = 0; row < m_matrixModel->rowCount(); ++row)
        m_matrixView->setRowHidden(row, row < shown.size() && !shown.at(row));
    updateSummary(shown);
}

void EvalResultsTab::updateSummary(const QList<bool> &shownCases)
{
    const EvalMatrix &matrix = m_matrixModel->matrix();
    const qsizetype shownCount = shownCases.count(true);
    if (shownCount == shownCases.size() || matrix.endpoints.isEmpty()) {
        m_summaryModel->setSummaries(matrix.summaries);
        m_summaryNote->clear();
        m_summaryNote->hide();
        return;
    }
    m_summaryModel->setSummaries(EvalMatrix::summarize(m_shownSet, m_shownResults, matrix.endpoints, shownCases));
    m_summaryNote->setText(
        tr("The summary covers the %1 of %2 cases the filter shows; clear the filter for the whole run. Use as "
           "quality and Compare with… always count every case.")
            .arg(QString::number(shownCount), QString::number(shownCases.size())));
    m_summaryNote->show();
}

QString EvalResultsTab::summaryNoteText() const
{
    return m_summaryNote->isHidden() ? QString() : m_summaryNote->text();
}

void EvalResultsTab::refreshMatrix()
{
    if (!m_following || m_shownRunId != m_liveRunId)
        return;
    m_shownResults = m_liveResults;
    showMatrix(m_shownSet, m_shownResults, m_matrixModel->matrix().endpoints);
    updateControls();
}

void EvalResultsTab::showCell(int caseIndex, int endpointIndex)
{
    const EvalMatrix &matrix = m_matrixModel->matrix();
    if (caseIndex < 0 || caseIndex >= matrix.caseLabels.size() || endpointIndex < 0 ||
        endpointIndex >= matrix.endpoints.size()) {
        m_detail->clear();
        return;
    }
    const QString endpoint = matrix.endpoints.at(endpointIndex);
    QList<const EvalResult *> results;
    for (const EvalResult &r : std::as_const(m_shownResults)) {
        if (r.caseIndex == caseIndex && r.endpointName == endpoint)
            results.append(&r);
    }
    std::sort(results.begin(), results.end(),
              [](const EvalResult *a, const EvalResult *b) { return a->repeat < b->repeat; });
    QString text = QStringLiteral("<h3>%1 — %2</h3>").arg(html(matrix.caseLabels.at(caseIndex)), html(endpoint));
    if (results.isEmpty()) {
        m_detail->setHtml(text + QStringLiteral("<p>%1</p>").arg(html(tr("Not run yet."))));
        return;
    }
    const QLocale locale;
    text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(html(tr("Prompt")), html(results.first()->prompt));
    const QString expected = caseIndex < m_shownSet.cases.size() ? m_shownSet.cases.at(caseIndex).expected : QString();
    if (!expected.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(html(tr("Reference answer")), html(expected));
    for (const EvalResult *r : std::as_const(results)) {
        const QString verdict = r->passed ? tr("PASS") : r->hasError() ? tr("ERROR") : tr("FAIL");
        const QString cost = r->costUsd ? formatUsd(*r->costUsd) : tr("unpriced");
        QString heading = results.size() > 1 ? tr("Repeat %1: %2").arg(r->repeat + 1).arg(verdict) : verdict;
        text +=
            QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(html(heading),
                     html(tr("score %1 · %2 ms · %3")
                              .arg(locale.toString(r->score, 'f', 2), locale.toString(r->latencyMs, 'f', 0), cost)));
        if (!r->error.isEmpty())
            text += QStringLiteral("<p style=\"color:#b71c1c\">%1</p>").arg(html(tr("Call failed: %1").arg(r->error)));
        text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(html(tr("Answer")), html(r->answer));
        for (const AssertionResult &a : r->assertions) {
            const QString mark = a.passed ? QStringLiteral("✓") : a.error ? QStringLiteral("!") : QStringLiteral("✗");
            text += QStringLiteral("<p style=\"margin-left:12px\">%1 <b>%2</b>%3</p>")
                        .arg(mark, html(a.type),
                             a.passed || a.reason.isEmpty() ? QString() : QStringLiteral(" — ") + html(a.reason));
        }
    }
    m_detail->setHtml(text);
}

QString EvalResultsTab::cellDetailText() const
{
    return m_detail->toPlainText();
}

Status EvalResultsTab::compareWith(qint64 otherRunId)
{
    if (!m_repository)
        return Status::failure(tr("The history database is not open."));
    const Result<EvalRunRecord> other = m_repository->run(otherRunId);
    if (!other)
        return Status::failure(other.error());
    const Result<QList<EvalResult>> before = m_repository->results(otherRunId);
    if (!before)
        return Status::failure(before.error());
    const EvalRunComparison comparison = EvalRunComparison::compare(m_shownSet, before.value(), m_shownResults);
    QString text = QStringLiteral("<p><b>%1</b></p>")
                       .arg(html(tr("Run #%1 → run #%2: %3 case(s) now fail, %4 now pass, %5 unchanged.")
                                     .arg(otherRunId)
                                     .arg(m_shownRunId)
                                     .arg(comparison.passToFail.size())
                                     .arg(comparison.failToPass.size())
                                     .arg(comparison.unchanged)));
    if (other->set.cases.size() != m_shownSet.cases.size() || other->set.prompt != m_shownSet.prompt)
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("The set changed between these runs; cases are matched by "
                                 "position.")));
    auto list = [](const QString &title, const QList<EvalCaseChange> &changes) {
        if (changes.isEmpty())
            return QString();
        QString items;
        for (const EvalCaseChange &c : changes)
            items += QStringLiteral("<li>%1</li>").arg(html(tr("%1 on %2").arg(c.caseLabel, c.endpointName)));
        return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(html(title), items);
    };
    text += list(tr("Passed before, fail now:"), comparison.passToFail);
    text += list(tr("Failed before, pass now:"), comparison.failToPass);
    if (!comparison.endpoints.isEmpty()) {
        QString items;
        for (const EvalEndpointDelta &d : comparison.endpoints) {
            const QString points = QLocale().toString(d.delta * 100.0, 'f', 0);
            items += QStringLiteral("<li>%1</li>")
                         .arg(html(tr("%1: %2 % → %3 % (%4 points)")
                                       .arg(d.endpointName, percent(d.before), percent(d.after),
                                            d.delta > 0 ? QStringLiteral("+") + points : points)));
        }
        text += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(html(tr("Pass rates:")), items);
    }
    m_comparison->setHtml(text);
    m_comparison->show();
    {
        const QSignalBlocker block(m_compareCombo);
        m_compareCombo->setCurrentIndex(std::max(0, m_compareCombo->findData(otherRunId)));
    }
    return success();
}

QString EvalResultsTab::comparisonText() const
{
    return m_comparison->isVisible() || !m_comparison->isHidden() ? m_comparison->toPlainText() : QString();
}

Status EvalResultsTab::useAsQuality()
{
    if (m_shownResults.isEmpty())
        return Status::failure(tr("Show a run with results first."));
    QDate date = QDate::currentDate();
    for (const EvalRunInfo &info : std::as_const(m_runs)) {
        if (info.id == m_shownRunId && info.startedAt.isValid())
            date = info.startedAt.toLocalTime().date();
    }
    const MeasuredQuality measured = MeasuredQuality::fromEvaluation(m_shownSet, m_shownResults, date);
    const Catalog &catalog = m_workbench.catalog();
    QStringList scored;
    QStringList missing;
    for (const auto &[model, score] : measured.scores)
        (catalog.findModel(model) ? scored : missing) << model;
    if (scored.isEmpty()) {
        QString problem = tr("None of this run's endpoints names a model of the catalog “%1”, so its pass rates cannot "
                             "become quality scores. Set each endpoint's catalog model with Endpoints….")
                              .arg(catalog.name);
        return Status::failure(problem);
    }
    m_workbench.addMeasuredQuality(measured);
    RecommendationInput input = m_workbench.input();
    input.qualityBenchmark = measured.benchmark.id;
    m_workbench.setInput(input);
    QString message = tr("Quality now measured by %1: %n model(s) scored. The recommendation's accuracy check and the "
                         "cost-versus-quality chart use it; models without a score there are marked unknown.",
                         nullptr, int(scored.size()))
                          .arg(measured.benchmark.source);
    if (!measured.unmappedEndpoints.isEmpty() || !missing.isEmpty())
        message =
            tr("%1 Not scored: %2.").arg(message, (measured.unmappedEndpoints + missing).join(QStringLiteral(", ")));
    if (const int cases = int(m_shownSet.cases.size()); EvalStatistics::tooFewToDecide(cases))
        message = tr("%1 Caution: %n case(s) prove little: the 95 % intervals are wide, so a difference smaller than "
                     "them is noise. Add cases before deciding.",
                     nullptr, cases)
                      .arg(message);
    emit statusMessage(message);
    m_runInfo->setText(message);
    return success();
}

// ------------------------------------------------------------------------------------- misc

QString EvalResultsTab::statusText(EvalRunInfo::Status status)
{
    switch (status) {
    case EvalRunInfo::Status::Running:
        return tr("running");
    case EvalRunInfo::Status::Finished:
        return tr("finished");
    case EvalRunInfo::Status::Cancelled:
        return tr("cancelled");
    case EvalRunInfo::Status::Interrupted:
        return tr("interrupted");
    }
    return {};
}

Status EvalResultsTab::exportShownRun(const QString &path, EvalExport::Format format) const
{
    if (m_shownResults.isEmpty())
        return Status::failure(tr("No run with results is shown: there is nothing to export."));
    return EvalExport::write(path, m_shownSet, m_shownResults, format, m_shownRun);
}

void EvalResultsTab::exportInteractive()
{
    // promptfoo's file is JSON too, so its filter, not the name, chooses it.
    const QString promptfooFilter = tr("promptfoo results (*.json)");
    const QString filters =
        tr("CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)") + QStringLiteral(";;") + promptfooFilter;
    QString selected;
    const QString path = withSuffixOfFilter(
        QFileDialog::getSaveFileName(this, tr("Export results"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("rightsize-eval-%1.csv").arg(m_shownRunId)),
                                     filters, &selected),
        selected);
    if (path.isEmpty())
        return;
    const std::optional<EvalExport::Format> format =
        selected == promptfooFilter ? EvalExport::Format::Promptfoo : EvalExport::formatForPath(path);
    if (!format) {
        emit problem(
            tr("Cannot export to %1: the name must end in .csv, .json or .jsonl.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Status written = exportShownRun(path, *format); !written)
        emit problem(written.error());
    else
        emit statusMessage(
            tr("%n result(s) written to %1", nullptr, int(m_shownResults.size())).arg(QDir::toNativeSeparators(path)));
}
