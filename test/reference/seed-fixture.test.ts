/** The DRF target's committed seed fixture and reasons are the embedded server's, so both start with the same rows. */
import { expect } from 'chai';
import fs from 'node:fs';
import { omnitronReasons, REASONS_FILE, SEED_FIXTURE, seedFixture } from '../../reference/drf/tools/export-seed';

describe('reference: the DRF seed fixture', () => {
  it('equals the embedded server\'s seed 1 (re-run reference/drf/tools/export-seed.ts after changing mock/data)', () => {
    expect(JSON.parse(fs.readFileSync(SEED_FIXTURE, 'utf8'))).to.deep.equal(seedFixture());
    expect(JSON.parse(fs.readFileSync(REASONS_FILE, 'utf8'))).to.deep.equal(omnitronReasons());
  });

  it('holds the images and failed integrations of channels 1-3', () => {
    const rows = seedFixture();
    const count = (model: string, channel: number) => rows.filter((row) => row.model === model && row.fields.channel === channel).length;
    expect(count('omnitron.saleschannelcancellationrequestimage', 1)).to.equal(35);
    expect(count('omnitron.saleschannelfailedintegration', 1)).to.equal(25);
    expect(count('omnitron.saleschannelfailedintegration', 3)).to.equal(0);
  });
});
