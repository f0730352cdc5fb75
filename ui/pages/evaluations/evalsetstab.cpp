// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluations/evalsetstab.h"

#include "eval/evalsetformat.h"
#include "eval/promptfooconfig.h"
#include "models/evalsetlistmodel.h"
#include "pages/evaluations/evalcasestab.h"
#include "store/evalrepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

EvalSetsTab::EvalSetsTab(EvalCasesTab &cases, QWidget *parent)
    : QWidget(parent)
    , m_cases(cases)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Evaluation sets"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    m_model = new EvalSetListModel(this);
    m_list = new QListView(box);
    m_list->setObjectName(QStringLiteral("setList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    m_noSets = new QLabel(box);
    m_noSets->setObjectName(QStringLiteral("noSetsHint"));
    m_noSets->setWordWrap(true);
    layout->addWidget(m_noSets);
    m_importNotes = new QLabel(box);
    m_importNotes->setObjectName(QStringLiteral("importNotes"));
    m_importNotes->setWordWrap(true);
    m_importNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importNotes->hide();
    layout->addWidget(m_importNotes);
    auto *row = new QHBoxLayout;
    m_import = new QPushButton(tr("Import…"), box);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(
        tr("Import a set from a CSV, JSONL or JSON file or a promptfoo configuration (.yaml) (Ctrl+I); you can "
           "also drop files here"));
    m_new = new QPushButton(tr("New"), box);
    m_new->setObjectName(QStringLiteral("newSetButton"));
    m_new->setToolTip(tr("Start an empty set and write its cases on the Cases tab"));
    m_delete = new QPushButton(tr("Delete"), box);
    m_delete->setObjectName(QStringLiteral("deleteSetButton"));
    m_delete->setToolTip(tr("Delete the selected set (its stored runs stay)"));
    row->addWidget(m_import);
    row->addWidget(m_new);
    row->addWidget(m_delete);
    layout->addLayout(row);
    connect(m_import, &QPushButton::clicked, this, &EvalSetsTab::importInteractive);
    connect(m_new, &QPushButton::clicked, this, &EvalSetsTab::newSet);
    connect(m_delete, &QPushButton::clicked, this, &EvalSetsTab::deleteInteractive);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            chosen(current.data(EvalSetListModel::NameRole).toString());
        updateControls();
    });
    updateControls();
}

void EvalSetsTab::setRepository(EvalRepository *repository, const QString &whyNone)
{
    m_repository = repository;
    m_whyNone = whyNone;
    m_cases.showSet(EvalSet());
    reload();
}

QStringList EvalSetsTab::setNames() const
{
    return m_model->names();
}

QString EvalSetsTab::currentSetName() const
{
    return m_cases.set().name;
}

void EvalSetsTab::setRunning(bool running)
{
    m_running = running;
    updateControls();
}

void EvalSetsTab::updateControls()
{
    m_import->setEnabled(!m_running);
    m_new->setEnabled(!m_running && m_repository);
    m_delete->setEnabled(!m_running && m_repository && m_list->currentIndex().isValid());
    m_list->setEnabled(!m_running);
    m_cases.setCanSave(m_repository != nullptr);
}

void EvalSetsTab::reload(const QString &select)
{
    QStringList names;
    if (m_repository) {
        const Result<QStringList> stored = m_repository->setNames();
        if (stored)
            names = stored.value();
        else
            emit problem(tr("Cannot list the evaluation sets: %1").arg(stored.error()));
    }
    m_model->setNames(names);
    m_noSets->setVisible(names.isEmpty());
    m_noSets->setText(tr("No evaluation sets yet. Import a CSV (promptfoo layout: one column per variable, __expected "
                         "for checks such as “contains: Paris”), a JSONL or a JSON file — or drop one here."));
    if (!m_repository) {
        m_noSets->setText(m_whyNone);
        m_noSets->show();
    }
    const EvalSet &shown = m_cases.set();
    const QString wanted = !select.isEmpty() ? select : !shown.name.isEmpty() ? shown.name : names.value(0);
    const int row = m_model->rowOf(wanted);
    if (row >= 0) {
        // Loaded before it is made current, so that selecting it is not taken for the user's choice.
        if (shown.name != wanted || shown.cases.isEmpty())
            load(wanted);
        m_list->setCurrentIndex(m_model->index(row));
    } else if (names.isEmpty()) {
        m_cases.showSet(EvalSet());
        emit setChanged(QString());
    }
    updateControls();
}

void EvalSetsTab::load(const QString &name)
{
    if (!m_repository)
        return;
    const Result<EvalSet> loaded = m_repository->loadSet(name);
    if (!loaded) {
        emit problem(tr("Cannot open the set “%1”: %2").arg(name, loaded.error()));
        return;
    }
    m_cases.showSet(loaded.value());
    emit setChanged(name);
}

void EvalSetsTab::chosen(const QString &name)
{
    const QString current = m_cases.set().name;
    if (name == current)
        return;
    if (m_cases.isDirty()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to “%1” first?").arg(current),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            reload(current);
            return;
        }
        if (answer == QMessageBox::Save) {
            if (const Status saved = saveCurrentSet(); !saved) {
                emit problem(saved.error());
                reload(current);
                return;
            }
        }
    }
    load(name);
}

