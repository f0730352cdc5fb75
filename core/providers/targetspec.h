// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/endpoint.h"

/// Ad-hoc endpoints written on the command line as `KIND:MODEL@BASE_URL`, e.g.
/// `openai:tiny@http://127.0.0.1:8080/v1` or `ollama:llama3.2:1b@http://127.0.0.1:11434`.
/// The model may contain ':' (Ollama tags); the URL starts at the first "@http://" or "@https://".
class TargetSpec
{
public:
    /// The endpoint the spec describes, named after the spec itself; an error saying what is wrong.
    static Result<Endpoint> parse(QStringView spec);
    /// The spec of an endpoint: `kind:model@base-url`.
    static QString format(const Endpoint &endpoint);
};
