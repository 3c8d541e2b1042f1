import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH, testApp } from '../support';
import { EMBEDDED_OMNITRON_REASONS } from '../../../mock/data/omnitron-reasons';

const LIST = '/api/v1/oms/cancellation-reasons/';
const PULL = `${LIST}pull_from_omnitron/`;
const FIXED = new Date('2024-03-01T12:00:00.000Z');

/** A fake Omnitron listing the given reasons two per page, checking the key it is sent. */
async function fakeOmnitron(reasons: () => object[]): Promise<{ url: string; server: Server; seenAuth: string[] }> {
  const seenAuth: string[] = [];
  const server = createServer((req, res) => {
    seenAuth.push(req.headers.authorization ?? '');
    const url = new URL(req.url ?? '/', 'http://upstream');
    const page = Number(url.searchParams.get('page') ?? '1');
    const all = reasons();
    const next = page * 2 < all.length ? `/api/v1/cancellation_reasons/?page=${page + 1}` : null;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ count: all.length, next, previous: null, results: all.slice((page - 1) * 2, page * 2) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v1/cancellation_reasons/`, server, seenAuth };
}

describe('mock/handlers/cancellation-reasons', () => {
  it('lists nothing before the first pull', async () => {
    const { agent } = testApp();
    const res = await agent.get(LIST).set(AUTH);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ count: 0, next: null, previous: null, results: [] });
    expect((await agent.get(`${LIST}1/`).set(AUTH)).status).to.equal(404);
  });

  it('pulls the embedded reasons, answering 200 with an empty body', async () => {
    const { agent } = testApp({ now: () => FIXED });
    const res = await agent.get(PULL).set(AUTH);
    expect(res.status).to.equal(200);
    expect(res.text).to.equal('');
    expect(res.headers['content-type']).to.equal(undefined);
    const list = await agent.get(`${LIST}?limit=100`).set(AUTH);
    expect(list.body.count).to.equal(EMBEDDED_OMNITRON_REASONS.length).and.to.be.greaterThan(10);
    const types = new Set(list.body.results.map((row: { cancellation_type: string }) => row.cancellation_type));
    expect([...types].sort()).to.deep.equal(['cancel', 'refund']);
    expect(list.body.results[0]).to.deep.equal({
      id: 1,
      cancellation_type: 'cancel',
      created_date: '2024-03-01T12:00:00.000000Z',
      modified_date: '2024-03-01T12:00:00.000000Z',
      omnitron_id: 1,
      subject: 'Yanlış ürün aldım.',
      extra_information_needed: false,
      ordering: 100,
      is_active: true,
    });
    const detail = await agent.get(`${LIST}${list.body.results[3].id}/`).set(AUTH);
    expect(detail.body).to.deep.equal(list.body.results[3]);
  });

  it('paginates the list like Omnitron', async () => {
    const { agent } = testApp();
    await agent.get(PULL).set(AUTH);
    const first = await agent.get(LIST).set(AUTH).set('Host', 'oms.example');
    expect(first.body.results).to.have.length(10);
    expect(first.body.next).to.equal('http://oms.example/api/v1/oms/cancellation-reasons/?page=2');
  });

  it('is idempotent: pulling again updates in place and never duplicates', async () => {
    let clock = FIXED.getTime();
    const { agent } = testApp({ now: () => new Date(clock) });
    await agent.get(PULL).set(AUTH);
    const first = (await agent.get(`${LIST}?limit=100`).set(AUTH)).body;
    clock += 60_000;
    await Promise.all([agent.get(PULL).set(AUTH), agent.get(PULL).set(AUTH), agent.get(PULL).set(AUTH)]);
    const again = (await agent.get(`${LIST}?limit=100`).set(AUTH)).body;
    expect(again).to.deep.equal(first);
    const omnitronIds = again.results.map((row: { omnitron_id: number }) => row.omnitron_id);
    expect(new Set(omnitronIds).size).to.equal(omnitronIds.length);
  });

  it('copies from an upstream Omnitron, following next, and applies its changes in place', async () => {
    let reasons: object[] = [
      { id: 41, cancellation_type: 'cancel', subject: 'Vazgeçtim', extra_information_needed: false, order: 5, is_active: true },
      { id: 42, cancellation_type: 'refund', subject: 'Hasarlı', extra_information_needed: true, ordering: 7, is_active: true },
      { id: 43, cancellation_type: 'refund', subject: 'Geç geldi', extra_information_needed: false, ordering: 9, is_active: false },
    ];
    const upstream = await fakeOmnitron(() => reasons);
    let clock = FIXED.getTime();
    try {
      const { agent } = testApp({ upstreamUrl: upstream.url, upstreamToken: 'omnitron-key', now: () => new Date(clock) });
      expect((await agent.get(PULL).set(AUTH)).status).to.equal(200);
      expect(upstream.seenAuth).to.deep.equal(['Token omnitron-key', 'Token omnitron-key']);
      const first = (await agent.get(LIST).set(AUTH)).body;
      expect(first.results.map((row: { omnitron_id: number; ordering: number }) => [row.omnitron_id, row.ordering])).to.deep.equal([[41, 5], [42, 7], [43, 9]]);
      clock += 3_600_000;
      reasons = [{ ...(reasons[0] as object), subject: 'Fikrimi değiştirdim' }, ...reasons.slice(1), { id: 44, cancellation_type: 'cancel', subject: 'Yeni', extra_information_needed: false, ordering: 1, is_active: true }];
      await agent.get(PULL).set(AUTH);
      const second = (await agent.get(LIST).set(AUTH)).body;
      expect(second.count).to.equal(4);
      const [changed, unchanged] = second.results;
      expect(changed).to.include({ id: first.results[0].id, subject: 'Fikrimi değiştirdim', created_date: first.results[0].created_date });
      expect(changed.modified_date).to.equal('2024-03-01T13:00:00.000000Z');
      expect(unchanged).to.deep.equal(first.results[1]);
    } finally {
      upstream.server.close();
    }
  });

  it('answers 502 when the upstream cannot be reached, leaving the list as it was', async () => {
    const upstream = await fakeOmnitron(() => []);
    await new Promise((resolve) => upstream.server.close(resolve));
    const { agent } = testApp({ upstreamUrl: upstream.url });
    const res = await agent.get(PULL).set(AUTH);
    expect(res.status).to.equal(502);
    expect(res.body.detail).to.be.a('string');
    expect((await agent.get(LIST).set(AUTH)).body.count).to.equal(0);
  });

  it('answers 404 for a reason that does not exist or a non-integer pk', async () => {
    const { agent } = testApp();
    await agent.get(PULL).set(AUTH);
    expect((await agent.get(`${LIST}999/`).set(AUTH)).body).to.deep.equal({ detail: 'Not found.' });
    expect((await agent.get(`${LIST}abc/`).set(AUTH)).status).to.equal(404);
  });
});
