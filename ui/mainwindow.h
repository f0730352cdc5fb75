// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QMainWindow>

class CostExplorerPage;
class Database;
class EvaluationsPage;
class HistoryPage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class RoutingPage;
class Settings;
class Workbench;

/// The workbench window: a page list on the left, the selected page on the right, the catalog in the
/// status bar. It restores the last session (catalog, inputs, layout) from Settings when built and
/// saves it when closed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Page order of the list, the stack and the View menu (Ctrl+1 … Ctrl+7).
    enum Page { Requirements, CostExplorer, Compare, History, Routing, Evaluations, CatalogBrowser, PageCount };
    Q_ENUM(Page)

    MainWindow(Workbench &workbench, Settings &settings, QWidget *parent = nullptr);

    int currentPage() const;
    void showPage(int page);
    QWidget *page(int page) const;
    /// The run history the History page shows and the Compare page's runs are stored in (not
    /// owned). A database that failed to open is shown as a problem with a way out.
    void setHistoryDatabase(Database *database);

    /// Writes the decision memo of the current session (format by extension: .md, .html, .pdf).
    Status exportMemo(const QString &path) const;

    /// Writes the window layout, the shown page, the catalog name and the inputs to Settings.
    void saveSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString restoreSession();
    void addPage(const QString &title, QWidget *page);
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
    CostExplorerPage *m_costExplorer = nullptr;
    HistoryPage *m_history = nullptr;
    RoutingPage *m_routing = nullptr;
    EvaluationsPage *m_evaluations = nullptr;
};
