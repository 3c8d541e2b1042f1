/**
 * The thread file sink posts files in batches once the thread is attached, and writes here, in order, every file
 * the thread has not acknowledged when it turns out missing, dead or mute; a flush waits for the acknowledgements.
 */
import { expect } from 'chai';
import type { ResultFile, ResultFileSink } from '../../../reporters/results-writer';
import { ThreadFileSink } from '../../../reporters/worker/thread-file-sink';

/** A local sink that records what it was asked to write, and can be told to fail its flush. */
function recordingSink(failWith?: string): ResultFileSink & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    write: (file) => void written.push(`${file.path}=${'data' in file ? String(file.data) : `<${file.copyFrom}`}`),
    flush: () => (failWith ? Promise.reject(new Error(failWith)) : Promise.resolve()),
  };
}

const file = (i: number, data = `content ${i}`): ResultFile => ({ path: `/r/${i}-result.json`, data });

describe('reporters/worker/thread-file-sink', () => {
  it('holds files while the thread starts, then posts them in batches of 256, and flush waits for every batch', async () => {
    const local = recordingSink();
    const sink = new ThreadFileSink(local, 10_000);
    const posted: { batch: number; files: ResultFile[] }[] = [];
    for (let i = 0; i < 300; i++) sink.write(file(i));
    expect(posted).to.have.length(0);
    sink.attach((batch, files) => posted.push({ batch, files }) > 0);
    for (let i = 300; i < 600; i++) sink.write(file(i));
    let flushed = false;
    const flushing = sink.flush().then(() => (flushed = true));
    expect(posted.map((p) => p.files.length)).to.deep.equal([300, 256, 44]);
    expect(posted.flatMap((p) => p.files.map((f) => f.path))).to.deep.equal([...Array(600).keys()].map((i) => `/r/${i}-result.json`));
    sink.written(posted[0].batch, []);
    sink.written(posted[2].batch, []);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushed, 'flushed before the thread wrote every batch').to.equal(false);
    sink.written(posted[1].batch, []);
    await flushing;
    expect(local.written).to.deep.equal([]);
  });

  it('writes here, in order, what the thread has not acknowledged when it goes, and everything after', async () => {
    const local = recordingSink();
    const sink = new ThreadFileSink(local, 10_000);
    const posted: number[] = [];
    sink.attach((batch) => posted.push(batch) > 0);
    sink.write(file(1));
    sink.write(file(2, 'first'));
    const flushing = sink.flush();
    expect(posted).to.deep.equal([0]);
    sink.write(file(3));
    sink.write(file(2, 'last'));
    sink.goLocal();
    await flushing;
    sink.write(file(4));
    // A late acknowledgement of a batch already written here changes nothing.
    sink.written(0, ['/r/1-result.json: EIO']);
    await sink.flush();
    expect(local.written).to.deep.equal(['/r/1-result.json=content 1', '/r/2-result.json=first', '/r/3-result.json=content 3', '/r/2-result.json=last', '/r/4-result.json=content 4']);
  });

  it('writes here what waited for a thread that never started', async () => {
    const local = recordingSink();
    const sink = new ThreadFileSink(local, 10_000);
    sink.write(file(1));
    sink.write({ path: '/r/a-attachment.png', copyFrom: '/tmp/shot.png' });
    sink.goLocal();
    await sink.flush();
    expect(local.written).to.deep.equal(['/r/1-result.json=content 1', '/r/a-attachment.png=</tmp/shot.png']);
  });

  it('gives a mute thread the timeout, then writes its batches here', async () => {
    const local = recordingSink();
    const sink = new ThreadFileSink(local, 50);
    sink.attach(() => true);
    sink.write(file(1));
    const started = Date.now();
    await sink.flush();
    expect(Date.now() - started).to.be.at.least(40);
    expect(local.written).to.deep.equal(['/r/1-result.json=content 1']);
  });

  it('writes a batch here when it cannot be posted', async () => {
    const local = recordingSink();
    const sink = new ThreadFileSink(local, 10_000);
    sink.attach(() => false);
    sink.write(file(1));
    await sink.flush();
    expect(local.written).to.deep.equal(['/r/1-result.json=content 1']);
  });

  it("rejects flush with one line counting the thread's failed files, the first named, and this thread's after it", async () => {
    const sink = new ThreadFileSink(recordingSink('1 allure-results file(s) not written, the first: /r/9: ENOSPC'), 10_000);
    let batch = -1;
    sink.attach((b) => ((batch = b), true));
    sink.write(file(1));
    sink.write(file(2));
    const flushing = sink.flush();
    sink.written(batch, ['/r/1-result.json: EISDIR', '/r/2-result.json: EISDIR']);
    const message = await flushing.then(
      () => '',
      (err: Error) => err.message,
    );
    expect(message).to.equal('2 allure-results file(s) not written, the first: /r/1-result.json: EISDIR; 1 allure-results file(s) not written, the first: /r/9: ENOSPC');
  });
});
