/** R9 (OPS.3.1.M11): default passwords are changed before the systems are used. */
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'access/default-passwords';

export const defaultPasswords = defineRule({
  id: ID,
  measure: 'OPS.3.1.M11',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: ['accessControl:', '  defaultPasswordsChanged: false'].join('\n'),
    good: ['accessControl:', '  defaultPasswordsChanged: true'].join('\n'),
  },
  constraints: [
    { field: 'accessControl.defaultPasswordsChanged', relation: 'true', messageId: 'stillInUse' },
  ],
});
