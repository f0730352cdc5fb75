// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modelfixtures.h"

namespace ModelFixtures {
ModelSpec apiModel(const QString &id, double inputPerMTok, double outputPerMTok)
{
    ModelSpec m;
    m.id = id;
    m.displayName = id;
    m.inputPricePerMTok = inputPerMTok;
    m.outputPricePerMTok = outputPerMTok;
    return m;
}

ModelSpec selfHostedModel(const QString &id, double hourlyUsd)
{
    ModelSpec m;
    m.id = id;
    m.displayName = id;
    m.selfHostedPerHour = hourlyUsd;
    m.openWeights = true;
    return m;
}
} // namespace ModelFixtures
