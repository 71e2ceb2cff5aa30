/** Positions in the fixture files, found by their text so that the tests survive edits above. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURE_WORKSPACE } from './paths';

export const DRAFT = 'contract-draft.engagement.yaml';
export const HOSTING = 'hosting.engagement.yaml';
export const DEPOT_LINK = 'depot-link.dca.yaml';
export const SHARED_PLATFORM = 'shared-platform.engagement.yaml';

export interface Position {
  /** 1-based, as Go to Line and the Problems panel count. */
  line: number;
  column: number;
}

/**
 * Where `text` starts in fixture `fileName` (its first occurrence), plus `offset` characters:
 * positionOf(HOSTING, 'model: multitenant', 'model: '.length) is the start of the value.
 */
export function positionOf(fileName: string, text: string, offset = 0): Position {
  const lines = fs.readFileSync(path.join(FIXTURE_WORKSPACE, fileName), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${fileName} does not contain ${JSON.stringify(text)}`);
  return { line: index + 1, column: lines[index].indexOf(text) + 1 + offset };
}
