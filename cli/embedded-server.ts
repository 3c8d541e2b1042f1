/** `conformance run` without --target: the reference server started on its own worker thread for the run. */
import type { Worker } from 'node:worker_threads';
import { EMBEDDED_DEV_TOKEN, type EmbeddedServer } from '../engine/embedded';
import type { ServerThreadData, ServerThreadReady } from '../mock/server-thread';
import { startModuleWorker } from '../engine/module-worker';
import { moduleFile } from './module-file';

/** Starts the server's worker on mock/server-thread in the running form. */
function startWorker(data: ServerThreadData): Worker {
  return startModuleWorker(moduleFile(__dirname, '../mock/server-thread'), data);
}

/**
 * Starts the reference server on a worker thread and resolves once it listens: client and server then use two
 * cores instead of sharing one event loop (the run's requests per second roughly doubled on a 2-core machine).
 */
export function startEmbeddedServer(token: string = EMBEDDED_DEV_TOKEN): Promise<EmbeddedServer> {
  const worker = startWorker({ token });
  return new Promise((resolve, reject) => {
    const failed = (err: Error): void => reject(new Error(`the embedded reference server did not start: ${err.message}`));
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`its thread exited with code ${code}`)));
    worker.once('message', (ready: ServerThreadReady) => {
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      if ('error' in ready) {
        void worker.terminate();
        failed(new Error(ready.error));
        return;
      }
      // A crash of the server thread after start shows up as failed exchanges; it must not end the CLI process.
      worker.on('error', (err) => process.stderr.write(`conformance: the embedded reference server failed: ${err.message}\n`));
      resolve({ url: ready.url, token, pathValues: ready.pathValues, close: () => closeWorker(worker) });
    });
  });
}

/** Asks the thread to close its server (and its keep-alive connections), then ends the thread. */
function closeWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(), () => resolve());
    };
    // A thread that does not answer within a second is ended anyway: closing must never hang the CLI.
    const timer = setTimeout(done, 1000);
    worker.once('message', done);
    worker.once('exit', done);
    worker.postMessage('close');
  });
}
