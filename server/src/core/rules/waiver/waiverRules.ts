/**
 * The waiver rules: the engine reports them while it applies waivers (`waivers.ts`). A finding
 * carries the measure the waiver names.
 */
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const y = (...lines: string[]): string => lines.join('\n');

export const notAllowed = defineRule({
  id: 'waiver/not-allowed',
  measure: 'field',
  severity: 'error',
  waivable: false,
  texts: { en: en['waiver/not-allowed'], de: de['waiver/not-allowed'] },
  example: {
    en: {
      bad: y(
        'waivers:',
        '  - measure: OPS.3.1.M11',
        '    path: accessControl.defaultPasswordsChanged',
        '    justification: the appliances will be replaced next year',
        '    approvedBy: C-ISB',
        '    date: 2024-03-01',
      ),
      good: y(
        'waivers:',
        '  - measure: OPS.3.1.M11',
        '    path: accessControl.authenticationPolicy',
        '    justification: password rules come from the customer\u2019s central directory',
        '    approvedBy: C-ISB',
        '    date: 2024-03-01',
      ),
    },
    de: {
      bad: y(
        'waivers:',
        '  - measure: OPS.3.1.M11',
        '    path: accessControl.defaultPasswordsChanged',
        '    justification: die Appliances werden im nächsten Jahr ersetzt',
        '    approvedBy: C-ISB',
        '    date: 2024-03-01',
      ),
      good: y(
        'waivers:',
        '  - measure: OPS.3.1.M11',
        '    path: accessControl.authenticationPolicy',
        '    justification: die Passwortregeln gibt der zentrale Verzeichnisdienst des Auftraggebers vor',
        '    approvedBy: C-ISB',
        '    date: 2024-03-01',
      ),
    },
  },
});

export const expired = defineRule({
  id: 'waiver/expired',
  measure: 'field',
  severity: 'warning',
  waivable: false,
  texts: { en: en['waiver/expired'], de: de['waiver/expired'] },
  example: {
    bad: y(
      'waivers:',
      '  - measure: OPS.3.1.M10',
      '    # ...',
      '    date: 2023-01-15',
      '    expires: 2023-12-31',
    ),
    good: y(
      'waivers:',
      '  - measure: OPS.3.1.M10',
      '    # ...',
      '    date: 2024-01-20',
      '    expires: 2024-12-31',
    ),
  },
});

export const unused = defineRule({
  id: 'waiver/unused',
  measure: 'field',
  severity: 'info',
  waivable: false,
  texts: { en: en['waiver/unused'], de: de['waiver/unused'] },
});
