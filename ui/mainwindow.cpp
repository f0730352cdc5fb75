// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "mainwindow.h"

#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/settingsdialog.h"
#include "export/memoexport.h"
#include "export/savepath.h"
#include "pages/catalogpage.h"
#include "pages/comparepage.h"
#include "pages/costexplorerpage.h"
#include "pages/evaluationspage.h"
#include "pages/historypage.h"
#include "pages/requirementspage.h"
#include "pages/routingpage.h"
#include "pageservices.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Workbench &workbench, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(workbench)
    , m_settings(settings)
{
    setWindowTitle(tr("Rightsize"));
    SettingsDialog::applyTheme(m_settings.themeFollowsSystem());
    // The session first, so that every page is built from the restored catalog and inputs.
    const QString startupProblem = restoreSession();
    // Measured quality is written as soon as it changes: it is the user's work, not layout.
    connect(&m_workbench, &Workbench::measuredQualityChanged, this, [this] {
        m_settings.setMeasuredQuality(m_workbench.measuredQuality());
        m_settings.sync();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(m_pageList->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_pageList->setSpacing(2);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // The titles now, the pages when they are needed (see the class comment).
    for (const QString &title : {tr("Requirements"), tr("Cost explorer"), tr("Compare"), tr("History"), tr("Routing"),
                                 tr("Evaluations"), tr("Catalog")})
        addPage(title);
    connect(m_pageList, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    buildMenus();

    m_catalogStatus = new QLabel(this);
    m_catalogStatus->setObjectName(QStringLiteral("catalogStatus"));
    statusBar()->addPermanentWidget(m_catalogStatus);
    connect(&m_workbench, &Workbench::catalogChanged, this, &MainWindow::updateCatalogStatus);
    updateCatalogStatus();
    if (!startupProblem.isEmpty())
        statusBar()->showMessage(startupProblem);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First run: the design size, but never larger than the screen.
        QSize size(1280, 800);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableSize());
        resize(size);
    }
    restoreState(m_settings.windowState());
    showPage(std::clamp(m_settings.windowPage(), 0, PageCount - 1));
}

MainWindow::~MainWindow()
{
    // The opening thread writes into the database object, which outlives the window.
    if (m_databaseOpening)
        m_databaseOpening->wait();
}

QString MainWindow::restoreSession()
{
    QString problem;
    const QString wanted = m_settings.lastCatalog();
    if (m_settings.hasLastCatalog() || m_workbench.catalog().name.isEmpty()) {
        if (wanted != m_workbench.catalog().name) {
            const Status status = m_workbench.setCatalog(wanted);
            if (!status.ok()) {
                problem = tr("Could not open the catalog “%1”: %2").arg(wanted, status.error());
                const QString fallback = QStringLiteral("current");
                if (wanted != fallback) {
                    const Status again = m_workbench.setCatalog(fallback);
                    problem = again.ok() ? tr("%1 — using “%2” instead.").arg(problem, fallback)
                                         : tr("%1; “%2” failed too: %3").arg(problem, fallback, again.error());
                }
            }
        }
    }
    // Before the inputs, which may choose a measured benchmark as the quality axis.
    for (const MeasuredQuality &measured : m_settings.measuredQuality())
        m_workbench.addMeasuredQuality(measured);
    if (const auto input = m_settings.lastInput())
        m_workbench.setInput(*input);
    return problem;
}

void MainWindow::addPage(const QString &title)
{
    auto *placeholder = new QLabel(tr("Loading…"), m_pages);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    const int index = m_pages->addWidget(placeholder);
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title, QString::number(index + 1)));
}

