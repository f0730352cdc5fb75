// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogformat.h"
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "dialogs/importpreviewdialog.h"
#include "dialogs/modeldetailsdialog.h"
#include "dialogs/modeleditdialog.h"
#include "dialogs/pricecrosscheckdialog.h"
#include "fakehttpserver.h"
#include "models/catalogfiltermodel.h"
#include "models/catalogtablemodel.h"
#include "models/pricecrosschecktablemodel.h"
#include "pages/catalogpage.h"
#include "settings/settings.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return TestPaths::fixture(QStringLiteral("catalog/") + name);
}

QStringList visibleIds(const CatalogPage &page)
{
    QStringList ids;
    const QAbstractItemModel *m = page.filterModel();
    for (int row = 0; row < m->rowCount(); ++row)
        ids.append(m->index(row, 0).data(CatalogTableModel::ModelIdRole).toString());
    return ids;
}

} // namespace

class TestCatalogPage : public QObject
{
    Q_OBJECT
private:
    /// One session on a temporary folder with the fixture catalog "team" (good.json) in use.
    struct Session
    {
        explicit Session(const QTemporaryDir &dir)
            : registry(dir.filePath(QStringLiteral("catalogs")))
            , workbench(registry)
            , settings(dir.filePath(QStringLiteral("rightsize.ini")))
        {
            const Result<QString> imported =
                registry.importFile(fixture(QStringLiteral("good.json")), QStringLiteral("team"));
            if (!imported)
                qFatal("%s", qPrintable(imported.error()));
            const Status status = workbench.setCatalog(QStringLiteral("team"));
            if (!status.ok())
                qFatal("%s", qPrintable(status.error()));
            page = std::make_unique<CatalogPage>(workbench, settings);
            page->resize(1200, 700);
        }
        CatalogRegistry registry;
        Workbench workbench;
        Settings settings;
        std::unique_ptr<CatalogPage> page;
    };

    template<typename T>
    T *waitForChild(QObject *parent, const QString &name = {})
    {
        T *child = nullptr;
        if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>(name)) != nullptr; }, 5000))
            return nullptr;
        return child;
    }

