// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogpage.h"

#include "catalog/catalogdiff.h"
#include "catalog/catalogfetcher.h"
#include "catalog/catalogformat.h"
#include "catalog/catalogoverlay.h"
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "dialogs/importpreviewdialog.h"
#include "dialogs/modeldetailsdialog.h"
#include "dialogs/modeleditdialog.h"
#include "dialogs/pricecrosscheckdialog.h"
#include "models/catalogfiltermodel.h"
#include "models/catalogtablemodel.h"
#include "settings/settings.h"
#include "widgets/columnsizing.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// The local .json file of a drag, if it carries exactly one.
QString droppedCatalogFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

bool sameApartFromProvenance(ModelSpec a, const ModelSpec &b)
{
    a.provenance = b.provenance;
    return a == b;
}

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return CatalogPage::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

CatalogPage::CatalogPage(Workbench &workbench, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
{
    setAcceptDrops(true);
    m_network = new QNetworkAccessManager(this);
    m_fetcher = new CatalogFetcher(m_network, this);

    // Catalog in use, what kind it is, and the way back from the user's edits.
    m_catalogChoice = new QComboBox(this);
    m_catalogChoice->setObjectName(QStringLiteral("catalogChoice"));
    m_catalogChoice->setToolTip(tr("The catalog every page uses"));
    m_catalogInfo = new QLabel(this);
    m_catalogInfo->setObjectName(QStringLiteral("catalogInfo"));
    m_catalogInfo->setWordWrap(true);
    m_catalogInfo->setTextFormat(Qt::PlainText);
    m_revert = new QPushButton(tr("&Revert to original…"), this);
    m_revert->setObjectName(QStringLiteral("revertEditsButton"));
    m_revert->setToolTip(tr("Drop your edits of this catalog and use it as bundled or imported"));
    auto *catalogRow = new QHBoxLayout;
    auto *catalogLabel = new QLabel(tr("C&atalog:"), this);
    catalogLabel->setBuddy(m_catalogChoice);
    catalogRow->addWidget(catalogLabel);
    catalogRow->addWidget(m_catalogChoice);
    catalogRow->addWidget(m_catalogInfo, 1);
    catalogRow->addWidget(m_revert);

    // Actions, as a tool bar over the table and in the table's context menu.
    auto makeAction = [this](const QString &text, const char *name, const QString &tip,
                             const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setStatusTip(tip);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            // Window-wide, yet only while the page is shown (hidden pages' shortcuts are inactive); Delete
            // only where the selection is, so that it never deletes models while typing elsewhere.
            action->setShortcutContext(shortcut == QKeySequence(QKeySequence::Delete) ? Qt::WidgetWithChildrenShortcut
                                                                                      : Qt::WindowShortcut);
            action->setToolTip(withShortcut(tip, shortcut));
        } else {
            action->setToolTip(tip);
        }
        QWidget::addAction(action);
        return action;
    };
    m_add = makeAction(tr("&Add…"), "addModelAction", tr("Add a model to this catalog"),
                       QKeySequence(Qt::CTRL | Qt::Key_N));
    m_details =
        makeAction(tr("&Details…"), "modelDetailsAction", tr("Show the selected model's figures and their sources"),
                   QKeySequence(Qt::ALT | Qt::Key_Return)); // Ctrl+I is Import, as on every page
    m_edit = makeAction(tr("&Edit…"), "editModelAction", tr("Edit the selected model"), QKeySequence(Qt::Key_F2));
    m_duplicate = makeAction(tr("&Duplicate"), "duplicateModelAction", tr("Add a copy of the selected model"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = makeAction(tr("De&lete…"), "deleteModelAction", tr("Remove the selected models from this catalog"),
                          QKeySequence(QKeySequence::Delete));
    m_import = makeAction(
        tr("&Import…"), "importCatalogAction",
        tr("Import a catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format); you can also drop it on "
           "this page"),
        QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = makeAction(tr("E&xport…"), "exportCatalogAction", tr("Save this catalog as a Rightsize catalog file"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_updatePrices =
        makeAction(tr("&Update prices"), "updatePricesAction",
                   tr("Fetch current prices (LiteLLM, models.dev or OpenRouter format) and preview the changes"),
                   QKeySequence(Qt::CTRL | Qt::Key_U));
    m_crossCheck = makeAction(tr("Cross-chec&k prices…"), "crossCheckPricesAction",
                              tr("Compare this catalog's prices with another catalog file (Rightsize, LiteLLM, "
                                 "models.dev or OpenRouter format); nothing is imported"),
                              QKeySequence(Qt::CTRL | Qt::Key_K));
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("catalogToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_add, m_edit, m_duplicate, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_import, m_export, m_updatePrices, m_crossCheck});

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFetchButton"));
    m_cancel->setToolTip(tr("Stop fetching prices (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(toolbar, 1);
    toolRow->addWidget(m_progress);
    toolRow->addWidget(m_cancel);

    // Filters.
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Filter by id, name, provider or capability"));
    m_filterText->setClearButtonEnabled(true);
    m_providerFilter = new QComboBox(this);
    m_providerFilter->setObjectName(QStringLiteral("providerFilter"));
    m_providerFilter->setToolTip(tr("Show one provider's models"));
    m_providerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tierFilter = new QComboBox(this);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    m_tierFilter->setToolTip(tr("Show one tier's models"));
    m_tierFilter->addItem(tr("All tiers"), QString());
    for (Tier t : allTiers)
        m_tierFilter->addItem(tierDisplayName(t), tierId(t));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("modelCount"));
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filterText);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_providerFilter);
    filterRow->addWidget(m_tierFilter);
    filterRow->addWidget(m_count);

    m_model = new CatalogTableModel(this);
    m_filter = new CatalogFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Left-aligned, so that a clipped benchmark name still shows its beginning.
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_details, m_edit, m_duplicate, m_delete});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noMatch"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(catalogRow);
    layout->addLayout(toolRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_catalogChoice, &QComboBox::activated, this, [this](int index) {
        const QString name = m_catalogChoice->itemData(index).toString();
        if (name.isEmpty() || name == m_workbench.catalog().name)
            return;
        const Status status = m_workbench.setCatalog(name);
        if (!status.ok()) {
            showMessage(status.error(), true);
            refreshCatalogChoices();
        }
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Revert to original"),
                                    tr("Drop all your edits of the catalog “%1”? Models you added are removed, and "
                                       "models you changed or deleted come back as they were.")
                                        .arg(m_workbench.catalog().name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmRevert"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this] {
            const Status status = revertEdits();
            if (!status.ok())
                showMessage(status.error(), true);
        });
        box->open();
    });
    connect(m_filterText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateActions();
    });
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProvider(m_providerFilter->currentData().toString());
        updateActions();
    });
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTier(m_tierFilter->currentData().toString());
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogPage::updateActions);
    // Looking at a model comes before editing it: a double-click or Enter opens the read-only
    // details, whose Edit… opens the form.
    // (Styles differ in whether a double-click also activates: showDetails() opens one dialog only.)
    const auto details = [this](const QModelIndex &index) {
        showDetails(index.data(CatalogTableModel::ModelIdRole).toString());
    };
    connect(m_view, &QTableView::doubleClicked, this, details);
    connect(m_view, &QTableView::activated, this, details);
    connect(m_details, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            showDetails(ids.first());
    });

    connect(m_add, &QAction::triggered, this, [this] {
        ModelSpec blank;
        openEditor(blank, true);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            openEditor(*m_workbench.catalog().findModel(ids.first()), false);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return;
        const Result<QString> copy = duplicateModel(ids.first());
        if (!copy)
            showMessage(copy.error(), true);
    });
    connect(m_delete, &QAction::triggered, this, &CatalogPage::confirmDelete);
    connect(m_import, &QAction::triggered, this, &CatalogPage::importInteractive);
    connect(m_export, &QAction::triggered, this, &CatalogPage::exportInteractive);
    connect(m_updatePrices, &QAction::triggered, this, &CatalogPage::updatePrices);
    connect(m_crossCheck, &QAction::triggered, this, &CatalogPage::crossCheckInteractive);
    connect(m_cancel, &QPushButton::clicked, this, &CatalogPage::cancelUpdate);

    connect(m_fetcher, &CatalogFetcher::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
            m_progress->setFormat(tr("%1 of %2 kB").arg(received / 1024).arg(total / 1024));
        } else {
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("%1 kB").arg(received / 1024));
        }
    });
    auto fetchEnded = [this] {
        m_progress->hide();
        m_cancel->hide();
        updateActions();
    };
    connect(m_fetcher, &CatalogFetcher::fetched, this, [this, fetchEnded](const Catalog &c) {
        fetchEnded();
        onFetched(c);
    });
    connect(m_fetcher, &CatalogFetcher::failed, this, [this, fetchEnded](const QString &error) {
        fetchEnded();
        showMessage(error, true);
    });
    connect(m_fetcher, &CatalogFetcher::cancelled, this, [this, fetchEnded] {
        fetchEnded();
        showMessage(tr("Price update cancelled; nothing was changed."), false);
    });

    connect(&m_workbench, &Workbench::catalogChanged, this, &CatalogPage::refresh);
    refresh();
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::refreshCatalogChoices()
{
    const QSignalBlocker blocker(m_catalogChoice);
    m_catalogChoice->clear();
    const QStringList names = m_workbench.registry().names();
    for (const QString &name : names)
        m_catalogChoice->addItem(name, name);
    const QString current = m_workbench.catalog().name;
    int index = m_catalogChoice->findData(current);
    if (index < 0) {
        // A catalog opened from a file is in use but not among the registry's names.
        m_catalogChoice->addItem(tr("%1 (file)").arg(current), current);
        index = m_catalogChoice->count() - 1;
    }
    m_catalogChoice->setCurrentIndex(index);
}

