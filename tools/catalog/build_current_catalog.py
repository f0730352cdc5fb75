#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
"""Builds resources/catalogs/current.json (Rightsize catalog format v1) from the shared reference data.

Usage: build_current_catalog.py [DATA_DIR] [--out FILE] [--article FILE]

DATA_DIR defaults to ../shared/data next to the repository. Standard library only; the output is
deterministic (sorted, one model per line) so that a rebuild shows up as a small diff.
See tools/catalog/README.md for the selection and tier rules.
"""

import argparse
import csv
import glob
import json
import math
import os
import re
import sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

CATALOG_DATE = "2026-07-24"  # LiteLLM snapshot (upstream main) the prices come from
ARENA_DATE = "2025-08-04"
AIDER_DATE = "2025-10-04"
LLMSTATS_DATE = "2025-10-16"

ARENA_SOURCE = "LMArena text leaderboard (via fboulnois/llm-leaderboard-csv)"
AIDER_SOURCE = "Aider polyglot leaderboard"
LLMSTATS_SOURCE = "llm-stats.com (self-reported)"

BENCHMARKS = [
    {"id": "arena", "name": "LMArena text score", "kind": "rating",
     "source": ARENA_SOURCE, "license": "MPL-2.0", "date": ARENA_DATE},
    {"id": "aider_polyglot", "name": "Aider polyglot pass rate (%)", "kind": "accuracy", "scale_max": 100,
     "source": AIDER_SOURCE, "license": "Apache-2.0", "date": AIDER_DATE},
    {"id": "gpqa", "name": "GPQA", "kind": "accuracy", "scale_max": 1,
     "source": LLMSTATS_SOURCE, "license": "CC-BY-4.0", "date": LLMSTATS_DATE},
    {"id": "mmlu_pro", "name": "MMLU-Pro", "kind": "accuracy", "scale_max": 1,
     "source": LLMSTATS_SOURCE, "license": "CC-BY-4.0", "date": LLMSTATS_DATE},
]

# Vendors selling their own models first, then inference hosts; anything else (gateways, clouds
# reselling, IDE bundles) only when no one better sells the model.
FIRST_PARTY = ["openai", "anthropic", "gemini", "mistral", "deepseek", "xai", "cohere_chat", "ai21",
               "moonshot", "zai", "dashscope", "perplexity", "meta_llama", "codestral"]
HOSTS = ["groq", "together_ai", "fireworks_ai", "deepinfra", "cerebras", "sambanova", "nebius",
         "hyperbolic", "novita", "lambda_ai", "baseten", "ollama"]
# Prices there are subscriptions, placeholders or a gateway's copy of someone else's list price.
EXCLUDED_PROVIDERS = {"github_copilot", "openrouter", "vercel_ai_gateway"}

# LiteLLM provider → llm-stats provider folder, for measured latency.
LLMSTATS_PROVIDER = {
    "openai": "openai", "anthropic": "anthropic", "gemini": "google", "mistral": "mistral",
    "deepseek": "deepseek", "xai": "xai", "groq": "groq", "together_ai": "together",
    "fireworks_ai": "fireworks", "deepinfra": "deepinfra", "cerebras": "cerebras",
    "sambanova": "sambanova", "hyperbolic": "hyperbolic", "lambda_ai": "lambda", "novita": "novita",
    "replicate": "replicate", "bedrock": "bedrock", "bedrock_converse": "bedrock", "azure": "azure",
    "azure_ai": "azure", "cohere_chat": "cohere",
}

# Known-wrong llm-stats parameter counts (SOURCES.md caveat), replaced by the model card's figure.
PARAM_OVERRIDES_B = {"nvidia-nemotron-nano-9b-v2": 8.9, "phi-3.5-moe-instruct": 41.9}