private slots:
    void modelPassesTheTesterAndShowsEveryField()
    {
        QTemporaryDir dir;
        Session s(dir);
        QAbstractItemModelTester tester(s.page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(s.page->filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogTableModel *model = s.page->tableModel();
        QCOMPARE(model->rowCount(), 3);
        // Fixed columns, then one per benchmark of the catalog.
        QCOMPARE(model->columnCount(), int(CatalogTableModel::FirstBenchmark) + 2);
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c)
            headers.append(model->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Provider"),
                              QStringLiteral("Tier"), QStringLiteral("Params"), QStringLiteral("In $/1M"),
                              QStringLiteral("Out $/1M"), QStringLiteral("Self-hosted"), QStringLiteral("Latency"),
                              QStringLiteral("Context"), QStringLiteral("Max out"), QStringLiteral("Capabilities"),
                              QStringLiteral("Weights"), QStringLiteral("Source"), QStringLiteral("Team evals"),
                              QStringLiteral("Team votes")}));
        const int big = model->rowOf(QStringLiteral("big-one"));
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(big, c).data().toString());
        QCOMPARE(cells,
                 (QStringList{QStringLiteral("big-one"), QStringLiteral("Big One"), QStringLiteral("openai"),
                              QStringLiteral("Large"), QStringLiteral("—"), QStringLiteral("$2.50"),
                              QStringLiteral("$10.00"), QStringLiteral("—"), QStringLiteral("450 ms"),
                              QStringLiteral("128,000"), QStringLiteral("16,384"),
                              QStringLiteral("vision, function_calling"), QStringLiteral("closed"),
                              QStringLiteral("team, 2026-03-01"), QStringLiteral("91.5"), QStringLiteral("1210")}));
        const int evals = CatalogTableModel::FirstBenchmark;
        QCOMPARE(model->index(big, evals).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Team evals of Big One: 91.5\nSource: Run 12\nDate: 2026-02-21"));
        QCOMPARE(model->headerData(evals, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Team evals (accuracy)\nSource: Team eval suite\nLicence: internal\nDate: 2026-02-20"));
        QCOMPARE(model->index(model->rowOf(QStringLiteral("cheap-api")), evals).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Team evals: no published score for cheap-api"));
        // Numbers sort as numbers.
        s.page->view()->sortByColumn(CatalogTableModel::InputPrice, Qt::DescendingOrder);
        QCOMPARE(visibleIds(*s.page),
                 (QStringList{QStringLiteral("big-one"), QStringLiteral("cheap-api"), QStringLiteral("local-8b")}));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("count");
        QTest::addRow("everything") << QString() << QString() << QString()
                                    << QStringList{QStringLiteral("big-one"), QStringLiteral("cheap-api"),
                                                   QStringLiteral("local-8b")}
                                    << QStringLiteral("3 of 3 models");
        QTest::addRow("text in the name") << QStringLiteral("local") << QString() << QString()
                                          << QStringList{QStringLiteral("local-8b")} << QStringLiteral("1 of 3 models");
        QTest::addRow("capability, any case")
            << QStringLiteral("VISION") << QString() << QString() << QStringList{QStringLiteral("big-one")}
            << QStringLiteral("1 of 3 models");
        QTest::addRow("every word must match") << QStringLiteral("big mistral") << QString() << QString()
                                               << QStringList() << QStringLiteral("0 of 3 models");
        QTest::addRow("provider") << QString() << QStringLiteral("mistral") << QString()
                                  << QStringList{QStringLiteral("cheap-api")} << QStringLiteral("1 of 3 models");
        // 8B parameters is medium; the cheap API model is small by its price band.
        QTest::addRow("tier") << QString() << QString() << QStringLiteral("medium")
                              << QStringList{QStringLiteral("local-8b")} << QStringLiteral("1 of 3 models");
        QTest::addRow("tier and text") << QStringLiteral("api") << QString() << QStringLiteral("small")
                                       << QStringList{QStringLiteral("cheap-api")} << QStringLiteral("1 of 3 models");
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QString, provider);
        QFETCH(QString, tier);
        QTemporaryDir dir;
        Session s(dir);
        s.page->view()->sortByColumn(CatalogTableModel::Id, Qt::AscendingOrder);
        QTest::keyClicks(s.page->findChild<QLineEdit *>(QStringLiteral("filterText")), text);
        auto *providers = s.page->findChild<QComboBox *>(QStringLiteral("providerFilter"));
        QCOMPARE(providers->itemText(0), QStringLiteral("All providers"));
        providers->setCurrentIndex(provider.isEmpty() ? 0 : providers->findData(provider));
        auto *tiers = s.page->findChild<QComboBox *>(QStringLiteral("tierFilter"));
        tiers->setCurrentIndex(tier.isEmpty() ? 0 : tiers->findData(tier));
        QTEST(visibleIds(*s.page), "ids");
        QTEST(s.page->findChild<QLabel *>(QStringLiteral("modelCount"))->text(), "count");
    }

    void addThroughTheFormDialog()
    {
        QTemporaryDir dir;
        Session s(dir);
        const QString file = dir.filePath(QStringLiteral("catalogs/team.json"));
        const QByteArray fileBefore = [&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(s.page->addModelAction()->isEnabled());
        s.page->addModelAction()->trigger();
        auto *dialog = waitForChild<ModelEditDialog>(s.page.get(), QStringLiteral("modelEditDialog"));
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->validationError(), QStringLiteral("The id must not be empty."));
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"));
        QTest::keyClicks(id, QStringLiteral("big-one"));
        QCOMPARE(dialog->validationError(),
                 QStringLiteral("Another model of this catalog already has the id “big-one”."));
        QVERIFY(!ok->isEnabled());
        id->setText(QStringLiteral("our-model"));
        QVERIFY(ok->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Our model"));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("inputPriceEdit"))->setValue(0.4);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("outputPriceEdit"))->setValue(1.6);
        QTest::mouseClick(ok, Qt::LeftButton);

        const ModelSpec *added = s.workbench.catalog().findModel(u"our-model");
        QVERIFY(added);
        QCOMPARE(added->displayName, QStringLiteral("Our model"));
        QCOMPARE(added->inputPricePerMTok, 0.4);
        QCOMPARE(added->outputPricePerMTok, 1.6);
        QCOMPARE(added->provenance.origin, QStringLiteral("your edit"));
        QCOMPARE(s.page->tableModel()->rowCount(), 4);
        QCOMPARE(s.page->selectedIds(), QStringList{QStringLiteral("our-model")});
        QVERIFY(s.page->tableModel()
                    ->index(s.page->tableModel()->rowOf(QStringLiteral("our-model")), 0)
                    .data(CatalogTableModel::EditedRole)
                    .toBool());
        // Kept as the user's edits, the imported file untouched; a new session sees them.
        QVERIFY(s.registry.hasEdits(QStringLiteral("team")));
        QCOMPARE(
            [&] {
                QFile f(file);
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }(),
            fileBefore);
        QVERIFY(CatalogRegistry(dir.filePath(QStringLiteral("catalogs")))
                    .load(QStringLiteral("team"))
                    ->findModel(u"our-model"));
        QVERIFY(s.page->findChild<QPushButton *>(QStringLiteral("revertEditsButton"))->isVisibleTo(s.page.get()));
    }

    void doubleClickShowsDetailsBeforeAnyEdit()
    {
        QTemporaryDir dir;
        Session s(dir);
        s.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.page.get()));
        const QModelIndex big = s.page->filterModel()->mapFromSource(s.page->tableModel()->index(
            s.page->tableModel()->rowOf(QStringLiteral("big-one")), CatalogTableModel::Name));
        const QPoint at = s.page->view()->visualRect(big).center();
        // A real double-click: press, release, then the second press that Qt reports as a double-click.
        QTest::mouseClick(s.page->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(s.page->view()->viewport(), Qt::LeftButton, {}, at);
        auto *details = waitForChild<ModelDetailsDialog>(s.page.get(), QStringLiteral("modelDetailsDialog"));
        QVERIFY(details);
        QVERIFY(!s.page->findChild<ModelEditDialog *>()); // looking is not editing
        QCOMPARE(details->fieldText(QStringLiteral("inputPrice")), QStringLiteral("$2.50 per 1M tokens"));
        QCOMPARE(details->fieldText(QStringLiteral("outputPrice")), QStringLiteral("$10.00 per 1M tokens"));
        QCOMPARE(details->fieldText(QStringLiteral("latency")), QStringLiteral("450 ms"));
        QCOMPARE(details->fieldText(QStringLiteral("context")), QStringLiteral("128,000 tokens"));
        QCOMPARE(details->fieldText(QStringLiteral("tier")), QStringLiteral("Large, parameter count not published"));
        QCOMPARE(details->fieldText(QStringLiteral("score_evals")), QStringLiteral("91.5 (Run 12, 2026-02-21)"));
        QVERIFY(details->fieldText(QStringLiteral("score_elo")).startsWith(QStringLiteral("1210 (")));

        // Edit… leads to the form, which shows prices without padding zeros.
        QVERIFY(details->editButton()->isEnabled());
        details->editButton()->click();
        auto *editor = waitForChild<ModelEditDialog>(s.page.get(), QStringLiteral("modelEditDialog"));
        QVERIFY(editor);
        auto *input = editor->findChild<QDoubleSpinBox *>(QStringLiteral("inputPriceEdit"));
        QCOMPARE(input->text(), QStringLiteral("$2.50"));
        QCOMPARE(editor->findChild<QDoubleSpinBox *>(QStringLiteral("latencyEdit"))->text(), QStringLiteral("450 ms"));
        QCOMPARE(editor->model(), *s.workbench.catalog().findModel(u"big-one")); // shown rounder, kept exact
        editor->reject();
    }

    void saysSoWhenTheFilterMatchesNothing()
    {
        QTemporaryDir dir;
        Session s(dir);
        s.page->show();
        auto *empty = s.page->findChild<QLabel *>(QStringLiteral("noMatch"));
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        s.page->findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("no such model anywhere"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No model of the 3 models matches")));
        s.page->findChild<QLineEdit *>(QStringLiteral("filterText"))->clear();
        QVERIFY(!empty->isVisible());
    }

    void editDuplicateDeleteThroughActions()
    {
        QTemporaryDir dir;
        Session s(dir);
        QVERIFY(!s.page->editModelAction()->isEnabled());
        s.page->selectModel(QStringLiteral("big-one"));
        QVERIFY(s.page->editModelAction()->isEnabled());

        // Edit: a new price.
        s.page->editModelAction()->trigger();
        auto *dialog = waitForChild<ModelEditDialog>(s.page.get(), QStringLiteral("modelEditDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->model(), *s.workbench.catalog().findModel(u"big-one")); // an untouched form is the model
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("inputPriceEdit"))->setValue(2.0);
        dialog->accept();
        QCOMPARE(s.workbench.catalog().findModel(u"big-one")->inputPricePerMTok, 2.0);
        QTRY_VERIFY(!s.page->findChild<ModelEditDialog *>());

        // Duplicate.
        s.page->view()->clearSelection();
        s.page->selectModel(QStringLiteral("big-one"));
        s.page->duplicateModelAction()->trigger();
        const ModelSpec *copy = s.workbench.catalog().findModel(u"big-one-copy");
        QVERIFY(copy);
        QCOMPARE(copy->displayName, QStringLiteral("Big One (copy)"));
        QCOMPARE(copy->inputPricePerMTok, 2.0);
        QCOMPARE(s.page->selectedIds(), QStringList{QStringLiteral("big-one-copy")});
        QCOMPARE(*s.page->duplicateModel(QStringLiteral("big-one")), QStringLiteral("big-one-copy2"));

        // Delete two, after confirming.
        s.page->view()->clearSelection();
        s.page->selectModel(QStringLiteral("big-one-copy"));
        s.page->selectModel(QStringLiteral("cheap-api"));
        QCOMPARE(s.page->selectedIds().size(), 2);
        s.page->deleteModelAction()->trigger();
        auto *box = waitForChild<QMessageBox>(s.page.get(), QStringLiteral("confirmDelete"));
        QVERIFY(box);
        QVERIFY(box->text().startsWith(QStringLiteral("Remove 2 models from the catalog “team”?")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(!s.workbench.catalog().findModel(u"big-one-copy"));
        QVERIFY(!s.workbench.catalog().findModel(u"cheap-api"));
        QCOMPARE(s.workbench.catalog().models.size(), 3); // big-one, local-8b, big-one-copy2

        // Revert brings the imported catalog back as it was.
        QVERIFY(s.page->revertEdits().ok());
        QCOMPARE(s.workbench.catalog(), *s.registry.loadBase(QStringLiteral("team")));
        QVERIFY(!s.registry.hasEdits(QStringLiteral("team")));
    }

    void catalogOpenedFromAFileIsReadOnly()
    {
        QTemporaryDir dir;
        Session s(dir);
        QVERIFY(s.workbench.setCatalog(fixture(QStringLiteral("team-picks-v2.json"))).ok());
        QVERIFY(!s.page->addModelAction()->isEnabled());
        QVERIFY(!s.page->updatePricesAction()->isEnabled());
        QCOMPARE(s.page->findChild<QLabel *>(QStringLiteral("catalogInfo"))->text(),
                 QStringLiteral("Opened from a file (2026-04-01): import it to edit it."));
        QVERIFY(s.page->importCatalogAction()->isEnabled());
        QVERIFY(s.page->exportCatalogAction()->isEnabled());
    }

    void importPreviewForAFixture()
    {
        QTemporaryDir dir;
        Session s(dir);
        ImportPreviewDialog *dialog = s.page->previewImport(fixture(QStringLiteral("team-picks-v2.json")));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))->text(),
                 QStringLiteral("added: 1 · removed: 1 · new prices: 1 · other changes: 1 · unchanged: 0"));
        QCOMPARE(dialog->dump(),
                 QStringLiteral("New prices (1)\n"
                                "  Big One (big-one) | openai | $2.50 → $2.00 (-20 %) | $10.00 → $8.00 (-20 %)\n"
                                "Added (1)\n"
                                "  New Mini (new-mini) | mistral | $0.05 | $0.15\n"
                                "Removed (1)\n"
                                "  cheap-api | mistral | $0.10 | $0.30\n"
                                "Other changes: limits, scores, details (1)\n"
                                "  Local 8B (local-8b) | self-hosted | $0.00 | $0.00"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("catalogNameEdit"));
        QCOMPARE(name->text(), QStringLiteral("team-picks-v2"));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QCOMPARE(apply->text(), QStringLiteral("&Import"));
        name->setText(QStringLiteral("current"));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("catalogNameProblem"))->text(),
                 QStringLiteral("“current” is a bundled catalog's name."));
        name->setText(QStringLiteral("team-april"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(s.workbench.catalog().name, QStringLiteral("team-april"));
        QVERIFY(s.workbench.catalog().findModel(u"new-mini"));
        QVERIFY(s.registry.names().contains(QStringLiteral("team-april")));
        QCOMPARE(s.page->message(), QStringLiteral("Imported team-picks-v2.json as the catalog “team-april”."));
    }

    void importOfABadFileSaysWhy()
    {
        QTemporaryDir dir;
        Session s(dir);
        QVERIFY(!s.page->previewImport(fixture(QStringLiteral("bad-tier.json"))));
        QVERIFY2(s.page->message().startsWith(QStringLiteral("Cannot load catalog bad-tier.json: ")),
                 qPrintable(s.page->message()));
        QCOMPARE(s.workbench.catalog().name, QStringLiteral("team"));
    }

    void crossCheckPricesWithALiteLlmFile()
    {
        QTemporaryDir dir;
        Session s(dir);
        // LiteLLM's format: big-one 20 % cheaper ($2.00/$10.00), cheap-api at the $0 placeholder, one more model.
        const QString path = dir.filePath(QStringLiteral("litellm.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({
          "big-one": {"mode": "chat", "input_cost_per_token": 2e-06, "output_cost_per_token": 1e-05, "litellm_provider": "openai"},
          "cheap-api": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "mistral"},
          "other": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06, "litellm_provider": "acme"}
        })");
        file.close();

        QAction *action = s.page->crossCheckAction();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        PriceCrossCheckDialog *dialog = s.page->crossCheckWith(path);
        QVERIFY(dialog);
        QCOMPARE(s.page->crossCheck(), dialog);
        PriceCrossCheckTableModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->summaryText(),
                 QStringLiteral("matched: 2 · differ by more than 10 %: 1 · unpriced in one or "
                                "both: 1 · only in A: 1 · only in B: 1"));
        const auto rowText = [model](int row) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells.append(model->index(row, c).data().toString());
            return cells;
        };
        QCOMPARE(model->rowCount(), 2);
        const QString fileSource =
            QStringLiteral("litellm, ") + QFileInfo(path).lastModified().date().toString(Qt::ISODate);
        QCOMPARE(rowText(0),
                 (QStringList{QStringLiteral("Big One (big-one)"), QStringLiteral("$2.50"), QStringLiteral("$10.00"),
                              QStringLiteral("$2.00"), QStringLiteral("$10.00"), QStringLiteral("25.0 %"),
                              QStringLiteral("team, 2026-03-01"), fileSource}));
        // A price the file does not know is unknown, never $0.00, and is not compared.
        QCOMPARE(rowText(1),
                 (QStringList{QStringLiteral("cheap-api"), QStringLiteral("$0.10"), QStringLiteral("$0.30"),
                              QStringLiteral("unknown"), QStringLiteral("unknown"), QStringLiteral("unknown"),
                              QStringLiteral("team, 2026-03-01"), fileSource}));
        QVERIFY(
            !model->index(1, PriceCrossCheckTableModel::InputB).data(PriceCrossCheckTableModel::ValueRole).isValid());
        QCOMPARE(model->index(0, PriceCrossCheckTableModel::Difference)
                     .data(PriceCrossCheckTableModel::ValueRole)
                     .toDouble(),
                 25.0);
        QCOMPARE(model->headerData(PriceCrossCheckTableModel::InputB, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Catalog B: litellm"));

        // A wider threshold leaves only the unpriced model.
        dialog->thresholdBox()->setValue(30.0);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PriceCrossCheckTableModel::Model).data().toString(), QStringLiteral("cheap-api"));
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("matched: 2 · differ by more than 30 %: 0 ·")));
        // Nothing was imported or changed.
        QCOMPARE(s.workbench.catalog().name, QStringLiteral("team"));
        QVERIFY(!s.registry.names().contains(QStringLiteral("litellm")));
        dialog->close();
    }

    void crossCheckWithABadFileSaysWhyAndKeepsEverything()
    {
        QTemporaryDir dir;
        Session s(dir);
        const Catalog before = s.workbench.catalog();
        QVERIFY(!s.page->crossCheckWith(fixture(QStringLiteral("not-json.json"))));
        QVERIFY(!s.page->crossCheck());
        const Result<Catalog> loaded = loadCatalogFile(fixture(QStringLiteral("not-json.json")));
        QVERIFY(!loaded);
        QCOMPARE(s.page->message(), loaded.error());
        QVERIFY(s.page->message().contains(QStringLiteral("not-json.json")));
        QCOMPARE(s.workbench.catalog(), before);
        QCOMPARE(visibleIds(*s.page).size(), 3);
        // A good file afterwards works, and clears the error.
        QVERIFY(s.page->crossCheckWith(fixture(QStringLiteral("team-picks-v2.json"))));
        QVERIFY(s.page->message().isEmpty());
    }

    void exportWritesTheCatalogInUse()
    {
        QTemporaryDir dir;
        Session s(dir);
        QVERIFY(s.page->deleteModels({QStringLiteral("cheap-api")}).ok());
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(s.page->exportCatalog(path).ok());
        const Result<Catalog> exported = CatalogRegistry(dir.filePath(QStringLiteral("none"))).load(path);
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(exported->models.size(), 2);
        QVERIFY(!exported->findModel(u"cheap-api"));
    }

    void updatePricesFromTheLoopbackServer()
    {
        QTemporaryDir dir;
        Session s(dir);
        FakeHttpServer server;
        const QByteArray body =
            R"({"big-one": {"mode": "chat", "input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06,
            "litellm_provider": "openai", "max_input_tokens": 200000},
            "unlisted": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06}})";
        server.enqueue(FakeResponse::json(200, body));
        const QString url = server.url(QStringLiteral("/prices.json")).toString();
        s.settings.setCatalogUpdateUrl(url);
        s.page->updatePricesAction()->trigger();
        QVERIFY(s.page->isUpdating());
        ImportPreviewDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = s.page->preview()) != nullptr; }, 5000));
        QCOMPARE(dialog->dump(),
                 QStringLiteral("New prices (1)\n"
                                "  Big One (big-one) | openai | $2.50 → $2.00 (-20 %) | $10.00 → $8.00 (-20 %)"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(
            dialog->findChild<QLabel *>(QStringLiteral("previewNote"))->text(),
            QStringLiteral("Fetched from %1 on %2. 1 of this catalog's 3 models are in the fetched file; their prices "
                           "and limits are updated and the catalog is dated %2. 1 models of the file are not in this "
                           "catalog: import the file to see them all.")
                .arg(url, today));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("catalogNameEdit"))->isVisibleTo(dialog));
        dialog->accept();
        QCOMPARE(s.workbench.catalog().date, QDate::currentDate());
        const ModelSpec *big = s.workbench.catalog().findModel(u"big-one");
        QCOMPARE(big->inputPricePerMTok, 2.0);
        QCOMPARE(big->contextWindow, std::optional<int>(200000));
        QCOMPARE(big->provenance.origin, url);
        QCOMPARE(s.page->message(), QStringLiteral("Prices updated; the catalog is now dated %1.").arg(today));
        // The date and prices survive a restart.
        QCOMPARE(CatalogRegistry(dir.filePath(QStringLiteral("catalogs"))).load(QStringLiteral("team"))->date,
                 QDate::currentDate());
    }

    void updatePricesOfflineSaysSo()
    {
        QTemporaryDir dir;
        Session s(dir);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/prices.json").arg(probe.serverPort());
        probe.close();
        s.settings.setCatalogUpdateUrl(url);
        s.page->updatePrices();
        QTRY_VERIFY_WITH_TIMEOUT(!s.page->isUpdating(), 5000);
        QCOMPARE(s.page->message(),
                 QStringLiteral("Cannot fetch the catalog from %1: Connection refused. Are you offline? "
                                "Check the connection, or change the address in Settings.")
                     .arg(url));
        QVERIFY(!s.page->preview());
        QVERIFY(!s.page->findChild<QPushButton *>(QStringLiteral("cancelFetchButton"))->isVisibleTo(s.page.get()));
    }

    void cancelAFetch()
    {
        QTemporaryDir dir;
        Session s(dir);
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::json(200, "{}");
        slow.headerDelayMs = 3000;
        server.enqueue(slow);
        s.settings.setCatalogUpdateUrl(server.url(QStringLiteral("/p.json")).toString());
        s.page->updatePrices();
        auto *cancel = s.page->findChild<QPushButton *>(QStringLiteral("cancelFetchButton"));
        QVERIFY(cancel->isVisibleTo(s.page.get()));
        QVERIFY(!s.page->updatePricesAction()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!s.page->isUpdating());
        QCOMPARE(s.page->message(), QStringLiteral("Price update cancelled; nothing was changed."));
        QVERIFY(s.page->updatePricesAction()->isEnabled());
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
