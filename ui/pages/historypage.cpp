// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "historypage.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "compare/comparisonrunner.h"
#include "decision/workbench.h"
#include "export/savepath.h"
#include "models/historyaggregatemodel.h"
#include "models/historytablemodel.h"
#include "store/database.h"
#include "store/repricing.h"
#include "store/runaggregates.h"
#include "store/runexport.h"
#include "store/runrecorder.h"
#include "store/runrepository.h"
#include "store/storeworker.h"
#include "store/voterepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroFuture>
#include <QCoroTask>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
/// A store error from the worker thread, shown on the page's own thread.
void reportLater(const QPointer<HistoryPage> &page, const QString &message)
{
    QMetaObject::invokeMethod(
        page.data(),
        [page, message] {
            if (page)
                emit page->statusMessage(message);
        },
        Qt::QueuedConnection);
}

enum StackPage { ProblemPage, ContentPage };
enum TableStackPage { TableShown, EmptyShown };
} // namespace

HistoryPage::HistoryPage(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    build();
    showProblem();
}

HistoryPage::~HistoryPage()
{
    // The recorder finishes its writes while the database is still there.
    m_recorder.reset();
}

void HistoryPage::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("historyStack"));
    outer->addWidget(m_stack);

    // The problem page: what went wrong, where, and two ways on.
    auto *problem = new QWidget(m_stack);
    auto *problemLayout = new QVBoxLayout(problem);
    m_problem = new QLabel(problem);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openOther = new QPushButton(tr("Open another file…"), problem);
    openOther->setObjectName(QStringLiteral("openOtherButton"));
    auto *fresh = new QPushButton(tr("Start a fresh history"), problem);
    fresh->setObjectName(QStringLiteral("startFreshButton"));
    fresh->setToolTip(
        tr("Creates a new history file beside the one that could not be opened, which is left as it is."));
    connect(openOther, &QPushButton::clicked, this, &HistoryPage::openOtherFile);
    connect(fresh, &QPushButton::clicked, this, &HistoryPage::startFresh);
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(openOther);
    problemButtons->addWidget(fresh);
    problemButtons->addStretch();
    problemLayout->addWidget(m_problem);
    problemLayout->addLayout(problemButtons);
    problemLayout->addStretch();
    m_stack->addWidget(problem);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search prompts and answers"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must occur in the prompt or in one answer (Ctrl+F)"));
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applyFilter);
    filters->addWidget(m_search, 2);

    m_endpoint = new QComboBox(content);
    m_endpoint->setObjectName(QStringLiteral("endpointFilter"));
    m_model = new QComboBox(content);
    m_model->setObjectName(QStringLiteral("modelFilter"));
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    using S = ResponseRecord::Status;
    const std::pair<S, QString> statuses[] = {{S::Complete, tr("Complete")},
                                              {S::Failed, tr("Failed")},
                                              {S::Cancelled, tr("Cancelled")},
                                              {S::Interrupted, tr("Interrupted")}};
    for (const auto &[status, label] : statuses)
        m_status->addItem(label, ResponseRecord::statusName(status));
    m_rating = new QComboBox(content);
    m_rating->setObjectName(QStringLiteral("ratingFilter"));
    m_rating->addItem(tr("Any rating"), int(RunFilter::Rating::Any));
    m_rating->addItem(tr("Thumbs up"), int(RunFilter::Rating::ThumbsUp));
    m_rating->addItem(tr("Thumbs down"), int(RunFilter::Rating::ThumbsDown));
    m_rating->addItem(tr("Voted"), int(RunFilter::Rating::Voted));
    m_rating->addItem(tr("Unrated"), int(RunFilter::Rating::Unrated));
    m_useDates = new QCheckBox(tr("From"), content);
    m_useDates->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), content);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), content);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    for (QComboBox *box : {m_endpoint, m_model, m_status, m_rating}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    }
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), content));
    filters->addWidget(m_to);
    connect(m_useDates, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_runs = new HistoryTableModel(this);
    connect(m_runs, &HistoryTableModel::queryFailed, this, &HistoryPage::statusMessage);
    connect(m_runs, &HistoryTableModel::loadingChanged, this, &HistoryPage::updateBusy);
    connect(m_runs, &HistoryTableModel::loaded, this, &HistoryPage::updateCountAndEmptyState);
    // The table, or (with nothing to list) a hint saying what to do.
    m_tableStack = new QStackedWidget(splitter);
    m_tableStack->setObjectName(QStringLiteral("tableStack"));
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_runs);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The figures take the room they need (measured on the loaded page of rows only); the prompt
    // gets the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::Prompt, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<qint64> ids = selectedRunIds();
        if (ids.size() == 1)
            openRun(ids.constFirst());
        updateAggregates();
        updateButtons();
    });
    connect(m_runs, &QAbstractItemModel::modelReset, this, [this] {
        updateAggregates();
        updateButtons();
    });
    m_tableStack->addWidget(m_table);
    m_empty = new QLabel(m_tableStack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_tableStack->addWidget(m_empty);

    // The opened run: one read-only column per answer, as on the Compare page.
    auto *detail = new QScrollArea(splitter);
    detail->setObjectName(QStringLiteral("responsesArea"));
    detail->setWidgetResizable(true);
    m_columns = new QWidget(detail);
    m_columnsLayout = new QHBoxLayout(m_columns);
    detail->setWidget(m_columns);

    auto *aggregateBox =
        new QGroupBox(tr("Per endpoint over the selection (or every run shown when none is selected)"), splitter);
    auto *aggregateLayout = new QVBoxLayout(aggregateBox);
    m_aggregates = new HistoryAggregateModel(this);
    m_aggregateTable = new QTableView(aggregateBox);
    m_aggregateTable->setObjectName(QStringLiteral("aggregateTable"));
    m_aggregateTable->setModel(m_aggregates);
    m_aggregateTable->verticalHeader()->hide();
    m_aggregateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    aggregateLayout->addWidget(m_aggregateTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_busy = new QProgressBar(content);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // no figure to show: it only moves while a query runs
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Reading the history…"));
    m_busy->setVisible(false);
    buttons->addWidget(m_busy);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel = new QLabel(content);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_reprice = new QCheckBox(tr("Re-price with today's catalog"), content);
    m_reprice->setObjectName(QStringLiteral("repriceCheck"));
    m_reprice->setToolTip(tr("Shows each cost at the current catalog's prices beside the price used at run time."));
    connect(m_reprice, &QCheckBox::toggled, this, [this] {
        updateAggregates();
        if (m_openedRun.id)
            openRun(m_openedRun.id);
    });
    m_rerun = new QPushButton(tr("Run again…"), content);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_delete = new QPushButton(tr("Delete…"), content);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_export = new QPushButton(tr("Export…"), content);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("The selected runs, or every run shown, as CSV, JSON or JSONL"));
    connect(m_rerun, &QPushButton::clicked, this, &HistoryPage::rerunOpened);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportSelected);
    buttons->addWidget(m_count);
    buttons->addWidget(m_fileLabel, 1);
    buttons->addWidget(m_reprice);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    m_stack->addWidget(content);
    updateButtons();
}

