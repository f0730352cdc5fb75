// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The peer of `rightsize compare --json` on one long reply: a plain Node consumer the way the AI
// SDKs read a stream (fetch, eventsource-parser, JSON.parse per event), printing the text as JSON.
//   node long-reply-peer.mjs BASE_URL
import { createParser } from 'eventsource-parser';

const base = process.argv[2];
const response = await fetch(`${base}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'tiny', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
});
let text = '';
let finishReason = null;
let usage = null;
const parser = createParser({
    onEvent(event) {
        if (event.data === '[DONE]')
            return;
        const chunk = JSON.parse(event.data);
        const choice = chunk.choices?.[0];
        if (typeof choice?.delta?.content === 'string')
            text += choice.delta.content;
        if (choice?.finish_reason)
            finishReason = choice.finish_reason;
        if (chunk.usage)
            usage = chunk.usage;
    },
});
const decoder = new TextDecoder();
for await (const bytes of response.body)
    parser.feed(decoder.decode(bytes, { stream: true }));
process.stdout.write(JSON.stringify({ text, finish_reason: finishReason, usage }));
