// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "models/candidatetablemodel.h"
#include "pages/requirementspage.h"
#include "widgets/numberedit.h"
#include "widgets/spectrumstrip.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestRequirementsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogRegistry> m_registry;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<RequirementsPage> m_page;

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    NumberEdit *editor(const char *name) const { return child<NumberEdit>(name); }

    /// Types as a user would: select the field's text, then key by key.
    static void type(NumberEdit *editor, const QString &text)
    {
        QLineEdit *line = editor->lineEdit();
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Backspace);
        else
            QTest::keyClicks(line, text);
    }
    /// Pastes over the field's text: one edit, no intermediate values.
    static void paste(NumberEdit *editor, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        QLineEdit *line = editor->lineEdit();
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Backspace);
        else
            QTest::keyClick(line, Qt::Key_V, Qt::ControlModifier);
    }
    QString tier() const { return child<QLabel>("tierLabel")->property("tier").toString(); }
    int rule() const { return child<QLabel>("decidingRuleLabel")->property("rule").toInt(); }

    /// The text of `column` in the row of model `id`, or a null string when it is not listed.
    static QString cell(const QAbstractItemModel *model, const QString &id, int column)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(CandidateTableModel::ModelIdRole).toString() == id)
                return model->index(row, column).data().toString();
        }
        return {};
    }