void CatalogPage::refresh()
{
    const Catalog &catalog = m_workbench.catalog();
    const CatalogRegistry &registry = m_workbench.registry();
    m_editable = registry.isEditable(catalog.name);
    QSet<QString> edited;
    int editCount = 0;
    if (registry.hasEdits(catalog.name)) {
        if (const Result<Catalog> base = registry.loadBase(catalog.name)) {
            const CatalogOverlay overlay = overlayBetween(*base, catalog);
            for (const ModelSpec &m : overlay.models)
                edited.insert(m.id);
            editCount = int(overlay.models.size() + overlay.removed.size());
        }
    }
    const QStringList selected = selectedIds();
    m_model->setCatalog(catalog, edited);

    QString info;
    const QString dated = catalog.date.isValid() ? catalog.date.toString(Qt::ISODate) : tr("undated");
    if (!m_editable)
        info = tr("Opened from a file (%1): import it to edit it.").arg(dated);
    else if (catalog.bundled)
        info = tr("Bundled, prices as of %1. Bundled catalogs are read-only: your edits are kept apart and applied on "
                  "top.")
                   .arg(dated);
    else
        info = tr("Imported, prices as of %1. Your edits are kept apart from the imported file.").arg(dated);
    if (editCount > 0)
        info = tr("%1 Your edits: %2.").arg(info, QString::number(editCount));
    m_catalogInfo->setText(info);
    m_catalogInfo->setToolTip(catalog.attribution);
    m_revert->setVisible(editCount > 0);
    refreshCatalogChoices();

    // Provider choices follow the catalog; keep the chosen one when it still exists.
    const QString provider = m_providerFilter->currentData().toString();
    QStringList providers;
    for (const ModelSpec &m : catalog.models) {
        if (!m.provider.isEmpty() && !providers.contains(m.provider))
            providers.append(m.provider);
    }
    providers.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_providerFilter);
        m_providerFilter->clear();
        m_providerFilter->addItem(tr("All providers"), QString());
        for (const QString &p : std::as_const(providers))
            m_providerFilter->addItem(p, p);
        m_providerFilter->setCurrentIndex(std::max(0, m_providerFilter->findData(provider)));
    }
    m_filter->setProvider(m_providerFilter->currentData().toString());

    // Scores right after the prices: cost against quality is what the table is read for.
    QHeaderView *header = m_view->horizontalHeader();
    for (int b = 0; b < catalog.benchmarks.size(); ++b)
        header->moveSection(header->visualIndex(CatalogTableModel::FirstBenchmark + b),
                            CatalogTableModel::OutputPrice + 1 + b);
    resizeColumnsToContents(m_view);
    // Long ids, names and capability lists must not push prices and scores out of sight.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const struct
    {
        int column;
        int maxEm;
    } caps[] = {{CatalogTableModel::Id, 15},
                {CatalogTableModel::Name, 10},
                {CatalogTableModel::Provider, 7},
                {CatalogTableModel::Capabilities, 14},
                {CatalogTableModel::Source, 12}};
    for (const auto &cap : caps)
        m_view->setColumnWidth(cap.column, std::min(m_view->columnWidth(cap.column), cap.maxEm * em));
    // Benchmark names are long ("Aider polyglot pass rate (%)"); the header tooltip has them whole.
    for (int b = 0; b < catalog.benchmarks.size(); ++b) {
        const int column = CatalogTableModel::FirstBenchmark + b;
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 8 * em));
    }
    for (const QString &id : selected)
        selectModel(id);
    updateActions();
}

