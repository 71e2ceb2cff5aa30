/**
 * Workspaces of N policy documents for benchmarks: pairs of an engagement and its data
 * connection agreement, made from the clean examples with ids of their own, so that the
 * cross-document rules (engagement ↔ DCA, unique ids) have real work. Deterministic: the same
 * count gives the same files. Every tenth engagement gets a finding (an unknown key), so
 * reports are not empty.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples', 'clean');
const ENGAGEMENT_ID = 'ENG-2025-004';
const DCA_ID = 'DCA-2025-004-01';

export interface GeneratedFile {
  /** A path relative to the workspace folder. */
  name: string;
  text: string;
}

function readExample(name: string): string {
  return fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
}

function withIds(text: string, n: number): string {
  const serial = String(n).padStart(5, '0');
  return text
    .replaceAll(DCA_ID, `DCA-2025-${serial}-01`)
    .replaceAll(ENGAGEMENT_ID, `ENG-2025-${serial}`);
}

/** The files of a workspace of `count` documents (an even count: engagement + DCA pairs). */
export function* workspaceFiles(count: number): Generator<GeneratedFile> {
  const engagement = readExample('erp-hosting.engagement.yaml');
  const dca = readExample('erp-hosting.dca.yaml');
  for (let n = 0; n < Math.ceil(count / 2); n++) {
    const folder = `customer-${String(Math.floor(n / 100)).padStart(3, '0')}`;
    const extra = n % 10 === 9 ? 'reviewCadence: monthly\n' : '';
    yield { name: `${folder}/erp-${n}.engagement.yaml`, text: withIds(engagement, n) + extra };
    if (2 * n + 1 < count) yield { name: `${folder}/erp-${n}.dca.yaml`, text: withIds(dca, n) };
  }
}

/** Writes a workspace of `count` documents into `folder` (created), returning the folder. */
export function writeWorkspace(folder: string, count: number): string {
  for (const file of workspaceFiles(count)) {
    const target = path.join(folder, file.name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  return folder;
}
