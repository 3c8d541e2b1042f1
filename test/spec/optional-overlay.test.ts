import { expect } from 'chai';
import { loadBundledApi } from '../../spec/load';

describe('specs/omnitron/overlays/optional/v1-prefix.yaml', () => {
  it('moves the image path items to /api/v1/channel/ unchanged (its copies have not drifted from the corrected ones)', async () => {
    const corrected = await loadBundledApi('omnitron');
    const moved = await loadBundledApi('omnitron', { extraOverlays: ['optional/v1-prefix.yaml'] });
    const expected = Object.fromEntries(
      Object.entries(corrected.document.paths).map(([path, item]) => [path.replace(/^\/api\/channel\//, '/api/v1/channel/'), item]),
    );
    expect(moved.document.paths).to.deep.equal(expected);
    expect(moved.document.components).to.deep.equal(corrected.document.components);
  });

  it('is not applied by default', async () => {
    const { overlaysApplied } = await loadBundledApi('omnitron');
    expect(overlaysApplied.some((file) => file.includes('optional'))).to.equal(false);
  });
});
