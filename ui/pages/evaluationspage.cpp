// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluationspage.h"

#include "common/money.h"
#include "decision/workbench.h"
#include "dialogs/endpointsdialog.h"
#include "eval/evalmatrix.h"
#include "eval/evalsetformat.h"
#include "eval/measuredquality.h"
#include "models/evalmatrixmodel.h"
#include "models/evalsummarymodel.h"
#include "providers/chatclient.h"
#include "pageservices.h"
#include "providers/endpointstore.h"
#include "secrets/apikeystore.h"
#include "store/database.h"
#include "eval/voteratings.h"
#include "widgets/multilinedelegate.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <QCoroTask>

namespace {
constexpr int kNameRole = Qt::UserRole;
constexpr int kRefreshMs = 100;   // the matrix is rebuilt at most ten times a second while results pour in

/// An assertion as the case editor shows it, in the CSV syntax that reads it back.
QString assertionText(const EvalAssertion &assertion)
{
    QString type = assertion.typeName();
    if (assertion.threshold && assertion.kind == EvalAssertion::Kind::LlmRubric)
        type += QStringLiteral("(%1)").arg(QString::number(*assertion.threshold));
    const QString value = assertion.valueText();
    return value.isEmpty() ? type : type + QStringLiteral(": ") + value;
}

bool isSetFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")
           || suffix == QLatin1String("json");
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString mmss(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 0);
}
}

EvaluationsPage::EvaluationsPage(Workbench &workbench, const PageServices &services, QWidget *parent)
    : EvaluationsPage(workbench, Services{services.endpoints(), services.keys(), services.client()}, parent)
{
}

EvaluationsPage::EvaluationsPage(Workbench &workbench, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_services(services)
{
    build();
}

EvaluationsPage::~EvaluationsPage()
{
    // Results still arriving must not reach widgets being destroyed; the stored run stays
    // `running` and is offered for resume the next time.
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

void EvaluationsPage::build()
{
    setAcceptDrops(true);
    m_runner = new EvalRunner(m_services.client, this);
    m_runner->setObjectName(QStringLiteral("evalRunner"));
    connect(m_runner, &EvalRunner::resultReady, this, &EvaluationsPage::onResult);
    connect(m_runner, &EvalRunner::progressChanged, this, &EvaluationsPage::onProgress);
    connect(m_runner, &EvalRunner::pausedChanged, this, [this] { updateControls(); });

    m_matrixModel = new EvalMatrixModel(this);
    m_summaryModel = new EvalSummaryModel(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &EvaluationsPage::refreshMatrix);

    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evaluationsSplitter"));
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSetsPanel(left), 2);
    leftLayout->addWidget(buildRunPanel(left), 3);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_error->hide();
    rightLayout->addWidget(m_error);

    m_resumeBar = new QWidget(right);
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    auto *resumeLayout = new QHBoxLayout(m_resumeBar);
    resumeLayout->setContentsMargins(0, 0, 0, 0);
    m_resumeLabel = new QLabel(m_resumeBar);
    m_resumeLabel->setObjectName(QStringLiteral("resumeLabel"));
    m_resumeLabel->setWordWrap(true);
    auto *resumeButton = new QPushButton(tr("Resume"), m_resumeBar);
    resumeButton->setObjectName(QStringLiteral("resumeOfferButton"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_resumeBar);
    dismiss->setObjectName(QStringLiteral("dismissResumeButton"));
    resumeLayout->addWidget(m_resumeLabel, 1);
    resumeLayout->addWidget(resumeButton);
    resumeLayout->addWidget(dismiss);
    m_resumeBar->hide();
    rightLayout->addWidget(m_resumeBar);
    connect(resumeButton, &QPushButton::clicked, this, [this] {
        if (m_resumeCandidate)
            resumeRun(m_resumeCandidate);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_dismissedResumes.insert(m_resumeCandidate);
        m_resumeCandidate = 0;
        m_resumeBar->hide();
    });

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("evaluationTabs"));
    m_tabs->addTab(buildResultsTab(m_tabs), tr("&Results"));
    m_tabs->addTab(buildCasesTab(m_tabs), tr("C&ases"));
    m_tabs->addTab(buildRatingsTab(m_tabs), tr("Ra&tings"));
    rightLayout->addWidget(m_tabs, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22, 1000});

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { run(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { run(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { togglePause(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importInteractive(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        if (const Status saved = saveCurrentSet(); !saved)
            showError(saved.error());
    });
    // Escape only while a run is on: otherwise it belongs to the cell editors.
    QShortcut *escape = shortcut(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    escape->setObjectName(QStringLiteral("cancelShortcut"));

    reloadEndpoints();
    reloadSets();
    updateControls();
}

QWidget *EvaluationsPage::buildSetsPanel(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Evaluation sets"), parent);
    auto *layout = new QVBoxLayout(box);
    m_setList = new QListWidget(box);
    m_setList->setObjectName(QStringLiteral("setList"));
    layout->addWidget(m_setList, 1);
    m_noSets = new QLabel(box);
    m_noSets->setObjectName(QStringLiteral("noSetsHint"));
    m_noSets->setWordWrap(true);
    layout->addWidget(m_noSets);
    auto *row = new QHBoxLayout;
    m_import = new QPushButton(tr("Import…"), box);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Import a set from a CSV, JSONL or JSON file (Ctrl+I); you can also drop files here"));
    m_newSet = new QPushButton(tr("New"), box);
    m_newSet->setObjectName(QStringLiteral("newSetButton"));
    m_newSet->setToolTip(tr("Start an empty set and write its cases on the Cases tab"));
    m_deleteSet = new QPushButton(tr("Delete"), box);
    m_deleteSet->setObjectName(QStringLiteral("deleteSetButton"));
    m_deleteSet->setToolTip(tr("Delete the selected set (its stored runs stay)"));
    row->addWidget(m_import);
    row->addWidget(m_newSet);
    row->addWidget(m_deleteSet);
    layout->addLayout(row);
    connect(m_import, &QPushButton::clicked, this, &EvaluationsPage::importInteractive);
    connect(m_newSet, &QPushButton::clicked, this, &EvaluationsPage::newSet);
    connect(m_deleteSet, &QPushButton::clicked, this, &EvaluationsPage::deleteInteractive);
    connect(m_setList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item)
            return;
        const QString name = item->data(kNameRole).toString();
        if (name == m_set.name)
            return;
        if (m_dirty) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"), tr("Save the changes to “%1” first?").arg(m_set.name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            if (answer == QMessageBox::Cancel) {
                reloadSets(m_set.name);
                return;
            }
            if (answer == QMessageBox::Save) {
                if (const Status saved = saveCurrentSet(); !saved) {
                    showError(saved.error());
                    reloadSets(m_set.name);
                    return;
                }
            }
        }
        loadSet(name);
    });
    return box;
}

QWidget *EvaluationsPage::buildRunPanel(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Run"), parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Endpoints:"), box));
    m_endpointList = new QListWidget(box);
    m_endpointList->setObjectName(QStringLiteral("endpointList"));
    layout->addWidget(m_endpointList, 1);
    m_noEndpoints = new QLabel(tr("No endpoints yet. Add endpoints with Endpoints… below (or File → Endpoints…)."), box);
    m_noEndpoints->setObjectName(QStringLiteral("noEndpointsHint"));
    m_noEndpoints->setWordWrap(true);
    layout->addWidget(m_noEndpoints);
    auto *manage = new QPushButton(tr("Endpoints…"), box);
    manage->setObjectName(QStringLiteral("endpointsButton"));
    layout->addWidget(manage);
    connect(manage, &QPushButton::clicked, this, [this] {
        if (!m_services.endpoints || !m_services.keys)
            return;
        EndpointsDialog dialog(*m_services.endpoints, *m_services.keys, m_services.client, m_workbench.catalog(), this);
        dialog.exec();
        reloadEndpoints();
    });

    auto *form = new QFormLayout;
    m_judge = new QComboBox(box);
    m_judge->setObjectName(QStringLiteral("judgeCombo"));
    m_judge->setToolTip(tr("The endpoint that grades llm-rubric assertions (score 0–1); its cost is counted"));
    m_repeat = new QSpinBox(box);
    m_repeat->setObjectName(QStringLiteral("repeatSpin"));
    m_repeat->setRange(1, 100);
    m_repeat->setToolTip(tr("Runs of every case on every endpoint, to see how much answers vary"));
    m_concurrency = new QSpinBox(box);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(4);
    m_concurrency->setToolTip(tr("Calls in flight at once, across all endpoints"));
    form->addRow(tr("&Judge:"), m_judge);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("At &once:"), m_concurrency);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), box);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Run the selected set on the checked endpoints (Ctrl+Return)"));
    m_run->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), box);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the run; the results so far are kept and it can be resumed (Esc)"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_progressLabel = new QLabel(box);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_pause, &QPushButton::clicked, this, &EvaluationsPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluationsPage::cancel);
    return box;
}

