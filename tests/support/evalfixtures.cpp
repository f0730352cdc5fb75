// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalfixtures.h"

namespace EvalFixtures {
EvalAssertion assertion(const char *csv)
{
    return EvalAssertion::fromCsvText(QString::fromUtf8(csv)).value();
}

EvalCase makeCase(const char *description, const char *question, QList<EvalAssertion> assertions)
{
    EvalCase c;
    c.description = QString::fromUtf8(description);
    c.variables.insert(QStringLiteral("q"), QString::fromUtf8(question));
    c.assertions = std::move(assertions);
    return c;
}

EvalSet threeCases()
{
    EvalSet set;
    set.id = QStringLiteral("basics");
    set.name = QStringLiteral("Basics");
    set.prompt = {QStringLiteral("Be brief."), QStringLiteral("Q: {{q}}")};
    set.cases = {makeCase("capital", "Capital of France?", {assertion("contains: Paris")}),
                 makeCase("math", "2+2?", {assertion("number: 4"), assertion("max-output-tokens: 10")}),
                 makeCase("json", "Status as JSON",
                          {assertion("rightsize:is-json-fenced"), assertion("json-keys: {\"ok\": true}")})};
    return set;
}

Catalog prices()
{
    Catalog catalog;
    ModelSpec small;
    small.id = QStringLiteral("m-small");
    small.inputPricePerMTok = 1.0;
    small.outputPricePerMTok = 2.0;
    ModelSpec large;
    large.id = QStringLiteral("m-large");
    large.inputPricePerMTok = 10.0;
    large.outputPricePerMTok = 30.0;
    catalog.models = {small, large};
    return catalog;
}
} // namespace EvalFixtures