Status EvalSetsTab::importFile(const QString &path)
{
    emit problemsCleared();
    auto refuse = [this](const QString &problem) {
        emit this->problem(problem);
        return Status::failure(problem);
    };
    // A promptfoo configuration gives one set per prompt; its providers are used by 'eval run --config'.
    QList<EvalSet> sets;
    QStringList notes;
    QString templateNote;
    if (PromptfooConfig::isConfigPath(path)) {
        const Result<PromptfooProject> project = PromptfooConfig::read(path);
        if (!project)
            return refuse(project.error());
        sets = project->sets;
        for (const PromptfooUnsupported &item : project->unsupported)
            notes << PromptfooConfig::describe(QFileInfo(path).fileName(), item);
    } else {
        Result<EvalSet> imported = EvalSetFormat::importFile(path);
        if (!imported)
            return refuse(imported.error());
        EvalSet set = std::move(imported).value();
        // A one-column file can run at once: its column is the prompt until the user writes one.
        if (const EvalTemplate suggested = set.suggestedTemplate(); !suggested.isEmpty()) {
            set.prompt = suggested;
            templateNote =
                tr("No prompt template in %1: each case sends its “%2” as the prompt. Edit the template on the "
                   "Cases tab.")
                    .arg(QFileInfo(path).fileName(), EvalTemplate::variablesIn(suggested.user).constFirst());
        }
        sets.append(set);
    }
    if (!m_repository)
        return refuse(
            tr("Cannot save the set from %1: the history database is not open.").arg(QFileInfo(path).fileName()));
    for (const EvalSet &set : sets)
        if (const Result<qint64> saved = m_repository->saveSet(set); !saved)
            return refuse(tr("Cannot save the set “%1”: %2").arg(set.name, saved.error()));
    QStringList shown;
    if (!notes.isEmpty())
        shown << tr("Skipped (not supported):") + QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    if (!templateNote.isEmpty())
        shown << templateNote;
    m_importNotes->setText(shown.join(QLatin1Char('\n')));
    m_importNotes->setVisible(!shown.isEmpty());
    m_cases.showSet(EvalSet()); // load the stored copy
    reload(sets.first().name);
    for (const EvalSet &set : sets)
        emit statusMessage(tr("Imported “%1”: %n case(s).", nullptr, int(set.cases.size())).arg(set.name));
    return success();
}

void EvalSetsTab::importInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import evaluation sets"), dir,
        tr("Evaluation sets (*.csv *.jsonl *.ndjson *.json *.yaml *.yml);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;"
           "Rightsize JSON (*.json);;promptfoo configuration (*.yaml *.yml)"));
    for (const QString &path : paths) {
        if (!importFile(path))
            break; // the error names the file; the rest waits until it is fixed
    }
}

void EvalSetsTab::newSet()
{
    if (!m_repository) {
        emit problem(tr("Cannot create a set: the history database is not open."));
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
        emit problem(tr("Cannot save the set “%1”: %2").arg(name, saved.error()));
        return;
    }
    m_cases.showSet(EvalSet());
    reload(name);
    emit editRequested();
    m_cases.focusName();
}

Status EvalSetsTab::deleteSet(const QString &name)
{
    if (!m_repository)
        return Status::failure(tr("The history database is not open."));
    if (const Status deleted = m_repository->deleteSet(name); !deleted)
        return Status::failure(tr("Cannot delete the set “%1”: %2").arg(name, deleted.error()));
    if (m_cases.set().name == name)
        m_cases.showSet(EvalSet());
    reload();
    emit statusMessage(tr("Deleted the set “%1”; its runs stay in the history.").arg(name));
    return success();
}

void EvalSetsTab::deleteInteractive()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(EvalSetListModel::NameRole).toString();
    const auto answer = QMessageBox::question(this, tr("Delete set"),
                                              tr("Delete the evaluation set “%1”? Its stored runs stay.").arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status deleted = deleteSet(name); !deleted)
        emit problem(deleted.error());
}

Status EvalSetsTab::saveCurrentSet()
{
    const QString oldName = m_cases.set().name;
    if (oldName.isEmpty())
        return Status::failure(tr("No set is selected."));
    if (!m_repository)
        return Status::failure(tr("Cannot save the set “%1”: the history database is not open.").arg(oldName));
    const QString newName = m_cases.editedName();
    if (newName.isEmpty())
        return Status::failure(tr("The set needs a name."));
    if (newName != oldName && setNames().contains(newName))
        return Status::failure(tr("A set named “%1” exists already; choose another name.").arg(newName));
    EvalSet set = m_cases.set();
    set.name = newName;
    if (const Result<qint64> saved = m_repository->saveSet(set); !saved)
        return Status::failure(tr("Cannot save the set “%1”: %2").arg(newName, saved.error()));
    if (newName != oldName) {
        if (const Status removed = m_repository->deleteSet(oldName); !removed)
            return Status::failure(tr("Saved as “%1”, but the old set “%2” could not be removed: %3")
                                       .arg(newName, oldName, removed.error()));
    }
    m_cases.markSaved(set);
    reload(newName);
    emit statusMessage(tr("Saved the set “%1”.").arg(newName));
    return success();
}
