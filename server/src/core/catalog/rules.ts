/**
 * The catalogue of every rule id the engine reports. It feeds `outsourcing-policy explain`,
 * hovers, SARIF rule metadata (`helpUri` = `ruleDocUrl`) and the pages under docs/rules/.
 * Ids are fixed by FORMAT.md; the texts are written for this project.
 */
import type { MeasureId } from '../types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { exampleIn, type RuleDefinition, type RuleExample } from '../rules/defineRule';
import { allRuleDefinitions } from '../rules/registry';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'varies';

export interface RuleInfo {
  /** `group/name`, e.g. `schema/required`. */
  id: string;
  title: string;
  /** `field` = the measure of the field the finding is on; null = no measure (YAML or file problems). */
  measure: MeasureId | 'field' | null;
  /** `varies` = depends on the case; `details` says how. */
  severity: RuleSeverity;
  /** One sentence. Texts may use Markdown code spans (`contract.signedOn`) for field names and values. */
  summary: string;
  /** A paragraph: when the rule fires and why it matters. */
  details: string;
  /** How to fix, one or two sentences. */
  fix: string;
  /** Small YAML snippets, their comments and free-text values in the locale. */
  example?: RuleExample;
}

/** A defined rule's catalogue entry in a locale, from its definition. */
export function ruleInfoOf(definition: RuleDefinition, locale: Locale): RuleInfo {
  const texts = definition.texts[locale];
  return {
    id: definition.id,
    title: texts.title,
    measure: definition.measure,
    severity: definition.severity,
    summary: texts.summary,
    details: texts.details,
    fix: texts.fix,
    ...(definition.example ? { example: exampleIn(definition.example, locale) } : {}),
  };
}

/** Every rule's catalogue entry in a locale, in a stable order. */
export function ruleCatalogue(locale: Locale = DEFAULT_LOCALE): readonly RuleInfo[] {
  return allRuleDefinitions().map((definition) => ruleInfoOf(definition, locale));
}

export const RULES: readonly RuleInfo[] = ruleCatalogue(DEFAULT_LOCALE);

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/** The documentation folder of a locale: `docs/` (English), `docs/de/` (German). */
export function docsFolder(locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? 'docs/' : `docs/${locale}/`;
}

/**
 * Where the rule's page lives, relative to the repository root: `docs/rules/schema/required.md`,
 * in German `docs/de/rules/schema/required.md`.
 */
export function ruleDocPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${docsFolder(locale)}rules/${id}.md`;
}

export const DOCS_BASE_URL = 'https://github.com/outsourcing-policy/outsourcing-policy/blob/main/';

/** The rule's documentation page on the web (`codeDescription.href`, SARIF `helpUri`). */
export function ruleDocUrl(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return DOCS_BASE_URL + ruleDocPath(id, locale);
}
