/**
 * Shared phrases: fragments that several messages use as arguments (type names, value kinds),
 * so that a message can say "must be {expected}" in every language. English is the reference;
 * `de.ts` must have exactly the same keys and placeholders.
 */
export const en = {
  'document.itself': 'the document',
  'document.topLevel': 'the top level',

  // what a value is, in "must be …, not {actual}"
  'value.null': 'empty (null)',
  'value.list': 'a list',
  'value.mapping': 'a mapping',
  'value.number': 'the number {value}',
  'value.boolean': 'the boolean {value}',

  // what a field expects (the schema's `x-type`), in "must be {expected}"
  'type.text': 'text',
  'type.quotedText': 'text (a quoted string such as "{example}")',
  'type.date': 'a date (YYYY-MM-DD)',
  'type.duration': 'an ISO 8601 duration such as PT4H, P30D, P3M or P1Y',
  'type.boolean': 'true or false',
  'type.integer': 'a whole number',
  'type.integerAtLeast': 'a whole number of at least {minimum}',
  'type.oneOf': 'one of {values}',
  'type.id': 'an id (a letter, then 1-63 letters, digits, dots, underscores or hyphens)',
  'type.idOf': 'the id of a {kind}',
  'type.list': 'a list',
  'type.textOrList': 'text or a list of text',
  'type.mapping': 'a mapping',
  'type.country': 'a two-letter ISO 3166 country code such as DE',
  'type.email': 'an e-mail address',
  'type.measureId': 'a measure id from OPS.3.1.M1 to OPS.3.1.M16',
  'type.dottedPath': 'a dotted path such as contract.emergency',
  'type.clientConceptId': 'the id of the client concept (clientConcept.id)',
  'type.port':
    'a port from 1 to 65535, or a port or range with its protocol such as 443/tcp or 8000-8100/tcp',
  'type.escalationLevel': 'a number from 1 or a name such as "2nd level"',
  'type.expectedFormat': 'in the expected format',

  // a list that lacks a required kind of entry (the schema's `x-contains-message`)
  'contains.securityObjective': 'no objective has category security',
  'contains.securityObjective.why':
    'The goals of the engagement have to include at least one information security goal.',
  'contains.generic': 'a required kind of entry is missing',
  'contains.generic.why': 'Add an entry of the kind the format asks for.',
} as const satisfies Readonly<Record<string, string>>;

export type PhraseId = keyof typeof en;