void CatalogPage::updateActions()
{
    const int selected = int(selectedIds().size());
    const bool busy = m_fetcher->isRunning();
    m_add->setEnabled(m_editable);
    m_details->setEnabled(selected == 1);
    m_edit->setEnabled(m_editable && selected == 1);
    m_duplicate->setEnabled(m_editable && selected == 1);
    m_delete->setEnabled(m_editable && selected > 0);
    m_updatePrices->setEnabled(m_editable && !busy);
    m_count->setText(tr("%1 of %2 models").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    const bool noMatch = m_filter->rowCount() == 0 && m_model->rowCount() > 0;
    if (noMatch) {
        m_empty->setText(tr("No model of the %1 models matches the filter. Clear the filter text or choose “All” "
                            "providers and tiers to see them again.")
                             .arg(m_model->rowCount()));
    }
    m_empty->setVisible(noMatch);
}

void CatalogPage::showDetails(const QString &id)
{
    const ModelSpec *model = m_workbench.catalog().findModel(id);
    if (!model || findChild<ModelDetailsDialog *>())
        return;
    auto *dialog = new ModelDetailsDialog(m_workbench.catalog(), *model, m_editable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelDetailsDialog::editRequested, this, [this, id] {
        if (const ModelSpec *current = m_workbench.catalog().findModel(id))
            openEditor(*current, false);
    });
    dialog->open();
}

QStringList CatalogPage::selectedIds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(CatalogTableModel::ModelIdRole).toString());
    return ids;
}

