/**
 * Entry of a worker thread of the language server's pool (bundled as dist/poolWorker.js): checks
 * one document per message (`checkDocument`) and answers with its result or its error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { afterLargeText } from '../memory';
import { checkDocument } from './checkDocument';
import type { AnswerMessage, JobMessage } from './jobs';

/** Set by the pool (tests only): this worker ends in the middle of its first job. */
const dies = (workerData as { dies?: boolean } | undefined)?.dies === true;

parentPort?.on('message', (message: JobMessage) => {
  if (dies) process.exit(1); // in a worker, this ends the worker only
  let answer: AnswerMessage;
  try {
    answer = { job: message.job, result: checkDocument(message.request) };
  } catch (error) {
    answer = {
      job: message.job,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(answer);
  // the parse is garbage now; a large one is collected at once, as on the main thread
  afterLargeText(message.request.text.length);
});
