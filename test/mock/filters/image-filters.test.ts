import { expect } from 'chai';
import { AUTH, imagesPath, testApp } from '../support';
import type { CancellationRequestImage } from '../../../mock/models/image';

type Image = CancellationRequestImage;

describe('mock/filters/image-filters', () => {
  const { agent, state } = testApp();
  const channel1 = state.images.all().filter((image) => image.channel === 1).map((image) => image.fields);
  const operations = ['', 'inserts/', 'updates/', 'inserts_or_updates/'];

  async function list(suffix: string, query: string): Promise<Image[]> {
    const res = await agent.get(`${imagesPath(1, suffix)}?limit=100&${query}`).set(AUTH);
    expect(res.status, `${suffix}?${query}`).to.equal(200);
    return Array.isArray(res.body) ? res.body : res.body.results;
  }

  it('filters by cancellation_request exactly, on every image list', async () => {
    const wanted = (channel1[0] as Image).cancellation_request;
    for (const suffix of operations) {
      const images = await list(suffix, `cancellation_request=${wanted}`);
      for (const image of images) expect(image.cancellation_request).to.equal(wanted);
    }
    const all = await list('', `cancellation_request=${wanted}`);
    expect(all.length).to.equal(channel1.filter((image) => image.cancellation_request === wanted).length).and.to.be.greaterThan(1);
  });

  it('filters by uploaded_by and combines filters with AND', async () => {
    const sample = channel1[3] as Image;
    const images = await list('', `uploaded_by=${sample.uploaded_by}&cancellation_request=${sample.cancellation_request}`);
    expect(images.map((image) => image.id)).to.deep.equal(
      channel1.filter((image) => image.uploaded_by === sample.uploaded_by && image.cancellation_request === sample.cancellation_request).map((image) => image.id),
    );
    expect(images.map((image) => image.id)).to.include(sample.id);
  });

  it('filters attributes given as a deepObject: every key must match', async () => {
    const sample = channel1.find((image) => image.attributes.size !== undefined) as Image;
    const { color, size } = sample.attributes as { color: string; size: string };
    for (const suffix of operations) {
      const images = await list(suffix, `attributes[color]=${color}&attributes[size]=${size}`);
      for (const image of images) expect(image.attributes).to.include({ color, size });
    }
    const all = await list('', `attributes%5Bcolor%5D=${color}&attributes%5Bsize%5D=${size}`);
    expect(all.map((image) => image.id)).to.deep.equal(
      channel1.filter((image) => image.attributes.color === color && image.attributes.size === size).map((image) => image.id),
    );
  });

  it('matches no image for an attribute value or key no image has', async () => {
    expect(await list('', 'attributes[color]=ultraviolet')).to.deep.equal([]);
    expect(await list('', 'attributes[weight]=1')).to.deep.equal([]);
  });

  it('ignores unknown parameters and empty filter values', async () => {
    expect((await list('', 'colour=red&uploaded_by=')).length).to.equal(channel1.length);
  });

  for (const name of ['cancellation_request', 'uploaded_by']) {
    it(`answers 400 with a field error for a non-integer ${name}`, async () => {
      for (const suffix of operations) {
        const res = await agent.get(`${imagesPath(1, suffix)}?${name}=abc`).set(AUTH);
        expect(res.status).to.equal(400);
        expect(res.body).to.deep.equal({ [name]: ['A valid integer is required.'] });
      }
      expect((await agent.get(`${imagesPath(1)}?${name}=1.5`).set(AUTH)).status).to.equal(400);
    });
  }
});