QWidget *EvaluationsPage::buildResultsTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    m_runCombo = new QComboBox(tab);
    m_runCombo->setObjectName(QStringLiteral("runCombo"));
    m_runCombo->setToolTip(tr("Stored runs of the selected set, newest first"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_resumeShown = new QPushButton(tr("Resume run"), tab);
    m_resumeShown->setObjectName(QStringLiteral("resumeRunButton"));
    m_resumeShown->setToolTip(tr("Continue this run: only the cases without a result are sent"));
    m_compareCombo = new QComboBox(tab);
    m_compareCombo->setObjectName(QStringLiteral("compareCombo"));
    m_compareCombo->setToolTip(tr("Another run of the same set, to see which cases flipped"));
    m_useAsQuality = new QPushButton(tr("Use as quality"), tab);
    m_useAsQuality->setObjectName(QStringLiteral("useAsQualityButton"));
    m_useAsQuality->setToolTip(tr("Make this run's pass rates the quality of the endpoints' catalog models: the "
                                  "recommendation's accuracy check and the cost-versus-quality chart use them"));
    row->addWidget(new QLabel(tr("Run:"), tab));
    row->addWidget(m_runCombo, 2);
    row->addWidget(m_resumeShown);
    row->addWidget(m_compareCombo, 1);
    row->addStretch(0);
    row->addWidget(m_useAsQuality);
    layout->addLayout(row);
    m_runInfo = new QLabel(tab);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setWordWrap(true);
    layout->addWidget(m_runInfo);
    m_noResults = new QLabel(tab);
    m_noResults->setObjectName(QStringLiteral("noResultsHint"));
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_noResults);

    auto *vertical = new QSplitter(Qt::Vertical, tab);
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
    m_matrixView->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("ERROR · 0.00")) + 16);
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
    m_summaryView = new QTableView(vertical);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_summaryView->setModel(m_summaryModel);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Catalog ids can be long (provider/org/model): that column gives way, the figures do not.
    m_summaryView->horizontalHeader()->setSectionResizeMode(EvalSummaryModel::Model, QHeaderView::Stretch);
    m_summaryView->setTextElideMode(Qt::ElideMiddle);
    m_summaryView->setWordWrap(false);
    m_comparison = new QTextBrowser(vertical);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    m_comparison->hide();
    vertical->addWidget(top);
    vertical->addWidget(m_summaryView);
    vertical->addWidget(m_comparison);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setStretchFactor(2, 1);
    layout->addWidget(vertical, 1);

    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showCell(index.row(), index.column());
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showCell(index.row(), index.column());
            });
    connect(m_runCombo, &QComboBox::activated, this, [this](int index) {
        if (const qint64 id = m_runCombo->itemData(index).toLongLong(); id != 0) {
            if (const Status shown = showRun(id); !shown)
                showError(shown.error());
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
            showError(compared.error());
    });
    connect(m_resumeShown, &QPushButton::clicked, this, [this] {
        if (m_shownRunId)
            resumeRun(m_shownRunId);
    });
    connect(m_useAsQuality, &QPushButton::clicked, this, [this] {
        if (const Status used = useAsQuality(); !used)
            showError(used.error());
    });
    return tab;
}

QWidget *EvaluationsPage::buildCasesTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    m_setName = new QLineEdit(tab);
    m_setName->setObjectName(QStringLiteral("setNameEdit"));
    m_system = new QPlainTextEdit(tab);
    m_system->setObjectName(QStringLiteral("systemEdit"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_user = new QPlainTextEdit(tab);
    m_user->setObjectName(QStringLiteral("templateEdit"));
    m_user->setPlaceholderText(tr("Prompt template, e.g. “Answer briefly: {{question}}” — each {{variable}} is a "
                                  "column of the cases"));
    m_user->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Name:"), m_setName);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("&Template:"), m_user);
    layout->addLayout(form);

    m_cases = new QTableWidget(tab);
    m_cases->setObjectName(QStringLiteral("caseTable"));
    m_cases->setItemDelegate(new MultiLineDelegate(m_cases));
    m_cases->setWordWrap(true);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setToolTip(tr("Assertions: one per line, e.g. “contains: Paris”, “icontains: paris”, “regex: ^\\d+$”, "
                           "“is-json”, “llm-rubric: is polite”; plain text means equals"));
    layout->addWidget(m_cases, 1);
    m_caseError = new QLabel(tab);
    m_caseError->setObjectName(QStringLiteral("caseError"));
    m_caseError->setWordWrap(true);
    m_caseError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_caseError->hide();
    layout->addWidget(m_caseError);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add case"), tab);
    add->setObjectName(QStringLiteral("addCaseButton"));
    auto *duplicate = new QPushButton(tr("Duplicate"), tab);
    duplicate->setObjectName(QStringLiteral("duplicateCaseButton"));
    auto *remove = new QPushButton(tr("Remove"), tab);
    remove->setObjectName(QStringLiteral("removeCaseButton"));
    m_save = new QPushButton(tr("Save set"), tab);
    m_save->setObjectName(QStringLiteral("saveSetButton"));
    m_save->setToolTip(tr("Save the cases and the template (Ctrl+S)"));
    row->addWidget(add);
    row->addWidget(duplicate);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_save);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, &EvaluationsPage::addCase);
    connect(duplicate, &QPushButton::clicked, this, &EvaluationsPage::duplicateCase);
    connect(remove, &QPushButton::clicked, this, &EvaluationsPage::removeCases);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const Status saved = saveCurrentSet(); !saved)
            showError(saved.error());
    });
    connect(m_cases, &QTableWidget::cellChanged, this, &EvaluationsPage::caseEdited);
    connect(m_system, &QPlainTextEdit::textChanged, this, &EvaluationsPage::templateEdited);
    connect(m_user, &QPlainTextEdit::textChanged, this, &EvaluationsPage::templateEdited);
    connect(m_setName, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    return tab;
}

