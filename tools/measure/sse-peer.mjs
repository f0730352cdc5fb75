// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The peer of bench_sse's BM_OpenAiWireFormat64KiB: the Vercel AI SDK's way of reading an
// OpenAI stream (eventsource-parser, then JSON.parse of every event and the same fields read:
// delta text, logprobs, finish reason, usage), on the same bytes in the same 64 KiB chunks,
// UTF-8 decoding included.
//   cd tools/measure && npm ci && ../../build/tests/bench/bench_sse --write-stream=/tmp/stream.sse
//   node sse-peer.mjs /tmp/stream.sse [runs]
import { readFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
    console.error('usage: node sse-peer.mjs STREAM_FILE [runs]');
    process.exit(2);
}
const runs = Number(runsArg ?? 7);
const bytes = readFileSync(file);
const chunkSize = 64 * 1024;

function readStream() {
    const answer = { text: '', logprobs: [], finishReason: null, usage: null, complete: false };
    const parser = createParser({
        onEvent(event) {
            if (event.data === '[DONE]') {
                answer.complete = true;
                return;
            }
            const chunk = JSON.parse(event.data);
            const choice = chunk.choices?.[0];
            if (choice) {
                const content = choice.delta?.content;
                if (typeof content === 'string')
                    answer.text += content;
                const logprobs = choice.logprobs?.content;
                if (Array.isArray(logprobs))
                    answer.logprobs.push(...logprobs);
                if (choice.finish_reason)
                    answer.finishReason = choice.finish_reason;
            }
            if (chunk.usage)
                answer.usage = chunk.usage;
        },
    });
    const decoder = new TextDecoder();
    for (let i = 0; i < bytes.length; i += chunkSize)
        parser.feed(decoder.decode(bytes.subarray(i, i + chunkSize), { stream: true }));
    parser.feed(decoder.decode());
    return answer;
}

const check = readStream();   // also the warm-up
if (!check.complete || check.finishReason !== 'length' || !check.usage)
    throw new Error('the stream was not read completely');
// Wall time, and CPU time of the whole process (the garbage collector's threads included), so
// that a figure taken on a busy machine can still be compared with bench_sse's CPU column.
const wallRates = [];
const cpuRates = [];
for (let run = 0; run < runs; ++run) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const answer = readStream();
    const cpu = process.cpuUsage(cpuStart);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (answer.text.length !== check.text.length)
        throw new Error('runs disagree');
    wallRates.push(bytes.length / 1e6 / seconds);
    cpuRates.push(bytes.length / ((cpu.user + cpu.system) / 1e6) / 1e6);
}
const median = rates => rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)];
console.log(`eventsource-parser + JSON.parse: ${median(wallRates).toFixed(1)} MB/s wall, `
            + `${median(cpuRates).toFixed(1)} MB/s by CPU time (medians of ${runs} runs), `
            + `${(bytes.length / 1e6).toFixed(1)} MB, ${check.text.length} UTF-16 units of text, node ${process.version}`);
