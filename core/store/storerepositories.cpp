// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "storerepositories.h"

#include "evalrepository.h"
#include "runrepository.h"
#include "voterepository.h"

StoreRepositories::StoreRepositories(Database &database)
    : m_database(database)
{ }

StoreRepositories::~StoreRepositories() = default;

RunRepository &StoreRepositories::runs()
{
    if (!m_runs)
        m_runs = std::make_unique<RunRepository>(m_database);
    return *m_runs;
}

EvalRepository &StoreRepositories::evals()
{
    if (!m_evals)
        m_evals = std::make_unique<EvalRepository>(m_database);
    return *m_evals;
}

VoteRepository &StoreRepositories::votes()
{
    if (!m_votes)
        m_votes = std::make_unique<VoteRepository>(m_database);
    return *m_votes;
}
