/**
 * The worker thread that digests one page at a time for the command line (cli/page-digester.ts),
 * so that the main thread can stop a page that takes too long: checks, parsing and digest all run
 * here, and the thread is thrown away when the time is up.
 */
import { parentPort } from 'node:worker_threads';
import { readableDocument } from './source';
import { digestSource, type DigestFileOptions, type TimedDigest } from './digest-file';

/** One page to digest: its bytes as read (size checked), decoded and checked here. */
export interface DigestJob {
  id: number;
  bytes: Uint8Array;
  options: DigestFileOptions;
}

export type DigestAnswer = { id: number; digest: TimedDigest } | { id: number; error: string } | { ready: true };

const port = parentPort;
if (!port) throw new Error('cli/digest-worker.ts runs only as a worker thread');

port.on('message', (job: DigestJob) => {
  let answer: DigestAnswer;
  try {
    answer = { id: job.id, digest: digestSource(readableDocument(job.bytes, !job.options.text), job.options) };
  } catch (error) {
    answer = { id: job.id, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
  port.postMessage(answer);
});
// Everything above is loaded (jsdom, Readability, the digest): the time limit starts with the first page.
port.postMessage({ ready: true } satisfies DigestAnswer);
