/**
 * Entry of the end-to-end suite, loaded by @vscode/test-electron inside the extension host
 * (extensionTestsPath). Runs every check in order, reports each, and fails if any failed.
 * No test framework: node's assert and this loop are all it needs.
 */
import type * as VSCode from 'vscode';
import { CHECKS } from './checks';

export async function run(): Promise<void> {
  // `vscode` exists only inside the extension host. Loading it here and not at the top keeps this
  // file harmless when `node --test out/test/` picks it up together with the unit tests.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as typeof VSCode;
  const failures: string[] = [];
  for (const check of CHECKS) {
    try {
      await check.run(vscode);
      console.log(`ok - ${check.name}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`not ok - ${check.name}\n  ${reason.replace(/\n/g, '\n  ')}`);
      failures.push(check.name);
    }
  }
  console.log(`${CHECKS.length - failures.length} of ${CHECKS.length} checks passed`);
  if (failures.length) throw new Error(`${failures.length} end-to-end check(s) failed`);
}
