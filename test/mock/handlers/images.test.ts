import { expect } from 'chai';
import { AUTH, imagesPath, testApp } from '../support';
import type { CancellationRequestImage } from '../../../mock/models/image';

type Image = CancellationRequestImage;
const ids = (images: Image[]): number[] => images.map((image) => image.id);

describe('mock/handlers/images', () => {
  const { agent, state } = testApp();
  const inChannel = (channel: number) => state.images.all().filter((image) => image.channel === channel);

  async function everything(path: string): Promise<Image[]> {
    const res = await agent.get(`${path}${path.includes('?') ? '&' : '?'}limit=100`).set(AUTH);
    expect(res.status).to.equal(200);
    return Array.isArray(res.body) ? res.body : res.body.results;
  }

  it('lists the channel\'s images in an envelope, across several pages at the default limit', async () => {
    const res = await agent.get(imagesPath(1)).set(AUTH);
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.equal('application/json');
    expect(res.body.count).to.equal(inChannel(1).length).and.to.be.greaterThan(20);
    expect(res.body.results).to.have.length(10);
  });

  it('renders every documented field, and nothing internal', async () => {
    const [image] = (await agent.get(imagesPath(1)).set(AUTH)).body.results as Image[];
    expect(Object.keys(image as Image)).to.have.members(['id', 'cancellation_request', 'image', 'description', 'attributes', 'uploaded_by', 'created_date', 'modified_date']);
    expect((image as Image).image).to.match(/^https:\/\//);
    expect((image as Image).created_date).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    for (const value of Object.values((image as Image).attributes)) expect(value).to.be.a('string');
  });

  it('serves the same data under /api/ and /api/v1/', async () => {
    for (const suffix of ['', 'inserts/', 'updates/', 'inserts_or_updates/', `${inChannel(2)[0]?.fields.id}/`]) {
      const plain = await agent.get(imagesPath(2, suffix)).set(AUTH);
      const v1 = await agent.get(imagesPath(2, suffix, '/api/v1')).set(AUTH);
      expect(plain.status).to.equal(200);
      expect(Array.isArray(plain.body.results) ? plain.body.results : plain.body).to.deep.equal(Array.isArray(v1.body.results) ? v1.body.results : v1.body);
    }
  });

  it('answers inserts/, updates/ and their union as bare arrays that partition by status', async () => {
    const all = await everything(imagesPath(1));
    const inserts = await everything(imagesPath(1, 'inserts/'));
    const updates = await everything(imagesPath(1, 'updates/'));
    const union = await everything(imagesPath(1, 'inserts_or_updates/'));
    expect(inserts.length).to.be.greaterThan(10);
    expect(updates.length).to.be.greaterThan(10);
    expect(ids(inserts)).to.deep.equal(inChannel(1).filter((image) => image.status === 'new').map((image) => image.fields.id));
    expect(ids(updates)).to.deep.equal(inChannel(1).filter((image) => image.status === 'changed').map((image) => image.fields.id));
    expect(ids(union)).to.deep.equal([...ids(inserts), ...ids(updates)].sort((a, b) => a - b));
    const unchanged = all.filter((image) => !ids(union).includes(image.id));
    expect(unchanged.length).to.be.greaterThan(0);
    for (const image of updates) expect(image.modified_date > image.created_date).to.equal(true);
  });

  it('retrieves one image, equal to its list entry', async () => {
    const [listed] = (await agent.get(imagesPath(1)).set(AUTH)).body.results as Image[];
    const res = await agent.get(imagesPath(1, `${(listed as Image).id}/`)).set(AUTH);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal(listed);
  });

  it('never shows another channel\'s image: 404 Not found', async () => {
    const foreign = inChannel(2)[0]?.fields.id as number;
    const res = await agent.get(imagesPath(1, `${foreign}/`)).set(AUTH);
    expect(res.status).to.equal(404);
    expect(res.body).to.deep.equal({ detail: 'Not found.' });
    const listed = await everything(imagesPath(1));
    expect(ids(listed)).to.not.include(foreign);
    expect(ids(listed)).to.deep.equal(inChannel(1).map((image) => image.fields.id));
  });

  it('answers 404 for an id that does not exist and for a non-integer id or channel', async () => {
    for (const path of [imagesPath(1, '999999/'), imagesPath(1, 'abc/'), imagesPath(1, '-1/'), imagesPath('x'), imagesPath('1.0', 'inserts/')]) {
      const res = await agent.get(path).set(AUTH);
      expect(res.status, path).to.equal(404);
      expect(res.body).to.deep.equal({ detail: 'Not found.' });
    }
  });

  it('answers empty lists for a channel without images', async () => {
    expect((await agent.get(imagesPath(77)).set(AUTH)).body).to.deep.equal({ count: 0, next: null, previous: null, results: [] });
    expect((await agent.get(imagesPath(77, 'inserts/')).set(AUTH)).body).to.deep.equal([]);
  });

  it('keeps channel 3 small but present', async () => {
    const res = await agent.get(imagesPath(3)).set(AUTH);
    expect(res.body.count).to.be.within(1, 9);
  });
});