private slots:
    void init()
    {
        m_registry = std::make_unique<CatalogRegistry>(m_dir.filePath(QStringLiteral("catalogs")));
        m_workbench = std::make_unique<Workbench>(*m_registry);
        const Status loaded = m_workbench->setCatalog(QStringLiteral("article-2025"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_page = std::make_unique<RequirementsPage>(*m_workbench);
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_workbench.reset();
        m_registry.reset();
    }

    void defaultsShowRuleSix()
    {
        QCOMPARE(tier(), QStringLiteral("small"));
        QCOMPARE(rule(), 6);
        QCOMPARE(child<QLabel>("tierLabel")->text(), QStringLiteral("Recommended tier: Small"));
        QCOMPARE(child<SpectrumStrip>("spectrumStrip")->tier(), Tier::Small);
        QCOMPARE(editor("maxLatencyEdit")->lineEdit()->text(), QStringLiteral("1,000"));
        QCOMPARE(editor("minAccuracyEdit")->lineEdit()->text(), QStringLiteral("0.9"));
        QCOMPARE(child<QComboBox>("catalogCombo")->currentText(), QStringLiteral("article-2025"));
        QCOMPARE(child<QComboBox>("taskCombo")->count(), 1 + 8); // "(none)" and the article's eight tasks
        // Every earlier rule is listed with why it did not fire.
        const QString earlier = child<QLabel>("ruleChecksLabel")->text();
        for (int r = 1; r <= 5; ++r)
            QVERIFY2(earlier.contains(QStringLiteral("Rule %1 —").arg(r)), qPrintable(earlier));
        QVERIFY(!earlier.contains(QStringLiteral("Rule 6 —")));
    }

    void latencyFiftySwitchesToSmallByRuleTwo()
    {
        // Start from large (rule 1) so that the change is visible.
        child<QPushButton>("presetComplexReasoning")->click();
        QCOMPARE(tier(), QStringLiteral("large"));
        QCheckBox *reasoning = child<QCheckBox>("reasoningCheck");
        reasoning->click(); // no longer multi-step: rule 1 stops firing
        QVERIFY(!m_workbench->input().requirements.multiStepReasoning);
        type(editor("maxLatencyEdit"), QStringLiteral("50"));
        QCOMPARE(m_workbench->input().requirements.maxLatencyMs, 50.0);
        QCOMPARE(tier(), QStringLiteral("small"));
        QCOMPARE(rule(), 2);
        QCOMPARE(child<SpectrumStrip>("spectrumStrip")->tier(), Tier::Small);
        QVERIFY(child<QLabel>("decidingRuleLabel")->text().startsWith(QStringLiteral("<b>Decided by rule 2 — ")));
    }

    void presets_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("latencyText");
        QTest::addColumn<QString>("requestsText");
        QTest::addColumn<QString>("accuracyText");
        QTest::addColumn<QString>("complexity");
        QTest::addColumn<bool>("reasoning");
        QTest::addRow("on-device classification")
            << QStringLiteral("presetOnDevice") << QStringLiteral("small") << 2 << QStringLiteral("50")
            << QStringLiteral("1,000,000") << QStringLiteral("0.9") << QStringLiteral("simple") << false;
        QTest::addRow("complex reasoning")
            << QStringLiteral("presetComplexReasoning") << QStringLiteral("large") << 1 << QStringLiteral("1,000")
            << QStringLiteral("1,000") << QStringLiteral("0.98") << QStringLiteral("high") << true;
        QTest::addRow("defaults") << QStringLiteral("presetDefaults") << QStringLiteral("small") << 6
                                  << QStringLiteral("1,000") << QStringLiteral("1,000") << QStringLiteral("0.9")
                                  << QStringLiteral("medium") << false;
    }
    void presets()
    {
        QFETCH(QString, button);
        QFETCH(QString, tier);
        QFETCH(int, rule);
        QFETCH(QString, latencyText);
        QFETCH(QString, requestsText);
        QFETCH(QString, accuracyText);
        QFETCH(QString, complexity);
        QFETCH(bool, reasoning);
        // Leave a field invalid and another changed: a preset replaces both.
        paste(editor("contextLengthEdit"), QStringLiteral("-1"));
        type(editor("outputTokensEdit"), QStringLiteral("900"));
        m_page->findChild<QPushButton *>(button)->click();
        QCOMPARE(this->tier(), tier);
        QCOMPARE(this->rule(), rule);
        QCOMPARE(editor("maxLatencyEdit")->lineEdit()->text(), latencyText);
        QCOMPARE(editor("requestsPerDayEdit")->lineEdit()->text(), requestsText);
        QCOMPARE(editor("minAccuracyEdit")->lineEdit()->text(), accuracyText);
        QCOMPARE(child<QComboBox>("complexityCombo")->currentData().toString(), complexity);
        QCOMPARE(child<QCheckBox>("reasoningCheck")->isChecked(), reasoning);
        QCOMPARE(editor("contextLengthEdit")->lineEdit()->text(), QStringLiteral("4,000"));
        QVERIFY(editor("contextLengthEdit")->hasAcceptableInput());
        QVERIFY(!editor("contextLengthEdit")->findChild<QWidget *>(QStringLiteral("messageRow"))->isVisible());
        QCOMPARE(m_workbench->input().outputTokens, 200.0);
    }

    void invalidInputIsReportedNotClamped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fixed");
        QTest::addRow("accuracy above 1")
            << QStringLiteral("minAccuracyEdit") << QStringLiteral("1.5")
            << QStringLiteral("Must be between 0 and 1; still using 0.9.") << QStringLiteral("0.95");
        QTest::addRow("negative latency")
            << QStringLiteral("maxLatencyEdit") << QStringLiteral("-3")
            << QStringLiteral("Must be between 1 and 600,000; still using 1,000.") << QStringLiteral("50");
        QTest::addRow("not a number") << QStringLiteral("requestsPerDayEdit") << QStringLiteral("lots")
                                      << QStringLiteral("“lots” is not a number; still using 1,000.")
                                      << QStringLiteral("2000");
        QTest::addRow("fractional context")
            << QStringLiteral("contextLengthEdit") << QStringLiteral("4096.5")
            << QStringLiteral("Must be a whole number; still using 4,000.") << QStringLiteral("8000");
        QTest::addRow("empty") << QStringLiteral("maxCostEdit") << QString()
                               << QStringLiteral("Enter a value; still using 1.") << QStringLiteral("0.5");
    }
    void invalidInputIsReportedNotClamped()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(QString, fixed);
        NumberEdit *edit = m_page->findChild<NumberEdit *>(field);
        QVERIFY(edit);
        QSignalSpy changes(m_workbench.get(), &Workbench::recommendationChanged);
        const Requirements before = m_workbench->input().requirements;

        paste(edit, text);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(edit->lineEdit()->text(), text); // left as typed, not clamped
        QVERIFY(!edit->hasAcceptableInput());
        auto *messageLabel = edit->findChild<QLabel *>(QStringLiteral("message"));
        QCOMPARE(messageLabel->text(), message);
        QVERIFY(messageLabel->isVisible());
        QCOMPARE(edit->lineEdit()->toolTip(), message);

        // Other fields still work, and do not wipe the invalid entry.
        type(editor("outputTokensEdit"), QStringLiteral("300"));
        QCOMPARE(m_workbench->input().outputTokens, 300.0);
        QCOMPARE(edit->lineEdit()->text(), text);
        QVERIFY(messageLabel->isVisible());
        const Requirements after = m_workbench->input().requirements;
        QCOMPARE(after.minAccuracy, before.minAccuracy);
        QCOMPARE(after.maxLatencyMs, before.maxLatencyMs);
        QCOMPARE(after.requestsPerDay, before.requestsPerDay);
        QCOMPARE(after.contextLength, before.contextLength);
        QCOMPARE(after.maxCostPer1kRequests, before.maxCostPer1kRequests);

        // Correcting the entry clears the message and applies the value.
        const qsizetype changesBefore = changes.count();
        paste(edit, fixed);
        QVERIFY(edit->hasAcceptableInput());
        QVERIFY(!messageLabel->isVisible());
        QCOMPARE(changes.count(), changesBefore + 1);
    }

    void candidateTableFollowsVolume()
    {
        // Loosen cost and accuracy so the article's API models qualify (the article's scenario: 500 in, 200 out).
        type(editor("maxCostEdit"), QStringLiteral("10"));
        type(editor("minAccuracyEdit"), QStringLiteral("0.8"));
        auto *view = child<QTableView>("candidateTable");
        const QAbstractItemModel *model = view->model();
        QCOMPARE(cell(model, QStringLiteral("gpt-4o"), CandidateTableModel::MonthlyCost), QStringLiteral("$165.00"));

        type(editor("requestsPerDayEdit"), QStringLiteral("10000"));
        QCOMPARE(m_workbench->input().requirements.requestsPerDay, 10000.0);
        QCOMPARE(cell(model, QStringLiteral("gpt-4o"), CandidateTableModel::MonthlyCost), QStringLiteral("$1,650.00"));
        QCOMPARE(cell(model, QStringLiteral("gpt-4o-mini"), CandidateTableModel::MonthlyCost),
                 QStringLiteral("$58.50"));
        QCOMPARE(cell(model, QStringLiteral("gpt-4o"), CandidateTableModel::CostPerRequest), QStringLiteral("$0.0055"));
        QCOMPARE(cell(model, QStringLiteral("gpt-4o"), CandidateTableModel::Quality), QStringLiteral("95"));

        // Phi-3-mini (quality 75 < 80) fails one constraint: it is a near miss with the reason given.
        const QAbstractItemModel *nearMisses = child<QTableView>("nearMissTable")->model();
        QCOMPARE(cell(model, QStringLiteral("phi-3-mini"), CandidateTableModel::Model), QString());
        QCOMPARE(cell(nearMisses, QStringLiteral("phi-3-mini"), CandidateTableModel::MonthlyCost),
                 QStringLiteral("$360.00 (self-hosted)"));
        QVERIFY(!cell(nearMisses, QStringLiteral("phi-3-mini"), CandidateTableModel::Notes).isEmpty());
    }

    void taskPickShowsArticleChoice()
    {
        auto *combo = child<QComboBox>("taskCombo");
        const int index = combo->findData(QStringLiteral("text_classification"));
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(m_workbench->input().task, QStringLiteral("text_classification"));
        const QString pick = child<QLabel>("taskPickLabel")->text();
        QVERIFY2(pick.contains(QStringLiteral("phi-3-mini (in this catalog as Phi-3-mini)")), qPrintable(pick));
        QVERIFY2(pick.contains(QStringLiteral("fine-tuned BERT (not in this catalog)")), qPrintable(pick));
    }

    // the three picks with their sentences above the candidate table.
    void picksAboveTheTable()
    {
        child<QPushButton>("presetComplexReasoning")->click(); // large, rule 1
        type(editor("minAccuracyEdit"), QStringLiteral("0.7"));
        type(editor("maxCostEdit"), QStringLiteral("10"));
        type(editor("requestsPerDayEdit"), QStringLiteral("10000"));
        QCOMPARE(rule(), 1);
        auto *value = child<QLabel>("valuePickLabel");
        auto *best = child<QLabel>("bestPickLabel");
        auto *cheapest = child<QLabel>("cheapestPickLabel");
        QCOMPARE(value->property("model").toString(), QStringLiteral("claude-3.5-sonnet"));
        QCOMPARE(best->property("model").toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(cheapest->property("model").toString(), QStringLiteral("claude-3.5-sonnet"));
        QVERIFY2(value->text().startsWith(QStringLiteral("<b>Value:</b> Claude 3.5 Sonnet (anthropic)")),
                 qPrintable(value->text()));
        QVERIFY2(best->text().contains(
                     QStringLiteral("GPT-4o costs 1.2× Claude 3.5 Sonnet for +2 percentage points (+2 %).")),
                 qPrintable(best->text()));
        QVERIFY(value->isVisible() && best->isVisible() && cheapest->isVisible());
        // Above the table, and the table marks the value pick.
        auto *box = child<QWidget>("picksBox");
        auto *tabs = child<QWidget>("candidateTabs");
        QVERIFY(box->mapTo(m_page.get(), QPoint(0, 0)).y() < tabs->mapTo(m_page.get(), QPoint(0, 0)).y());
        const QAbstractItemModel *table = child<QTableView>("candidateTable")->model();
        QCOMPARE(table->index(0, CandidateTableModel::Rank).data(CandidateTableModel::PickRole).toString(),
                 QStringLiteral("value cheapest"));
        QVERIFY(
            child<QLabel>("ruleConsequenceLabel")->text().contains(QStringLiteral("Large models are listed first.")));
        QVERIFY(child<QLabel>("evidenceLabel")->text().contains(QStringLiteral("decides quality")));

        // The margin is a form field: none, and the value pick is the best.
        type(editor("valueMarginEdit"), QStringLiteral("0"));
        QCOMPARE(m_workbench->input().valueMargin, 0.0);
        QCOMPARE(value->property("model").toString(), QStringLiteral("gpt-4o"));

        // Nothing to pick: the labels hide and the note says why.
        type(editor("minAccuracyEdit"), QStringLiteral("0.99"));
        QVERIFY(!value->isVisible());
        QVERIFY(child<QLabel>("picksNote")->isVisible());
        QVERIFY(!child<QLabel>("picksNote")->text().isEmpty());
    }

    void qualityBarFollowsTheBenchmark()
    {
        auto *benchmark = child<QComboBox>("benchmarkCombo");
        QVERIFY(benchmark->itemText(0).startsWith(QStringLiteral("Automatic: Article quality score")));
        QVERIFY(!editor("minRatingEdit")->isEnabled()); // an accuracy: the minimum accuracy applies
        QVERIFY(child<QLabel>("qualityBarNote")->text().contains(QStringLiteral("is an accuracy")));
        // Switch to a catalog with a rating and choose it.
        auto *combo = child<QComboBox>("catalogCombo");
        const int current = combo->findData(QStringLiteral("current"));
        combo->setCurrentIndex(current);
        emit combo->activated(current);
        const int arena = benchmark->findData(QStringLiteral("arena"));
        QVERIFY(arena > 0);
        benchmark->setCurrentIndex(arena);
        emit benchmark->activated(arena);
        QCOMPARE(m_workbench->input().qualityBenchmark, QStringLiteral("arena"));
        QVERIFY(editor("minRatingEdit")->isEnabled());
        QVERIFY(child<QLabel>("qualityBarNote")->text().contains(QStringLiteral("is a rating")));
        type(editor("minRatingEdit"), QStringLiteral("1400"));
        QCOMPARE(m_workbench->input().minRating, 1400.0);
        for (const Candidate &c : m_workbench->recommendation().candidates)
            QVERIFY(!c.quality || *c.quality >= 1400);
        // Back to automatic.
        benchmark->setCurrentIndex(0);
        emit benchmark->activated(0);
        QVERIFY(m_workbench->input().qualityBenchmark.isEmpty());
    }

    void switchingCatalogRefreshesChoices()
    {
        auto *combo = child<QComboBox>("catalogCombo");
        const int current = combo->findData(QStringLiteral("current"));
        QVERIFY(current >= 0);
        combo->setCurrentIndex(current);
        emit combo->activated(current);
        QCOMPARE(m_workbench->catalog().name, QStringLiteral("current"));
        QVERIFY(child<QLabel>("catalogInfo")->text().contains(m_workbench->catalog().date.toString(Qt::ISODate)));
        // "Automatic" and every benchmark; automatic resolves to nothing chosen.
        QCOMPARE(child<QComboBox>("benchmarkCombo")->count(), int(m_workbench->catalog().benchmarks.size()) + 1);
        QCOMPARE(child<QComboBox>("benchmarkCombo")->currentIndex(), 0);
        QVERIFY(child<QTableView>("candidateTable")->model()->rowCount() > 5);
    }
};

QTEST_MAIN(TestRequirementsPage)
#include "tst_requirementspage.moc"
