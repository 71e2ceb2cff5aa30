/** The clean example documents, the fixtures most tests start from and break on purpose. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './cli';

const example = (name: string): string =>
  fs.readFileSync(path.join(REPO_ROOT, 'examples/clean', name), 'utf8');

export const CLEAN_ENGAGEMENT = example('erp-hosting.engagement.yaml');
export const CLEAN_DCA = example('erp-hosting.dca.yaml');
