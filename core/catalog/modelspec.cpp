// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modelspec.h"

const QualityScore *ModelSpec::score(QStringView benchmark) const
{
    for (const QualityScore &s : quality) {
        if (s.benchmark == benchmark)
            return &s;
    }
    return nullptr;
}

bool ModelSpec::hasCapability(QStringView capability) const
{
    for (const QString &c : capabilities) {
        if (c == capability)
            return true;
    }
    return false;
}

bool BenchmarkInfo::isMeasured() const
{
    return id.startsWith(u"eval:") || id.startsWith(u"rating:");
}

bool ModelSpec::isLocal() const
{
    static constexpr QStringView localProviders[] = {
        u"ollama", u"ollama_chat", u"lm_studio", u"lemonade",    u"llamafile", u"llamacpp",   u"llama.cpp",
        u"vllm",   u"hosted_vllm", u"local",     u"self-hosted", u"localai",   u"xinference", u"triton",
    };
    // Asked for every model on every form change: the length decides before any text is compared.
    if (provider.isEmpty())
        return false;
    const char16_t first = provider.front().toLower().unicode();
    bool local = false;
    for (QStringView p : localProviders) {
        if (provider.size() == p.size() && first == p.front().unicode() &&
            provider.compare(p, Qt::CaseInsensitive) == 0) {
            local = true;
            break;
        }
    }
    // Ollama also sells hosted models under its name ("gpt-oss:120b-cloud").
    return local && !id.endsWith(u"-cloud", Qt::CaseInsensitive) && !id.endsWith(u":cloud", Qt::CaseInsensitive);
}
