/** Ids are unique per kind of document in the workspace, so references to them are unambiguous. */
import { asRecord, asString } from '../../data';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'document/duplicate-id';

export const duplicateId = defineRule({
  id: ID,
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  kinds: ['Engagement', 'DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      '# hosting.engagement.yaml',
      'metadata: { id: ENG-2024-017 }',
      '---',
      '# backup.engagement.yaml',
      'metadata: { id: ENG-2024-017 }',
    ].join('\n'),
    good: [
      '# hosting.engagement.yaml',
      'metadata: { id: ENG-2024-017 }',
      '---',
      '# backup.engagement.yaml',
      'metadata: { id: ENG-2024-018 }',
    ].join('\n'),
  },
  check(context) {
    const id = asString(asRecord(context.data.metadata)?.id);
    if (id === undefined) return;
    const engagement = context.kind === 'Engagement';
    const index = engagement ? context.workspace.engagements : context.workspace.dcas;
    const others = (index.get(id) ?? []).filter((entry) => entry.data !== context.data);
    if (others.length === 0) return;
    context.report({
      messageId: engagement ? 'sharedByEngagements' : 'sharedByAgreements',
      args: { id, files: [...new Set(others.map((entry) => entry.file.uri))].join(', ') },
      // Said again here: the engine reads a definition's `measure: null` as "the field's measure".
      measure: null,
      path: ['metadata', 'id'],
      part: 'value',
    });
  },
});
