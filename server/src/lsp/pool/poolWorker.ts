/**
 * Entry of a worker thread of the language server's pool (bundled as dist/poolWorker.js): checks
 * the texts of one job per message (`checkTexts`) and answers with their results or the error.
 * It keeps the parses of the files on disk it checked, so that checking them again (new
 * settings, a changed engagement) parses nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { afterLargeText } from '../memory';
import { checkTexts, type KeptParses } from './checkTexts';
import { isText, type AnswerMessage, type JobMessage } from './jobs';

/** Set by the pool (tests only): this worker ends in the middle of its first job. */
const dies = (workerData as { dies?: boolean } | undefined)?.dies === true;
const kept: KeptParses = new Map();

parentPort?.on('message', (message: JobMessage) => {
  if ('forget' in message) {
    for (const uri of message.forget) kept.delete(uri);
    return;
  }
  if (dies) process.exit(1); // in a worker, this ends the worker only
  let answer: AnswerMessage;
  try {
    answer = { job: message.job, results: checkTexts(message.request, kept) };
  } catch (error) {
    answer = {
      job: message.job,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(answer);
  // a large text not kept is garbage now: it is collected at once, as on the main thread
  for (const place of message.request.places)
    if (isText(place) && !place.keep) afterLargeText(place.text.length);
});
