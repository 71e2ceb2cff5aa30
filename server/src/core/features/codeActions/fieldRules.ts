/**
 * What the cross-field rules expect of a value a fix writes, so that a placeholder does not
 * trade one finding for another. Rules that declare field constraints (recovery objectives no
 * longer than the customer's, the client concept the contract names, flags that must be true,
 * dates in the order the rules check, protection needs as the counterpart rates them) are served
 * from their declarations (`constraintValues.ts`); this file adds only what no constraint states:
 * values from elsewhere in the document (classification levels, severities, the engagement of
 * external staff). Fields are named by their path without list indexes.
 */
import { asRecord, valueAt } from '../../data';
import { forEachRef } from '../../rules/references/forEachRef';
import { schemaForKind } from '../../schema';
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

function ruled(value: RuledValue['value'], confirm = false): RuledValue {
  return { value, confirm };
}

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

/* Values no declared constraint gives. */
const ENGAGEMENT_VALUES: Readonly<Record<string, ValueRule>> = {
  // external-staff/commitment: long-term staff need a commitment, so without one say short-term
  'externalStaff.engagement': externalStaffEngagement,
  'securityConcept.classification.scheme': referencedLevels,
  'contract.emergency.incidentCategories.severities': reactionTimeSeverities,
};

/** The value the rules tie the field at `path` to, if any: declared constraints first. */
export function ruledValue(facts: DocumentFacts, path: DataPath): RuledValue | undefined {
  const declared = constrainedValue(facts, path);
  if (declared) return declared;
  if (facts.kind !== 'Engagement') return undefined;
  return ENGAGEMENT_VALUES[fieldName(path)]?.(facts, path);
}

/** Keys a rule needs in a new mapping at `path`, beyond those the schema requires. */
export function ruleRequiredKeys(facts: DocumentFacts, path: DataPath): readonly string[] {
  return constrainedKeys(facts, path);
}
