// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <memory>

class Database;
class EvalRepository;
class RunRepository;
class VoteRepository;

/// The repositories of one thread's connection to the history database, each made on first use.
/// A StoreWorker hands its jobs one; it must not leave the thread it was made on.
class StoreRepositories
{
public:
    explicit StoreRepositories(Database &database);
    ~StoreRepositories();
    StoreRepositories(const StoreRepositories &) = delete;
    StoreRepositories &operator=(const StoreRepositories &) = delete;

    Database &database() const { return m_database; }
    RunRepository &runs();
    EvalRepository &evals();
    VoteRepository &votes();

private:
    Database &m_database;
    std::unique_ptr<RunRepository> m_runs;
    std::unique_ptr<EvalRepository> m_evals;
    std::unique_ptr<VoteRepository> m_votes;
};
