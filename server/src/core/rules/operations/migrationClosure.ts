/**
 * R11, R12 (OPS.3.1.M13): a completed migration leaves no exception open, and the security
 * concept is revised after it ended (a date constraint).
 */
import { asArray, asRecord, valueAt } from '../../data';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'migration/open-exceptions';

export const migrationClosure = defineRule({
  id: ID,
  measure: 'OPS.3.1.M13',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: [temporary admin access for vendor]',
        '  securityConceptUpdatedOn: 2024-03-01',
      ].join('\n'),
      good: [
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: []',
        '  securityConceptUpdatedOn: 2024-07-05',
      ].join('\n'),
    },
    de: {
      bad: [
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: [befristeter Administratorzugang für den Hersteller]',
        '  securityConceptUpdatedOn: 2024-03-01',
      ].join('\n'),
      good: [
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: []',
        '  securityConceptUpdatedOn: 2024-07-05',
      ].join('\n'),
    },
  },
  constraints: [
    {
      field: 'migration.securityConceptUpdatedOn',
      relation: 'not-before-date',
      other: 'migration.completedOn',
      when: (scope) => valueAt(scope.data, ['migration', 'status']) === 'completed',
      messageId: 'conceptNotUpdated',
      args: { value: 'updatedOn', other: 'completedOn' },
    },
  ],
  check(context) {
    const migration = asRecord(context.data.migration);
    if (migration?.status !== 'completed') return;
    const open = asArray(migration.openExceptions);
    if (open.length === 0) return;
    const exceptions = open.map((entry) => JSON.stringify(entry)).join(', ');
    context.report({
      messageId: open.length === 1 ? 'oneExceptionOpen' : 'exceptionsOpen',
      args: open.length === 1 ? { exceptions } : { exceptions, count: open.length },
      path: ['migration', 'openExceptions'],
    });
  },
});