# Mixture-of-experts architectures whose names state an expert's or the active size ("8x7B",
# "17B-128E") or no size at all: total and active parameters from the model cards. The tier goes by
# the total (what has to be held in memory); the active count is shown beside it. Keep in step with
# kArchitectures in core/catalog/modelsize.cpp, which the LiteLLM importer uses.
MOE_ARCHITECTURES = [
    (r"llama-?4-maverick", 400, 17),
    (r"llama-?4-scout", 109, 17),
    (r"mixtral-8x7b", 46.7, 12.9),
    (r"mixtral-8x22b", 141, 39),
    (r"gpt-oss-?:?120b", 116.8, 5.1),
    (r"gpt-oss-?:?20b", 20.9, 3.6),
    (r"deepseek-v3\.2", 685, 37),
    (r"deepseek-(v3|r1(?!-distill)|chat|reasoner)(?![a-z])", 671, 37),
    (r"deepseek-(coder-)?v2-lite", 15.7, 2.4),
    (r"deepseek-(coder-)?v2", 236, 21),
    (r"qwen3-coder-?:?480b", 480, 35),
    (r"kimi-k2(?![.0-9])", 1000, 32),
    (r"dbrx", 132, 36),
    (r"glm-4\.5-air|glm-4\.5v", 106, 12),
    (r"glm-4\.[56](?![0-9])", 355, 32),
    (r"minimax-m1", 456, 45.9),
    (r"minimax-m2", 230, 10),
    (r"jamba-(1\.5-)?large", 398, 94),
    (r"jamba-(1\.5-)?mini", 52, 12),
    (r"phi-3\.5-moe", 41.9, 6.6),
    (r"snowflake-arctic|arctic-instruct", 480, 17),
]
TOTAL_ACTIVE = re.compile(r"(?<![a-z0-9.])([0-9]+(?:\.[0-9]+)?)b-a([0-9]+(?:\.[0-9]+)?)b(?![a-z0-9])")

# The benchmark that judges each task by default, and why (shown with every recommendation).
TASK_BENCHMARKS = {
    "text_classification": ("mmlu_pro", "an accuracy benchmark: multiple-choice questions across 14 subjects, the "
                                        "closest public test of choosing the right label"),
    "named_entity_recognition": ("mmlu_pro", "an accuracy benchmark of language understanding; no public entity "
                                             "recognition leaderboard covers these models"),
    "code_completion": ("aider_polyglot", "a coding benchmark: edits in six languages that must pass the tests"),
    "document_summarization": ("arena", "human preference on long answers; no public summarization score covers "
                                        "these models"),
    "complex_analysis": ("gpqa", "an accuracy benchmark of graduate-level reasoning questions"),
    "creative_writing": ("arena", "human preference in blind side-by-side votes"),
    "structured_extraction": ("mmlu_pro", "an accuracy benchmark of language understanding; no public extraction "
                                          "leaderboard covers these models"),
    "realtime_chat": ("arena", "human preference in blind chat votes"),
}


def moe_size(*names):
    """(total, active) in billions for a mixture-of-experts name, or None."""
    for name in names:
        if not name:
            continue
        n = name.lower().replace("_", "-").replace(" ", "-")
        if "distill" in n:
            continue  # a distilled model is the dense student
        for pattern, total, active in MOE_ARCHITECTURES:
            if re.search(pattern, n):
                return total, active
        m = TOTAL_ACTIVE.search(n)
        if m:
            return float(m.group(1)), float(m.group(2))
    return None

# Self-hosting: FP16 weights (2 bytes per parameter), no allowance for KV cache — a floor.
SMALL_GPU_MAX_B = 14          # 28 GB of weights fit one 48 GB card
SMALL_GPUS = {"A40", "A6000", "L40", "L40S", "RTX6000Ada"}  # 48 GB class
H100_GB = 80
MAX_H100 = 8                  # one node; multi-node serving is not priced

NOISE_TOKENS = {"instruct", "it", "chat", "hf", "latest", "maas", "v1", "001"}
# Serving variants of the same open weights (quantised or throughput-tuned hosting).
SERVING_TOKENS = {"fp8", "fp16", "bf16", "tput", "versatile", "free"}
DATE = re.compile(r"(?<![0-9])(20[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?![0-9])|(?<![0-9.])[0-9]{4}(?![0-9.])")
SIZE = re.compile(r"[0-9]+(\.[0-9]+)?b")


