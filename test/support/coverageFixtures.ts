/** Coverage reports of the examples and of edited clean documents, rendered by the facade. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv from 'ajv';
import * as path from 'node:path';
import {
  buildWorkspaceIndex,
  coverageReport,
  createPolicyService,
  defaultOptions,
  parsePolicyFile,
  type CoverageFormat,
  type CoverageReport,
  type CoverageRenderOptions,
  type Level,
  type Locale,
} from '../../server/src/core';
import { REPO_ROOT } from './cli';

export interface Source {
  uri: string;
  text: string;
}

/** Every policy file of `examples/<folder>`, named `examples/<folder>/<file>`. */
export function exampleSources(...folders: string[]): Source[] {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(REPO_ROOT, 'examples', folder))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => {
        const uri = `examples/${folder}/${name}`;
        return { uri, text: fs.readFileSync(path.join(REPO_ROOT, uri), 'utf8') };
      }),
  );
}

export interface Rendered {
  report: CoverageReport;
  render(format: CoverageFormat, extra?: Partial<CoverageRenderOptions>): string;
}

/** The coverage of `sources` on `today`, and a renderer of it with one-based positions. */
export function coverageOf(
  sources: readonly Source[],
  setup: { today: string; locale?: Locale; level?: Level },
): Rendered {
  const locale = setup.locale ?? 'en';
  const options = { ...defaultOptions(setup.today), level: setup.level ?? 'standard', locale };
  const files = sources.map((s) => parsePolicyFile(s.uri, s.text, options));
  const report = coverageReport(files, buildWorkspaceIndex(files), options);
  const byUri = new Map(files.map((file) => [file.uri, file]));
  const service = createPolicyService();
  return {
    report,
    render: (format, extra = {}) =>
      service.renderCoverage(report, format, {
        locale,
        dueWithin: 'P30D',
        locate: (uri, offset) => {
          const position = byUri.get(uri)!.lineIndex.positionAt(offset);
          return { line: position.line + 1, column: position.character + 1 };
        },
        ...extra,
      }),
  };
}

/** ENG-2026-019 (examples/broken/negotiation) and the statuses section 6 gives its measures. */
export const BROKEN_ENGAGEMENT_STATUSES: Record<string, string> = {
  'OPS.3.1.M1': 'fulfilled',
  'OPS.3.1.M2': 'failing',
  'OPS.3.1.M3': 'fulfilled',
  'OPS.3.1.M4': 'fulfilled',
  'OPS.3.1.M5': 'pending',
  'OPS.3.1.M6': 'pending',
  'OPS.3.1.M7': 'not-applicable',
  'OPS.3.1.M8': 'failing',
  'OPS.3.1.M9': 'pending',
  'OPS.3.1.M10': 'fulfilled',
  'OPS.3.1.M11': 'failing',
  'OPS.3.1.M12': 'pending',
  'OPS.3.1.M13': 'fulfilled',
  'OPS.3.1.M14': 'failing',
  'OPS.3.1.M15': 'fulfilled',
  'OPS.3.1.M16': 'not-applicable',
};

/** Replaces exactly one occurrence; throws when the example changed under the test. */
export function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`not exactly one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The clean engagement without personnelScreening (M16 warns) and a waiver for M16. */
export function waivedScreening(cleanEngagement: string, expires: string): string {
  const withoutScreening = cleanEngagement.slice(
    0,
    cleanEngagement.indexOf('\npersonnelScreening:') + 1,
  );
  return [
    withoutScreening + 'waivers:',
    '  - measure: OPS.3.1.M16',
    '    justification: screening is done by the customer <b>itself</b> under its own procedure',
    '    approvedBy: nl-isb',
    '    date: 2026-01-05',
    `    expires: ${expires}`,
    '',
  ].join('\n');
}

const SCHEMA = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/coverage-report.schema.json'), 'utf8'),
) as object;

export interface JsonMeasure {
  measure: string;
  status: string;
  errors: number;
  warnings: number;
  waivers: { path: string | null; expires: string | null; justification: string | null }[];
  due: { what: string; date: string; file: string }[];
  findings: { file: string; line: number; column: number; ruleId: string; severity: string }[];
  waived: { ruleId: string }[];
}

export interface JsonEngagement {
  file: string;
  id: string | null;
  measures: JsonMeasure[];
  summary: Record<string, number>;
  dueSoon: { measure: string; what: string; date: string; overdue: boolean }[];
}

/** The JSON report parsed, after it was validated against the schema of section 6. */
export function validateCoverageJson(text: string): { engagements: JsonEngagement[] } {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
  const parsed: unknown = JSON.parse(text);
  assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 2));
  return parsed as { engagements: JsonEngagement[] };
}

/** Each measure's status, by measure id. */
export const statusesOf = (engagement: JsonEngagement): Record<string, string> =>
  Object.fromEntries(engagement.measures.map((m) => [m.measure, m.status]));