void CatalogPage::selectModel(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CatalogPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_message->setVisible(!text.isEmpty());
    emit statusMessage(text);
}

QString CatalogPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

Provenance CatalogPage::editProvenance() const
{
    return {m_workbench.catalog().name, QDate::currentDate(), tr("your edit")};
}

Status CatalogPage::commit(const Catalog &edited, const QString &selectId)
{
    const CatalogRegistry &registry = m_workbench.registry();
    Status status = registry.saveEdits(edited);
    if (!status.ok())
        return status;
    // Reloading through the Workbench applies the saved overlay and tells every page.
    status = m_workbench.setCatalog(edited.name);
    if (!status.ok())
        return status;
    if (!selectId.isEmpty()) {
        m_view->clearSelection();
        selectModel(selectId);
    }
    showMessage(QString(), false);
    return success();
}

Status CatalogPage::addModel(const ModelSpec &model)
{
    Catalog edited = m_workbench.catalog();
    if (edited.findModel(model.id) && edited.findModel(model.id)->id == model.id)
        return Status::failure(tr("Cannot add model %1: the catalog already has a model with this id").arg(model.id));
    ModelSpec added = model;
    added.provenance = editProvenance();
    edited.models.append(added);
    return commit(edited, added.id);
}

Status CatalogPage::replaceModel(const QString &id, const ModelSpec &model)
{
    Catalog edited = m_workbench.catalog();
    for (ModelSpec &m : edited.models) {
        if (m.id != id)
            continue;
        // An editor closed without changes must not turn into an edit.
        if (sameApartFromProvenance(model, m))
            return success();
        m = model;
        m.provenance = editProvenance();
        return commit(edited, model.id);
    }
    return Status::failure(tr("Cannot edit model %1: it is not in the catalog %2").arg(id, edited.name));
}

