// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// An OpenAI-compatible server on 127.0.0.1 that answers every chat completion with one long
// streamed reply of TOKENS tokens, as fast as the client reads (it honours back-pressure).
// Prints its port on the first line. Used by long-reply.sh.
//   node long-reply-server.mjs TOKENS
import { createServer } from 'node:http';

const tokens = Number(process.argv[2] ?? 20000);
const words = [' the', ' quick', ' br\u00f6wn', ' fox', ' jumps', ' over', ' a', ' lazy', ' dog', ','];
const events = words.map(word => Buffer.from(
    'data: ' + JSON.stringify({ id: 'chatcmpl-long', object: 'chat.completion.chunk', created: 1700000000,
                                model: 'tiny', choices: [{ index: 0, delta: { content: word }, logprobs: null,
                                                           finish_reason: null }] }) + '\n\n'));

const server = createServer(async (request, response) => {
    for await (const _ of request) { /* the prompt is not needed */ }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const batch = [];
    for (let i = 0; i < tokens; ++i) {
        batch.push(events[i % events.length]);
        if (batch.length === 256 || i === tokens - 1) {
            if (!response.write(Buffer.concat(batch.splice(0))))
                await new Promise(resolve => response.once('drain', resolve));
        }
    }
    response.write('data: ' + JSON.stringify({ id: 'chatcmpl-long', object: 'chat.completion.chunk', model: 'tiny',
                                               choices: [{ index: 0, delta: {}, finish_reason: 'length' }] }) + '\n\n');
    response.write('data: ' + JSON.stringify({ id: 'chatcmpl-long', object: 'chat.completion.chunk', model: 'tiny',
                                               choices: [], usage: { prompt_tokens: 3, completion_tokens: tokens } }) + '\n\n');
    response.end('data: [DONE]\n\n');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
