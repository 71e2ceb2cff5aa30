/**
 * Entry point of the bundled CLI (dist/cli.js). The bundle also runs in the worker threads of
 * a large check (`check/parallel.ts`), which start their work as the bundle loads.
 */
import { isMainThread } from 'node:worker_threads';
import { runProcess } from './main';

if (isMainThread) runProcess();
