// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "dialogs/importpreviewdialog.h"

#include <QPointer>
#include <QWidget>

class CatalogFetcher;
class PriceCrossCheckDialog;
class CatalogFilterModel;
class CatalogTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class Settings;
class Workbench;

/// The Catalog page: every model of the Workbench's catalog in a sortable, filterable table, and
/// the ways to change it — add, edit, duplicate and delete models, import a file (dialog or drag
/// and drop), export, "Update prices" from a LiteLLM-format URL, and "Cross-check prices" against
/// another catalog file. Imports and price updates show
/// a preview of the changes first. Edits never touch a catalog file: CatalogRegistry keeps them as
/// an overlay, and the page reloads the catalog through the Workbench, so every page sees them.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    CatalogPage(Workbench &workbench, Settings &settings, QWidget *parent = nullptr);
    ~CatalogPage() override;

    CatalogTableModel *tableModel() const { return m_model; }
    CatalogFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// Ids of the selected rows, in view order.
    QStringList selectedIds() const;
    void selectModel(const QString &id);

    /// Each saves the user's edits of the catalog in use and reloads it through the Workbench.
    Status addModel(const ModelSpec &model);
    Status replaceModel(const QString &id, const ModelSpec &model);
    /// Adds a copy named "<id>-copy" (or -copy2 …); returns the new id.
    Result<QString> duplicateModel(const QString &id);
    Status deleteModels(const QStringList &ids);
    /// Back to the catalog as bundled or imported.
    Status revertEdits();

    /// Reads a catalog file (Rightsize or LiteLLM format) and opens the preview of importing it;
    /// nullptr (and the reason on the page) when the file cannot be read.
    ImportPreviewDialog *previewImport(const QString &path);
    /// Writes the catalog in use in Rightsize's format.
    Status exportCatalog(const QString &path) const;
    /// Fetches the LiteLLM-format catalog from the address in Settings, then opens the preview.
    void updatePrices();
    void cancelUpdate();
    bool isUpdating() const;
    /// Reads a second catalog file (any format importCatalogJson() knows) and opens the cross-check
    /// of its prices against the catalog in use; nullptr (and the reason on the page) when the
    /// file cannot be read. Nothing is imported or changed.
    PriceCrossCheckDialog *crossCheckWith(const QString &path);
    /// The cross-check dialog shown now, if any.
    PriceCrossCheckDialog *crossCheck() const;
    /// The preview dialog shown now, if any.
    ImportPreviewDialog *preview() const { return m_preview; }
    /// The last message shown on the page (errors and results).
    QString message() const;

    QAction *addModelAction() const { return m_add; }
    QAction *detailsAction() const { return m_details; }
    QAction *editModelAction() const { return m_edit; }
    QAction *duplicateModelAction() const { return m_duplicate; }
    QAction *deleteModelAction() const { return m_delete; }
    QAction *importCatalogAction() const { return m_import; }
    QAction *exportCatalogAction() const { return m_export; }
    QAction *updatePricesAction() const { return m_updatePrices; }
    QAction *crossCheckAction() const { return m_crossCheck; }

signals:
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void refreshCatalogChoices();
    void updateActions();
    void showMessage(const QString &text, bool error);
    Status commit(const Catalog &edited, const QString &selectId = {});
    Provenance editProvenance() const;
    void openEditor(const ModelSpec &model, bool adding);
    /// The read-only details of model `id`, with Edit… leading to openEditor().
    void showDetails(const QString &id);
    void confirmDelete();
    void importInteractive();
    void exportInteractive();
    void crossCheckInteractive();
    void showPreview(ImportPreviewDialog *dialog);
    void onFetched(const Catalog &fetched);

    Workbench &m_workbench;
    Settings &m_settings;
    CatalogTableModel *m_model = nullptr;
    CatalogFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_catalogChoice = nullptr;
    QLabel *m_catalogInfo = nullptr;
    QPushButton *m_revert = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_providerFilter = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr; ///< says so when the filter matches no model
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_add = nullptr;
    QAction *m_details = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_updatePrices = nullptr;
    QAction *m_crossCheck = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    CatalogFetcher *m_fetcher = nullptr;
    QString m_fetchUrl;
    QPointer<ImportPreviewDialog> m_preview;
    QPointer<PriceCrossCheckDialog> m_crossCheckDialog;
    bool m_editable = false;
};
