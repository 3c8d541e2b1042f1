import { expect } from 'chai';
import type { Operation } from '../../model/operation';
import { checkVerdict } from '../../engine/check-verdict';
import { FindingCollector } from '../../engine/findings';
import type { CheckTally, PhaseResult } from '../../engine/phase-run';

const operation = { api: 'omnitron', id: 'listThings', method: 'get', path: '/things/' } as unknown as Operation;
const CHECK = 'response is not a server error';

function phase(change: Partial<PhaseResult> = {}, tally?: Partial<CheckTally>): PhaseResult {
  const tallies = new Map<string, CheckTally>();
  if (tally) tallies.set(CHECK, { passed: 0, failed: 0, lenient: 0, leniency: [], ...tally });
  return { phase: 'fuzz', casesSent: 5, tallies, samples: [], blocked: 0, ...change };
}

describe('engine/check-verdict', () => {
  const collector = new FindingCollector();

  it('is broken (setup) when the phase did not run, and (generation) when its cases could not be generated', () => {
    expect(checkVerdict(collector, operation, undefined, CHECK, 'the fuzz phase failed: boom')).to.deep.equal({ status: 'broken', category: 'setup', message: '[setup] the fuzz phase failed: boom' });
    expect(checkVerdict(collector, operation, phase({ generationError: 'unsupported schema' }), CHECK)).to.include({ status: 'broken', category: 'generation' });
  });

  it('skips with the reason when nothing was judged: phase skipped, cases blocked, or the check never applied', () => {
    expect(checkVerdict(collector, operation, phase({ skipped: 'writes are not sent here' }), CHECK)).to.deep.equal({ status: 'skipped', reason: 'writes are not sent here' });
    expect(checkVerdict(collector, operation, phase({ blocked: 5, blockedReason: 'interrupted' }), CHECK)).to.deep.equal({ status: 'skipped', reason: '5 case(s) not sent: interrupted' });
    expect(checkVerdict(collector, operation, phase(), CHECK)).to.include({ status: 'skipped' });
  });

  it('passes only a check that judged cases and failed none; fails one whose tally has failures', () => {
    expect(checkVerdict(collector, operation, phase({}, { passed: 5 }), CHECK)).to.deep.equal({ status: 'passed' });
    expect(checkVerdict(collector, operation, phase({}, { passed: 4, failed: 1 }), CHECK)).to.deep.equal({ status: 'failed', findings: [] });
  });
});
