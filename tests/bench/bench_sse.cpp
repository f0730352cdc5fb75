// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// SSE decoding throughput on a generated ~50 MB OpenAI-style stream: bulk (64 KiB chunks,
// what a socket delivers) and one byte at a time (the worst case; must stay within a small
// constant factor of bulk, i.e. linear). Also the full OpenAI wire format (what a real stream
// costs per event: decode, JSON, delta text, logprobs, finish reason and usage) and NDJSON for
// Ollama. Run: bench_sse --benchmark_counters_tabular=true
// bench_sse --write-stream=FILE writes the same stream to FILE and exits, for the peer
// measurement (tools/measure/sse-peer.mjs: eventsource-parser + JSON.parse).
#include "benchmain.h"
#include "providers/ndjsondecoder.h"
#include "providers/openaiwireformat.h"
#include "providers/ssedecoder.h"
#include "providerstreams.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <cstdio>

namespace {
constexpr qsizetype kStreamBytes = 50 * 1000 * 1000;

const QByteArray &stream(qsizetype *events = nullptr)
{
    static qsizetype count = 0;
    static const QByteArray data = ProviderStreams::generatedOpenAi(kStreamBytes, &count);
    if (events)
        *events = count;
    return data;
}

const QByteArray &ndjsonStream()
{
    static const QByteArray data = [] {
        QByteArray line = "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-02T10:00:00.1Z\",\"message\":{\"role\":"
                          "\"assistant\",\"content\":\" w\xC3\xB6rld\"},\"done\":false}\n";
        QByteArray all;
        all.reserve(kStreamBytes / 5 + line.size());
        while (all.size() < kStreamBytes / 5)
            all += line;
        return all;
    }();
    return data;
}

void decodeSse(benchmark::State &state, qsizetype chunk)
{
    qsizetype expected = 0;
    const QByteArray &data = stream(&expected);
    qsizetype events = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        events = 0;
        const SseDecoder::Callback count = [&events](const SseEvent &event) {
            benchmark::DoNotOptimize(event.data.constData());
            ++events;
        };
        for (qsizetype i = 0; i < data.size(); i += chunk)
            decoder.feed(QByteArrayView(data.constData() + i, std::min(chunk, data.size() - i)), count);
        decoder.finish();
    }
    if (events != expected)
        state.SkipWithError("wrong event count");
    state.SetBytesProcessed(int64_t(state.iterations()) * data.size());
    state.counters["events/s"] =
        benchmark::Counter(double(events) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["MB/s"] =
        benchmark::Counter(double(data.size()) * double(state.iterations()) / 1e6, benchmark::Counter::kIsRate);
}

void BM_SseDecode64KiB(benchmark::State &state)
{
    decodeSse(state, 64 * 1024);
}
BENCHMARK(BM_SseDecode64KiB)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SseDecodeOneByte(benchmark::State &state)
{
    decodeSse(state, 1);
}
BENCHMARK(BM_SseDecodeOneByte)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// Decoding plus JSON parsing and text assembly: what a real OpenAI stream costs end to end.
void BM_OpenAiWireFormat64KiB(benchmark::State &state)
{
    const QByteArray &data = stream();
    qsizetype textSize = 0;
    for (auto _ : state) {
        OpenAiWireFormat wire;
        StreamState stream;
        for (qsizetype i = 0; i < data.size(); i += 64 * 1024)
            wire.feed(QByteArrayView(data.constData() + i, std::min<qsizetype>(64 * 1024, data.size() - i)), stream);
        wire.finish(stream);
        textSize = stream.text.size();
        if (!stream.complete || stream.finishReason != QLatin1String("length") || !stream.outputTokens ||
            *stream.outputTokens <= 0 || stream.inputTokens != 12)
            state.SkipWithError("stream not read completely");
    }
    benchmark::DoNotOptimize(textSize);
    state.SetBytesProcessed(int64_t(state.iterations()) * data.size());
    state.counters["MB/s"] =
        benchmark::Counter(double(data.size()) * double(state.iterations()) / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_OpenAiWireFormat64KiB)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_NdjsonDecode64KiB(benchmark::State &state)
{
    const QByteArray &data = ndjsonStream();
    qsizetype objects = 0;
    for (auto _ : state) {
        NdjsonDecoder decoder;
        objects = 0;
        const NdjsonDecoder::Callback count = [&objects](StreamJson::Element) { ++objects; };
        for (qsizetype i = 0; i < data.size(); i += 64 * 1024)
            decoder.feed(QByteArrayView(data.constData() + i, std::min<qsizetype>(64 * 1024, data.size() - i)), count);
        if (!decoder.finish(count))
            state.SkipWithError("decode error");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * data.size());
    state.counters["objects/s"] =
        benchmark::Counter(double(objects) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["MB/s"] =
        benchmark::Counter(double(data.size()) * double(state.iterations()) / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NdjsonDecode64KiB)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace

int main(int argc, char **argv)
{
    const QByteArray writeOption = "--write-stream=";
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (!argument.startsWith(writeOption))
            continue;
        QFile file(QString::fromLocal8Bit(argument.mid(writeOption.size())));
        if (!file.open(QIODevice::WriteOnly) || file.write(stream()) != stream().size()) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
        return 0;
    }
    return runBenchmarks(argc, argv);
}
