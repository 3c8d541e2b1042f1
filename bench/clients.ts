/**
 * The HTTP client choice, measured: supertest (the stack's default) against the suite's keep-alive target, the same
 * GET at the same concurrency against the embedded reference server. The issue asks to measure before choosing.
 */
import request from 'supertest';
import { startMockServer } from '../mock/server';
import { createHttpTarget } from '../targets/http-target';

/** Requests per second of each client. */
export interface ClientFigures {
  concurrency: number;
  requests: number;
  supertestPerSecond: number;
  httpTargetPerSecond: number;
}

const TOKEN = 'bench-client-token';
const PATH = '/api/v1/channel/1/failed_integrations/';

async function rate(requests: number, concurrency: number, one: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await one(); // warm the connections and the JIT first
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < requests) await one();
  }));
  return requests / ((performance.now() - started) / 1000);
}

/** Measures both clients, alternating them `repeats` times, and keeps the best of each (least disturbed by load). */
export async function compareClients(requests: number, concurrency: number, repeats: number): Promise<ClientFigures> {
  const server = await startMockServer({ port: 0, tokens: [TOKEN] });
  const agent = request.agent(server.url);
  const target = createHttpTarget('bench', server.url, { maxSockets: concurrency });
  let supertestPerSecond = 0;
  let httpTargetPerSecond = 0;
  try {
    for (let i = 0; i < repeats; i++) {
      supertestPerSecond = Math.max(supertestPerSecond, await rate(requests, concurrency, () => agent.get(PATH).set('Authorization', `Token ${TOKEN}`)));
      httpTargetPerSecond = Math.max(httpTargetPerSecond, await rate(requests, concurrency, () => target.send({ method: 'GET', path: PATH, headers: { authorization: `Token ${TOKEN}` } })));
    }
  } finally {
    await target.close();
    await server.close();
  }
  return { concurrency, requests, supertestPerSecond, httpTargetPerSecond };
}
