/**
 * Emits the published JSON Schemas from the TypeScript definitions: one file per document
 * kind (self-contained, usable by any YAML tooling) and one per measure section.
 * Run `npm run schemas` (it also writes the validators generated from the same definitions,
 * see validators/writeValidators.ts); a test fails when the committed files are out of date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DCA_SCHEMA, ENGAGEMENT_SCHEMA } from '../core/schema';
import type { SchemaNode } from '../core/schema/dsl';
import { publishedSchema } from '../core/schema/publish';
import { writeValidators } from './validators/writeValidators';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

function sectionFileName(key: string, schema: SchemaNode): string {
  const measure = schema['x-measure']?.replace('OPS.3.1.M', '') ?? '0';
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `ops-3-1-m${measure.padStart(2, '0')}-${kebab}.schema.json`;
}

/** Every published schema file: path relative to the repository root -> content. */
export function renderSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  const write = (file: string, schema: SchemaNode) =>
    files.set(file, JSON.stringify(schema, null, 2) + '\n');
  const engagement = publishedSchema(ENGAGEMENT_SCHEMA);
  write('schemas/engagement.schema.json', engagement);
  write('schemas/data-connection-agreement.schema.json', {
    ...publishedSchema(DCA_SCHEMA),
    $schema: DRAFT_07,
  });
  for (const [key, section] of Object.entries(engagement.properties ?? {})) {
    if (key === 'apiVersion' || key === 'kind') continue;
    const title = `Engagement section ${key} (${section['x-measure'] ?? 'OPS.3.1'})`;
    write(`schemas/sections/${sectionFileName(key, section)}`, {
      $schema: DRAFT_07,
      title,
      ...section,
    });
  }
  return files;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../../..');
  fs.rmSync(path.join(root, 'schemas/sections'), { recursive: true, force: true });
  for (const [file, content] of renderSchemas()) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  console.log(`wrote ${renderSchemas().size} schema files`);
  console.log(`wrote ${writeValidators(root)} validator modules`);
}