void HistoryPage::setDatabase(Database *database)
{
    m_recorder.reset();
    // Loads queued for the old file are dropped with its worker: none is awaited any more.
    m_opening = 0;
    ++m_openGeneration;
    m_database = database;
    if (!m_database || !m_database->isOpen()) {
        m_runs->setDatabase(nullptr);
        showProblem();
        return;
    }
    makeRecorder();
    m_fileLabel->setText(tr("History file: %1").arg(QDir::toNativeSeparators(m_database->path())));
    if (m_database->recoveredResponses() > 0)
        emit statusMessage(
            tr("%n answer(s) were still streaming when Rightsize last stopped; they are kept and marked interrupted.",
               nullptr, m_database->recoveredResponses()));
    m_stack->setCurrentIndex(ContentPage);
    m_runs->setDatabase(m_database);
    reloadFilterChoices();
}

void HistoryPage::attachRunner(ComparisonRunner *runner)
{
    if (m_recorder && m_runner)
        m_recorder->detach(m_runner);
    m_runner = runner;
    makeRecorder();
}

void HistoryPage::makeRecorder()
{
    m_recorder.reset();
    if (!m_database || !m_database->isOpen() || !m_runner)
        return;
    m_recorder = std::make_unique<RunRecorder>(*m_database);
    m_recorder->attach(m_runner);
    // Votes on the Compare page refer to the run by its id.
    QPointer<ComparisonRunner> runner(m_runner);
    connect(m_recorder.get(), &RunRecorder::runStored, this, [runner](qint64 id) {
        if (runner)
            runner->setRunId(id);
    });
    connect(m_recorder.get(), &RunRecorder::runCompleted, this, [this] {
        reloadFilterChoices();
        m_runs->reload();
    });
    connect(m_recorder.get(), &RunRecorder::storeFailed, this, &HistoryPage::statusMessage);
}

