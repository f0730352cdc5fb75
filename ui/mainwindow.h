// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QMainWindow>

#include <array>
#include <memory>

class ComparePage;
class CostExplorerPage;
class Database;
class EvaluationsPage;
class HistoryPage;
class QAction;
class QLabel;
class QListWidget;
class PageServices;
class QMenu;
class QStackedWidget;
class QThread;
class RoutingPage;
class Settings;
class Workbench;

/// The workbench window: a page list on the left, the selected page on the right, the catalog in the
/// status bar. It restores the last session (catalog, inputs, layout) from Settings when built and
/// saves it when closed.
///
/// Only the page to be shown is built with the window, so that it paints early; the others are
/// built one at a time once the window has painted (or at once when asked for: showPage(),
/// page()). A page not built yet holds its place in the stack with a "Loading…" note.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Page order of the list, the stack and the View menu (Ctrl+1 … Ctrl+7).
    enum Page { Requirements, CostExplorer, Compare, History, Routing, Evaluations, CatalogBrowser, PageCount };
    Q_ENUM(Page)

    MainWindow(Workbench &workbench, Settings &settings, QWidget *parent = nullptr);

    ~MainWindow() override;

    int currentPage() const;
    void showPage(int page);
    /// The page at `page`, built now if it was not yet; nullptr for an index out of range.
    QWidget *page(int page);
    /// The run history the History page shows and the Compare page's runs are stored in (not
    /// owned). A database that failed to open is shown as a problem with a way out.
    void setHistoryDatabase(Database *database);
    /// Opens `path` into `database` (not owned) on a thread of its own, started at the first
    /// paint, so that creating, migrating and recovering the file never holds up the window;
    /// then calls setHistoryDatabase(). Until then the History, Routing and Evaluations pages
    /// are not built unless asked for by page(): showing one shows its "Loading…" note.
    void openHistoryDatabase(Database *database, const QString &path);

    /// Writes the decision memo of the current session (format by extension: .md, .html, .pdf).
    Status exportMemo(const QString &path);

    /// Writes the window layout, the shown page, the catalog name and the inputs to Settings.
    void saveSession();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString restoreSession();
    void addPage(const QString &title);
    QWidget *createPage(Page page);
    void build(Page page);
    PageServices &services();
    bool canBuildNow(Page page) const;
    void buildNextPage();
    void buildMenus();
    void updateCatalogStatus();
    void showAbout();
    void exportMemoInteractive();

    Workbench &m_workbench;
    Settings &m_settings;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_catalogStatus = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_exportMemo = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_exportChartMenu = nullptr;
    QAction *m_fileSeparator = nullptr;
    /// The built pages by index, nullptr until built.
    std::array<QWidget *, PageCount> m_built{};
    CostExplorerPage *m_costExplorer = nullptr;
    ComparePage *m_compare = nullptr;
    HistoryPage *m_history = nullptr;
    RoutingPage *m_routing = nullptr;
    EvaluationsPage *m_evaluations = nullptr;
    PageServices *m_services = nullptr;
    Database *m_database = nullptr;
    std::unique_ptr<QThread> m_databaseOpening;
    bool m_painted = false;
    bool m_buildScheduled = false;
};
