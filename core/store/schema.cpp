// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "schema.h"

namespace {
QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

SchemaMigration version1()
{
    // Runs carry a few summary columns (kept up to date by the repository when a response
    // finishes) so that the history list can sort 100,000 runs by a metric without grouping
    // every response on each page.
    return {1,
            QStringLiteral("prompts, endpoints, runs, responses"),
            {
                sql("CREATE TABLE prompts ("
                    " id INTEGER PRIMARY KEY,"
                    " system TEXT NOT NULL DEFAULT '',"
                    " user TEXT NOT NULL DEFAULT '',"
                    " variables TEXT NOT NULL DEFAULT '{}')"),
                // An endpoint as it was configured for a response; never a key nor where the key lives.
                sql("CREATE TABLE endpoints ("
                    " id INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL,"
                    " kind TEXT NOT NULL,"
                    " base_url TEXT NOT NULL,"
                    " model TEXT NOT NULL,"
                    " catalog_model TEXT NOT NULL DEFAULT '',"
                    " params TEXT NOT NULL DEFAULT '{}',"
                    " UNIQUE (name, kind, base_url, model, catalog_model, params))"),
                sql("CREATE TABLE runs ("
                    " id INTEGER PRIMARY KEY,"
                    " started_at TEXT NOT NULL,"
                    " origin TEXT NOT NULL DEFAULT 'compare',"
                    " prompt_id INTEGER NOT NULL REFERENCES prompts(id),"
                    " params TEXT NOT NULL DEFAULT '{}',"
                    " response_count INTEGER NOT NULL DEFAULT 0,"
                    " error_count INTEGER NOT NULL DEFAULT 0,"
                    " models TEXT NOT NULL DEFAULT '',"
                    " max_latency_ms REAL,"
                    " min_ttft_ms REAL,"
                    " output_tokens INTEGER)"),
                sql("CREATE INDEX runs_started_at ON runs(started_at)"),
                sql("CREATE INDEX runs_prompt ON runs(prompt_id)"),
                sql("CREATE TABLE responses ("
                    " id INTEGER PRIMARY KEY,"
                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    " position INTEGER NOT NULL,"
                    " endpoint_id INTEGER NOT NULL REFERENCES endpoints(id),"
                    " status TEXT NOT NULL DEFAULT 'pending',"
                    " text TEXT NOT NULL DEFAULT '',"
                    " finish_reason TEXT NOT NULL DEFAULT '',"
                    " input_tokens INTEGER,"
                    " output_tokens INTEGER,"
                    " ttft_ms REAL,"
                    " latency_ms REAL NOT NULL DEFAULT 0,"
                    " tokens_per_second REAL,"
                    " attempts INTEGER NOT NULL DEFAULT 0,"
                    " error_kind TEXT,"
                    " error_status INTEGER,"
                    " error_message TEXT,"
                    " provider_message TEXT,"
                    " UNIQUE (run_id, position))"),
                sql("CREATE INDEX responses_endpoint ON responses(endpoint_id)"),
                // The recovery step on open looks only for unfinished rows: keep that lookup tiny.
                sql("CREATE INDEX responses_unfinished ON responses(status) WHERE status IN ('pending', 'streaming')"),
            }};
}

SchemaMigration version2()
{
    // External-content FTS5 tables: the text lives once, in prompts and responses; triggers keep
    // the index in step (an update of the text re-indexes that row only).
    return {2,
            QStringLiteral("full-text search over prompts and responses"),
            {
                sql("CREATE VIRTUAL TABLE prompts_fts USING fts5(system, user, content='prompts', content_rowid='id',"
                    " tokenize='unicode61 remove_diacritics 2')"),
                sql("CREATE TRIGGER prompts_fts_insert AFTER INSERT ON prompts BEGIN"
                    " INSERT INTO prompts_fts(rowid, system, user) VALUES (new.id, new.system, new.user); END"),
                sql("CREATE TRIGGER prompts_fts_delete AFTER DELETE ON prompts BEGIN"
                    " INSERT INTO prompts_fts(prompts_fts, rowid, system, user) VALUES ('delete', old.id, old.system, "
                    "old.user); END"),
                sql("CREATE TRIGGER prompts_fts_update AFTER UPDATE OF system, user ON prompts BEGIN"
                    " INSERT INTO prompts_fts(prompts_fts, rowid, system, user) VALUES ('delete', old.id, old.system, "
                    "old.user);"
                    " INSERT INTO prompts_fts(rowid, system, user) VALUES (new.id, new.system, new.user); END"),
                sql("CREATE VIRTUAL TABLE responses_fts USING fts5(text, content='responses', content_rowid='id',"
                    " tokenize='unicode61 remove_diacritics 2')"),
                sql("CREATE TRIGGER responses_fts_insert AFTER INSERT ON responses BEGIN"
                    " INSERT INTO responses_fts(rowid, text) VALUES (new.id, new.text); END"),
                sql("CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses BEGIN"
                    " INSERT INTO responses_fts(responses_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
                sql("CREATE TRIGGER responses_fts_update AFTER UPDATE OF text ON responses BEGIN"
                    " INSERT INTO responses_fts(responses_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                    " INSERT INTO responses_fts(rowid, text) VALUES (new.id, new.text); END"),
                // Rows written by version 1 become searchable too.
                sql("INSERT INTO prompts_fts(prompts_fts) VALUES ('rebuild')"),
                sql("INSERT INTO responses_fts(responses_fts) VALUES ('rebuild')"),
            }};
}

SchemaMigration version3()
{
    // Prices as used at run time (so history keeps its cost when the catalog changes), votes and
    // thumbs, and the tables the evaluation work stores its results in.
    return {3,
            QStringLiteral("prices, votes, thumbs, evaluation results"),
            {
                sql("ALTER TABLE responses ADD COLUMN cost_usd REAL"),
                sql("ALTER TABLE responses ADD COLUMN price_catalog_model TEXT"),
                sql("ALTER TABLE responses ADD COLUMN price_input_per_mtok REAL"),
                sql("ALTER TABLE responses ADD COLUMN price_output_per_mtok REAL"),
                sql("ALTER TABLE responses ADD COLUMN price_catalog_name TEXT"),
                sql("ALTER TABLE responses ADD COLUMN price_catalog_date TEXT"),
                sql("ALTER TABLE runs ADD COLUMN total_cost_usd REAL"),
                sql("CREATE TABLE votes ("
                    " id INTEGER PRIMARY KEY,"
                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    " position_a INTEGER NOT NULL,"
                    " position_b INTEGER NOT NULL,"
                    " outcome TEXT NOT NULL CHECK (outcome IN ('a_better', 'b_better', 'tie', 'both_bad')),"
                    " at TEXT NOT NULL)"),
                sql("CREATE INDEX votes_run ON votes(run_id)"),
                sql("CREATE TABLE thumbs ("
                    " id INTEGER PRIMARY KEY,"
                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                    " position INTEGER NOT NULL,"
                    " value INTEGER NOT NULL CHECK (value IN (-1, 1)),"
                    " at TEXT NOT NULL,"
                    " UNIQUE (run_id, position))"),
                sql("CREATE TABLE eval_sets ("
                    " id INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL UNIQUE,"
                    " description TEXT NOT NULL DEFAULT '',"
                    " created_at TEXT NOT NULL)"),
                sql("CREATE TABLE eval_cases ("
                    " id INTEGER PRIMARY KEY,"
                    " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
                    " position INTEGER NOT NULL,"
                    " description TEXT NOT NULL DEFAULT '',"
                    " variables TEXT NOT NULL DEFAULT '{}',"
                    " assertions TEXT NOT NULL DEFAULT '[]',"
                    " UNIQUE (set_id, position))"),
                sql("CREATE TABLE eval_results ("
                    " id INTEGER PRIMARY KEY,"
                    " case_id INTEGER NOT NULL REFERENCES eval_cases(id) ON DELETE CASCADE,"
                    " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                    " response_id INTEGER REFERENCES responses(id) ON DELETE SET NULL,"
                    " endpoint_id INTEGER REFERENCES endpoints(id),"
                    " passed INTEGER NOT NULL,"
                    " score REAL,"
                    " details TEXT NOT NULL DEFAULT '{}',"
                    " at TEXT NOT NULL)"),
                sql("CREATE INDEX eval_results_case ON eval_results(case_id)"),
                sql("CREATE INDEX eval_results_run ON eval_results(run_id)"),
            }};
}
SchemaMigration version4()
{
    // What an evaluation run needs: the set's template, reference answers and weights; runs with
    // a snapshot of their set (results keep their meaning when the set is edited), endpoints and
    // options (never a key nor where it lives), a status and an owner; results keyed by run, case, endpoint
    // and repeat so a resumed run finds what is done. eval_results is rebuilt because version 3
    // tied every result to a case row (NOT NULL, ON DELETE CASCADE), which re-saving a set would
    // delete; SQLite cannot relax that with ALTER TABLE. Its rows are copied over.
    return {
        4,
        QStringLiteral("evaluation runs"),
        {
            sql("ALTER TABLE eval_sets ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE eval_sets ADD COLUMN prompt_system TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE eval_sets ADD COLUMN prompt_user TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE eval_sets ADD COLUMN updated_at TEXT"),
            sql("ALTER TABLE eval_cases ADD COLUMN expected TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE eval_cases ADD COLUMN weight REAL NOT NULL DEFAULT 1"),
            sql("CREATE TABLE eval_runs ("
                " id INTEGER PRIMARY KEY,"
                " set_id INTEGER REFERENCES eval_sets(id) ON DELETE SET NULL,"
                " set_name TEXT NOT NULL,"
                " set_snapshot TEXT NOT NULL DEFAULT '{}',"
                " endpoints TEXT NOT NULL DEFAULT '[]',"
                " options TEXT NOT NULL DEFAULT '{}',"
                " total INTEGER NOT NULL DEFAULT 0,"
                " started_at TEXT NOT NULL,"
                " finished_at TEXT,"
                " status TEXT NOT NULL DEFAULT 'running'"
                "  CHECK (status IN ('running', 'finished', 'cancelled', 'interrupted')),"
                // The session running it (Database::ownerToken()): recovery at open leaves the runs
                // of a session that is still alive alone.
                " owner TEXT)"),
            sql("CREATE INDEX eval_runs_set ON eval_runs(set_name)"),
            // The recovery step on open looks only for running rows: keep that lookup tiny.
            sql("CREATE INDEX eval_runs_running ON eval_runs(status) WHERE status = 'running'"),
            sql("CREATE TABLE eval_results_v4 ("
                " id INTEGER PRIMARY KEY,"
                " eval_run_id INTEGER REFERENCES eval_runs(id) ON DELETE CASCADE,"
                " case_id INTEGER REFERENCES eval_cases(id) ON DELETE SET NULL,"
                " case_index INTEGER NOT NULL DEFAULT 0,"
                " endpoint_name TEXT NOT NULL DEFAULT '',"
                " repeat INTEGER NOT NULL DEFAULT 0,"
                " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                " response_id INTEGER REFERENCES responses(id) ON DELETE SET NULL,"
                " endpoint_id INTEGER REFERENCES endpoints(id),"
                " passed INTEGER NOT NULL,"
                " score REAL,"
                " latency_ms REAL,"
                " cost_usd REAL,"
                " details TEXT NOT NULL DEFAULT '{}',"
                " at TEXT NOT NULL,"
                " UNIQUE (eval_run_id, case_index, endpoint_name, repeat))"),
            sql("INSERT INTO eval_results_v4 (id, case_id, case_index, endpoint_name, run_id, response_id, endpoint_id,"
                " passed, score, details, at)"
                " SELECT r.id, r.case_id, COALESCE((SELECT c.position FROM eval_cases c WHERE c.id = r.case_id), 0),"
                " COALESCE((SELECT e.name FROM endpoints e WHERE e.id = r.endpoint_id), ''),"
                " r.run_id, r.response_id, r.endpoint_id, r.passed, r.score, r.details, r.at FROM eval_results r"),
            sql("DROP TABLE eval_results"),
            sql("ALTER TABLE eval_results_v4 RENAME TO eval_results"),
            sql("CREATE INDEX eval_results_case ON eval_results(case_id)"),
            sql("CREATE INDEX eval_results_run ON eval_results(run_id)"),
        }};
}

SchemaMigration version5()
{
    // Full-text indexing leaves the insert path. Per-row FTS5 triggers made bulk inserts ~3x
    // slower than indexing the same rows in one INSERT … SELECT, and re-indexed a streaming
    // answer's whole text on every batch of deltas. Rows now arrive with fts_pending = 1 and
    // RunRepository::indexPendingText() indexes the finished ones in bulk at the end of each write
    // transaction. Rows written before this step were indexed by the old triggers: the column's
    // default 0 says so. The delete and update triggers stay, but only for indexed rows: an FTS5
    // 'delete' of a row that was never indexed would corrupt the index.
    //
    // runs.owner names the process session that writes the run (Database::ownerToken()), so that
    // a second Rightsize on the same file does not mark the first one's streaming answers
    // interrupted: recovery only touches runs whose owner's lock file is no longer held.
    return {
        5,
        QStringLiteral("batched full-text indexing, run owners"),
        {
            sql("ALTER TABLE runs ADD COLUMN owner TEXT"),
            sql("ALTER TABLE prompts ADD COLUMN fts_pending INTEGER NOT NULL DEFAULT 0"),
            sql("ALTER TABLE responses ADD COLUMN fts_pending INTEGER NOT NULL DEFAULT 0"),
            sql("CREATE INDEX prompts_fts_pending ON prompts(id) WHERE fts_pending = 1"),
            sql("CREATE INDEX responses_fts_pending ON responses(id) WHERE fts_pending = 1"),
            sql("DROP TRIGGER prompts_fts_insert"),
            sql("DROP TRIGGER prompts_fts_delete"),
            sql("DROP TRIGGER prompts_fts_update"),
            sql("DROP TRIGGER responses_fts_insert"),
            sql("DROP TRIGGER responses_fts_delete"),
            sql("DROP TRIGGER responses_fts_update"),
            sql("CREATE TRIGGER prompts_fts_delete AFTER DELETE ON prompts WHEN old.fts_pending = 0 BEGIN"
                " INSERT INTO prompts_fts(prompts_fts, rowid, system, user) VALUES ('delete', old.id, old.system, "
                "old.user); END"),
            sql("CREATE TRIGGER prompts_fts_update AFTER UPDATE OF system, user ON prompts WHEN old.fts_pending = 0 "
                "BEGIN"
                " INSERT INTO prompts_fts(prompts_fts, rowid, system, user) VALUES ('delete', old.id, old.system, "
                "old.user);"
                " INSERT INTO prompts_fts(rowid, system, user) VALUES (new.id, new.system, new.user); END"),
            sql("CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses WHEN old.fts_pending = 0 BEGIN"
                " INSERT INTO responses_fts(responses_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
            sql("CREATE TRIGGER responses_fts_update AFTER UPDATE OF text ON responses WHEN old.fts_pending = 0 BEGIN"
                " INSERT INTO responses_fts(responses_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                " INSERT INTO responses_fts(rowid, text) VALUES (new.id, new.text); END"),
        }};
}
SchemaMigration version6()
{
    // promptfoo's per-case details (metadata, the case's threshold, the prompt's prefix and
    // suffix) as one JSON object, so a saved set keeps them and the Results tab can filter on
    // its metadata. Cases saved before have none: '{}'.
    return {6,
            QStringLiteral("evaluation case details (promptfoo metadata, threshold, prefix, suffix)"),
            {sql("ALTER TABLE eval_cases ADD COLUMN details TEXT NOT NULL DEFAULT '{}'")}};
}
} // namespace

const QList<SchemaMigration> &schemaMigrations()
{
    static const QList<SchemaMigration> migrations{version1(), version2(), version3(),
                                                   version4(), version5(), version6()};
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().constLast().version;
}