void HistoryPage::showProblem()
{
    QString text;
    if (!m_database) {
        text = tr("No history database is open.");
    } else {
        text =
            tr("The run history cannot be shown.\n\n%1\n\nThe file was not changed. Open another history file, or "
               "start a fresh one beside it.")
                .arg(m_database->lastError().isEmpty()
                         ? tr("The history database %1 is not open.").arg(QDir::toNativeSeparators(m_database->path()))
                         : m_database->lastError());
    }
    m_problem->setText(text);
    m_stack->setCurrentIndex(ProblemPage);
}

void HistoryPage::reopen(const QString &path)
{
    if (!m_database)
        return;
    m_recorder.reset();
    m_runs->setDatabase(nullptr);
    const Status status = m_database->open(path);
    setDatabase(m_database);
    if (status.ok())
        emit statusMessage(tr("History file: %1").arg(QDir::toNativeSeparators(m_database->path())));
}

void HistoryPage::openOtherFile()
{
    const QString dir = m_database && !m_database->path().isEmpty()
        ? QFileInfo(m_database->path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open history file"), dir,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        reopen(path);
}

void HistoryPage::startFresh()
{
    if (!m_database)
        return;
    const QString base = m_database->path().isEmpty() ? Database::defaultPath() : m_database->path();
    const QFileInfo info(base);
    // A new name beside the old file: the one that failed stays for the user to inspect or recover.
    const QString fresh = info.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    reopen(fresh);
}

void HistoryPage::reloadFilterChoices()
{
    if (!m_database || !m_database->isOpen())
        return;
    struct Choices
    {
        QStringList endpoints;
        QStringList models;
    };
    m_runs->worker()->post(
        this,
        [](StoreRepositories &store) {
            return Choices{store.runs().endpointNames(), store.runs().models()};
        },
        [this](const Choices &choices) {
            const auto refill = [](QComboBox *box, const QString &any, const QStringList &values) {
                const QString current = box->currentData().toString();
                const QSignalBlocker block(box);
                box->clear();
                box->addItem(any, QString());
                for (const QString &value : values)
                    box->addItem(value, value);
                box->setCurrentIndex(qMax(0, box->findData(current)));
            };
            refill(m_endpoint, tr("Any endpoint"), choices.endpoints);
            refill(m_model, tr("Any model"), choices.models);
        });
}

void HistoryPage::setSearchText(const QString &text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_searchDelay->stop();
    applyFilter();
}

void HistoryPage::applyFilter()
{
    RunFilter filter;
    filter.search = m_search->text().trimmed();
    filter.endpoint = m_endpoint->currentData().toString();
    filter.model = m_model->currentData().toString();
    filter.status = ResponseRecord::statusFromName(m_status->currentData().toString());
    filter.rating = RunFilter::Rating(m_rating->currentData().toInt());
    if (m_useDates->isChecked()) {
        filter.from = m_from->date().startOfDay();
        filter.to = m_to->date().addDays(1).startOfDay();
    }
    m_runs->setFilter(filter);
}

QList<qint64> HistoryPage::selectedRunIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_runs->runId(index.row());
    return ids;
}

