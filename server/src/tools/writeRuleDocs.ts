/**
 * Writes the rule and measure documentation from the catalog, in English and in German:
 *   docs/rules/<group>/<name>.md     one page per rule      (German: docs/de/rules/…)
 *   docs/rules/README.md             an index of all rules  (German: docs/de/rules/README.md)
 *   docs/measures.md                 one section per measure, anchors #ops-3-1-m1 …
 *                                    (German: docs/de/measures.md)
 *
 * Run from the repository root after compiling: `node out/server/src/tools/writeRuleDocs.js`.
 * `renderRuleDocs()` is pure, so a test can check that the committed files are in sync.
 * The output is already in Prettier's style (tables padded), so `prettier --check` passes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { measureControls } from '../core/catalog/controls';
import { measureAnchor, measureCatalogue, type MeasureInfo } from '../core/catalog/measures';
import { docsFolder, ruleCatalogue, ruleDocPath, type RuleInfo } from '../core/catalog/rules';
import { fill } from '../cli/texts';
import { LOCALES, type Locale } from '../core/i18n/locale';
import { de } from './ruleDocs/de';
import { en, type DocTexts } from './ruleDocs/en';
import { renderMeasuresPage } from './measuresPage';

const DOC_TEXTS: Readonly<Record<Locale, DocTexts>> = { en, de };

/** What every page of one locale is made from. */
interface DocSet {
  locale: Locale;
  words: DocTexts;
  rules: readonly RuleInfo[];
  measures: readonly MeasureInfo[];
  /** Paths relative to the repository root: `docs/measures.md`, `docs/de/measures.md`. */
  measuresPath: string;
  indexPath: string;
}

function docSet(locale: Locale): DocSet {
  return {
    locale,
    words: DOC_TEXTS[locale],
    rules: ruleCatalogue(locale),
    measures: measureCatalogue(locale),
    measuresPath: `${docsFolder(locale)}measures.md`,
    indexPath: `${docsFolder(locale)}rules/README.md`,
  };
}

/** Renders every documentation file of every locale; keys are paths relative to the repository root. */
export function renderRuleDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of LOCALES) {
    const set = docSet(locale);
    for (const rule of set.rules) files.set(ruleDocPath(rule.id, locale), renderRule(rule, set));
    files.set(set.indexPath, renderIndex(set));
    files.set(set.measuresPath, renderMeasuresPage(locale));
  }
  return files;
}

// ---- one rule --------------------------------------------------------------------------------

function renderRule(rule: RuleInfo, set: DocSet): string {
  const words = set.words.rule;
  const fromDir = path.posix.dirname(ruleDocPath(rule.id, set.locale));
  const measuresLink = path.posix.relative(fromDir, set.measuresPath);
  const indexLink = path.posix.relative(fromDir, set.indexPath);
  const lines: string[] = [
    set.words.generated,
    '',
    `# \`${rule.id}\`: ${rule.title}`,
    '',
    rule.summary,
    '',
    `- **${words.severity}:** ${set.words.severity[rule.severity]}`,
    `- **${words.measure}:** ${measureText(rule.measure, measuresLink, set)}`,
    ...controlLines(rule.measure, measuresLink, set),
    '',
    `## ${words.whenItFires}`,
    '',
    rule.details,
    '',
    `## ${words.howToFix}`,
    '',
    rule.fix,
    '',
  ];
  if (rule.example) {
    lines.push(
      `## ${words.example}`,
      '',
      words.reported,
      '',
      '```yaml',
      rule.example.bad,
      '```',
      '',
      words.fixed,
      '',
      '```yaml',
      rule.example.good,
      '```',
      '',
    );
  }
  lines.push(`[${words.allRules}](${indexLink}) · [${words.allMeasures}](${measuresLink})`, '');
  return lines.join('\n');
}

function measureText(measure: RuleInfo['measure'], measuresLink: string, set: DocSet): string {
  if (measure === null) return set.words.rule.noMeasure;
  if (measure === 'field') return fill(set.words.rule.fieldMeasure, { link: measuresLink });
  const info = set.measures.find((m) => m.id === measure);
  if (!info) return measure;
  return `[${info.id} ${info.title}](${measuresLink}#${measureAnchor(info.id)}) (Kompendium ${info.kompendium})`;
}

/** The Annex A and Grundschutz++ ids of the rule's measure, linking to its section for titles. */
function controlLines(measure: RuleInfo['measure'], measuresLink: string, set: DocSet): string[] {
  if (measure === null || measure === 'field') return [];
  const words = set.words.rule;
  const controls = measureControls(measure, set.locale);
  const grundschutz = controls.grundschutz.map(({ control }) => control.id).join(', ');
  const link = `${measuresLink}#${measureAnchor(measure)}`;
  return [
    `- **${words.annexA}:** ${controls.annexA.map((annex) => annex.id).join(', ')}`,
    `- **${words.grundschutz}:** ${fill(words.grundschutzNote, { controls: grundschutz, link })}`,
  ];
}

// ---- index -----------------------------------------------------------------------------------

function renderIndex(set: DocSet): string {
  const words = set.words.index;
  const rows = set.rules.map((rule) => [
    `[\`${rule.id}\`](${rule.id}.md)`,
    set.locale === 'en' ? rule.severity : set.words.severity[rule.severity].split(' (')[0],
    rule.measure === null
      ? '-'
      : rule.measure === 'field'
        ? words.ofTheField
        : shortMeasure(rule.measure),
    rule.summary,
  ]);
  return [
    set.words.generated,
    '',
    `# ${words.title}`,
    '',
    words.intro,
    '',
    ...table([words.rule, words.severity, words.measure, words.summary], rows),
    '',
  ].join('\n');
}

function shortMeasure(id: string): string {
  return `[${id.replace('OPS.3.1.', '')}](../measures.md#${measureAnchor(id as MeasureInfo['id'])})`;
}

// ---- helpers ---------------------------------------------------------------------------------

/** A Markdown table with padded columns, as Prettier writes it. */
export function table(head: string[], rows: string[][]): string[] {
  const cells = [head, ...rows].map((row) => row.map((c) => c.replace(/\|/g, '\\|')));
  const widths = head.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row: string[]): string =>
    `| ${row.map((c, i) => c + ' '.repeat(widths[i] - c.length)).join(' | ')} |`;
  return [
    line(cells[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ];
}

/** Writes the files below `root` and returns their paths. */
export function writeRuleDocs(root: string): string[] {
  const written: string[] = [];
  for (const [file, text] of renderRuleDocs()) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text, 'utf8');
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const written = writeRuleDocs(process.cwd());
  console.log(`wrote ${written.length} files (docs/rules/, docs/measures.md, docs/de/)`);
}
