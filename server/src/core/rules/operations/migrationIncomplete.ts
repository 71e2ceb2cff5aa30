/** OPS.3.1.M13: an engagement in operation (or later) has finished its migration. */
import { asString, valueAt } from '../../data';
import { isLifecycleStatus, statusesFrom } from '../../domain/lifecycle';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'lifecycle/migration-incomplete';
const UNFINISHED_MIGRATION = new Set(['planned', 'running']);

export const migrationIncomplete = defineRule({
  id: ID,
  measure: 'OPS.3.1.M13',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: ['metadata:', '  status: operation', 'migration:', '  status: running'].join('\n'),
    good: [
      'metadata:',
      '  status: operation',
      'migration:',
      '  status: completed',
      '  completedOn: 2024-06-30',
    ].join('\n'),
  },
  check(context) {
    const status = valueAt(context.data, ['metadata', 'status']);
    const migrationStatus = asString(valueAt(context.data, ['migration', 'status']));
    if (!isLifecycleStatus(status) || !statusesFrom('operation').includes(status)) return;
    if (!migrationStatus || !UNFINISHED_MIGRATION.has(migrationStatus)) return;
    context.report({
      messageId: 'unfinished',
      args: { status, migrationStatus },
      path: ['migration', 'status'],
      part: 'value',
      data: { should: true },
    });
  },
});
