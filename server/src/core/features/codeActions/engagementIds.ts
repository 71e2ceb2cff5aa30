/**
 * Ids a fix may write into a ref field: the contacts and parties of the engagement the
 * document belongs to (itself, or for a data connection agreement the one it names).
 */
import { asRecord, asString, type DataRecord } from '../../data';
import { referenceTargets, targetIds, type RefKind } from '../../domain/references';
import { findEngagement } from '../../workspace';
import type { FixContext } from './fix';

/** The data of the engagement the document belongs to (itself, or the one a DCA names). */
export function engagementData(fc: FixContext): DataRecord | undefined {
  const data = asRecord(fc.doc.value);
  if (fc.doc.kind === 'Engagement') return data;
  return findEngagement(fc.feature.index, asRecord(data?.metadata)?.engagementRef)?.data;
}

/** Contact ids, those with role isb first (they usually approve and own security matters). */
export function contactIds(fc: FixContext): string[] {
  const engagement = engagementData(fc);
  const contacts = engagement ? referenceTargets(engagement, 'contact') : [];
  const withRole = (isb: boolean) =>
    contacts
      .filter((contact) => (asString(contact.entry?.role) === 'isb') === isb)
      .map((contact) => contact.id);
  return [...withRole(true), ...withRole(false)];
}

/** The ids a `ref<kind>` field can name, as far as a fix can know them. */
export function idsForRef(fc: FixContext, kind: RefKind): string[] {
  if (kind === 'contact') return contactIds(fc);
  const engagement = engagementData(fc);
  return engagement ? targetIds(engagement, kind) : [];
}
