/**
 * R3, R16: every `ref<…>` resolves to something defined in the engagement (for a DCA, the
 * engagement it names), and every reaction time of the contract names an agreed incident
 * severity. It also reports a contact that is responsible somewhere but cannot be reached
 * (OPS.3.1.M13, as `schema/required`).
 */
import { asRecord, asString } from '../../data';
import { closestMatch } from '../../didYouMean';
import { targetList, type RefKind, type TargetList } from '../../domain/references';
import { formatPath } from '../../schema/lookup';
import { suggestionFixes } from '../../features/codeActions/replacements';
import { defineRule } from '../defineRule';
import { forEachRef, type RefOccurrence } from './forEachRef';
import { checkReachableContacts } from './reachableContacts';
import { checkReactionTimeSeverities } from './reactionTimes';
import { UNRESOLVED, type UnresolvedContext } from './unresolvedMessages';
import { de } from './texts.de';
import { en } from './texts.en';

const MAX_LISTED_IDS = 10;

/** The ids for a message: the first ten, and how many more there are. */
export function listedIds(ids: readonly string[]): string {
  const listed = ids.slice(0, MAX_LISTED_IDS).join(', ');
  return ids.length > MAX_LISTED_IDS ? `${listed}, … (+${ids.length - MAX_LISTED_IDS})` : listed;
}

/** Where the targets are defined; in a DCA, the engagement they are defined in is named too. */
function definedIn(context: UnresolvedContext, targets: TargetList): string {
  if (context.kind === 'Engagement') return targets.definedIn;
  const id =
    asString(asRecord(context.engagement?.metadata)?.id) ??
    asString(asRecord(context.data.metadata)?.engagementRef);
  return id ? `${targets.definedIn} (${id})` : targets.definedIn;
}

function checkRef(context: UnresolvedContext, ref: RefOccurrence, targets: TargetList): void {
  if (targets.ids.includes(ref.value)) return;
  const field = formatPath(ref.path);
  const where = definedIn(context, targets);
  const messages = UNRESOLVED[targets.kind];
  if (!targets.listExists && targets.kind === 'classification') {
    context.report({
      messageId: 'noClassificationScheme',
      args: { field, value: ref.value, where },
      path: ref.path,
      part: 'value',
    });
    return;
  }
  const ids = [...new Set(targets.ids)];
  const suggestion = closestMatch(ref.value, ids);
  const messageId =
    ids.length === 0 ? messages.none : suggestion ? messages.suggested : messages.unknown;
  context.report({
    messageId,
    args: {
      field,
      value: ref.value,
      where,
      ids: listedIds(ids),
      ...(suggestion ? { suggestion } : {}),
    },
    path: ref.path,
    part: 'value',
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

function checkUnresolvedRefs(context: UnresolvedContext): void {
  const engagement = context.engagement;
  if (!engagement) return;
  const targetsByKind = new Map<RefKind, TargetList | undefined>();
  forEachRef(context.schema, context.data, (ref) => {
    if (!targetsByKind.has(ref.kind)) targetsByKind.set(ref.kind, targetList(engagement, ref.kind));
    const targets = targetsByKind.get(ref.kind);
    if (targets) checkRef(context, ref, targets);
  });
}

export const unresolved = defineRule({
  id: 'reference/unresolved',
  measure: 'field',
  severity: 'error',
  waivable: false,
  dataError: true,
  reportsAs: ['schema/required'],
  kinds: ['Engagement', 'DataConnectionAgreement'],
  texts: { en: en['reference/unresolved'], de: de['reference/unresolved'] },
  fix: suggestionFixes,
  example: {
    bad: [
      'contacts:',
      '  - { id: C-ISB, party: P-PROVIDER, role: isb, name: Jana Roth, email: jana.roth@example.com }',
      'waivers:',
      '  - approvedBy: C-ISBB',
    ].join('\n'),
    good: [
      'contacts:',
      '  - { id: C-ISB, party: P-PROVIDER, role: isb, name: Jana Roth, email: jana.roth@example.com }',
      'waivers:',
      '  - approvedBy: C-ISB',
    ].join('\n'),
  },
  check(context) {
    checkUnresolvedRefs(context);
    if (context.kind !== 'Engagement') return;
    checkReactionTimeSeverities(context);
    checkReachableContacts(context);
  },
});