// ---------------------------------------------------------------------------------------- sets

void EvaluationsPage::setDatabase(Database *database)
{
    if (isRunning())
        cancel();
    if (m_database)
        m_database->disconnect(this);
    m_database = database;
    m_repository.reset();
    if (m_database && m_database->isOpen())
        m_repository = std::make_unique<EvalRepository>(*m_database);
    if (m_database) {
        // The History page may open another file or start a fresh one: follow it.
        connect(m_database, &Database::closed, this, [this] {
            if (isRunning())
                cancel();
            m_repository.reset();
            reloadSets();
        });
        connect(m_database, &Database::opened, this, [this, database] { setDatabase(database); });
    }
    m_set = EvalSet();
    m_dirty = false;
    reloadSets();
    updateResumeOffer();
    refreshRatings();
}

QStringList EvaluationsPage::setNames() const
{
    QStringList names;
    for (int i = 0; i < m_setList->count(); ++i)
        names << m_setList->item(i)->data(kNameRole).toString();
    return names;
}

void EvaluationsPage::reloadSets(const QString &select)
{
    m_filling = true;
    m_setList->clear();
    QStringList names;
    if (m_repository) {
        const Result<QStringList> stored = m_repository->setNames();
        if (stored)
            names = stored.value();
        else
            showError(tr("Cannot list the evaluation sets: %1").arg(stored.error()));
    }
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_setList);
        item->setData(kNameRole, name);
    }
    m_noSets->setVisible(names.isEmpty());
    m_noSets->setText(tr("No evaluation sets yet. Import a CSV (promptfoo layout: one column per variable, __expected "
                         "for checks such as “contains: Paris”), a JSONL or a JSON file — or drop one here."));
    if (!m_repository) {
        m_noSets->setText(m_database ? tr("The history database could not be opened, so sets cannot be stored: %1. "
                                          "The History page offers to open another file.")
                                           .arg(m_database->lastError())
                                     : tr("No database: sets cannot be stored."));
        m_noSets->show();
    }
    const QString wanted = !select.isEmpty() ? select : !m_set.name.isEmpty() ? m_set.name : names.value(0);
    const int row = int(names.indexOf(wanted));
    m_filling = false;
    if (row >= 0) {
        {
            const QSignalBlocker block(m_setList);
            m_setList->setCurrentRow(row);
        }
        if (m_set.name != wanted || m_set.cases.isEmpty())
            loadSet(wanted);
    } else if (names.isEmpty()) {
        m_set = EvalSet();
        m_dirty = false;
        fillCaseTable();
        reloadRuns();
    }
    updateControls();
}

void EvaluationsPage::loadSet(const QString &name)
{
    if (!m_repository)
        return;
    const Result<EvalSet> loaded = m_repository->loadSet(name);
    if (!loaded) {
        showError(tr("Cannot open the set “%1”: %2").arg(name, loaded.error()));
        return;
    }
    m_set = loaded.value();
    m_dirty = false;
    fillCaseTable();
    reloadRuns();
    updateControls();
}

QString EvaluationsPage::currentSetName() const
{
    return m_set.name;
}

void EvaluationsPage::selectSet(const QString &name)
{
    reloadSets(name);
}

Status EvaluationsPage::importFile(const QString &path)
{
    clearError();
    Result<EvalSet> imported = EvalSetFormat::importFile(path);
    if (!imported) {
        showError(imported.error());
        return Status::failure(imported.error());
    }
    if (!m_repository) {
        const QString problem = tr("Cannot save the set from %1: the history database is not open.")
                                    .arg(QFileInfo(path).fileName());
        showError(problem);
        return Status::failure(problem);
    }
    const Result<qint64> saved = m_repository->saveSet(imported.value());
    if (!saved) {
        const QString problem = tr("Cannot save the set “%1”: %2").arg(imported->name, saved.error());
        showError(problem);
        return Status::failure(problem);
    }
    m_set = EvalSet();   // load the stored copy
    m_dirty = false;
    reloadSets(imported->name);
    emit statusMessage(tr("Imported “%1”: %n case(s).", nullptr, int(imported->cases.size())).arg(imported->name));
    return success();
}

void EvaluationsPage::importInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import evaluation sets"), dir,
        tr("Evaluation sets (*.csv *.jsonl *.ndjson *.json);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;"
           "Rightsize JSON (*.json)"));
    for (const QString &path : paths) {
        if (!importFile(path))
            break;   // the error names the file; the rest waits until it is fixed
    }
}

void EvaluationsPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile() && isSetFile(url.toLocalFile()); }))
        event->acceptProposedAction();
}

void EvaluationsPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isSetFile(url.toLocalFile()) && !importFile(url.toLocalFile()))
            break;
    }
    event->acceptProposedAction();
}

void EvaluationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pick up endpoints added elsewhere (the Compare page's Endpoints…) since it was last shown.
    if (!isRunning())
        reloadEndpoints();
    // Votes cast on the Compare page since: a few hundred votes refit in milliseconds.
    refreshRatings();
}

void EvaluationsPage::newSet()
{
    if (!m_repository) {
        showError(tr("Cannot create a set: the history database is not open."));
        return;
    }
    const QStringList names = setNames();
    QString name = tr("New set");
    for (int n = 2; names.contains(name); ++n)
        name = tr("New set %1").arg(n);
    EvalSet set;
    set.id = name;
    set.name = name;
    set.prompt.user = QStringLiteral("{{question}}");
    EvalCase first;
    first.variables.insert(QStringLiteral("question"), QString());
    set.cases.append(first);
    if (const Result<qint64> saved = m_repository->saveSet(set); !saved) {
        showError(tr("Cannot save the set “%1”: %2").arg(name, saved.error()));
        return;
    }
    m_set = EvalSet();
    reloadSets(name);
    m_tabs->setCurrentIndex(1);
    m_setName->setFocus();
    m_setName->selectAll();
}

Status EvaluationsPage::deleteSet(const QString &name)
{
    if (!m_repository)
        return Status::failure(tr("The history database is not open."));
    if (const Status deleted = m_repository->deleteSet(name); !deleted)
        return Status::failure(tr("Cannot delete the set “%1”: %2").arg(name, deleted.error()));
    if (m_set.name == name) {
        m_set = EvalSet();
        m_dirty = false;
    }
    reloadSets();
    emit statusMessage(tr("Deleted the set “%1”; its runs stay in the history.").arg(name));
    return success();
}

void EvaluationsPage::deleteInteractive()
{
    QListWidgetItem *item = m_setList->currentItem();
    if (!item)
        return;
    const QString name = item->data(kNameRole).toString();
    const auto answer = QMessageBox::question(this, tr("Delete set"),
                                              tr("Delete the evaluation set “%1”? Its stored runs stay.").arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status deleted = deleteSet(name); !deleted)
        showError(deleted.error());
}

