/**
 * Differential test: one corpus of requests sent to the embedded server and to the DRF reference target (both seeded
 * alike). Status, media type, body shape and error messages must agree, except where mock/deliberate-differences.json
 * lists the difference with its reason; an unlisted difference fails, and so does a listed one nothing shows any more.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { startMockServer, type RunningMockServer } from '../../mock/server';
import { createHttpTarget } from '../../targets/http-target';
import type { Target, WireResponse } from '../../targets/target';
import type { WireRequest } from '../../model/case';
import { requireDrfTarget, startDrfTarget, DRF_TOKEN, type DrfTarget } from '../support/drf-target';
import { edgeRequests, generatedRequests, type CorpusRequest } from './differential/corpus';
import { explain, readDeliberateDifferences } from './differential/deliberate';
import { differences, observe, type Observation } from './differential/observe';

/**
 * Django 3.2's development server writes the body of a HEAD response too (wsgiref does not strip it), which leaves
 * stray bytes on a kept-alive connection; a HEAD therefore goes over a connection of its own that is closed after.
 */
async function sendOnce(shared: Target, url: string, request: WireRequest): Promise<WireResponse> {
  if (request.method !== 'HEAD') return shared.send(request);
  const own = createHttpTarget('drf-head', url);
  try {
    return await own.send(request);
  } finally {
    await own.close();
  }
}

/** The observation of a response, or of the transport error that stood in its place (status 0). */
async function observeSafely(send: () => Promise<WireResponse>): Promise<Observation> {
  try {
    return observe(await send());
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^http:\/\/[^:]+:\d+: /, '') : String(error);
    return { status: 0, mediaType: 'transport error', shape: message, messages: '' };
  }
}

describe('reference: the embedded server against the DRF target', function () {
  this.timeout(600_000);
  let drf: DrfTarget | undefined;
  let mock: RunningMockServer | undefined;
  const targets: Target[] = [];

  before(async function () {
    requireDrfTarget(this);
    [drf, mock] = await Promise.all([startDrfTarget(), startMockServer({ tokens: [DRF_TOKEN], seed: 1 })]);
  });
  after(async () => {
    await Promise.all(targets.map((target) => target.close()));
    await Promise.all([drf?.stop(), mock?.close()]);
  });

  it('answers every corpus request alike, or as mock/deliberate-differences.json says', async () => {
    const [mockTarget, drfTarget] = [createHttpTarget('mock', mock!.url), createHttpTarget('drf', drf!.url)];
    targets.push(mockTarget, drfTarget);
    const generated = await generatedRequests();
    const edges = edgeRequests();
    const corpus: CorpusRequest[] = [...edges.reads, ...generated.reads, ...edges.writes, ...generated.writes];
    const listed = readDeliberateDifferences();
    const used = new Set<string>();
    const unlisted: string[] = [];
    for (const { name, request } of corpus) {
      // One at a time and the mock first: both servers see the same history of writes.
      const fromMock = await observeSafely(() => mockTarget.send(request));
      const fromDrf = await observeSafely(() => sendOnce(drfTarget, drf!.url, request));
      const line = `${request.method} ${request.path}`;
      for (const found of differences(fromMock, fromDrf)) {
        const reason = explain(listed, line, found, fromDrf.messages);
        if (reason) used.add(reason.id);
        else unlisted.push(`${name}: ${line} (${request.body === undefined ? 'no body' : String(request.body).slice(0, 120)}) ${found.aspect}: mock ${found.mock} | drf ${found.drf}`);
      }
    }
    if (process.env.DIFFERENTIAL_DUMP) fs.writeFileSync(process.env.DIFFERENTIAL_DUMP, `${unlisted.join('\n')}\n`);
    expect(corpus.length).to.be.greaterThan(300);
    expect(unlisted, `unlisted differences (fix mock/ or list them in mock/deliberate-differences.json):\n${unlisted.slice(0, 40).join('\n')}`).to.deep.equal([]);
    const stale = listed.filter((entry) => !used.has(entry.id)).map((entry) => entry.id);
    expect(stale, 'listed differences no request shows any more').to.deep.equal([]);
  });
});
