/**
 * What the cross-field rules expect of a value a fix writes, so that a placeholder does not
 * trade one finding for another. Rules that declare field constraints (recovery objectives no
 * longer than the customer's, the client concept the contract names, flags that must be true,
 * dates in the order the rules check) are served from their declarations (`constraintValues.ts`);
 * this file adds what no constraint states: values from elsewhere in the document (classification
 * levels, severities), and the tables of the rules that do not declare constraints yet. Fields
 * are named by their path without list indexes.
 */
import { asArray, asRecord, asString, valueAt } from '../../data';
import { forEachRef } from '../../rules/references';
import { schemaForKind } from '../../schema';
import { LEVELS } from '../../schema/dsl';
import { dayNumber, durationInDays } from '../../time';
import type { DataPath } from '../../types';
import {
  constrainedKeys,
  constrainedValue,
  fieldName,
  type DocumentFacts,
} from './constraintValues';
import type { RuledValue } from './placeholders';

export type { DocumentFacts } from './constraintValues';

type ValueRule = (facts: DocumentFacts, path: DataPath) => RuledValue | undefined;

/** The length the generic duration placeholder (P1Y) stands for. */
const DEFAULT_DURATION_DAYS = durationInDays('P1Y') ?? 365;

function ruled(value: RuledValue['value'], confirm = false): RuledValue {
  return { value, confirm };
}

/** True, stated by the fix for the user to confirm. */
const confirmedTrue: ValueRule = () => ruled(true, true);

function when(condition: (facts: DocumentFacts) => boolean, rule: ValueRule): ValueRule {
  return (facts, path) => (condition(facts) ? rule(facts, path) : undefined);
}

/** A duration no longer than the one at `limit` (the generic placeholder when that is short enough). */
function durationAtMost(limit: DataPath): ValueRule {
  return (facts) => {
    const other = valueAt(facts.data, limit);
    const days = durationInDays(other);
    return days !== undefined && days < DEFAULT_DURATION_DAYS ? ruled(String(other)) : undefined;
  };
}

function durationAtLeast(limit: DataPath): ValueRule {
  return (facts) => {
    const other = valueAt(facts.data, limit);
    const days = durationInDays(other);
    return days !== undefined && days > DEFAULT_DURATION_DAYS ? ruled(String(other)) : undefined;
  };
}

/** The valid dates at `limits` that lie on the wrong side of today (`-1` before, `1` after). */
function datesBeyondToday(facts: DocumentFacts, limits: DataPath[], side: -1 | 1): string[] {
  const today = dayNumber(facts.today);
  return limits
    .map((limit) => valueAt(facts.data, limit))
    .filter((date): date is string => {
      const day = dayNumber(date);
      return today !== undefined && day !== undefined && Math.sign(day - today) === side;
    })
    .sort();
}

/** A date no later than any of the dates at `limits` (today when that is early enough). */
function dateNotAfter(...limits: DataPath[]): ValueRule {
  return (facts) => {
    const earliest = datesBeyondToday(facts, limits, -1)[0];
    return earliest === undefined ? undefined : ruled(earliest);
  };
}

/** A date no earlier than any of the dates at `limits` (today when that is late enough). */
function dateNotBefore(...limits: DataPath[]): ValueRule {
  return (facts) => {
    const latest = datesBeyondToday(facts, limits, 1).pop();
    return latest === undefined ? undefined : ruled(latest);
  };
}

/** The protection level the counterpart documents give the same goal. */
const sharedProtectionLevel: ValueRule = (facts, path) => {
  const levels: readonly string[] = LEVELS;
  const level = facts.counterparts
    .map((other) => asString(valueAt(other, path)))
    .find((value) => value !== undefined && levels.includes(value));
  return level === undefined ? undefined : ruled(level);
};

/** Long-term external staff need a written commitment; without one the placeholder says short-term. */
const externalStaffEngagement: ValueRule = (facts, path) => {
  const commitment = valueAt(facts.data, [...path.slice(0, -1), 'writtenCommitmentOn']);
  return commitment === undefined ? ruled('short-term') : undefined;
};

/** The classification levels the document already names (a new scheme has to define them). */
const referencedLevels: ValueRule = (facts) => {
  const levels: string[] = [];
  forEachRef(schemaForKind(facts.kind), facts.data, (ref) => {
    if (ref.kind === 'classification' && !levels.includes(ref.value)) levels.push(ref.value);
  });
  return levels.length > 0 ? ruled(levels) : undefined;
};

