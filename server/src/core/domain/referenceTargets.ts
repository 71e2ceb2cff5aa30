/**
 * Where the ids a `ref<…>` field may name are defined in an engagement: parties, contacts,
 * dependencies, communication partners and classification levels. A DCA resolves its refs
 * against the engagement it names.
 */
import { asRecord, asString, idsOf, type DataRecord } from '../data';
import type { RefKind } from '../schema/dsl';

export interface ReferenceTargets {
  /** The ids a ref of the kind may name (may contain repeats). */
  readonly ids: readonly string[];
  /** Where they are defined, as field paths: `contacts[].id`. */
  readonly definedIn: string;
  /** False when the list the ids come from does not exist at all (no classification scheme). */
  readonly listExists: boolean;
}

/** The kinds whose targets live in the engagement. */
export type EngagementRefKind = 'party' | 'contact' | 'dependency' | 'partner' | 'classification';

function partyIds(engagement: DataRecord): string[] {
  const parties = asRecord(engagement.parties);
  return [parties?.provider, parties?.customer]
    .map((party) => asString(asRecord(party)?.id))
    .filter((id): id is string => id !== undefined);
}

function classificationLevels(engagement: DataRecord): ReferenceTargets {
  const scheme = asRecord(asRecord(engagement.securityConcept)?.classification)?.scheme;
  const definedIn = 'securityConcept.classification.scheme';
  if (!Array.isArray(scheme)) return { ids: [], definedIn, listExists: false };
  const levels = scheme.filter((level): level is string => typeof level === 'string');
  return { ids: levels, definedIn, listExists: true };
}

function isEngagementRefKind(kind: RefKind): kind is EngagementRefKind {
  return ['party', 'contact', 'dependency', 'partner', 'classification'].includes(kind);
}

/** The targets of a ref kind in an engagement; undefined for kinds that live elsewhere. */
export function referenceTargets(
  kind: RefKind,
  engagement: DataRecord,
): (ReferenceTargets & { kind: EngagementRefKind }) | undefined {
  if (!isEngagementRefKind(kind)) return undefined;
  const lists: Record<EngagementRefKind, () => ReferenceTargets> = {
    party: () => ({
      ids: partyIds(engagement),
      definedIn: 'parties.provider.id, parties.customer.id',
      listExists: true,
    }),
    contact: () => ({
      ids: idsOf(engagement.contacts),
      definedIn: 'contacts[].id',
      listExists: true,
    }),
    dependency: () => ({
      ids: idsOf(asRecord(engagement.roughConcept)?.dependencies),
      definedIn: 'roughConcept.dependencies[].id',
      listExists: true,
    }),
    partner: () => ({
      ids: idsOf(asRecord(engagement.communication)?.partners),
      definedIn: 'communication.partners[].id',
      listExists: true,
    }),
    classification: () => classificationLevels(engagement),
  };
  return { kind, ...lists[kind]() };
}