Result<QString> CatalogPage::duplicateModel(const QString &id)
{
    Catalog edited = m_workbench.catalog();
    const auto original =
        std::find_if(edited.models.cbegin(), edited.models.cend(), [&](const ModelSpec &m) { return m.id == id; });
    if (original == edited.models.cend())
        return Result<QString>::failure(
            tr("Cannot duplicate model %1: it is not in the catalog %2").arg(id, edited.name));
    ModelSpec copy = *original;
    QSet<QString> taken;
    for (const ModelSpec &m : std::as_const(edited.models))
        taken.insert(m.id);
    copy.id = id + QStringLiteral("-copy");
    for (int n = 2; taken.contains(copy.id); ++n)
        copy.id = QStringLiteral("%1-copy%2").arg(id, QString::number(n));
    copy.displayName = tr("%1 (copy)").arg(original->displayName);
    copy.provenance = editProvenance();
    edited.models.insert(std::distance(edited.models.cbegin(), original) + 1, copy);
    const Status status = commit(edited, copy.id);
    if (!status.ok())
        return Result<QString>::failure(status.error());
    return copy.id;
}

Status CatalogPage::deleteModels(const QStringList &ids)
{
    Catalog edited = m_workbench.catalog();
    const QSet<QString> gone(ids.begin(), ids.end());
    const qsizetype removed = edited.models.removeIf([&](const ModelSpec &m) { return gone.contains(m.id); });
    if (removed == 0)
        return success();
    return commit(edited);
}

Status CatalogPage::revertEdits()
{
    const QString name = m_workbench.catalog().name;
    Status status = m_workbench.registry().discardEdits(name);
    if (!status.ok())
        return status;
    return m_workbench.setCatalog(name);
}

void CatalogPage::openEditor(const ModelSpec &model, bool adding)
{
    QStringList taken;
    for (const ModelSpec &m : m_workbench.catalog().models) {
        if (adding || m.id != model.id)
            taken.append(m.id);
    }
    auto *dialog = new ModelEditDialog(m_workbench.catalog(), model, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString originalId = model.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding, originalId] {
        const ModelSpec edited = dialog->model();
        const Status status = adding ? addModel(edited) : replaceModel(originalId, edited);
        if (!status.ok())
            showMessage(status.error(), true);
    });
    dialog->open();
}

void CatalogPage::confirmDelete()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Remove %1 from the catalog “%2”?").arg(ids.first(), m_workbench.catalog().name)
        : tr("Remove %1 models from the catalog “%2”?").arg(ids.size()).arg(m_workbench.catalog().name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete models"),
                                tr("%1 “Revert to original” brings back models of the catalog itself.").arg(question),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, ids] {
        const Status status = deleteModels(ids);
        if (!status.ok())
            showMessage(status.error(), true);
    });
    box->open();
}

void CatalogPage::showPreview(ImportPreviewDialog *dialog)
{
    if (m_preview)
        m_preview->close();
    m_preview = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ImportPreviewDialog *CatalogPage::previewImport(const QString &path)
{
    Result<Catalog> loaded = loadCatalogFile(path);
    if (!loaded) {
        showMessage(loaded.error(), true);
        return nullptr;
    }
    auto *dialog = new ImportPreviewDialog(m_workbench.catalog(), *loaded, this);
    dialog->setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    dialog->setApplyText(tr("&Import"));
    dialog->setNote(tr("The file becomes a catalog of its own; the catalog in use stays as it is."));
    QString suggested = QFileInfo(path).completeBaseName();
    if (CatalogRegistry::bundledNames().contains(suggested, Qt::CaseInsensitive))
        suggested += QStringLiteral("-imported");
    dialog->askForCatalogName(suggested, [](const QString &name) -> QString {
        if (name.isEmpty())
            return tr("Enter a name.");
        if (CatalogRegistry::bundledNames().contains(name, Qt::CaseInsensitive))
            return tr("“%1” is a bundled catalog's name.").arg(name);
        if (name.startsWith(QLatin1Char('.')) || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.contains(QLatin1Char(':')))
            return tr("A name cannot start with a dot or contain / \\ or :.");
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const Result<QString> name = m_workbench.registry().importFile(path, dialog->catalogName());
        if (!name) {
            showMessage(name.error(), true);
            return;
        }
        const Status status = m_workbench.setCatalog(*name);
        if (!status.ok()) {
            showMessage(status.error(), true);
            return;
        }
        showMessage(tr("Imported %1 as the catalog “%2”.").arg(QFileInfo(path).fileName(), *name), false);
    });
    showPreview(dialog);
    return dialog;
}

Status CatalogPage::exportCatalog(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Cannot export the catalog to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(serializeRightsizeCatalog(m_workbench.catalog()));
    if (!file.commit())
        return Status::failure(
            tr("Cannot export the catalog to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

void CatalogPage::importInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import catalog"), dir,
        tr("Catalogs: Rightsize, LiteLLM, models.dev or OpenRouter format (*.json);;All files (*)"));
    if (!path.isEmpty())
        previewImport(path);
}

void CatalogPage::crossCheckInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Cross-check prices with"), dir,
        tr("Catalogs: Rightsize, LiteLLM, models.dev or OpenRouter format (*.json);;All files (*)"));
    if (!path.isEmpty())
        crossCheckWith(path);
}