Status EvaluationsPage::saveCurrentSet()
{
    if (m_set.name.isEmpty())
        return Status::failure(tr("No set is selected."));
    if (!m_repository)
        return Status::failure(tr("Cannot save the set “%1”: the history database is not open.").arg(m_set.name));
    const QString oldName = m_set.name;
    const QString newName = m_setName->text().trimmed();
    if (newName.isEmpty())
        return Status::failure(tr("The set needs a name."));
    if (newName != oldName && setNames().contains(newName))
        return Status::failure(tr("A set named “%1” exists already; choose another name.").arg(newName));
    EvalSet set = m_set;
    set.name = newName;
    if (const Result<qint64> saved = m_repository->saveSet(set); !saved)
        return Status::failure(tr("Cannot save the set “%1”: %2").arg(newName, saved.error()));
    if (newName != oldName) {
        if (const Status removed = m_repository->deleteSet(oldName); !removed)
            return Status::failure(tr("Saved as “%1”, but the old set “%2” could not be removed: %3")
                                       .arg(newName, oldName, removed.error()));
    }
    m_set = set;
    setDirty(false);
    reloadSets(newName);
    emit statusMessage(tr("Saved the set “%1”.").arg(newName));
    return success();
}

void EvaluationsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    if (m_save)
        m_save->setEnabled(dirty && m_repository);
    const int index = m_tabs ? m_tabs->indexOf(m_cases->parentWidget()) : -1;
    if (index >= 0)
        m_tabs->setTabText(index, dirty ? tr("C&ases *") : tr("C&ases"));
}

// -------------------------------------------------------------------------------- case editor

void EvaluationsPage::fillCaseTable()
{
    m_filling = true;
    {
        const QSignalBlocker a(m_system), b(m_user);
        if (m_system->toPlainText() != m_set.prompt.system)
            m_system->setPlainText(m_set.prompt.system);
        if (m_user->toPlainText() != m_set.prompt.user)
            m_user->setPlainText(m_set.prompt.user);
    }
    m_setName->setText(m_set.name);
    // Columns: the template's variables first (in order of use), then any other the cases have.
    m_variableColumns = m_set.prompt.variables();
    for (const EvalCase &c : std::as_const(m_set.cases)) {
        for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it) {
            if (!m_variableColumns.contains(it.key()))
                m_variableColumns.append(it.key());
        }
    }
    QStringList headers{tr("Description")};
    for (const QString &name : std::as_const(m_variableColumns))
        headers << QStringLiteral("{{%1}}").arg(name);
    headers << tr("Assertions (one per line)") << tr("Reference answer") << tr("Weight");
    m_cases->clear();
    m_cases->setColumnCount(int(headers.size()));
    m_cases->setHorizontalHeaderLabels(headers);
    m_cases->setRowCount(int(m_set.cases.size()));
    const int firstAfter = 1 + int(m_variableColumns.size());
    for (int row = 0; row < m_set.cases.size(); ++row) {
        const EvalCase &c = m_set.cases.at(row);
        m_cases->setItem(row, 0, new QTableWidgetItem(c.description));
        for (int v = 0; v < m_variableColumns.size(); ++v)
            m_cases->setItem(row, 1 + v, new QTableWidgetItem(c.variables.value(m_variableColumns.at(v))));
        QStringList assertions;
        for (const EvalAssertion &a : c.assertions)
            assertions << assertionText(a);
        m_cases->setItem(row, firstAfter, new QTableWidgetItem(assertions.join(QLatin1Char('\n'))));
        m_cases->setItem(row, firstAfter + 1, new QTableWidgetItem(c.expected));
        m_cases->setItem(row, firstAfter + 2, new QTableWidgetItem(QLocale().toString(c.weight)));
    }
    m_cases->resizeColumnsToContents();
    for (int column = 0; column < m_cases->columnCount(); ++column)
        m_cases->setColumnWidth(column, std::min(m_cases->columnWidth(column), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24));
    m_cases->resizeRowsToContents();
    m_caseError->hide();
    m_filling = false;
    setDirty(m_dirty);
}

void EvaluationsPage::caseEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_set.cases.size())
        return;
    QTableWidgetItem *item = m_cases->item(row, column);
    const QString text = item ? item->text() : QString();
    EvalCase &c = m_set.cases[row];
    const int firstAfter = 1 + int(m_variableColumns.size());
    auto reject = [this, row, column](const QString &problem) {
        m_caseError->setText(problem);
        m_caseError->show();
        // Puts back what the case holds, so the table never shows what was not taken.
        const int keepRow = row, keepColumn = column;
        QTimer::singleShot(0, this, [this, keepRow, keepColumn] {
            fillCaseTable();
            m_cases->setCurrentCell(keepRow, keepColumn);
            m_caseError->show();
        });
    };
    if (column == 0) {
        c.description = text.trimmed();
    } else if (column < firstAfter) {
        const QString name = m_variableColumns.at(column - 1);
        if (text.isEmpty())
            c.variables.remove(name);
        else
            c.variables.insert(name, text);
    } else if (column == firstAfter) {
        QList<EvalAssertion> assertions;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const Result<EvalAssertion> parsed = EvalAssertion::fromCsvText(lines.at(i));
            if (!parsed) {
                reject(tr("%1, assertion line %2: %3").arg(m_set.caseLabel(row)).arg(i + 1).arg(parsed.error()));
                return;
            }
            assertions.append(parsed.value());
        }
        c.assertions = assertions;
    } else if (column == firstAfter + 1) {
        c.expected = text;
    } else if (column == firstAfter + 2) {
        bool ok = false;
        double weight = QLocale().toDouble(text, &ok);
        if (!ok)
            weight = text.toDouble(&ok);
        if (!ok || !(weight > 0)) {
            reject(tr("%1: the weight must be a number above 0, not “%2”.").arg(m_set.caseLabel(row), text));
            return;
        }
        c.weight = weight;
    }
    m_caseError->hide();
    m_cases->resizeRowToContents(row);
    setDirty(true);
}

void EvaluationsPage::templateEdited()
{
    if (m_filling || m_set.name.isEmpty())
        return;
    m_set.prompt.system = m_system->toPlainText();
    m_set.prompt.user = m_user->toPlainText();
    setDirty(true);
    // A new {{variable}} gets its column at once.
    const QStringList used = m_set.prompt.variables();
    if (std::any_of(used.cbegin(), used.cend(), [this](const QString &v) { return !m_variableColumns.contains(v); }))
        fillCaseTable();
}

void EvaluationsPage::addCase()
{
    if (m_set.name.isEmpty())
        return;
    EvalCase c;
    for (const QString &name : m_set.prompt.variables())
        c.variables.insert(name, QString());
    m_set.cases.append(c);
    setDirty(true);
    fillCaseTable();
    m_cases->setCurrentCell(int(m_set.cases.size()) - 1, 0);
    m_cases->editItem(m_cases->currentItem());
}

void EvaluationsPage::duplicateCase()
{
    const int row = m_cases->currentRow();
    if (row < 0 || row >= m_set.cases.size())
        return;
    EvalCase copy = m_set.cases.at(row);
    if (!copy.description.isEmpty())
        copy.description = tr("%1 (copy)").arg(copy.description);
    m_set.cases.insert(row + 1, copy);
    setDirty(true);
    fillCaseTable();
    m_cases->setCurrentCell(row + 1, 0);
}

