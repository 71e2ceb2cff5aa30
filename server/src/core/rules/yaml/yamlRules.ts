/** The YAML rules: the parser's findings, reported by the engine (no check of their own). */
import { tabFixes } from '../../features/codeActions/indentation';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const y = (...lines: string[]): string => lines.join('\n');

export const syntax = defineRule({
  id: 'yaml/syntax',
  measure: null,
  // parser warnings (an unknown directive or tag) are reported as warnings
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['yaml/syntax'], de: de['yaml/syntax'] },
  example: {
    en: {
      bad: y('metadata:', "  title: 'Managed SAP hosting", "  version: '1.0.0'"),
      good: y('metadata:', "  title: 'Managed SAP hosting'", "  version: '1.0.0'"),
    },
    de: {
      bad: y('metadata:', "  title: 'Betrieb der SAP-Systeme", "  version: '1.0.0'"),
      good: y('metadata:', "  title: 'Betrieb der SAP-Systeme'", "  version: '1.0.0'"),
    },
  },
  fix: tabFixes,
});

export const duplicateKey = defineRule({
  id: 'yaml/duplicate-key',
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['yaml/duplicate-key'], de: de['yaml/duplicate-key'] },
  example: {
    en: {
      bad: y(
        'metadata:',
        '  status: negotiation',
        '  title: Managed hosting',
        '  status: migration',
      ),
      good: y('metadata:', '  title: Managed hosting', '  status: migration'),
    },
    de: {
      bad: y(
        'metadata:',
        '  status: negotiation',
        '  title: Hosting der Fachanwendungen',
        '  status: migration',
      ),
      good: y('metadata:', '  title: Hosting der Fachanwendungen', '  status: migration'),
    },
  },
});

export const aliasLimit = defineRule({
  id: 'yaml/alias-limit',
  measure: null,
  severity: 'error',
  waivable: false,
  dataError: true,
  texts: { en: en['yaml/alias-limit'], de: de['yaml/alias-limit'] },
  example: {
    en: {
      bad: y(
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ),
      good: y('interactionProcesses:', '  - monthly service review', '  - joint incident handling'),
    },
    de: {
      bad: y(
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ),
      good: y(
        'interactionProcesses:',
        '  - monatliche Servicebesprechung',
        '  - gemeinsame Behandlung von Sicherheitsvorfällen',
      ),
    },
  },
});