def identity(name):
    """A name without dates, packaging words or separators, to tell whether two names mean one model.
    "turbo" is a serving variant only for open weights (sized names): GPT-4 Turbo is another model."""
    text = DATE.sub(" ", name.lower().replace("+", " plus "))
    toks = [t for t in re.split(r"[^a-z0-9.]+", text) if t]
    sized = any(SIZE.fullmatch(t) for t in toks)
    kept = [t for t in toks if t not in NOISE_TOKENS and t not in SERVING_TOKENS and not (sized and t == "turbo")]
    return re.sub(r"[^a-z0-9]", "", "".join(kept))


def accepted(match, litellm_name, other_name):
    """Exact matches count; loose ones only if the names agree once dates and packaging go."""
    if match in ("exact", "exact-key", "norm-name"):
        return True
    if match == "loose":
        if not re.search(r"[0-9]", other_name):
            return False  # "Mistral Medium", "Gemini Pro": which generation is anyone's guess
        dates = [DATE.search(n) for n in (litellm_name, other_name)]
        if all(dates) and dates[0].group(0) != dates[1].group(0):
            return False  # two different snapshots of one family
        return identity(litellm_name) == identity(other_name)
    return False  # loose-ambiguous or none


# Not text chat in the article's sense, or not a model one can pick (fine-tune price lists).
SKIP_NAME = re.compile(r"^ft:|audio|tts|search|live|realtime|computer-use|robotics|image")


def params_from_name(name):
    """Size in billions when the name states it ("llama-3.1-405b-instruct" → 405). Mixture-of-
    experts names ("8x7b", "17b-128e") state active or per-expert sizes, so they give nothing."""
    n = name.lower()
    if re.search(r"[0-9]+x[0-9.]+b|[0-9]+e(?![a-z0-9])", n):
        return None
    m = re.search(r"(?<![a-z0-9.])([0-9]+(?:\.[0-9]+)?)b(?![a-z0-9])", n)
    return float(m.group(1)) if m else None


def num(text):
    return float(text) if text not in ("", None) else None


def clean(x, digits=6):
    """Rounded to keep the file readable; ints stay ints."""
    if x is None:
        return None
    r = round(x, digits)
    return int(r) if r == int(r) and abs(r) < 1e15 else r


def blended(inp, out):
    return (3 * inp + out) / 4


def tier_for_params(b):
    if b < 1:
        return "tiny"
    if b <= 7:
        return "small"
    if b <= 70:
        return "medium"
    return "large"


def tier_for_price(inp, out):
    p = blended(inp, out)
    if p < 0.20:
        return "small"
    if p < 1.00:
        return "medium"
    return "large"


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def load_llmstats_models(data):
    models = {}
    for path in sorted(glob.glob(os.path.join(data, "llm-stats/data/organizations/*/models/*/model.json"))):
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
        models[m["model_id"]] = m
    return models


def load_latency(data):
    latency = {}
    for path in sorted(glob.glob(os.path.join(data, "llm-stats/data/providers/*/models.json"))):
        provider = os.path.basename(os.path.dirname(path))
        with open(path, encoding="utf-8") as f:
            for e in json.load(f):
                if isinstance(e.get("latency"), (int, float)) and e["latency"] > 0:
                    latency.setdefault((provider, e["model_id"]), e["latency"])
    return latency


