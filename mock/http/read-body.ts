/** Reads a request body with a size cap, without buffering more than the cap. */
import type { IncomingMessage } from 'node:http';

/** The body as read, or the fact that it was larger than allowed. */
export type BodyReadResult = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Collects at most `maxBytes`. A declared Content-Length over the cap is refused before a byte is read (Node
 * discards the unread body once the response is sent); a chunked body is refused as soon as it crosses the cap and
 * its remainder is drained. Either way nothing beyond the cap is buffered and a keep-alive connection stays usable.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyReadResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyReadResult): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > maxBytes) {
        finish({ kind: 'too-large' });
        // Without a data listener a flowing stream drops its chunks: the rest is drained, never kept.
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ kind: 'body', bytes: Buffer.concat(chunks) });
    const onError = (): void => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
