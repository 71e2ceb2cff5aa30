/**
 * OPS.3.1.M13: a contact named as responsible somewhere, in the engagement or one of its DCAs,
 * can be reached (reported as `schema/required`, a recommended field that is missing).
 */
import { asArray, asRecord, asString, type DataRecord } from '../../data';
import { schemaForKind } from '../../schema';
import type { SchemaNode } from '../../schema/dsl';
import { formatPath } from '../../schema/lookup';
import { dcasOfEngagement } from '../../workspace';
import { forEachRef } from './forEachRef';
import type { UnresolvedContext } from './unresolvedMessages';

/** Where a contact is first named: the field, and the DCA when it is not the engagement. */
interface FirstUse {
  usedAt: string;
  dca?: string;
}

/** Where each contact id is first named by a ref<contact>, in the engagement or its DCAs. */
function contactReferences(context: UnresolvedContext): Map<string, FirstUse> {
  const firstUse = new Map<string, FirstUse>();
  const collect = (schema: SchemaNode, data: DataRecord, dca?: string): void =>
    forEachRef(schema, data, (ref) => {
      if (ref.kind === 'contact' && !firstUse.has(ref.value))
        firstUse.set(ref.value, { usedAt: formatPath(ref.path), ...(dca ? { dca } : {}) });
    });
  collect(context.schema, context.data);
  const id = asString(asRecord(context.data.metadata)?.id);
  for (const dca of id ? dcasOfEngagement(context.workspace, id) : []) {
    collect(schemaForKind('DataConnectionAgreement'), dca.data, dca.doc.id ?? '');
  }
  return firstUse;
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export function checkReachableContacts(context: UnresolvedContext): void {
  const contacts = asArray(context.data.contacts);
  if (contacts.length === 0) return;
  const referencedAt = contactReferences(context);
  contacts.forEach((entry, i) => {
    const contact = asRecord(entry);
    const id = asString(contact?.id);
    const use = id === undefined ? undefined : referencedAt.get(id);
    if (!contact || !id || !use || hasValue(contact.email) || hasValue(contact.phone)) return;
    context.reportAs('schema/required', {
      messageId: use.dca === undefined ? 'contactUnreachable' : 'contactUnreachableInDca',
      args: {
        id,
        who: asString(contact.name) ?? id,
        usedAt: use.usedAt,
        ...(use.dca === undefined ? {} : { dca: use.dca }),
      },
      severity: 'warning',
      measure: 'OPS.3.1.M13',
      path: ['contacts', i, 'id'],
      part: 'key',
      data: { missingKey: 'email', should: true },
    });
  });
}