PriceCrossCheckDialog *CatalogPage::crossCheckWith(const QString &path)
{
    const Result<Catalog> other = loadCatalogFile(path);
    if (!other) {
        showMessage(other.error(), true);
        return nullptr;
    }
    showMessage(QString(), false);
    if (m_crossCheckDialog)
        m_crossCheckDialog->close();
    auto *dialog = new PriceCrossCheckDialog(m_workbench.catalog(), *other, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_crossCheckDialog = dialog;
    dialog->open();
    return dialog;
}

PriceCrossCheckDialog *CatalogPage::crossCheck() const
{
    return m_crossCheckDialog;
}

void CatalogPage::exportInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export catalog"), QDir(dir).filePath(m_workbench.catalog().name + QStringLiteral(".json")),
        tr("Rightsize catalog (*.json)"));
    if (path.isEmpty())
        return;
    const Status status = exportCatalog(path);
    if (!status.ok())
        showMessage(status.error(), true);
    else
        showMessage(tr("Catalog written to %1").arg(QDir::toNativeSeparators(path)), false);
}

void CatalogPage::updatePrices()
{
    if (!m_editable) {
        showMessage(tr("This catalog was opened from a file: import it before updating its prices."), true);
        return;
    }
    m_fetchUrl = m_settings.catalogUpdateUrl();
    m_fetcher->setTimeoutSeconds(m_settings.requestTimeoutSeconds());
    showMessage(tr("Fetching prices from %1…").arg(m_fetchUrl), false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    m_cancel->show();
    m_fetcher->fetch(QUrl(m_fetchUrl), QStringLiteral("fetched"));
    updateActions();
}

void CatalogPage::cancelUpdate()
{
    m_fetcher->cancel();
}

bool CatalogPage::isUpdating() const
{
    return m_fetcher->isRunning();
}

void CatalogPage::onFetched(const Catalog &fetched)
{
    showMessage(QString(), false);
    const Catalog &current = m_workbench.catalog();
    const PriceMerge merge = mergeFetchedPrices(current, fetched, m_fetchUrl);
    auto *dialog = new ImportPreviewDialog(current, merge.catalog, this);
    dialog->setWindowTitle(tr("Update prices of %1").arg(current.name));
    dialog->setApplyText(tr("&Apply new prices"));
    dialog->setNote(
        tr("Fetched from %1 on %2. %3 of this catalog's %4 models are in the fetched file; their prices and "
           "limits are updated and the catalog is dated %2. %5 models of the file are not in this catalog: "
           "import the file to see them all.")
            .arg(m_fetchUrl, fetched.date.toString(Qt::ISODate))
            .arg(merge.matched)
            .arg(current.models.size())
            .arg(merge.notInBase));
    const Catalog updated = merge.catalog;
    connect(dialog, &QDialog::accepted, this, [this, updated] {
        const Status status = commit(updated);
        if (!status.ok())
            showMessage(status.error(), true);
        else
            showMessage(tr("Prices updated; the catalog is now dated %1.").arg(updated.date.toString(Qt::ISODate)),
                        false);
    });
    showPreview(dialog);
}

void CatalogPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCatalogFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CatalogPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedCatalogFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    previewImport(path);
}