QWidget *MainWindow::createPage(Page page)
{
    auto forwardStatus = [this](auto *sender, auto signal) {
        connect(sender, signal, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    };
    switch (page) {
    case Requirements: {
        auto *requirements = new RequirementsPage(m_workbench, m_pages);
        requirements->setObjectName(QStringLiteral("requirementsPage"));
        return requirements;
    }
    case CostExplorer:
        m_costExplorer = new CostExplorerPage(m_workbench, m_pages);
        m_costExplorer->setObjectName(QStringLiteral("costExplorerPage"));
        forwardStatus(m_costExplorer, &CostExplorerPage::statusMessage);
        m_exportChartMenu->addActions(m_costExplorer->exportActions());
        return m_costExplorer;
    case Compare:
        m_compare = new ComparePage(m_workbench, services(), m_pages);
        m_compare->setObjectName(QStringLiteral("comparePage"));
        forwardStatus(m_compare, &ComparePage::statusMessage);
        m_fileMenu->insertAction(m_fileSeparator, m_compare->endpointsAction());
        return m_compare;
    case History:
        m_history = new HistoryPage(m_workbench, m_pages);
        m_history->setObjectName(QStringLiteral("historyPage"));
        m_history->attachRunner(m_compare->runner());
        forwardStatus(m_history, &HistoryPage::statusMessage);
        connect(m_compare, &ComparePage::voteCast, m_history, &HistoryPage::recordVote);
        connect(m_compare, &ComparePage::thumbCast, m_history, &HistoryPage::recordThumb);
        // Re-run: the stored prompt and endpoints go back to the Compare page, where they can be changed.
        connect(m_history, &HistoryPage::rerunRequested, this, [this](const RunRecord &run) {
            m_compare->setPrompt(run.prompt);
            QStringList names;
            for (const ResponseRecord &response : run.responses)
                names << response.endpoint.name;
            m_compare->setCheckedEndpoints(names);
            showPage(Compare);
        });
        if (m_database)
            m_history->setDatabase(m_database);
        return m_history;
    case Routing:
        m_routing = new RoutingPage(m_workbench, services(), m_pages);
        m_routing->setObjectName(QStringLiteral("routingPage"));
        forwardStatus(m_routing, &RoutingPage::statusMessage);
        if (m_database)
            m_routing->setDatabase(m_database);
        return m_routing;
    case Evaluations:
        m_evaluations = new EvaluationsPage(m_workbench, services(), m_pages);
        m_evaluations->setObjectName(QStringLiteral("evaluationsPage"));
        forwardStatus(m_evaluations, &EvaluationsPage::statusMessage);
        if (m_database)
            m_evaluations->setDatabase(m_database);
        return m_evaluations;
    case CatalogBrowser: {
        auto *catalog = new CatalogPage(m_workbench, m_settings, m_pages);
        catalog->setObjectName(QStringLiteral("catalogPage"));
        forwardStatus(catalog, &CatalogPage::statusMessage);
        return catalog;
    }
    case PageCount:
        break;
    }
    return nullptr;
}

void MainWindow::build(Page page)
{
    // The History page stores the Compare page's runs and votes: neither exists without the
    // other, Compare first.
    if (page == History && !m_compare) {
        build(Compare);
        return;
    }
    QWidget *built = createPage(page);
    m_built[page] = built;
    // Into the placeholder's place; the placeholder goes once the page is there, so the stack
    // never shows another page meanwhile.
    QWidget *placeholder = m_pages->widget(page);
    const bool shown = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(page, built);
    if (shown)
        m_pages->setCurrentIndex(page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    if (page == Compare)
        build(History);
}

PageServices &MainWindow::services()
{
    // One endpoint list, keychain and network client for the pages that call models.
    if (!m_services)
        m_services = new PageServices(this);
    return *m_services;
}

bool MainWindow::canBuildNow(Page page) const
{
    // The pages of the run history wait for it to be open, and for the first paint: shown first,
    // they would say that there is no history.
    const bool needsHistory = page == History || page == Compare || page == Routing || page == Evaluations;
    return !needsHistory || (m_painted && !m_databaseOpening);
}

void MainWindow::buildNextPage()
{
    m_buildScheduled = false;
    // The page shown first, then the others in list order; one per pass of the event loop, so
    // input is handled between them.
    const int shown = currentPage();
    for (int i = -1; i < PageCount; ++i) {
        const Page candidate = Page(i < 0 ? shown : i);
        if (!m_built[candidate] && canBuildNow(candidate)) {
            build(candidate);
            m_buildScheduled = true;
            QTimer::singleShot(0, this, &MainWindow::buildNextPage);
            return;
        }
    }
}

bool MainWindow::event(QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        if (m_databaseOpening)
            m_databaseOpening->start();
        m_buildScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextPage);
    }
    return QMainWindow::event(event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_exportMemo = file->addAction(tr("&Export memo…"));
    m_exportMemo->setObjectName(QStringLiteral("exportMemoAction"));
    m_exportMemo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMemo->setStatusTip(tr("Write the requirements, recommendation, candidates and both charts "
                                  "to a Markdown, HTML or PDF decision memo"));
    m_exportMemo->setToolTip(tr("Export memo (%1)").arg(m_exportMemo->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportMemo, &QAction::triggered, this, &MainWindow::exportMemoInteractive);
    m_exportChartMenu = file->addMenu(tr("Export &chart"));
    m_exportChartMenu->setObjectName(QStringLiteral("exportChartMenu"));
    // The Cost explorer's export actions and the Compare page's endpoints action come with their
    // pages (after m_fileSeparator's place): a menu opened earlier builds them.
    connect(file, &QMenu::aboutToShow, this, [this] {
        page(CostExplorer);
        page(Compare);
    });
    m_fileSeparator = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < m_pageList->count(); ++i) {
        QAction *action = view->addAction(m_pageList->item(i)->text());
        action->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(action);
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *preferences = tools->addAction(tr("&Settings…"));
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_settings, m_workbench.registry(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rightsize"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int page)
{
    if (page < 0 || page >= m_pages->count())
        return;
    if (!m_built[page] && canBuildNow(Page(page)))
        build(Page(page));
    m_pages->setCurrentIndex(page);
    if (m_pageList->currentRow() != page)
        m_pageList->setCurrentRow(page);
    if (page < m_pageActions.size())
        m_pageActions.at(page)->setChecked(true);
}

void MainWindow::setHistoryDatabase(Database *database)
{
    m_database = database;
    if (m_history)
        m_history->setDatabase(database);
    if (m_routing)
        m_routing->setDatabase(database);
    if (m_evaluations)
        m_evaluations->setDatabase(database);
}

void MainWindow::openHistoryDatabase(Database *database, const QString &path)
{
    if (m_databaseOpening)
        m_databaseOpening->wait();
    m_databaseOpening.reset(QThread::create([database, path] {
        // The result is kept in the database object (lastError()), where the History page reads it.
        database->open(path);
        database->releaseThreadConnection();
    }));
    connect(m_databaseOpening.get(), &QThread::finished, this, [this, database] {
        m_databaseOpening->wait(); // finished is emitted just before the thread ends
        m_databaseOpening.reset();
        setHistoryDatabase(database);
        if (m_painted && !m_buildScheduled)
            buildNextPage();
    });
    // Not before the first paint: on a machine with few cores the thread would compete with it.
    if (m_painted)
        m_databaseOpening->start();
}

QWidget *MainWindow::page(int page)
{
    if (page < 0 || page >= PageCount)
        return nullptr;
    if (!m_built[page])
        build(Page(page));
    return m_built[page];
}

void MainWindow::updateCatalogStatus()
{
    const Catalog &catalog = m_workbench.catalog();
    m_catalogStatus->setText(tr("Catalog: %1 · prices as of %2 · models: %3")
                                 .arg(catalog.name, catalog.date.toString(Qt::ISODate))
                                 .arg(catalog.models.size()));
    m_catalogStatus->setToolTip(catalog.attribution);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_workbench, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportMemoInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export decision memo"), QDir(dir).filePath(QStringLiteral("rightsize-memo.html")),
        tr("HTML (*.html);;Markdown with PNG charts (*.md);;PDF (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    path = withSuffixOfFilter(path, selectedFilter);
    const Status status = exportMemo(path);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Export decision memo"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Memo written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

Status MainWindow::exportMemo(const QString &path)
{
    // The memo shows what the Cost explorer shows: its scatter settings and its volume selection.
    page(CostExplorer);
    page(Routing);
    MemoExportOptions options;
    options.costQuality = m_costExplorer->costQualityOptions();
    options.cascade = m_routing->memoSimulation();
    const Catalog &catalog = m_workbench.catalog();
    const QStringList ids = m_costExplorer->volumeSelection();
    for (const QString &id : ids) {
        if (const ModelSpec *model = catalog.findModel(id))
            options.volumeOptions.append({model, defaultsToSelfHosted(*model)});
    }
    return ::exportMemo(m_workbench, path, options);
}

void MainWindow::saveSession()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setWindowPage(currentPage());
    if (!m_workbench.catalog().name.isEmpty())
        m_settings.setLastCatalog(m_workbench.catalog().name);
    m_settings.setLastInput(m_workbench.input());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}
