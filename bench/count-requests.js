// Preloaded (`node --require`) into a conformance run by the bench: counts the HTTP requests the embedded
// server's thread receives (node's `http.server.request.start` diagnostics channel, so retries and scenario
// requests count) and, beside them, the requests the run's own thread sends (`http.client.request.start`), and
// writes both to the file named by BENCH_REQUESTS_FILE on exit. `--require` runs in every thread, the worker
// included, but diagnostics channels are per thread: the server's thread counts into a SharedArrayBuffer it hands
// the main thread over a BroadcastChannel, so counting costs one atomic add per request and no message.
// Plain JavaScript: it must load without tsx, so the compiled command is measured as a user runs it.
'use strict';
const { subscribe } = require('node:diagnostics_channel');
const { writeFileSync } = require('node:fs');
const { BroadcastChannel, isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_REQUESTS_FILE;
const CHANNEL = 'bench-count-requests';

if (file && isMainThread) {
  let sent = 0;
  // A checkout whose embedded server runs in the main thread (before the server thread) is counted here.
  let receivedHere = 0;
  /** One counter per server thread (a run starts one; tests may start more). */
  const servers = [];
  subscribe('http.client.request.start', () => {
    sent += 1;
  });
  subscribe('http.server.request.start', () => {
    receivedHere += 1;
  });
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => servers.push(new Int32Array(event.data));
  channel.unref();
  process.on('exit', () => {
    const received = servers.reduce((total, counter) => total + Atomics.load(counter, 0), receivedHere);
    writeFileSync(file, JSON.stringify({ requests: received, sent, serverThreads: servers.length }));
  });
} else if (file) {
  const buffer = new SharedArrayBuffer(4);
  const counter = new Int32Array(buffer);
  subscribe('http.server.request.start', () => {
    Atomics.add(counter, 0, 1);
  });
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(buffer);
  channel.close();
}
