/**
 * What the cross-field rules expect of a value a fix writes, so that a placeholder does not
 * trade one finding for another: values other fields tie it to (recovery objectives no longer
 * than the customer's, the protection needs the engagement and its agreements share, the client
 * concept the contract names, dates in the order the rules check), booleans a rule demands to
 * be true (written as true, for the user to confirm), ids that other fields already use, and
 * keys a rule needs in a new mapping. Fields are named by their path without list indexes.
 */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../../data';
import { forEachRef } from '../../rules/references/forEachRef';
import { schemaForKind } from '../../schema';
import { ID_PATTERN, LEVELS } from '../../schema/dsl';
import { dayNumber, durationInDays } from '../../time';
import type { DataPath, PolicyKind } from '../../types';
import type { RuledValue } from './placeholders';

/** The document a placeholder goes into, and the documents its rules compare it with. */
export interface DocumentFacts {
  kind: PolicyKind;
  data: DataRecord;
  /** For an engagement its data connection agreements; for an agreement its engagement. */
  counterparts: readonly DataRecord[];
  today: string;
}

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

const ID_REGEX = new RegExp(ID_PATTERN);

/** The id another field of the same document gives (when it is a valid id). */
function sameIdAs(other: DataPath): ValueRule {
  return (facts) => {
    const value = asString(valueAt(facts.data, other));
    return value === undefined || !ID_REGEX.test(value) ? undefined : ruled(value);
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

function isMultiTenant(facts: DocumentFacts): boolean {
  return valueAt(facts.data, ['tenancy', 'model']) === 'multi-tenant';
}

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

const RECOVERY = ['emergencyPreparedness', 'customerRecoveryRequirements'];
const CAPABILITY = ['emergencyPreparedness', 'providerCapability'];
const ACTIVATED_ON = ['activation', 'activatedOn'];

const ENGAGEMENT_VALUES: Readonly<Record<string, ValueRule>> = {
  'accessControl.defaultPasswordsChanged': confirmedTrue,
  'emergencyPreparedness.backup.separateMediaPerClient': confirmedTrue,
  'contract.furtherRelocation.permitted': when(hasSubcontractors, confirmedTrue),
  'emergencyPreparedness.providerCapability.rto': durationAtMost([...RECOVERY, 'rto']),
  'emergencyPreparedness.providerCapability.rpo': durationAtMost([...RECOVERY, 'rpo']),
  'emergencyPreparedness.customerRecoveryRequirements.rto': durationAtLeast([...CAPABILITY, 'rto']),
  'emergencyPreparedness.customerRecoveryRequirements.rpo': durationAtLeast([...CAPABILITY, 'rpo']),
  'contract.term.noticePeriod': durationAtLeast(['termination', 'reintegrationEstimate']),
  'termination.reintegrationEstimate': durationAtMost(['contract', 'term', 'noticePeriod']),
  'clientConcept.id': sameIdAs(['contract', 'clientCapability', 'clientConceptRef']),
  'contract.clientCapability.clientConceptRef': sameIdAs(['clientConcept', 'id']),
  'migration.completedOn': dateNotAfter(['migration', 'securityConceptUpdatedOn']),
  'migration.securityConceptUpdatedOn': dateNotBefore(['migration', 'completedOn']),
  'roughConcept.dependencies.disclosedOn': dateNotAfter(['contract', 'signedOn']),
  'externalStaff.engagement': externalStaffEngagement,
  'securityConcept.classification.scheme': referencedLevels,
  'contract.emergency.incidentCategories.severities': reactionTimeSeverities,
  'protectionNeeds.confidentiality': sharedProtectionLevel,
  'protectionNeeds.integrity': sharedProtectionLevel,
  'protectionNeeds.availability': sharedProtectionLevel,
};

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

const ENGAGEMENT_KEYS: Readonly<Record<string, KeysRule>> = {
  contract: (facts) => (isMultiTenant(facts) ? ['clientCapability'] : []),
  emergencyPreparedness: (facts) => (isMultiTenant(facts) ? ['backup'] : []),
  'emergencyPreparedness.backup': (facts) =>
    isMultiTenant(facts) ? ['separateMediaPerClient'] : [],
  'contract.furtherRelocation': (facts) =>
    hasSubcontractors(facts) ? ['flowDownAllRequirements'] : [],
};

/** `contract.emergency.escalationLevels.after` for `['contract', 'emergency', 'escalationLevels', 0, 'after']`. */
function fieldName(path: DataPath): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/** The value the rules tie the field at `path` to, if any. */
export function ruledValue(facts: DocumentFacts, path: DataPath): RuledValue | undefined {
  const table = facts.kind === 'Engagement' ? ENGAGEMENT_VALUES : AGREEMENT_VALUES;
  return table[fieldName(path)]?.(facts, path);
}

/** Keys a rule needs in a new mapping at `path`, beyond those the schema requires. */
export function ruleRequiredKeys(facts: DocumentFacts, path: DataPath): readonly string[] {
  if (facts.kind !== 'Engagement') return [];
  return ENGAGEMENT_KEYS[fieldName(path)]?.(facts) ?? [];
}
