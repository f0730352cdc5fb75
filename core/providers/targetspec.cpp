// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/targetspec.h"

#include "providers/endpointstore.h"
#include "providers/redact.h"

#include <QCoreApplication>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(TargetSpec)
};
} // namespace

Result<Endpoint> TargetSpec::parse(QStringView spec)
{
    const QString text = spec.trimmed().toString();
    const auto fail = [&](const QString &why) {
        // The spec may hold a key someone pasted into the URL: never repeat it.
        return Result<Endpoint>::failure(redact(
            Texts::tr("bad target “%1”: %2 (expected KIND:MODEL@BASE_URL, e.g. openai:tiny@http://127.0.0.1:8080/v1)")
                .arg(text, why)));
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(Texts::tr("no kind"));
    const QString kindName = text.left(colon);
    const auto kind = endpointKindFromName(kindName);
    if (!kind)
        return fail(Texts::tr("unknown kind “%1”; use openai, anthropic or ollama").arg(kindName));
    qsizetype at = text.indexOf(QLatin1String("@http://"), colon + 1, Qt::CaseInsensitive);
    const qsizetype atHttps = text.indexOf(QLatin1String("@https://"), colon + 1, Qt::CaseInsensitive);
    if (at < 0 || (atHttps >= 0 && atHttps < at))
        at = atHttps;
    if (at < 0)
        return fail(Texts::tr("no @http:// or @https:// base URL"));
    Endpoint endpoint;
    endpoint.kind = *kind;
    endpoint.model = text.mid(colon + 1, at - colon - 1);
    endpoint.baseUrl = QUrl(text.mid(at + 1), QUrl::StrictMode);
    endpoint.name = text;
    if (endpoint.model.isEmpty())
        return fail(Texts::tr("no model"));
    if (const QString problem = EndpointStore::validate(endpoint); !problem.isEmpty())
        return fail(problem);
    return endpoint;
}

QString TargetSpec::format(const Endpoint &endpoint)
{
    return endpointKindName(endpoint.kind) + QLatin1Char(':') + endpoint.model + QLatin1Char('@') +
        endpoint.baseUrl.toString();
}
