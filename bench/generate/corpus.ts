/**
 * The benchmark corpus: engagements of about 250, 2,000 and 8,000 lines in block and flow
 * style and a 2 MB document (generated in memory), and workspaces of N documents written to a
 * temporary folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  engagementOfBytes,
  engagementOfLines,
  type GeneratedEngagement,
  type Style,
} from './engagements';
import { writeWorkspace } from './workspace';

export interface CorpusDocument extends GeneratedEngagement {
  name: string;
  style: Style;
}

export const SIZES = [250, 2_000, 8_000] as const;

export function corpusDocuments(): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  for (const lines of SIZES)
    for (const style of ['block', 'flow'] as const)
      documents.push({ name: `${lines}-line ${style}`, style, ...engagementOfLines(lines, style) });
  documents.push({ name: '2 MB block', style: 'block', ...engagementOfBytes(2_000_000) });
  return documents;
}

/** A fresh temporary folder under the system's, removed by `removeFolder`. */
export function temporaryFolder(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `outsourcing-policy-bench-${label}-`));
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/** A temporary workspace of `count` documents. */
export function workspaceFolder(count: number): string {
  return writeWorkspace(temporaryFolder(`ws${count}`), count);
}
