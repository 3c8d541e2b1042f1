import { expect } from 'chai';
import { AUTH, failedPath, imagesPath, testApp } from '../support';

describe('mock/pagination/paginator', () => {
  const { agent, state } = testApp();
  const channel1Failed = state.failedIntegrations.all().filter((row) => row.channel === 1);

  it('answers the default page of 10 with absolute next and no previous', async () => {
    const res = await agent.get(failedPath(1)).set(AUTH).set('Host', 'omnitron.example:8443');
    expect(res.status).to.equal(200);
    expect(res.body.count).to.equal(channel1Failed.length);
    expect(res.body.results).to.have.length(10);
    expect(res.body.results.map((row: { pk: number }) => row.pk)).to.deep.equal(channel1Failed.slice(0, 10).map((row) => row.pk));
    expect(res.body.next).to.equal('http://omnitron.example:8443/api/v1/channel/1/failed_integrations/?page=2');
    expect(res.body.previous).to.equal(null);
  });

  it('keeps the other query parameters in next and previous; previous to page 1 drops page', async () => {
    const res = await agent.get(`${failedPath(1)}?limit=5&channel=1&page=2`).set(AUTH).set('Host', 'h');
    expect(res.body.next).to.equal('http://h/api/v1/channel/1/failed_integrations/?limit=5&channel=1&page=3');
    expect(res.body.previous).to.equal('http://h/api/v1/channel/1/failed_integrations/?limit=5&channel=1');
    const third = await agent.get(`${failedPath(1)}?limit=5&channel=1&page=3`).set(AUTH).set('Host', 'h');
    expect(third.body.previous).to.equal('http://h/api/v1/channel/1/failed_integrations/?limit=5&channel=1&page=2');
  });

  it('walks every page by following next, visiting each item once', async () => {
    const seen: number[] = [];
    let url: string | null = `${failedPath(2)}?limit=7`;
    let pages = 0;
    while (url !== null) {
      const res: { status: number; body: { next: string | null; results: { pk: number }[] } } = await agent.get(url.replace(/^http:\/\/[^/]+/, '')).set(AUTH);
      expect(res.status).to.equal(200);
      seen.push(...res.body.results.map((row: { pk: number }) => row.pk));
      url = res.body.next;
      pages++;
    }
    const expected = state.failedIntegrations.all().filter((row) => row.channel === 2).map((row) => row.pk);
    expect(seen).to.deep.equal(expected);
    expect(pages).to.equal(Math.ceil(expected.length / 7));
  });

  it('has no next on the last page', async () => {
    const last = Math.ceil(channel1Failed.length / 10);
    const res = await agent.get(`${failedPath(1)}?page=${last}`).set(AUTH);
    expect(res.body.next).to.equal(null);
    expect(res.body.results).to.have.length(channel1Failed.length - (last - 1) * 10);
  });

  it('accepts limit up to the maximum and rejects more', async () => {
    const max = await agent.get(`${imagesPath(1)}?limit=100`).set(AUTH);
    expect(max.status).to.equal(200);
    expect(max.body.results).to.have.length(max.body.count);
    const over = await agent.get(`${imagesPath(1)}?limit=101`).set(AUTH);
    expect(over.status).to.equal(400);
    expect(over.body).to.deep.equal({ detail: 'Invalid limit.' });
  });

  it('honours a configured maxLimit', async () => {
    const small = testApp({ maxLimit: 5 });
    expect((await small.agent.get(`${imagesPath(1)}?limit=5`).set(AUTH)).status).to.equal(200);
    expect((await small.agent.get(`${imagesPath(1)}?limit=6`).set(AUTH)).status).to.equal(400);
  });

  for (const value of ['0', '-1', 'abc', '1.5', '', '2e1']) {
    it(`rejects page=${JSON.stringify(value)} with DRF's 404 and limit=${JSON.stringify(value)} with 400`, async () => {
      const page = await agent.get(`${imagesPath(1)}?page=${value}`).set(AUTH);
      expect(page.status).to.equal(404);
      expect(page.body).to.deep.equal({ detail: 'Invalid page.' });
      const limit = await agent.get(`${imagesPath(1, 'inserts/')}?limit=${value}`).set(AUTH);
      expect(limit.status).to.equal(400);
      expect(limit.body).to.deep.equal({ detail: 'Invalid limit.' });
    });
  }

  it('answers 404 Invalid page past the last page of an envelope list', async () => {
    const res = await agent.get(`${failedPath(1)}?page=99`).set(AUTH);
    expect(res.status).to.equal(404);
    expect(res.body).to.deep.equal({ detail: 'Invalid page.' });
  });

  it('answers page 1 of an empty list with count 0, and 404 for page 2', async () => {
    const res = await agent.get(failedPath(3)).set(AUTH);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ count: 0, next: null, previous: null, results: [] });
    expect((await agent.get(`${failedPath(3)}?page=2`).set(AUTH)).status).to.equal(404);
  });

  it('pages the bare arrays too, answering [] past the last page', async () => {
    const all = await agent.get(`${imagesPath(1, 'inserts_or_updates/')}?limit=100`).set(AUTH);
    const first = await agent.get(`${imagesPath(1, 'inserts_or_updates/')}?limit=4`).set(AUTH);
    const second = await agent.get(`${imagesPath(1, 'inserts_or_updates/')}?limit=4&page=2`).set(AUTH);
    expect(first.body).to.deep.equal(all.body.slice(0, 4));
    expect(second.body).to.deep.equal(all.body.slice(4, 8));
    const past = await agent.get(`${imagesPath(1, 'inserts_or_updates/')}?page=50`).set(AUTH);
    expect(past.status).to.equal(200);
    expect(past.body).to.deep.equal([]);
  });

  it('uses the last value of a repeated parameter, like Django', async () => {
    const res = await agent.get(`${failedPath(1)}?limit=100&limit=3`).set(AUTH);
    expect(res.body.results).to.have.length(3);
  });
});