/** The severities the reaction times are given for (a new list of severities has to name them). */
const reactionTimeSeverities: ValueRule = (facts) => {
  const reactionTimes = asRecord(valueAt(facts.data, ['contract', 'emergency', 'reactionTimes']));
  const severities = Object.keys(reactionTimes ?? {});
  return severities.length > 0 ? ruled(severities) : undefined;
};

function hasSubcontractors(facts: DocumentFacts): boolean {
  return asArray(valueAt(facts.data, ['roughConcept', 'dependencies'])).some(
    (dependency) => asRecord(dependency)?.type === 'subcontractor',
  );
}

function confidentialityIsHigh(facts: DocumentFacts): boolean {
  const own = valueAt(facts.data, ['protectionNeeds', 'confidentiality']);
  const shared = facts.counterparts.map((other) =>
    valueAt(other, ['protectionNeeds', 'confidentiality']),
  );
  return [own, ...shared].some((level) => level === 'high' || level === 'very-high');
}

const ACTIVATED_ON = ['activation', 'activatedOn'];

/*
 * Values no declared constraint gives. The entries marked "until declared" restate rules of
 * group A (termination/notice-period, subcontracting/*, dca/*) that do not declare their field
 * constraints yet; each goes once its rule declares the constraint (see `rules/constraints.ts`).
 */
const ENGAGEMENT_VALUES: Readonly<Record<string, ValueRule>> = {
  // until declared: subcontracting/flow-down, termination/notice-period, subcontracting/late-disclosure
  'contract.furtherRelocation.permitted': when(hasSubcontractors, confirmedTrue),
  'contract.term.noticePeriod': durationAtLeast(['termination', 'reintegrationEstimate']),
  'termination.reintegrationEstimate': durationAtMost(['contract', 'term', 'noticePeriod']),
  'roughConcept.dependencies.disclosedOn': dateNotAfter(['contract', 'signedOn']),
  // external-staff/commitment: long-term staff need a commitment, so without one say short-term
  'externalStaff.engagement': externalStaffEngagement,
  'securityConcept.classification.scheme': referencedLevels,
  'contract.emergency.incidentCategories.severities': reactionTimeSeverities,
  // until declared: dca/protection-mismatch
  'protectionNeeds.confidentiality': sharedProtectionLevel,
  'protectionNeeds.integrity': sharedProtectionLevel,
  'protectionNeeds.availability': sharedProtectionLevel,
};

/* Until declared: dca/protection-mismatch, dca/activation-gate and the DCA encryption rule. */
const AGREEMENT_VALUES: Readonly<Record<string, ValueRule>> = {
  'encryption.inNetwork': when(confidentialityIsHigh, confirmedTrue),
  'term.effectiveFrom': dateNotAfter(ACTIVATED_ON),
  'activation.securityCheck.date': dateNotAfter(ACTIVATED_ON),
  'activation.activatedOn': dateNotBefore(
    ['term', 'effectiveFrom'],
    ['activation', 'securityCheck', 'date'],
  ),
  'protectionNeeds.confidentiality': sharedProtectionLevel,
  'protectionNeeds.integrity': sharedProtectionLevel,
  'protectionNeeds.availability': sharedProtectionLevel,
};

type KeysRule = (facts: DocumentFacts) => readonly string[];

/* Until declared (as a `required` constraint): subcontracting/flow-down. */
const ENGAGEMENT_KEYS: Readonly<Record<string, KeysRule>> = {
  'contract.furtherRelocation': (facts) =>
    hasSubcontractors(facts) ? ['flowDownAllRequirements'] : [],
};

/** The value the rules tie the field at `path` to, if any: declared constraints first. */
export function ruledValue(facts: DocumentFacts, path: DataPath): RuledValue | undefined {
  const declared = constrainedValue(facts, path);
  if (declared) return declared;
  const table = facts.kind === 'Engagement' ? ENGAGEMENT_VALUES : AGREEMENT_VALUES;
  return table[fieldName(path)]?.(facts, path);
}

/** Keys a rule needs in a new mapping at `path`, beyond those the schema requires. */
export function ruleRequiredKeys(facts: DocumentFacts, path: DataPath): readonly string[] {
  const declared = constrainedKeys(facts, path);
  if (facts.kind !== 'Engagement') return declared;
  return [...declared, ...(ENGAGEMENT_KEYS[fieldName(path)]?.(facts) ?? [])];
}
