import { expect } from 'chai';
import { buildSeededState } from '../../../mock/data/seed';
import { IMAGE_MIX } from '../../../mock/data/seed-images';
import { FAILED_INTEGRATION_COUNTS } from '../../../mock/data/seed-failed-integrations';
import { createFailedIntegrationValidator } from '../../../mock/validation/failed-integration-validator';
import { AUTH, failedPath, imagesPath, testApp } from '../support';

function snapshot(seed: number): unknown {
  const state = buildSeededState(seed);
  return { images: state.images.all(), failed: state.failedIntegrations.all() };
}

describe('mock/data/seed', () => {
  it('builds identical data from the same seed', () => {
    expect(snapshot(1)).to.deep.equal(snapshot(1));
    expect(snapshot(987654)).to.deep.equal(snapshot(987654));
  });

  it('builds different data from different seeds', () => {
    expect(snapshot(1)).to.not.deep.equal(snapshot(2));
  });

  it('serves identical responses from two servers with the same seed', async () => {
    const a = testApp({ seed: 42 });
    const b = testApp({ seed: 42 });
    for (const path of [imagesPath(1, '?limit=100'), imagesPath(2, 'updates/?limit=100'), failedPath(2) + '?limit=100']) {
      expect((await a.agent.get(path).set(AUTH)).body).to.deep.equal((await b.agent.get(path).set(AUTH)).body);
    }
  });

  it('seeds the documented mix per channel', () => {
    const state = buildSeededState(1);
    for (const mix of IMAGE_MIX) {
      const images = state.images.all().filter((image) => image.channel === mix.channel);
      expect(images.filter((image) => image.status === 'new')).to.have.length(mix.new);
      expect(images.filter((image) => image.status === 'changed')).to.have.length(mix.changed);
      expect(images.filter((image) => image.status === 'unchanged')).to.have.length(mix.unchanged);
    }
    for (const [channel, count] of Object.entries(FAILED_INTEGRATION_COUNTS)) {
      expect(state.failedIntegrations.all().filter((row) => row.channel === Number(channel))).to.have.length(count);
    }
    expect(state.cancellationReasons.size).to.equal(0);
  });

  it('seeds failed integrations that pass the published schema', () => {
    const validator = createFailedIntegrationValidator();
    for (const row of buildSeededState(7).failedIntegrations.all()) {
      const result = validator.validate(row, false);
      expect(result.kind, JSON.stringify(result)).to.equal('valid');
      expect(row.retry_count).to.be.at.most(row.max_retry_count);
    }
  });

  it('gives every image realistic, well-formed values', () => {
    for (const { fields } of buildSeededState(3).images.all()) {
      expect(() => new URL(fields.image)).to.not.throw();
      expect(Date.parse(fields.modified_date)).to.be.at.least(Date.parse(fields.created_date));
      expect(fields.description).to.be.a('string').and.not.equal('');
      expect(Object.keys(fields.attributes)).to.include('color');
    }
  });
});
