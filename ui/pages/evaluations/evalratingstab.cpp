// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluations/evalratingstab.h"

#include "decision/workbench.h"
#include "eval/evalstatistics.h"
#include "eval/measuredquality.h"
#include "models/ratingtablemodel.h"
#include "store/database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

EvalRatingsTab::EvalRatingsTab(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRatingsButton"));
    m_refresh->setToolTip(tr("Read the votes again and recompute the ratings (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, m_refresh, &QPushButton::click);
    m_use = new QPushButton(tr("Use as quality"), this);
    m_use->setObjectName(QStringLiteral("useRatingsButton"));
    m_use->setToolTip(tr("Make these ratings the quality of the models: the cost-versus-quality chart and the "
                         "recommendation rank by them (ratings are never checked against a minimum accuracy)"));
    m_forget = new QPushButton(tr("Forget measured quality"), this);
    m_forget->setObjectName(QStringLiteral("forgetQualityButton"));
    m_forget->setToolTip(tr("Remove every measured quality (evaluation pass rates and ratings) from the catalog; "
                            "the public benchmarks are used again"));
    row->addWidget(m_refresh);
    row->addStretch(1);
    row->addWidget(m_use);
    row->addWidget(m_forget);
    layout->addLayout(row);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("ratingsInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_noVotes = new QLabel(this);
    m_noVotes->setObjectName(QStringLiteral("noVotesHint"));
    m_noVotes->setWordWrap(true);
    m_noVotes->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_noVotes);

    m_model = new RatingTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ratingsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RatingTableModel::Model, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (const Status used = useAsQuality(); !used)
            emit problem(used.error());
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Forget measured quality"),
            tr("Remove every measured quality (%n measurement(s)) from the catalog? The stored runs and votes stay; "
               "you can use them as quality again.",
               nullptr, int(m_workbench.measuredQuality().size())));
        if (answer == QMessageBox::Yes)
            forgetMeasuredQuality();
    });
    connect(&m_workbench, &Workbench::measuredQualityChanged, this, &EvalRatingsTab::updateForgetButton);
    fill({});
    updateForgetButton();
}

const QList<ModelRating> &EvalRatingsTab::ratings() const
{
    return m_model->ratings();
}

void EvalRatingsTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

Status EvalRatingsTab::refresh()
{
    m_votes = StoredVotes();
    if (!m_database || !m_database->isOpen()) {
        fill({});
        return success();
    }
    Result<StoredVotes> loaded = VoteRatings::load(*m_database);
    if (!loaded) {
        fill({});
        m_info->setText(loaded.error());
        return Status::failure(loaded.error());
    }
    m_votes = std::move(loaded).value();
    fill(PairwiseRatings::bradleyTerry(m_votes.votes));
    return success();
}

void EvalRatingsTab::fill(const QList<ModelRating> &ratings)
{
    m_model->setRatings(ratings, m_votes.tallies, m_workbench.catalog());
    const bool empty = ratings.isEmpty();
    m_noVotes->setVisible(empty);
    m_table->setVisible(!empty);
    m_use->setEnabled(!empty);
    if (empty) {
        m_noVotes->setText(m_database && m_database->isOpen()
                               ? tr("No votes yet: vote on the Compare page after a run (blind mode).")
                               : tr("No history database is open, so there are no votes to rate."));
        m_info->clear();
        return;
    }
    const bool regularized =
        std::any_of(ratings.cbegin(), ratings.cend(), [](const ModelRating &r) { return r.regularized; });
    QString info =
        tr("Bradley–Terry ratings from %n vote(s) cast on the Compare page.", nullptr, int(m_votes.votes.size()));
    if (regularized)
        info = tr("%1 Some models won or lost every vote they took part in: their ratings are pulled toward 1000 so "
                  "that they stay finite; more votes will sharpen them.")
                   .arg(info);
    if (m_votes.skipped > 0)
        info = tr("%1 %n vote(s) not counted (between two answers of the same model, or of a deleted run).", nullptr,
                  m_votes.skipped)
                   .arg(info);
    m_info->setText(info);
}

Status EvalRatingsTab::useAsQuality()
{
    if (ratings().isEmpty())
        return Status::failure(tr("There are no ratings yet: vote on the Compare page after a run (blind mode)."));
    MeasuredQuality measured = MeasuredQuality::fromRatings(QStringLiteral("compare"), ratings(), QDate::currentDate());
    measured.benchmark.name = tr("Your pairwise ratings");
    const Catalog &catalog = m_workbench.catalog();
    QStringList scored;
    QStringList missing;
    for (const auto &[model, score] : std::as_const(measured.scores))
        (catalog.findModel(model) ? scored : missing) << model;
    if (scored.isEmpty())
        return Status::failure(
            tr("None of the rated models is a model of the catalog “%1”, so the ratings cannot become "
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
    if (const int votes = int(m_votes.votes.size()); EvalStatistics::tooFewToDecide(votes))
        message = tr("%1 Caution: %n vote(s) prove little: ratings this close to their start are mostly noise. "
                     "Vote more before deciding.",
                     nullptr, votes)
                      .arg(message);
    emit problemsCleared();
    emit statusMessage(message);
    return success();
}

void EvalRatingsTab::forgetMeasuredQuality()
{
    const int count = int(m_workbench.measuredQuality().size());
    if (count == 0)
        return;
    m_workbench.clearMeasuredQuality();
    emit statusMessage(
        tr("Forgot %n measured quality benchmark(s); the public benchmarks are used again.", nullptr, count));
}

void EvalRatingsTab::updateForgetButton()
{
    m_forget->setEnabled(!m_workbench.measuredQuality().isEmpty());
}
