/**
 * Digests pages for the command line with a time limit per page. A page can be slow in ways no
 * check before parsing foresees (jsdom and Readability take 30 s on 500 nested elements, within
 * the nesting limit), so each page is digested in a worker thread, which is stopped, and replaced
 * for the next page, when the page runs over its time.
 */
import { Worker } from 'node:worker_threads';
import type { DigestAnswer, DigestJob } from './digest-worker';
import type { DigestFileOptions, TimedDigest } from './digest-file';

/** The longest a page may take by default: the slowest corpus page (wikipedia-2) takes about 5 s here. */
export const DEFAULT_TIME_LIMIT_SECONDS = 20;

export class PageDigester {
  private worker: Promise<Worker> | null = null;
  private jobs = 0;

  constructor(private readonly timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS) {}

  /** A worker that has loaded everything and waits for pages. */
  private ready(): Promise<Worker> {
    this.worker ??= new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./digest-worker-entry.js', import.meta.url));
      worker.once('error', reject);
      worker.once('message', (answer: DigestAnswer) => {
        worker.off('error', reject);
        if ('ready' in answer) resolve(worker);
        else reject(new Error('the digest worker did not start'));
      });
    });
    return this.worker;
  }

  /** Throws the worker away (a page ran over its time, or the worker died); the next page gets a new one. */
  private discard(worker: Worker): void {
    this.worker = null;
    void worker.terminate();
  }

  /** The digest of one page's bytes, or an Error with a one-line reason (the time limit among them). */
  async digest(bytes: Uint8Array, options: DigestFileOptions): Promise<TimedDigest> {
    const worker = await this.ready();
    const id = ++this.jobs;
    return new Promise<TimedDigest>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        done();
        this.discard(worker);
        reject(new Error(`the page took longer than ${this.timeLimitSeconds} s to digest`));
      }, this.timeLimitSeconds * 1000);
      const onMessage = (answer: DigestAnswer) => {
        if ('ready' in answer || answer.id !== id) return;
        done();
        if ('error' in answer) reject(new Error(answer.error));
        else resolve(answer.digest);
      };
      const onError = (error: Error) => {
        done();
        this.discard(worker);
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`the digest stopped (exit code ${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, bytes, options } satisfies DigestJob);
    });
  }

  /** Stops the worker, so the process can end. */
  async close(): Promise<void> {
    const worker = await this.worker?.catch(() => null);
    this.worker = null;
    await worker?.terminate();
  }
}
