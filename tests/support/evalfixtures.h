// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "eval/evalset.h"

#include <QList>

/// The evaluation tests' shared set and prices: three cases (a capital, a sum, a JSON status)
/// asked as "Q: {{q}}", and two priced models for the endpoints that answer them.
namespace EvalFixtures {
/// One assertion in the CSV cell syntax ("contains: Paris"); the text must be valid.
EvalAssertion assertion(const char *csv);
/// A case asking `question` (variable q), described as `description`.
EvalCase makeCase(const char *description, const char *question, QList<EvalAssertion> assertions);
/// "Basics": capital (contains: Paris), math (number: 4, max-output-tokens: 10) and json
/// (rightsize:is-json-fenced, json-keys {"ok": true}).
EvalSet threeCases();
/// m-small at $1/$2 and m-large at $10/$30 per 1M input/output tokens.
Catalog prices();
} // namespace EvalFixtures
