/**
 * The rules about files and document headers: the engine reports them while it reads a file
 * (`parse.ts`) and when it caps the findings (`validate/findingCap.ts`); none has a check.
 */
import { headerFixes } from '../../features/codeActions/header';
import { suggestionFixes } from '../../features/codeActions/replacements';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const y = (...lines: string[]): string => lines.join('\n');

export const missingApiVersion = defineRule({
  id: 'document/missing-api-version',
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['document/missing-api-version'], de: de['document/missing-api-version'] },
  example: {
    bad: y('# billing.engagement.yaml', 'metadata:', '  id: ENG-2024-017'),
    good: y(
      '# billing.engagement.yaml',
      'apiVersion: outsourcing-policy/v1',
      'kind: Engagement',
      'metadata:',
      '  id: ENG-2024-017',
    ),
  },
  fix: (fixContext) => headerFixes(fixContext),
});

export const unknownKind = defineRule({
  id: 'document/unknown-kind',
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['document/unknown-kind'], de: de['document/unknown-kind'] },
  example: {
    bad: y('apiVersion: outsourcing-policy/v1', 'kind: Engagment'),
    good: y('apiVersion: outsourcing-policy/v1', 'kind: Engagement'),
  },
  fix: suggestionFixes,
});

export const tooLarge = defineRule({
  id: 'document/too-large',
  measure: null,
  severity: 'info',
  waivable: false,
  dataError: true,
  texts: { en: en['document/too-large'], de: de['document/too-large'] },
});

export const truncated = defineRule({
  id: 'document/truncated',
  measure: null,
  severity: 'info',
  waivable: false,
  dataError: true,
  texts: { en: en['document/truncated'], de: de['document/truncated'] },
});

export const externalSchema = defineRule({
  id: 'document/external-schema',
  measure: null,
  severity: 'warning',
  waivable: false,
  dataError: true,
  texts: { en: en['document/external-schema'], de: de['document/external-schema'] },
});

export const binary = defineRule({
  id: 'document/binary',
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['document/binary'], de: de['document/binary'] },
});
