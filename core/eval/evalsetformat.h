// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "evalset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// Reads evaluation sets from promptfoo-style CSV and JSONL files and reads/writes
/// Rightsize's own JSON format. A bad file is rejected whole; the error names the source,
/// the line and the column or field, e.g.
/// `cases.csv line 7: __expected: unknown assertion type "containz"`.
///
/// CSV (RFC 4180: quoted fields with "" escapes and line breaks, CRLF or LF, optional UTF-8
/// BOM): the first row names the columns; every column is a template variable except
/// promptfoo's special columns (https://www.promptfoo.dev/docs/configuration/test-cases):
/// `__expected`, `__expected1`, `__expected2`, … (one assertion each, see EvalAssertion; an
/// empty cell adds none; a plain-text `__expected` is also the case's reference answer),
/// `__description` (the case's name), `__metadata:NAME` (text) and `__metadata:NAME[]` (a list,
/// commas between items, `\,` inside one) kept per case, `__threshold` (the case passes when its
/// mean score reaches it), `__config:__expectedN:threshold` (that column's assertion threshold),
/// `__prefix` and `__suffix` (put around the user prompt), and Rightsize's `__weight` (a positive
/// number). Other `__` columns are rejected rather than silently ignored. Line numbers are
/// physical lines of the file (a quoted field spanning lines counts them all) and name the line a
/// record starts on.
///
/// JSONL: one case per non-blank line, in promptfoo's test shape:
/// `{"description": "…", "vars": {"name": "value"}, "assert": [{"type": "contains", "value": "x"}],
///   "expected": "reference answer", "weight": 2, "threshold": 0.5, "metadata": {"k": "v"},
///   "options": {"prefix": "…", "suffix": "…"}}`; other options are ignored.
/// Variable values may be strings, numbers or booleans. `latency` and `cost` need a `threshold`
/// (promptfoo reads their limit from it alone and has no verdict without one).
///
/// Own JSON: `{"format": "rightsize-evalset", "version": 1, "id", "name", "prompt": {"system",
/// "user"}, "cases": [{"description", "vars", "expected", "assert", "weight", "threshold", "metadata",
/// "options"}]}`.
namespace EvalSetFormat {

struct ImportOptions
{
    QString sourceName;  ///< file name used in messages, e.g. "cases.csv"
    QString id;          ///< set id; empty: derived from sourceName
    QString name;        ///< set name; empty: derived from sourceName
    EvalTemplate prompt; ///< when not empty, every case must have the variables it uses
};

Result<EvalSet> importCsv(const QByteArray &data, const ImportOptions &options);
Result<EvalSet> importJsonl(const QByteArray &data, const ImportOptions &options);
/// By extension: .csv, .jsonl/.ndjson, .json (own format). Reads the file.
Result<EvalSet> importFile(const QString &path, EvalTemplate prompt = {});

/// Reads one case in promptfoo's test shape (the JSONL line shape above); errors name the field
/// (e.g. `assert[1]: …`) without the location, which the caller adds.
Result<EvalCase> caseFromJson(const QJsonObject &object);
/// A case in promptfoo's test shape (the JSONL line format above); caseFromJson() reads it back.
QJsonObject caseToJson(const EvalCase &evalCase);

QByteArray toJson(const EvalSet &set);
Result<EvalSet> fromJson(const QByteArray &data, const QString &sourceName);

/// A case's promptfoo details (metadata, threshold, options.prefix/suffix) as in its JSON form,
/// for the store, which keeps the other fields in columns of their own.
QJsonObject caseDetailsToJson(const EvalCase &evalCase);
/// Reads what caseDetailsToJson() wrote into `evalCase`; other keys are ignored.
Status readCaseDetails(const QJsonObject &details, EvalCase *evalCase);

constexpr int kFormatVersion = 1;

} // namespace EvalSetFormat
