/**
 * `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, SARIF viewers).
 * One run; the driver lists every rule of the catalogue so rule indexes stay the same from run
 * to run. Rule texts and messages are in the report's locale. Each result carries a partial
 * fingerprint made of the finding's identity (rule, data path, message id and arguments), not
 * of its text or line: an alert keeps its identity when lines move and when the locale changes.
 */
import type * as Crypto from 'node:crypto';
import { measureInfo } from '../../core';
import { ruleCatalogue, ruleDocUrl, type RuleInfo, type RuleSeverity } from '../../core';
import type { Severity } from '../../core';
import { DEFAULT_LOCALE, type Locale } from '../../core';
import { identityWithoutPositions, type Report, type ReportedFinding } from '../report';
import { cliTexts, type CliTexts } from '../texts';
import { SUPPORTED_TAXONOMIES, measureTaxon, resultTaxa, sarifTaxonomies } from './sarifTaxonomies';

const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/outsourcing-policy/outsourcing-policy';
const SOURCE_ROOT = '%SRCROOT%';
/** v2: made of the finding's identity; v1 used the English message text. */
export const FINGERPRINT_KEY = 'outsourcingPolicy/v2';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL_OF: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** `varies` rules report errors or warnings case by case; each result states its own level. */
const DEFAULT_LEVEL_OF: Record<RuleSeverity, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  varies: 'warning',
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/** `schema/must-be-true` -> `SchemaMustBeTrue`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

function helpMarkdown(rule: RuleInfo, words: CliTexts['sarif']): string {
  const parts = [rule.details, `**${words.howToFix}** ${rule.fix}`];
  if (rule.example) {
    parts.push(words.insteadOf, '```yaml\n' + rule.example.bad + '\n```');
    parts.push(words.write, '```yaml\n' + rule.example.good + '\n```');
  }
  return parts.join('\n\n');
}

/**
 * A rule reports gaps in one measure. Kind `superset`, as SARIF tools use it for CWE taxa: each
 * result of the rule implicitly belongs to the measure's taxon (SARIF 2.1.0, result.taxa).
 */
function ruleRelationships(rule: RuleInfo) {
  if (rule.measure === null || rule.measure === 'field') return undefined;
  const target = measureTaxon(rule.measure);
  return target && [{ target, kinds: ['superset'] }];
}

function ruleProperties(rule: RuleInfo): Record<string, unknown> {
  const tags = ['OPS.3.1', rule.id.split('/')[0]];
  if (rule.measure === null || rule.measure === 'field') return { tags };
  const measure = measureInfo(rule.measure);
  return {
    measure: rule.measure,
    ...(measure && { kompendium: measure.kompendium, iso: measure.iso }),
    tags: [...tags, rule.measure],
  };
}

function reportingDescriptor(rule: RuleInfo, locale: Locale) {
  const words = cliTexts(locale).sarif;
  const relationships = ruleRelationships(rule);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.summary },
    help: {
      text: `${rule.details}\n\n${words.howToFix} ${rule.fix}`,
      markdown: helpMarkdown(rule, words),
    },
    helpUri: ruleDocUrl(rule.id, locale),
    defaultConfiguration: { level: DEFAULT_LEVEL_OF[rule.severity] },
    ...(relationships && { relationships }),
    properties: ruleProperties(rule),
  };
}

/** A `file:` URI for an absolute path as reported (forward slashes, maybe a drive letter). */
function fileUri(file: string): string {
  const encoded = file
    .split('/')
    .map((part, i) => (i === 0 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part)))
    .join('/');
  if (/^[A-Za-z]:/.test(file)) return `file:///${encoded}`;
  return file.startsWith('//') ? `file:${encoded}` : `file://${encoded}`;
}

/**
 * Relative paths (also `../` ones, for files outside the repository) are relative to
 * `%SRCROOT%`, whose absolute location the log never states; only a path that has no relative
 * form (another drive on Windows) becomes an absolute `file:` URI.
 */
export function artifactLocationOf(file: string): ArtifactLocation {
  if (file.startsWith('/') || /^[A-Za-z]:\//.test(file)) return { uri: fileUri(file) };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** The identity (rule, data path, message id, arguments) in its file; the excerpt stands in for a missing path. */
function fingerprintSource(finding: ReportedFinding): string {
  const subject = finding.dataPath === null ? finding.excerpt : '';
  return [finding.file, identityWithoutPositions(finding), subject].join('\u0000');
}

/** Loaded by the SARIF output only: the other formats do not pay for the module. */
function crypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a builtin
  return require('node:crypto') as typeof Crypto;
}

function sha256Prefix(text: string): string {
  return crypto().createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}

/**
 * One fingerprint per finding, in report order. The line number is never part of it; findings
 * that would collide (same rule, file, subject and message) are told apart by their order.
 */
export function fingerprints(findings: readonly ReportedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const source = fingerprintSource(finding);
    const occurrence = seen.get(source) ?? 0;
    seen.set(source, occurrence + 1);
    return sha256Prefix(occurrence === 0 ? source : `${source}\u0000${occurrence}`);
  });
}

/** Every checked file, then any file that only appears in findings. */
function artifactFiles(report: Report): string[] {
  return [...new Set([...report.files, ...report.findings.map((f) => f.file)])];
}

function region(finding: ReportedFinding) {
  return {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.excerpt &&
      finding.line === finding.endLine && { snippet: { text: finding.excerpt } }),
  };
}

function result(
  finding: ReportedFinding,
  fingerprint: string,
  ruleIndexes: ReadonlyMap<string, number>,
  artifactIndexes: ReadonlyMap<string, number>,
) {
  const ruleIndex = ruleIndexes.get(finding.ruleId);
  const taxa = finding.measure ? resultTaxa(finding.measure) : [];
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: LEVEL_OF[finding.severity],
    message: {
      text: finding.message,
      ...(finding.detail && { markdown: `${finding.message}\n\n${finding.detail}` }),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            ...artifactLocationOf(finding.file),
            index: artifactIndexes.get(finding.file),
          },
          region: region(finding),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(taxa.length > 0 && { taxa }),
    ...(finding.measure && { properties: { measure: finding.measure } }),
  };
}

function indexes(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key, index) => [key, index]));
}

export function formatSarif(report: Report): string {
  const locale = report.locale ?? DEFAULT_LOCALE;
  const rules = ruleCatalogue(locale);
  const files = artifactFiles(report);
  const ruleIndexes = indexes(rules.map((rule) => rule.id));
  const artifactIndexes = indexes(files);
  const prints = fingerprints(report.findings);
  const run = {
    tool: {
      driver: {
        name: 'outsourcing-policy',
        version: report.version,
        informationUri: INFORMATION_URI,
        rules: rules.map((rule) => reportingDescriptor(rule, locale)),
        supportedTaxonomies: SUPPORTED_TAXONOMIES,
      },
    },
    taxonomies: sarifTaxonomies(locale),
    originalUriBaseIds: {
      [SOURCE_ROOT]: {
        description: { text: cliTexts(locale).sarif.sourceRoot },
      },
    },
    artifacts: files.map((file) => ({ location: artifactLocationOf(file) })),
    columnKind: 'utf16CodeUnits',
    results: report.findings.map((finding, i) =>
      result(finding, prints[i], ruleIndexes, artifactIndexes),
    ),
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