void HistoryPage::openRun(qint64 runId)
{
    if (!m_database || !m_database->isOpen())
        return;
    const quint64 generation = ++m_openGeneration;
    if (runId == 0) {
        showOpenedRun({});
        return;
    }
    ++m_opening;
    updateBusy();
    m_runs->worker()->post(
        this, [runId](StoreRepositories &store) { return store.runs().loadRun(runId); },
        [this, generation](const Result<RunRecord> &run) {
            --m_opening;
            updateBusy();
            if (generation != m_openGeneration)
                return; // another run was opened meanwhile
            if (!run.ok()) {
                emit statusMessage(run.error());
                return;
            }
            showOpenedRun(*run);
        });
}

void HistoryPage::showOpenedRun(const RunRecord &run)
{
    m_openedRun = run;
    while (QLayoutItem *item = m_columnsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool reprice = m_reprice->isChecked();
    for (const ResponseRecord &r : m_openedRun.responses) {
        auto *column = new QWidget(m_columns);
        column->setObjectName(QStringLiteral("responseColumn%1").arg(r.position));
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(tr("<b>%1</b> · %2 · %3")
                                     .arg(r.endpoint.name.toHtmlEscaped(), r.endpoint.model.toHtmlEscaped(),
                                          ResponseRecord::statusName(r.status)),
                                 column);
        auto *text = new QPlainTextEdit(column);
        text->setObjectName(QStringLiteral("responseText"));
        text->setReadOnly(true);
        text->setPlainText(r.result.text);
        QString cost = r.costUsd ? formatUsd(*r.costUsd) : tr("unpriced");
        if (reprice) {
            const std::optional<double> today = repricedCost(r, m_workbench.catalog());
            if (costsDiffer(r.costUsd, today))
                cost = tr("%1 (today %2)").arg(cost, today ? formatUsd(*today) : tr("unpriced"));
        }
        const QLocale locale;
        QString metrics =
            tr("First token %1 ms · latency %2 ms · %3 tokens out · cost %4 · attempts %5")
                .arg(r.result.ttftMs ? locale.toString(*r.result.ttftMs, 'f', 0) : QStringLiteral("—"),
                     locale.toString(r.result.latencyMs, 'f', 0),
                     r.result.outputTokens ? locale.toString(*r.result.outputTokens) : QStringLiteral("—"), cost)
                .arg(r.result.attempts);
        if (r.result.error)
            metrics += QLatin1Char('\n') + r.result.error->message;
        auto *metricsLabel = new QLabel(metrics, column);
        metricsLabel->setObjectName(QStringLiteral("responseMetrics"));
        metricsLabel->setWordWrap(true);
        columnLayout->addWidget(title);
        columnLayout->addWidget(text, 1);
        columnLayout->addWidget(metricsLabel);
        m_columnsLayout->addWidget(column, 1);
    }
    updateButtons();
}

QStringList HistoryPage::openedColumnTexts() const
{
    QStringList texts;
    for (const QPlainTextEdit *edit : m_columns->findChildren<QPlainTextEdit *>(QStringLiteral("responseText")))
        texts << edit->toPlainText();
    return texts;
}

void HistoryPage::setRepriced(bool repriced)
{
    m_reprice->setChecked(repriced);
}

void HistoryPage::updateAggregates()
{
    const quint64 generation = ++m_aggregateGeneration;
    StoreWorker *worker = m_runs->worker();
    if (!m_database || !m_database->isOpen() || !worker) {
        m_aggregates->setAggregates({}, false);
        m_aggregating = false;
        updateBusy();
        return;
    }
    const QList<qint64> selected = selectedRunIds();
    const RunFilter filter = m_runs->queryFilter();
    const bool reprice = m_reprice->isChecked();
    // A copy travels to the worker: the workbench's catalog may change meanwhile.
    std::optional<Catalog> today;
    if (reprice)
        today = m_workbench.catalog();
    Database *database = m_database;
    m_aggregating = true;
    updateBusy();
    worker->post(
        this,
        [selected, filter, today = std::move(today),
         database](StoreRepositories &store) -> std::optional<QList<EndpointAggregate>> {
            RunRepository &repo = store.runs();
            QList<qint64> ids = selected;
            if (ids.isEmpty()) {
                // Every run the filter selects, capped so that a huge history stays quick.
                constexpr int kLimit = 5000;
                const Result<QList<RunSummary>> rows =
                    repo.listRuns(filter, RunSort::StartedAt, Qt::DescendingOrder, kLimit);
                if (rows.ok()) {
                    for (const RunSummary &s : *rows)
                        ids << s.id;
                }
            }
            const Result<QList<RunRecord>> runs = repo.loadRuns(ids, false);
            const Result<QList<Vote>> votes = VoteRepository(*database).votes(ids);
            if (!runs.ok() || !votes.ok() || ids.isEmpty())
                return std::nullopt;
            return aggregateByEndpoint(*runs, *votes, today ? &*today : nullptr);
        },
        [this, generation, reprice](std::optional<QList<EndpointAggregate>> aggregates) {
            if (generation != m_aggregateGeneration)
                return;
            m_aggregating = false;
            m_aggregates->setAggregates(aggregates.value_or(QList<EndpointAggregate>{}), aggregates && reprice);
            m_aggregateTable->setColumnHidden(HistoryAggregateModel::TodayTotalCost, !reprice);
            m_aggregateTable->setColumnHidden(HistoryAggregateModel::TodayCostPerRequest, !reprice);
            updateBusy();
        });
}

bool HistoryPage::isBusy() const
{
    return m_runs->isLoading() || m_aggregating || m_opening > 0 || m_writing > 0;
}

void HistoryPage::updateBusy()
{
    const bool busy = isBusy();
    m_busy->setVisible(busy);
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

void HistoryPage::updateCountAndEmptyState()
{
    if (!m_count)
        return; // the table sorts (and reloads) while build() is still making the widgets below it
    const int total = m_runs->totalCount();
    if (m_runs->searchTruncated())
        m_count->setText(tr("%n run(s) among the newest matches; add words to find older ones", nullptr, total));
    else
        m_count->setText(tr("%n run(s)", nullptr, total));
    if (total > 0) {
        m_tableStack->setCurrentIndex(TableShown);
        return;
    }
    if (m_runs->filter() == RunFilter{})
        m_empty->setText(tr("No runs yet. Run a comparison on the Compare page (Ctrl+3): every run is kept here, "
                            "with its answers, timings and costs, to search, compare and export."));
    else
        m_empty->setText(
            tr("No run matches these filters. Clear the search or choose \"Any\" in the filters to see more."));
    m_tableStack->setCurrentIndex(EmptyShown);
}

void HistoryPage::updateButtons()
{
    const bool open = m_database && m_database->isOpen();
    const bool selection = !selectedRunIds().isEmpty();
    m_rerun->setEnabled(open && m_openedRun.id != 0);
    m_delete->setEnabled(open && selection);
    m_export->setEnabled(open && m_runs->rowCount() > 0);
}

void HistoryPage::refresh()
{
    reloadFilterChoices();
    m_runs->reload();
}

QCoro::Task<Status> HistoryPage::deleteRuns(QList<qint64> runIds)
{
    if (!m_database || !m_database->isOpen())
        co_return Status::failure(tr("No history database is open."));
    QPointer<HistoryPage> self(this);
    ++m_writing;
    updateBusy();
    // The future is made before the co_await, not inside it: g++ 12 destroys a lambda temporary
    // of a co_await expression twice.
    QFuture<Status> deleted =
        m_runs->worker()->call([runIds](StoreRepositories &store) { return store.runs().deleteRuns(runIds); });
    const Status status = co_await deleted;
    if (!self)
        co_return status;
    --m_writing;
    updateBusy();
    if (status.ok()) {
        if (runIds.contains(m_openedRun.id))
            openRun(0);
        refresh();
        emit statusMessage(tr("%n run(s) deleted.", nullptr, int(runIds.size())));
    }
    co_return status;
}

void HistoryPage::deleteSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete runs"),
                              tr("Delete %n run(s) with their answers, votes and ratings? This cannot be undone; "
                                 "export them first to keep a copy.",
                                 nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    QCoro::connect(deleteRuns(ids), this, [this](const Status &status) {
        if (!status.ok())
            QMessageBox::warning(this, tr("Delete runs"), status.error());
    });
}

QCoro::Task<Status> HistoryPage::exportRuns(QString path, QList<qint64> runIds)
{
    if (!m_database || !m_database->isOpen())
        co_return Status::failure(tr("No history database is open."));
    const std::optional<RunExportFormat> format = runExportFormatForPath(path);
    if (!format)
        co_return Status::failure(
            tr("Cannot export to %1: the name must end in .csv, .json or .jsonl.").arg(QDir::toNativeSeparators(path)));
    QPointer<HistoryPage> self(this);
    ++m_writing;
    updateBusy();
    // Reading the runs and writing the file both happen on the store's thread: neither waits
    // for the disk on the window's.
    QFuture<Status> written = m_runs->worker()->call(
        [path, runIds, filter = m_runs->filter(), format = *format](StoreRepositories &store) -> Status {
            QList<qint64> ids = runIds;
            if (ids.isEmpty()) {
                const Result<QList<qint64>> all = store.runs().runIds(filter);
                if (!all.ok())
                    return Status::failure(all.error());
                ids = *all;
            }
            const Result<QList<RunRecord>> runs = store.runs().loadRuns(ids);
            if (!runs.ok())
                return Status::failure(runs.error());
            return writeRunsExport(path, *runs, format);
        });
    const Status status = co_await written;
    if (self) {
        --m_writing;
        updateBusy();
    }
    co_return status;
}

void HistoryPage::exportSelected()
{
    const QList<qint64> ids = selectedRunIds();
    QString selected;
    const QString path = withSuffixOfFilter(
        QFileDialog::getSaveFileName(this, tr("Export runs"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("rightsize-runs.csv")),
                                     tr("CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)"), &selected),
        selected);
    if (path.isEmpty())
        return;
    QCoro::connect(exportRuns(path, ids), this, [this, path](const Status &status) {
        if (!status.ok()) {
            QMessageBox::warning(this, tr("Export runs"), status.error());
            return;
        }
        emit statusMessage(tr("Runs written to %1").arg(QDir::toNativeSeparators(path)));
    });
}

void HistoryPage::rerunOpened()
{
    if (m_openedRun.id)
        emit rerunRequested(m_openedRun);
}

void HistoryPage::recordVote(const Vote &vote)
{
    if (!m_database || !m_database->isOpen() || vote.runId <= 0)
        return;
    QPointer<HistoryPage> self(this);
    m_runs->worker()->post([vote, self](StoreRepositories &store) {
        if (const Result<qint64> stored = store.votes().addVote(vote); !stored.ok())
            reportLater(self, stored.error());
    });
}

void HistoryPage::recordThumb(const Thumb &thumb)
{
    if (!m_database || !m_database->isOpen() || thumb.runId <= 0)
        return;
    QPointer<HistoryPage> self(this);
    m_runs->worker()->post([thumb, self](StoreRepositories &store) {
        if (const Status stored = store.votes().setThumb(thumb); !stored.ok())
            reportLater(self, stored.error());
    });
}
