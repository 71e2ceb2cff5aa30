/** OPS.3.1.M13: production data used for migration tests is protected, and says how. */
import { asRecord, valueAt } from '../../data';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'migration/production-test-data';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

export const productionTestData = defineRule({
  id: ID,
  measure: 'OPS.3.1.M13',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: ['migration:', '  testData:', '    usesProductionData: true'].join('\n'),
      good: [
        'migration:',
        '  testData:',
        '    usesProductionData: true',
        '    protection: personal fields masked; test system has the same access controls as production',
      ].join('\n'),
    },
    de: {
      bad: ['migration:', '  testData:', '    usesProductionData: true'].join('\n'),
      good: [
        'migration:',
        '  testData:',
        '    usesProductionData: true',
        '    protection: personenbezogene Felder maskiert; Testsystem mit denselben Zugriffskontrollen wie die Produktion',
      ].join('\n'),
    },
  },
  check(context) {
    const testData = asRecord(valueAt(context.data, ['migration', 'testData']));
    if (testData?.usesProductionData !== true || !isBlank(testData.protection)) return;
    context.report({
      messageId: 'protectionMissing',
      path: ['migration', 'testData', 'usesProductionData'],
      part: 'value',
    });
  },
});
