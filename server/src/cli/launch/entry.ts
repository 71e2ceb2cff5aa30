/**
 * `dist/cli.js`: a small launcher for the CLI bundle (`dist/cli-main.js`, from `cli/bin.ts`),
 * which it runs with V8's code cache (`runBundle.ts`). `esbuild.js` builds the bundle first and
 * then this launcher, with the bundle's name and hash written in.
 */
import * as path from 'node:path';
import { runBundle } from './runBundle';

declare const CLI_MAIN: { file: string; hash: string; encoding: 'latin1' | 'utf8' } | undefined;

if (typeof CLI_MAIN === 'undefined') throw new Error('dist/cli.js is built by esbuild.js only');
runBundle(
  { file: path.join(__dirname, CLI_MAIN.file), hash: CLI_MAIN.hash, encoding: CLI_MAIN.encoding },
  __filename,
);
