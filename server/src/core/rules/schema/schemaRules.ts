/**
 * The schema rules: the engine reports them from the JSON Schema of each document kind
 * (`validate/schemaFindings.ts`), so they have no check of their own. Their measure is the
 * measure of the field a finding is on.
 */
import { suggestionFixes, quoteFixes, setTrueFixes } from '../../features/codeActions/replacements';
import { formatFixes } from '../../features/codeActions/normalise';
import { requiredKeyFixes } from '../../features/codeActions/requiredKey';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const y = (...lines: string[]): string => lines.join('\n');

export const required = defineRule({
  id: 'schema/required',
  measure: 'field',
  severity: 'varies',
  waivable: true,
  texts: { en: en['schema/required'], de: de['schema/required'] },
  example: {
    en: {
      bad: y('contract:', '  organizational:', '    dataLocation: [Frankfurt data centre]'),
      good: y(
        'contract:',
        '  organizational:',
        '    nda:',
        '      agreed: true',
        '      signedOn: 2024-01-10',
        '    dataLocation: [Frankfurt data centre]',
      ),
    },
    de: {
      bad: y('contract:', '  organizational:', '    dataLocation: [Rechenzentrum Frankfurt]'),
      good: y(
        'contract:',
        '  organizational:',
        '    nda:',
        '      agreed: true',
        '      signedOn: 2024-01-10',
        '    dataLocation: [Rechenzentrum Frankfurt]',
      ),
    },
  },
  fix: requiredKeyFixes,
});

export const type = defineRule({
  id: 'schema/type',
  measure: 'field',
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['schema/type'], de: de['schema/type'] },
  example: {
    bad: y(
      'tenancy:',
      '  model: dedicated',
      '  isolation:',
      '    noCrossCustomerImpact: yes',
      '    noCrossCustomerDataAccess: yes',
    ),
    good: y(
      'tenancy:',
      '  model: dedicated',
      '  isolation:',
      '    noCrossCustomerImpact: true',
      '    noCrossCustomerDataAccess: true',
    ),
  },
  fix: quoteFixes,
});

export const enumeration = defineRule({
  id: 'schema/enum',
  measure: 'field',
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['schema/enum'], de: de['schema/enum'] },
  example: {
    bad: y('tenancy:', '  model: shared'),
    good: y('tenancy:', '  model: multi-tenant'),
  },
  fix: suggestionFixes,
});

export const format = defineRule({
  id: 'schema/format',
  measure: 'field',
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['schema/format'], de: de['schema/format'] },
  example: {
    en: {
      bad: y('termination:', '  reintegrationEstimate: 3 months'),
      good: y('termination:', '  reintegrationEstimate: P3M'),
    },
    de: {
      bad: y('termination:', '  reintegrationEstimate: 3 Monate'),
      good: y('termination:', '  reintegrationEstimate: P3M'),
    },
  },
  fix: formatFixes,
});

export const unknownKey = defineRule({
  id: 'schema/unknown-key',
  measure: 'field',
  severity: 'warning',
  waivable: false,
  dataError: true,
  texts: { en: en['schema/unknown-key'], de: de['schema/unknown-key'] },
  example: {
    bad: y('contarct:', '  signedOn: 2024-02-01'),
    good: y('contract:', '  signedOn: 2024-02-01'),
  },
  fix: suggestionFixes,
});

export const mustBeTrue = defineRule({
  id: 'schema/must-be-true',
  measure: 'field',
  severity: 'varies',
  waivable: true,
  texts: { en: en['schema/must-be-true'], de: de['schema/must-be-true'] },
  example: {
    bad: y('accessControl:', '  timelyChanges: false'),
    good: y('accessControl:', '  timelyChanges: true'),
  },
  fix: setTrueFixes,
});
