import { expect } from 'chai';
import type { WireRequest } from '../../model/case';
import { createLoadGate } from '../../targets/load-gate';
import { politeTarget } from '../../targets/polite-target';
import { retryAfterMs } from '../../targets/retry-after';
import { TransportError } from '../../targets/http-target';
import type { Target, WireResponse } from '../../targets/target';

const request: WireRequest = { method: 'get', path: '/x', headers: {} };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A target that answers from a script, one entry per call (a status, or a transport error code), and logs times. */
function scripted(script: (number | string)[], delayMs = 0): Target & { calls: number[] } {
  const calls: number[] = [];
  return {
    name: 'scripted',
    baseUrl: 'http://127.0.0.1:9',
    calls,
    async send(): Promise<WireResponse> {
      calls.push(Date.now());
      const step = script[Math.min(calls.length - 1, script.length - 1)];
      if (delayMs) await sleep(delayMs);
      if (typeof step === 'string') throw new TransportError(`scripted ${step}`, step);
      return { status: step, headers: step === 429 ? { 'retry-after': '1' } : {}, text: '', truncated: false, elapsedMs: 0 };
    },
    async close() {},
  };
}

describe('targets/load-gate', () => {
  it('never has more requests in flight than the concurrency', async () => {
    const gate = createLoadGate({ concurrency: 3 });
    let inFlight = 0;
    let most = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      const release = await gate.acquire();
      most = Math.max(most, ++inFlight);
      await sleep(5);
      inFlight--;
      release();
    }));
    expect(most).to.equal(3);
    expect(gate.inFlight).to.equal(0);
  });

  it('spaces request starts by 1/rps', async () => {
    const gate = createLoadGate({ concurrency: 100, rps: 50 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 6 }, async () => {
      const release = await gate.acquire();
      starts.push(Date.now());
      release();
    }));
    starts.sort((a, b) => a - b);
    // 6 starts at 50/s span at least 5 intervals of 20 ms (a little timer slack allowed).
    expect(starts[5] - starts[0]).to.be.at.least(95);
  });

  it('holds new requests while paused', async () => {
    const gate = createLoadGate({ concurrency: 4 });
    gate.pauseFor(120);
    const before = Date.now();
    (await gate.acquire())();
    expect(Date.now() - before).to.be.at.least(110);
  });
});

describe('targets/retry-after', () => {
  it('reads delay-seconds and HTTP-dates', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).to.equal(6000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(undefined)).to.equal(undefined);
  });
});

describe('targets/polite-target', () => {
  it('retries an idempotent request after a connection error, with backoff', async () => {
    const inner = scripted(['ECONNRESET', 'ECONNREFUSED', 200]);
    const response = await politeTarget(inner, { backoffMs: 20 }).send(request, { idempotent: true });
    expect(response.status).to.equal(200);
    expect(inner.calls).to.have.length(3);
    expect(inner.calls[2] - inner.calls[1]).to.be.at.least(inner.calls[1] - inner.calls[0]);
  });

  it('does not retry a request that is not idempotent', async () => {
    const inner = scripted(['ECONNRESET', 200]);
    const error = await politeTarget(inner, { backoffMs: 1 }).send(request, { idempotent: false }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TransportError);
    expect(inner.calls).to.have.length(1);
  });

  it('does not retry a timeout, even for an idempotent request', async () => {
    const inner = scripted(['timeout', 200]);
    const error = await politeTarget(inner, { backoffMs: 1 }).send(request, { idempotent: true }).catch((e: unknown) => e);
    expect((error as TransportError).code).to.equal('timeout');
    expect(inner.calls).to.have.length(1);
  });

  it('gives up after the retries and reports the last error', async () => {
    const inner = scripted(['ECONNRESET']);
    const error = await politeTarget(inner, { backoffMs: 1, retries: 2 }).send(request, { idempotent: true }).catch((e: unknown) => e);
    expect((error as Error).message).to.equal('scripted ECONNRESET');
    expect(inner.calls).to.have.length(3);
  });

  it('honours a 429 Retry-After for every request, and re-sends only idempotent ones', async () => {
    const inner = scripted([429, 200, 200]);
    const target = politeTarget(inner, { maxRetryAfterMs: 150 });
    const response = await target.send(request, { idempotent: true });
    expect(response.status).to.equal(200);
    // Retry-After: 1 (second) cut to the 150 ms maximum this test allows.
    expect(inner.calls[1] - inner.calls[0]).to.be.at.least(140);

    const post = scripted([429, 201]);
    const answer = await politeTarget(post, { maxRetryAfterMs: 50 }).send({ ...request, method: 'post' }, { idempotent: false });
    expect(answer.status).to.equal(429);
    expect(post.calls).to.have.length(1);
  });

  it('holds other requests while a 429 back-off runs', async () => {
    const inner = scripted([429, 200, 200]);
    const target = politeTarget(inner, { maxRetryAfterMs: 150 });
    await target.send(request, { idempotent: false });
    const started = Date.now();
    await target.send(request);
    expect(Date.now() - started).to.be.at.least(130);
  });

  it('bounds the requests in flight across callers', async () => {
    let inFlight = 0;
    let most = 0;
    const inner: Target = {
      name: 'n', baseUrl: 'http://127.0.0.1:9', async close() {},
      async send() {
        most = Math.max(most, ++inFlight);
        await sleep(5);
        inFlight--;
        return { status: 200, headers: {}, text: '', truncated: false, elapsedMs: 0 };
      },
    };
    const target = politeTarget(inner, { concurrency: 2 });
    await Promise.all(Array.from({ length: 12 }, () => target.send(request)));
    expect(most).to.equal(2);
  });
});