void EvaluationsPage::removeCases()
{
    QList<int> rows;
    for (const QModelIndex &index : m_cases->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_cases->currentRow() >= 0)
        rows << m_cases->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        if (row < m_set.cases.size())
            m_set.cases.removeAt(row);
    }
    if (rows.isEmpty())
        return;
    setDirty(true);
    fillCaseTable();
}

// -------------------------------------------------------------------------------------- runs

void EvaluationsPage::reloadEndpoints()
{
    const QStringList checked = checkedEndpoints();
    const QString judge = m_judge->currentData().toString();
    m_endpointList->clear();
    m_judge->clear();
    m_judge->addItem(tr("No judge"), QString());
    const QList<Endpoint> all = m_services.endpoints ? m_services.endpoints->endpoints() : QList<Endpoint>();
    for (const Endpoint &e : all) {
        auto *item = new QListWidgetItem(e.name, m_endpointList);
        item->setData(kNameRole, e.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(e.name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(e.catalogModel.isEmpty()
                             ? tr("%1 · model %2 · no catalog model: unpriced, and not usable as quality")
                                   .arg(e.baseUrl.toString(), e.model)
                             : tr("%1 · model %2 · catalog model %3").arg(e.baseUrl.toString(), e.model, e.catalogModel));
        m_judge->addItem(e.name, e.name);
    }
    m_judge->setCurrentIndex(std::max(0, m_judge->findData(judge)));
    m_noEndpoints->setVisible(all.isEmpty());
}

QStringList EvaluationsPage::checkedEndpoints() const
{
    QStringList names;
    for (int i = 0; i < m_endpointList->count(); ++i) {
        if (m_endpointList->item(i)->checkState() == Qt::Checked)
            names << m_endpointList->item(i)->data(kNameRole).toString();
    }
    return names;
}

void EvaluationsPage::setCheckedEndpoints(const QStringList &names)
{
    for (int i = 0; i < m_endpointList->count(); ++i) {
        QListWidgetItem *item = m_endpointList->item(i);
        item->setCheckState(names.contains(item->data(kNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool EvaluationsPage::isRunning() const
{
    return m_preparing || m_runner->isRunning();
}

Endpoint EvaluationsPage::endpointForRun(const Endpoint &stored) const
{
    // A stored run keeps no key reference; the configured endpoint of the same name knows where
    // its key lives.
    if (m_services.endpoints) {
        if (const Endpoint *configured = m_services.endpoints->find(stored.name)) {
            Endpoint e = stored;
            e.apiKeyRef = configured->apiKeyRef;
            return e;
        }
    }
    return stored;
}

Status EvaluationsPage::run()
{
    clearError();
    auto refuse = [this](const QString &problem) {
        showError(problem);
        return Status::failure(problem);
    };
    if (isRunning())
        return refuse(tr("An evaluation is already running: wait for it, or cancel it (Esc)."));
    if (m_set.name.isEmpty())
        return refuse(tr("Choose an evaluation set first, or import one (Ctrl+I)."));
    if (m_set.cases.isEmpty())
        return refuse(tr("The set “%1” has no cases: add some on the Cases tab.").arg(m_set.name));
    if (m_set.prompt.user.trimmed().isEmpty())
        return refuse(tr("The set “%1” has no prompt template: write one on the Cases tab, e.g. “Answer briefly: "
                         "{{question}}”.").arg(m_set.name));
    if (const Status fits = m_set.checkTemplate(m_set.prompt); !fits)
        return refuse(tr("The set “%1” cannot fill its template: %2").arg(m_set.name, fits.error()));
    const QStringList names = checkedEndpoints();
    if (names.isEmpty())
        return refuse(m_endpointList->count() == 0 ? tr("No endpoints yet: add one with Endpoints….")
                                                   : tr("Check at least one endpoint to run the set on."));
    QList<Endpoint> endpoints;
    for (const QString &name : names) {
        if (const Endpoint *e = m_services.endpoints->find(name))
            endpoints.append(*e);
    }
    std::optional<Endpoint> judge;
    if (const QString judgeName = m_judge->currentData().toString(); !judgeName.isEmpty()) {
        if (const Endpoint *e = m_services.endpoints->find(judgeName))
            judge = *e;
    }
    const bool needsJudge = std::any_of(m_set.cases.cbegin(), m_set.cases.cend(), [](const EvalCase &c) {
        return std::any_of(c.assertions.cbegin(), c.assertions.cend(),
                           [](const EvalAssertion &a) { return a.kind == EvalAssertion::Kind::LlmRubric; });
    });
    if (needsJudge && !judge)
        return refuse(tr("The set “%1” has llm-rubric assertions: choose a judge endpoint to grade them.").arg(m_set.name));
    if (m_dirty) {
        if (const Status saved = saveCurrentSet(); !saved)
            return refuse(saved.error());
    }
    EvalRunOptions options;
    options.repeat = m_repeat->value();
    options.concurrency = m_concurrency->value();
    qint64 runId = 0;
    if (m_repository) {
        const Result<qint64> started = m_repository->startRun(m_set, endpoints, options, judge);
        if (!started)
            return refuse(tr("Cannot store the run: %1").arg(started.error()));
        runId = started.value();
    }
    m_liveResults.clear();
    startRun(m_set, endpoints, judge, options, runId, {});
    return success();
}

Status EvaluationsPage::resumeRun(qint64 runId)
{
    clearError();
    auto refuse = [this](const QString &problem) {
        showError(problem);
        return Status::failure(problem);
    };
    if (isRunning())
        return refuse(tr("An evaluation is already running: wait for it, or cancel it (Esc)."));
    if (!m_repository)
        return refuse(tr("The history database is not open."));
    const Result<EvalRunRecord> record = m_repository->run(runId);
    if (!record)
        return refuse(record.error());
    if (!record->info.canResume())
        return refuse(tr("Run #%1 cannot be resumed: it is %2.").arg(runId).arg(statusText(record->info.status)));
    const Result<QSet<EvalKey>> finished = m_repository->finishedKeys(runId);
    const Result<QList<EvalResult>> stored = m_repository->results(runId);
    if (!finished || !stored)
        return refuse(!finished ? finished.error() : stored.error());
    if (const Status resumed = m_repository->resumeRun(runId); !resumed)
        return refuse(resumed.error());
    QList<Endpoint> endpoints;
    for (const Endpoint &e : record->endpoints)
        endpoints.append(endpointForRun(e));
    std::optional<Endpoint> judge;
    if (record->judge)
        judge = endpointForRun(*record->judge);
    m_liveResults = stored.value();
    m_resumeBar->hide();
    m_resumeCandidate = 0;
    startRun(record->set, endpoints, judge, record->options, runId, finished.value());
    return success();
}

void EvaluationsPage::startRun(const EvalSet &set, const QList<Endpoint> &endpoints, const std::optional<Endpoint> &judge,
                               const EvalRunOptions &options, qint64 runId, const QSet<EvalKey> &finished)
{
    m_pending = Pending{set, endpoints, judge, options, finished};
    m_activeRunId = runId;
    ++m_generation;
    m_preparing = true;
    m_storeProblem.clear();
    m_progress->setRange(0, int(set.cases.size() * endpoints.size() * std::max(1, options.repeat)));
    m_progress->setValue(int(finished.size()));
    m_progressLabel->setText(tr("Looking up API keys…"));
    reloadRuns(runId);
    m_shownRunId = runId;
    m_shownSet = set;
    m_shownResults = m_liveResults;
    showMatrix(set, m_liveResults, [&endpoints] {
        QStringList names;
        for (const Endpoint &e : endpoints)
            names << e.name;
        return names;
    }());
    m_tabs->setCurrentIndex(0);
    updateControls();

    // Keys come from the keychain asynchronously; the runner asks for them synchronously, so
    // they are looked up once, before the first call.
    QList<Endpoint> needKeys = endpoints;
    if (judge)
        needKeys.append(*judge);
    [](QPointer<EvaluationsPage> self, ApiKeyStore *keys, QList<Endpoint> list, quint64 generation) -> QCoro::Task<void> {
        QHash<QString, QString> found;
        if (keys) {
            for (const Endpoint &e : std::as_const(list)) {
                const ApiKey key = co_await keys->lookup(e);
                if (!self)
                    co_return;
                found.insert(e.name, key.value);
            }
        }
        // Cancelled while looking up, or another run began: nothing to start.
        if (!self || !self->m_preparing || self->m_generation != generation)
            co_return;
        self->launch(found);
    }(this, m_services.keys, needKeys, m_generation);
}

void EvaluationsPage::launch(const QHash<QString, QString> &keys)
{
    m_runner->setJudge(m_pending.judge);
    m_runner->setCatalog(m_workbench.catalog());
    m_runner->setApiKeyLookup([keys](const Endpoint &e) { return keys.value(e.name); });
    m_preparing = false;
    QCoro::connect(m_runner->run(m_pending.set, m_pending.endpoints, m_pending.options, m_pending.finished), this,
                   [this](const EvalRunOutcome &outcome) { onFinished(outcome); });
    updateControls();
}

void EvaluationsPage::onResult(const EvalResult &result)
{
    if (m_repository && m_activeRunId) {
        if (const Status stored = m_repository->appendResult(m_activeRunId, result); !stored && m_storeProblem.isEmpty()) {
            m_storeProblem = stored.error();
            showError(tr("A result could not be stored, so this run cannot be resumed completely: %1").arg(stored.error()));
        }
    }
    m_liveResults.append(result);
    if (m_shownRunId == m_activeRunId && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void EvaluationsPage::onProgress(const EvalProgress &progress)
{
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progressLabel->setText(progressText());
}

QString EvaluationsPage::progressText() const
{
    const EvalProgress p = m_runner->progress();
    if (m_preparing)
        return tr("Looking up API keys…");
    if (!m_runner->isRunning())
        return m_progressLabel->text();
    QString text = p.remainingMs ? tr("%1 of %2 · ETA %3").arg(p.done).arg(p.total).arg(mmss(*p.remainingMs))
                                 : tr("%1 of %2 · estimating time left…").arg(p.done).arg(p.total);
    if (p.paused)
        text = tr("%1 · paused").arg(text);
    if (p.skipped > 0)
        text += QLatin1Char('\n') + tr("%n already done before, not sent again", nullptr, p.skipped);
    return text;
}

void EvaluationsPage::onFinished(const EvalRunOutcome &outcome)
{
    const qint64 runId = m_activeRunId;
    m_preparing = false;
    m_refreshTimer->stop();
    if (!outcome.error.isEmpty()) {
        // Nothing was sent: a stored run without results would only be noise.
        if (m_repository && runId && m_liveResults.isEmpty())
            m_repository->deleteRun(runId);
        m_activeRunId = 0;
        showError(outcome.error);
        m_progressLabel->setText(tr("Not started."));
        reloadRuns();
        updateControls();
        return;
    }
    if (m_repository && runId && outcome.cancelled && m_liveResults.isEmpty()) {
        m_repository->deleteRun(runId);   // cancelled before any answer: nothing worth keeping
    } else if (m_repository && runId) {
        if (const Status done = m_repository->finishRun(runId, outcome.cancelled); !done)
            showError(tr("The run's end could not be stored: %1").arg(done.error()));
    }
    m_activeRunId = 0;
    int passed = 0;
    for (const EvalResult &r : std::as_const(m_liveResults))
        passed += r.passed ? 1 : 0;
    const QString summary = outcome.cancelled
                                ? tr("Cancelled: %1 of %2 results passed; resume the run to finish it.")
                                      .arg(passed).arg(m_liveResults.size())
                                : tr("Finished: %1 of %2 results passed.").arg(passed).arg(m_liveResults.size());
    m_progressLabel->setText(summary);
    if (m_shownRunId == runId) {
        m_shownResults = m_liveResults;
        refreshMatrix();
    }
    // Without a database the run exists only on screen: keep showing it.
    if (runId)
        reloadRuns(runId);
    updateControls();
    emit statusMessage(summary);
    emit runFinished(runId, outcome.cancelled);
}

void EvaluationsPage::togglePause()
{
    if (!m_runner->isRunning())
        return;
    if (m_runner->isPaused())
        m_runner->resume();
    else
        m_runner->pause();
    m_progressLabel->setText(progressText());
    updateControls();
}

void EvaluationsPage::cancel()
{
    if (m_preparing && !m_runner->isRunning()) {
        // Still looking up keys: no call was sent.
        EvalRunOutcome outcome;
        outcome.cancelled = true;
        onFinished(outcome);
        return;
    }
    if (m_runner->isRunning()) {
        m_progressLabel->setText(tr("Cancelling…"));
        m_runner->cancel();
    }
}

void EvaluationsPage::updateControls()
{
    const bool running = isRunning();
    const bool paused = m_runner->isPaused();
    m_run->setEnabled(!running);
    m_pause->setEnabled(m_runner->isRunning());
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Send the remaining cases again (Ctrl+P)")
                               : tr("Send no new calls; those in flight finish (Ctrl+P)"));
    m_cancel->setEnabled(running);
    if (auto *escape = findChild<QShortcut *>(QStringLiteral("cancelShortcut")))
        escape->setEnabled(running);
    m_import->setEnabled(!running);
    m_newSet->setEnabled(!running && m_repository);
    m_deleteSet->setEnabled(!running && m_repository && m_setList->currentItem());
    m_setList->setEnabled(!running);
    m_save->setEnabled(m_dirty && m_repository);

    const EvalRunInfo *shown = nullptr;
    for (const EvalRunInfo &info : std::as_const(m_runs)) {
        if (info.id == m_shownRunId)
            shown = &info;
    }
    m_resumeShown->setVisible(shown && shown->canResume() && shown->id != m_activeRunId);
    m_resumeShown->setEnabled(!running);
    m_useAsQuality->setEnabled(!m_shownResults.isEmpty() && !(running && m_shownRunId == m_activeRunId));
    m_compareCombo->setEnabled(m_compareCombo->count() > 1 && !(running && m_shownRunId == m_activeRunId));

    if (m_set.name.isEmpty())
        m_noResults->setText(tr("Import an evaluation set (Ctrl+I) or create one with New, then check endpoints and "
                                "press Run (Ctrl+Return)."));
    else if (m_shownSet.cases.isEmpty())
        m_noResults->setText(tr("No runs of “%1” yet: check endpoints on the left and press Run (Ctrl+Return).")
                                 .arg(m_set.name));
    m_noResults->setVisible(m_shownSet.cases.isEmpty());
}

void EvaluationsPage::reloadRuns(qint64 select)
{
    m_runs.clear();
    if (m_repository && !m_set.name.isEmpty()) {
        const Result<QList<EvalRunInfo>> runs = m_repository->runs(m_set.name);
        if (runs)
            m_runs = runs.value();
        else
            showError(tr("Cannot list the runs of “%1”: %2").arg(m_set.name, runs.error()));
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
            m_runCombo->setItemData(m_runCombo->count() - 1, info.endpoints.join(QStringLiteral(", ")), Qt::ToolTipRole);
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
        m_summaryModel->setSummaries({});
        m_detail->clear();
        m_runInfo->clear();
        m_compareCombo->clear();
        m_comparison->hide();
        updateControls();
        return;
    }
    if (wanted != m_activeRunId || !isRunning()) {
        if (const Status shown = showRun(wanted); !shown)
            showError(shown.error());
    } else {
        const QSignalBlocker block(m_runCombo);
        m_runCombo->setCurrentIndex(m_runCombo->findData(wanted));
    }
    updateResumeOffer();
}

Status EvaluationsPage::showRun(qint64 runId)
{
    QStringList endpoints;
    EvalRunInfo info;
    if (runId == m_activeRunId && isRunning()) {
        m_shownSet = m_pending.set;
        m_shownResults = m_liveResults;
        for (const Endpoint &e : std::as_const(m_pending.endpoints))
            endpoints << e.name;
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

void EvaluationsPage::showMatrix(const EvalSet &set, const QList<EvalResult> &results, const QStringList &endpoints)
{
    const EvalMatrix matrix = EvalMatrix::build(set, results, endpoints);
    m_matrixModel->setMatrix(matrix);
    m_summaryModel->setSummaries(matrix.summaries);
    m_matrixView->resizeRowsToContents();
    const QModelIndex current = m_matrixView->currentIndex();
    if (current.isValid())
        showCell(current.row(), current.column());
    else
        m_detail->clear();
}

void EvaluationsPage::refreshMatrix()
{
    if (m_shownRunId != m_activeRunId && m_activeRunId != 0)
        return;
    if (m_activeRunId != 0 || isRunning())
        m_shownResults = m_liveResults;
    showMatrix(m_shownSet, m_shownResults, m_matrixModel->matrix().endpoints);
    updateControls();
}

void EvaluationsPage::showCell(int caseIndex, int endpointIndex)
{
    const EvalMatrix &matrix = m_matrixModel->matrix();
    if (caseIndex < 0 || caseIndex >= matrix.caseLabels.size() || endpointIndex < 0
        || endpointIndex >= matrix.endpoints.size()) {
        m_detail->clear();
        return;
    }
    const QString endpoint = matrix.endpoints.at(endpointIndex);
    QList<const EvalResult *> results;
    for (const EvalResult &r : std::as_const(m_shownResults)) {
        if (r.caseIndex == caseIndex && r.endpointName == endpoint)
            results.append(&r);
    }
    std::sort(results.begin(), results.end(), [](const EvalResult *a, const EvalResult *b) { return a->repeat < b->repeat; });
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
        text += QStringLiteral("<p><b>%1</b> · %2</p>")
                    .arg(html(heading),
                         html(tr("score %1 · %2 ms · %3").arg(locale.toString(r->score, 'f', 2),
                                                              locale.toString(r->latencyMs, 'f', 0), cost)));
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

QString EvaluationsPage::cellDetailText() const
{
    return m_detail->toPlainText();
}

Status EvaluationsPage::compareWith(qint64 otherRunId)
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
        text += QStringLiteral("<p>%1</p>").arg(html(tr("The set changed between these runs; cases are matched by "
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

QString EvaluationsPage::comparisonText() const
{
    return m_comparison->isVisible() || !m_comparison->isHidden() ? m_comparison->toPlainText() : QString();
}

Status EvaluationsPage::useAsQuality()
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
        message = tr("%1 Not scored: %2.").arg(message, (measured.unmappedEndpoints + missing).join(QStringLiteral(", ")));
    emit statusMessage(message);
    m_runInfo->setText(message);
    return success();
}

// ------------------------------------------------------------------------------------- misc

QString EvaluationsPage::statusText(EvalRunInfo::Status status)
{
    switch (status) {
    case EvalRunInfo::Status::Running: return tr("running");
    case EvalRunInfo::Status::Finished: return tr("finished");
    case EvalRunInfo::Status::Cancelled: return tr("cancelled");
    case EvalRunInfo::Status::Interrupted: return tr("interrupted");
    }
    return {};
}

void EvaluationsPage::updateResumeOffer()
{
    if (!m_repository || isRunning()) {
        m_resumeBar->hide();
        return;
    }
    // Any set's interrupted run: the app was closed or killed in the middle of it.
    const Result<QList<EvalRunInfo>> all = m_repository->runs();
    if (!all)
        return;
    for (const EvalRunInfo &info : all.value()) {
        if (info.status == EvalRunInfo::Status::Interrupted && !m_dismissedResumes.contains(info.id)) {
            m_resumeCandidate = info.id;
            m_resumeLabel->setText(tr("Run #%1 of “%2” was interrupted after %3 of %4 results. Resume it to send only "
                                      "the rest.")
                                       .arg(info.id)
                                       .arg(info.setName)
                                       .arg(info.done)
                                       .arg(info.total));
            m_resumeBar->show();
            return;
        }
    }
    m_resumeCandidate = 0;
    m_resumeBar->hide();
}

void EvaluationsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void EvaluationsPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

QWidget *EvaluationsPage::buildRatingsTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    m_refreshRatings = new QPushButton(tr("Re&fresh"), tab);
    m_refreshRatings->setObjectName(QStringLiteral("refreshRatingsButton"));
    m_refreshRatings->setToolTip(tr("Read the votes again and recompute the ratings (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), tab);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, m_refreshRatings, &QPushButton::click);
    m_useRatings = new QPushButton(tr("Use as quality"), tab);
    m_useRatings->setObjectName(QStringLiteral("useRatingsButton"));
    m_useRatings->setToolTip(tr("Make these ratings the quality of the models: the cost-versus-quality chart and the "
                                "recommendation rank by them (ratings are never checked against a minimum accuracy)"));
    m_forgetQuality = new QPushButton(tr("Forget measured quality"), tab);
    m_forgetQuality->setObjectName(QStringLiteral("forgetQualityButton"));
    m_forgetQuality->setToolTip(tr("Remove every measured quality (evaluation pass rates and ratings) from the catalog; "
                                   "the public benchmarks are used again"));
    row->addWidget(m_refreshRatings);
    row->addStretch(1);
    row->addWidget(m_useRatings);
    row->addWidget(m_forgetQuality);
    layout->addLayout(row);

    m_ratingsInfo = new QLabel(tab);
    m_ratingsInfo->setObjectName(QStringLiteral("ratingsInfo"));
    m_ratingsInfo->setWordWrap(true);
    layout->addWidget(m_ratingsInfo);
    m_noVotes = new QLabel(tab);
    m_noVotes->setObjectName(QStringLiteral("noVotesHint"));
    m_noVotes->setWordWrap(true);
    m_noVotes->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_noVotes);

    m_ratingsTable = new QTableWidget(0, 8, tab);
    m_ratingsTable->setObjectName(QStringLiteral("ratingsTable"));
    m_ratingsTable->setHorizontalHeaderLabels({tr("Model"), tr("Rating"), tr("95 % interval"), tr("Votes"), tr("Wins"),
                                               tr("Ties"), tr("Losses"), tr("Both bad")});
    m_ratingsTable->horizontalHeaderItem(1)->setToolTip(
        tr("Bradley–Terry rating: 1000 is the average model; 400 points more means 10:1 odds of being preferred"));
    m_ratingsTable->horizontalHeaderItem(2)->setToolTip(
        tr("Where the rating lies with 95 % confidence (1000 bootstrap resamples of the votes)"));
    m_ratingsTable->horizontalHeaderItem(7)->setToolTip(tr("Votes where both answers were bad: not counted in the rating"));
    m_ratingsTable->verticalHeader()->hide();
    m_ratingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratingsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ratingsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratingsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_ratingsTable, 1);

    connect(m_refreshRatings, &QPushButton::clicked, this, [this] { refreshRatings(); });
    connect(m_useRatings, &QPushButton::clicked, this, [this] {
        if (const Status used = useRatingsAsQuality(); !used)
            showError(used.error());
    });
    connect(m_forgetQuality, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Forget measured quality"),
            tr("Remove every measured quality (%n measurement(s)) from the catalog? The stored runs and votes stay; "
               "you can use them as quality again.",
               nullptr, int(m_workbench.measuredQuality().size())));
        if (answer == QMessageBox::Yes)
            forgetMeasuredQuality();
    });
    connect(&m_workbench, &Workbench::measuredQualityChanged, this, &EvaluationsPage::updateForgetButton);
    fillRatings();
    updateForgetButton();
    return tab;
}

Status EvaluationsPage::refreshRatings()
{
    if (!m_ratingsTable)
        return success();
    m_votes = StoredVotes();
    m_ratings.clear();
    if (!m_database || !m_database->isOpen()) {
        fillRatings();
        return success();
    }
    Result<StoredVotes> loaded = VoteRatings::load(*m_database);
    if (!loaded) {
        fillRatings();
        m_ratingsInfo->setText(loaded.error());
        return Status::failure(loaded.error());
    }
    m_votes = std::move(loaded).value();
    m_ratings = PairwiseRatings::bradleyTerry(m_votes.votes);
    fillRatings();
    return success();
}

void EvaluationsPage::fillRatings()
{
    const QLocale locale;
    m_ratingsTable->setRowCount(0);
    const bool empty = m_ratings.isEmpty();
    m_noVotes->setVisible(empty);
    m_ratingsTable->setVisible(!empty);
    m_useRatings->setEnabled(!empty);
    if (empty) {
        m_noVotes->setText(m_database && m_database->isOpen()
                               ? tr("No votes yet: vote on the Compare page after a run (blind mode).")
                               : tr("No history database is open, so there are no votes to rate."));
        m_ratingsInfo->clear();
        return;
    }
    QHash<QString, VoteTally> tallies;
    for (const VoteTally &tally : std::as_const(m_votes.tallies))
        tallies.insert(tally.model, tally);
    const Catalog &catalog = m_workbench.catalog();
    bool regularized = false;
    m_ratingsTable->setRowCount(int(m_ratings.size()));
    for (int row = 0; row < m_ratings.size(); ++row) {
        const ModelRating &rating = m_ratings.at(row);
        const VoteTally tally = tallies.value(rating.model);
        regularized = regularized || rating.regularized;
        const auto cell = [this, row](int column, const QString &text, const QVariant &value, bool number) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, value);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ratingsTable->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *model = cell(0, rating.model, rating.model, false);
        if (const ModelSpec *spec = catalog.findModel(rating.model))
            model->setToolTip(tr("%1 in the catalog “%2”").arg(spec->displayName, catalog.name));
        else
            model->setToolTip(tr("Not a model of the catalog “%1”: its rating cannot become a quality score").arg(catalog.name));
        cell(1, locale.toString(rating.rating, 'f', 0), rating.rating, true);
        if (rating.ratingLow && rating.ratingHigh)
            cell(2, tr("%1 – %2").arg(locale.toString(*rating.ratingLow, 'f', 0), locale.toString(*rating.ratingHigh, 'f', 0)),
                 QVariantList{*rating.ratingLow, *rating.ratingHigh}, true);
        else
            cell(2, tr("–"), QVariant(), true);
        cell(3, locale.toString(tally.votes()), tally.votes(), true);
        cell(4, locale.toString(tally.wins), tally.wins, true);
        cell(5, locale.toString(tally.ties), tally.ties, true);
        cell(6, locale.toString(tally.losses), tally.losses, true);
        cell(7, locale.toString(tally.bothBad), tally.bothBad, true);
    }
    QString info = tr("Bradley–Terry ratings from %n vote(s) cast on the Compare page.", nullptr, int(m_votes.votes.size()));
    if (regularized)
        info = tr("%1 Some models won or lost every vote they took part in: their ratings are pulled toward 1000 so "
                  "that they stay finite; more votes will sharpen them.").arg(info);
    if (m_votes.skipped > 0)
        info = tr("%1 %n vote(s) not counted (between two answers of the same model, or of a deleted run).", nullptr,
                  m_votes.skipped).arg(info);
    m_ratingsInfo->setText(info);
}

Status EvaluationsPage::useRatingsAsQuality()
{
    if (m_ratings.isEmpty())
        return Status::failure(tr("There are no ratings yet: vote on the Compare page after a run (blind mode)."));
    MeasuredQuality measured = MeasuredQuality::fromRatings(QStringLiteral("compare"), m_ratings, QDate::currentDate());
    measured.benchmark.name = tr("Your pairwise ratings");
    const Catalog &catalog = m_workbench.catalog();
    QStringList scored;
    QStringList missing;
    for (const auto &[model, score] : std::as_const(measured.scores))
        (catalog.findModel(model) ? scored : missing) << model;
    if (scored.isEmpty())
        return Status::failure(tr("None of the rated models is a model of the catalog “%1”, so the ratings cannot become "
                                  "quality scores. Set each endpoint's catalog model with Endpoints….")
                                   .arg(catalog.name));
    m_workbench.addMeasuredQuality(measured);
    RecommendationInput input = m_workbench.input();
    input.qualityBenchmark = measured.benchmark.id;
    m_workbench.setInput(input);
    QString message = tr("Quality now measured by %1: %n model(s) rated.", nullptr, int(scored.size()))
                          .arg(measured.benchmark.source);
    if (!missing.isEmpty())
        message = tr("%1 Not in the catalog: %2.").arg(message, missing.join(QStringLiteral(", ")));
    clearError();
    emit statusMessage(message);
    return success();
}

void EvaluationsPage::forgetMeasuredQuality()
{
    const int count = int(m_workbench.measuredQuality().size());
    if (count == 0)
        return;
    m_workbench.clearMeasuredQuality();
    emit statusMessage(tr("Forgot %n measured quality benchmark(s); the public benchmarks are used again.", nullptr, count));
}

void EvaluationsPage::updateForgetButton()
{
    m_forgetQuality->setEnabled(!m_workbench.measuredQuality().isEmpty());
}
