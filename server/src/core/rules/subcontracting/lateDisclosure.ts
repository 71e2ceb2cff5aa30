/**
 * OPS.3.1.M1: dependencies on third parties have to be disclosed to the customer before the
 * contract is signed. The order of the dates is declared as a field constraint for the
 * quick-fixes' placeholders only: the message names the dependency and marks the finding as a
 * "should", which the constraint mechanism does not provide, so the check below compares.
 */
import { asArray, asRecord, valueAt } from '../../data';
import { dayNumber } from '../../time';
import { defineRule } from '../defineRule';
import { DEPENDENCIES, dependencyId, describeDependency } from './dependencies';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'subcontracting/late-disclosure';

export const lateDisclosure = defineRule({
  id: ID,
  measure: 'OPS.3.1.M1',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'contract:',
      '  signedOn: 2024-02-01',
      'roughConcept:',
      '  dependencies:',
      '    - id: DEP-DC',
      '      disclosedOn: 2024-05-10',
    ].join('\n'),
    good: [
      'contract:',
      '  signedOn: 2024-02-01',
      'roughConcept:',
      '  dependencies:',
      '    - id: DEP-DC',
      '      disclosedOn: 2024-01-12',
    ].join('\n'),
  },
  constraints: [
    {
      field: 'roughConcept.dependencies.disclosedOn',
      relation: 'not-after-date',
      other: 'contract.signedOn',
    },
  ],
  check(context) {
    const signedOnText = valueAt(context.data, ['contract', 'signedOn']);
    const signedOn = dayNumber(signedOnText);
    if (signedOn === undefined) return;
    asArray(valueAt(context.data, DEPENDENCIES)).forEach((entry, index) => {
      const dependency = asRecord(entry);
      const disclosedOn = dayNumber(dependency?.disclosedOn);
      if (!dependency || disclosedOn === undefined || disclosedOn <= signedOn) return;
      context.report({
        messageId: 'disclosedAfterSigning',
        args: {
          dependency: dependencyId(dependency, index),
          described: describeDependency(dependency, index),
          disclosedOn: String(dependency.disclosedOn),
          signedOn: String(signedOnText),
        },
        path: [...DEPENDENCIES, index, 'disclosedOn'],
        part: 'value',
        data: { should: true },
      });
    });
  },
});
