import { expect } from 'chai';
import { answerDifference } from '../../engine/same-answer';
import type { WireResponse } from '../../targets/target';

function response(status: number, json: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, json, text: JSON.stringify(json), headers, truncated: false, elapsedMs: 1 };
}

describe('engine/same-answer', () => {
  const page = (next: string | null, results: number[]) => ({ count: 30, next, previous: null, results });

  it('is the same answer when only headers and the parameter echoed in links differ', () => {
    const withIt = response(200, page('http://h/api/x/?limit=0&page=2', [1, 2]), { date: 'Mon' });
    const withoutIt = response(200, page('http://h/api/x/?page=2', [1, 2]), { date: 'Tue' });
    expect(answerDifference(withIt, withoutIt, 'limit')).to.equal(undefined);
  });

  it('drops deepObject keys of the parameter from links, and keeps every other query parameter', () => {
    const withIt = response(200, page('/api/x/?attributes%5Bk%5D=v&page=2', [1]));
    expect(answerDifference(withIt, response(200, page('/api/x/?page=2', [1])), 'attributes')).to.equal(undefined);
    expect(answerDifference(withIt, response(200, page('/api/x/?page=3', [1])), 'attributes')).to.equal('the bodies differ at /next');
  });

  it('says how the answers differ: status, or the first differing pointer and the item counts', () => {
    expect(answerDifference(response(200, []), response(400, {}), 'limit')).to.equal('status 200 with it, 400 without it');
    expect(answerDifference(response(200, page(null, [1, 2, 3])), response(200, page(null, [1])), 'limit')).to.equal('the bodies differ at /results/1 (3 item(s) with it, 1 item(s) without it)');
    expect(answerDifference(response(200, [{ id: 1 }]), response(200, [{ id: 2 }]), 'uploaded_by')).to.equal('the bodies differ at /0/id');
  });

  it('compares text bodies when they are not JSON', () => {
    const text = (body: string): WireResponse => ({ status: 200, text: body, headers: {}, truncated: false, elapsedMs: 1 });
    expect(answerDifference(text('ok'), text('ok'), 'x')).to.equal(undefined);
    expect(answerDifference(text('ok'), text('no'), 'x')).to.equal('the bodies differ at /');
  });
});