def load_arena(data):
    arena = {}
    with open(os.path.join(data, "lmarena-csv/lmarena_text.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            arena[r["model"]] = r
    return arena


def gpu_prices(data):
    small, h100 = None, None
    with open(os.path.join(data, "gpu_hourly_prices.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["gpu"] in SMALL_GPUS and r["gpu_count"] == "1":
                p = float(r["price_usd_per_hour"])
                small = p if small is None else min(small, p)
            if r["gpu"] == "H100":
                p = float(r["price_per_gpu_hour"])
                h100 = p if h100 is None else min(h100, p)
    return small, h100


def self_hosted_per_hour(params_b, small, h100):
    if params_b <= SMALL_GPU_MAX_B:
        return small
    count = math.ceil(params_b * 2 / H100_GB)
    if count > MAX_H100:
        return None
    return count * h100


def provider_rank(p):
    if p in FIRST_PARTY:
        return 0
    if p in HOSTS:
        return 1
    return 2


def build(data, article_path):
    with open(os.path.join(data, "litellm_chat_quality_join.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(data, "model_prices_and_context_window.json"), encoding="utf-8") as f:
        litellm = json.load(f)
    stats = load_llmstats_models(data)
    latency = load_latency(data)
    arena_rows = load_arena(data)
    small_gpu, h100 = gpu_prices(data)

    # A model its vendor has retired is retired everywhere, whoever still lists it.
    retired = set()
    for r in rows:
        deprecated = litellm.get(r["litellm_key"], {}).get("deprecation_date")
        if r["litellm_provider"] in FIRST_PARTY and isinstance(deprecated, str) and deprecated <= CATALOG_DATE:
            retired.add(identity(r["normalized_name"]))

    candidates = []
    for r in rows:
        if SKIP_NAME.search(r["normalized_name"]) or identity(r["normalized_name"]) in retired:
            continue
        if r["litellm_provider"] in EXCLUDED_PROVIDERS:
            continue
        inp, out = num(r["input_usd_per_1m"]), num(r["output_usd_per_1m"])
        if inp is None or out is None or (inp == 0 and out == 0):
            continue  # priceless or free-tier entries say nothing about cost
        deprecated = litellm.get(r["litellm_key"], {}).get("deprecation_date")
        if isinstance(deprecated, str) and deprecated <= CATALOG_DATE:
            continue  # retired by the snapshot date
        name = r["normalized_name"]
        r["_in"], r["_out"] = inp, out
        r["_arena"] = accepted(r["arena_csv_match"], name, r["arena_csv_model_aug2025"]) and r["arena_csv_score_aug2025"] != ""
        r["_aider"] = accepted(r["aider_match"], name, r["aider_model_arg"]) and r["aider_polyglot_pass_rate_2"] != ""
        r["_stats"] = accepted(r["llmstats_match"], name, r["llmstats_model_id"]) and r["llmstats_model_id"] != ""
        candidates.append(r)

    # The same model sold by several providers, or under dated and undated names, is one entry.
    uf = UnionFind()
    for r in candidates:
        key = r["litellm_key"]
        uf.union(key, "n:" + r["normalized_name"])
        # Dated and undated names at the same price are one model (gpt-4.1 and gpt-4.1-2025-04-14).
        uf.union(key, "i:%s:%r:%r" % (identity(r["normalized_name"]), r["_in"], r["_out"]))
        if r["_arena"]:
            uf.union(key, "a:" + r["arena_csv_model_aug2025"])
        if r["_stats"]:
            uf.union(key, "s:" + r["llmstats_model_id"])
    groups = {}
    for r in candidates:
        groups.setdefault(uf.find(r["litellm_key"]), []).append(r)

    models = []
    for members in groups.values():
        def quality_count(r):
            return sum(1 for q in (r["_arena"], r["_aider"], r["_stats"] and (r["gpqa"] or r["mmlu_pro"])) if q)
        # The vendor's own listing, then the cheapest, then the undated alias people type.
        members.sort(key=lambda r: (provider_rank(r["litellm_provider"]), blended(r["_in"], r["_out"]),
                                    DATE.search(r["litellm_key"]) is not None, -quality_count(r),
                                    len(r["litellm_key"]), r["litellm_key"]))
        rep = members[0]

        def pick(flag, column):
            for r in [rep] + members[1:]:
                if r[flag] and r[column] != "":
                    return r
            return None

        quality = []
        a = pick("_arena", "arena_csv_score_aug2025")
        if a:
            quality.append({"benchmark": "arena", "value": clean(float(a["arena_csv_score_aug2025"])),
                            "source": ARENA_SOURCE, "date": ARENA_DATE})
        d = pick("_aider", "aider_polyglot_pass_rate_2")
        if d:
            quality.append({"benchmark": "aider_polyglot", "value": clean(float(d["aider_polyglot_pass_rate_2"])),
                            "source": AIDER_SOURCE, "date": AIDER_DATE})
        s = pick("_stats", "llmstats_model_id")
        for bench in ("gpqa", "mmlu_pro"):
            if s and s[bench] != "":
                quality.append({"benchmark": bench, "value": clean(float(s[bench]), 4),
                                "source": LLMSTATS_SOURCE, "date": LLMSTATS_DATE})
        if not quality and provider_rank(rep["litellm_provider"]) != 0:
            # Without a score a model cannot be placed on a quality axis; keep only the vendors'
            # own current models, which are the ones users ask about (scores end in 2025).
            continue

        stat = stats.get(s["llmstats_model_id"]) if s else None
        open_weights = False
        if stat:
            open_weights = stat.get("license_id") not in (None, "proprietary")
        elif a:
            lic = arena_rows.get(a["arena_csv_model_aug2025"], {}).get("license", "Proprietary")
            open_weights = lic not in ("", "Proprietary")
        params_b = None
        if s and s["param_count"]:
            params_b = float(s["param_count"]) / 1e9
        if params_b is None and open_weights:
            params_b = params_from_name(a["arena_csv_model_aug2025"] if a else rep["normalized_name"])
        for n in (rep["normalized_name"], s["llmstats_model_id"] if s else ""):
            if n in PARAM_OVERRIDES_B:
                params_b = PARAM_OVERRIDES_B[n]
        # Mixture of experts: the total from llm-stats where it has one (it counts every
        # parameter), else the architecture's; the active count beside it.
        active_b = None
        moe = moe_size(rep["litellm_key"], rep["normalized_name"], a["arena_csv_model_aug2025"] if a else "",
                       s["llmstats_model_id"] if s else "", stat.get("name") if stat else "")
        if moe:
            if params_b is None:
                params_b = moe[0]
            if moe[1] <= params_b:
                active_b = moe[1]

        arena_score = float(a["arena_csv_score_aug2025"]) if a else None
        if params_b is not None:
            tier, tier_basis = tier_for_params(params_b), "parameters"
        else:
            tier, tier_basis = tier_for_price(rep["_in"], rep["_out"]), "price_band"
        if not open_weights and params_b is None and arena_score is not None and arena_score >= 1400:
            tier, tier_basis = "frontier", "score"

        entry = litellm.get(rep["litellm_key"], {})
        caps = sorted(k[len("supports_"):] for k, v in entry.items() if k.startswith("supports_") and v is True)
        if stat:
            name = stat.get("name") or rep["normalized_name"]
        elif a:
            name = a["arena_csv_model_aug2025"]
        else:
            name = rep["normalized_name"]

        m = {"id": rep["litellm_key"], "name": name, "provider": rep["litellm_provider"], "tier": tier,
             "tier_basis": tier_basis}
        if params_b is not None:
            m["parameters_b"] = clean(params_b, 2)
        if active_b is not None:
            m["active_parameters_b"] = clean(active_b, 2)
        m["input_per_1m"] = clean(rep["_in"])
        m["output_per_1m"] = clean(rep["_out"])
        if open_weights and params_b is not None:
            hourly = self_hosted_per_hour(params_b, small_gpu, h100)
            if hourly is not None:
                m["self_hosted_per_hour"] = clean(hourly, 4)
        lp = LLMSTATS_PROVIDER.get(rep["litellm_provider"])
        if lp and s and (lp, s["llmstats_model_id"]) in latency:
            m["latency_ms"] = clean(latency[(lp, s["llmstats_model_id"])] * 1000, 1)
        if rep["max_input_tokens"]:
            m["context_window"] = int(float(rep["max_input_tokens"]))
        if rep["max_output_tokens"]:
            m["max_output_tokens"] = int(float(rep["max_output_tokens"]))
        m["capabilities"] = caps
        m["open_weights"] = open_weights
        m["quality"] = quality
        models.append(m)

    models.sort(key=lambda m: (m["provider"], m["id"]))

    with open(article_path, encoding="utf-8") as f:
        tasks = json.load(f)["tasks"]
    for t in tasks:
        t["benchmark"], t["benchmark_reason"] = TASK_BENCHMARKS[t["id"]]

    description = (
        "Chat models with a list price in LiteLLM's catalog (upstream main, 2026-07-24) that have at least one "
        "public quality score or come from the vendor itself (the newest models have no 2025 score), one entry per model (the vendor's own listing, else the cheapest host). "
        "Tier: by parameter count where known (tiny < 1B, small <= 7B, medium <= 70B, large above; mixture-of-experts "
        "models by their total, with the active count beside it); otherwise guessed from the "
        "blended price (3 x input + output) / 4 per 1M tokens: below $0.20 small, below $1.00 medium, else large; "
        "closed models with an LMArena score of 1400 or more are frontier. Each model says which (tier_basis). "
        "Each task names the benchmark that judges it. Self-hosted $/hour (open-weight models "
        "with a known size): FP16 weights, one 48 GB GPU up to 14B (cheapest single-GPU A40/A6000/L40/L40S/RTX 6000 "
        "Ada rental), else ceil(2 x params / 80 GB) H100s at the cheapest H100 GPU-hour, up to one 8-GPU node. "
        "Quality scores end in Aug-Oct 2025; llm-stats scores are mostly self-reported.")
    attribution = (
        "Prices and limits: LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT), 2026-07-24. "
        "Arena: LMArena text leaderboard, 2025-08-04 (MPL-2.0 via fboulnois/llm-leaderboard-csv). "
        "Aider polyglot: Aider-AI/aider, 2025-10-04 (Apache-2.0). "
        "Parameters, GPQA, MMLU-Pro, latency: data from llm-stats.com by Jonathan Chavez Tamales, "
        "licensed under CC BY 4.0 (2025-10-16). GPU prices: skypilot-org/skypilot-catalog v7.")
    return {
        "format": "rightsize-catalog", "version": 1, "name": "current",
        "title": "Current prices and public benchmarks (July 2026)",
        "date": CATALOG_DATE, "description": description, "attribution": attribution,
        "default_benchmark": "arena", "benchmarks": BENCHMARKS, "models": models, "tasks": tasks,
    }


def dumps(catalog):
    """Header keys one per line, then one benchmark, model or task per line."""
    def one(v):
        return json.dumps(v, ensure_ascii=False)
    lines = ["{"]
    for key in ("format", "version", "name", "title", "date", "description", "attribution", "default_benchmark"):
        lines.append("  %s: %s," % (one(key), one(catalog[key])))
    for i, key in enumerate(("benchmarks", "models", "tasks")):
        items = catalog[key]
        lines.append("  %s: [" % one(key))
        for j, item in enumerate(items):
            lines.append("    " + one(item) + ("," if j + 1 < len(items) else ""))
        lines.append("  ]" + ("," if i < 2 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=os.path.join(REPO, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(REPO, "resources", "catalogs", "current.json"))
    parser.add_argument("--article", default=os.path.join(REPO, "resources", "catalogs", "article-2025.json"))
    args = parser.parse_args(argv)
    catalog = build(os.path.normpath(args.data), args.article)
    text = dumps(catalog)
    json.loads(text)  # never write a file we could not read back
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    with_quality = {b["id"]: sum(1 for m in catalog["models"] if any(q["benchmark"] == b["id"] for q in m["quality"]))
                    for b in BENCHMARKS}
    tiers = {}
    for m in catalog["models"]:
        tiers[m["tier"]] = tiers.get(m["tier"], 0) + 1
    print("wrote %s: %d models; scores per benchmark %s; tiers %s; self-hosted %d" % (
        args.out, len(catalog["models"]), with_quality, dict(sorted(tiers.items())),
        sum(1 for m in catalog["models"] if "self_hosted_per_hour" in m)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
