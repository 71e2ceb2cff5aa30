/**
 * The registry: every rule folder, in one list. The `RuleId` union, the catalogue, the docs,
 * SARIF descriptors, waiver and level classification and the quick-fix providers are derived
 * from it. Adding a rule means adding it to its folder's `index.ts` (or a new folder here).
 */
import type { RuleDefinition } from './defineRule';
import { documentRules } from './document';
import { schemaRules } from './schema';
import { communicationRules } from './communication';
import { operationsRules } from './operations';
import { protectionRules } from './protection';
import { staffRules } from './staff';
import { tenancyRules } from './tenancy';
import { waiverRules } from './waiver';
import { yamlRules } from './yaml';

export const RULE_DEFINITIONS = [
  ...schemaRules,
  ...yamlRules,
  ...documentRules,
  ...waiverRules,
  ...tenancyRules,
  ...protectionRules,
  ...operationsRules,
  ...staffRules,
  ...communicationRules,
] as const;

export type RuleId = (typeof RULE_DEFINITIONS)[number]['id'];

// The registry's definitions differ in their message ids; seen from outside they are all alike.
const BY_ID = new Map<string, RuleDefinition>(
  RULE_DEFINITIONS.map((definition) => [definition.id, definition as unknown as RuleDefinition]),
);

/** The definition of a rule id, or undefined for an id no rule defines. */
export function ruleDefinition(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** Every definition, as the uniform type the derived tables use. */
export function allRuleDefinitions(): readonly RuleDefinition[] {
  return [...BY_ID.values()];
}

/** The definitions that report some of their messages under `ruleId` (`reportsAs`). */
export function reportersAs(ruleId: string): readonly RuleDefinition[] {
  return allRuleDefinitions().filter((definition) => definition.reportsAs?.includes(ruleId));
}
