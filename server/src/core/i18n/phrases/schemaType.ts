/**
 * What a field expects, as a shared phrase: the schema states it in English (`x-type`), a
 * message names it in the reader's locale. Every `x-type` of the schemas has a phrase here (the
 * schema-type test walks both schemas); one without stays as the schema wrote it.
 */
import type { MessageArg } from '../message';
import type { PhraseId } from './en';
import { phrase } from './index';

type Match = (expected: string) => MessageArg | undefined;

function exactly(text: string, id: PhraseId): Match {
  return (expected) => (expected === text ? phrase(id) : undefined);
}

function pattern(regex: RegExp, id: PhraseId, name: string): Match {
  return (expected) => {
    const match = regex.exec(expected);
    return match ? phrase(id, { [name]: match[1] }) : undefined;
  };
}

const MATCHES: readonly Match[] = [
  exactly('text', 'type.text'),
  pattern(/^text \(a quoted string such as "(.*)"\)$/, 'type.quotedText', 'example'),
  exactly('a date (YYYY-MM-DD)', 'type.date'),
  exactly('an ISO 8601 duration such as PT4H, P30D, P3M or P1Y', 'type.duration'),
  exactly('true or false', 'type.boolean'),
  exactly('a whole number', 'type.integer'),
  pattern(/^a whole number of at least (\d+)$/, 'type.integerAtLeast', 'minimum'),
  pattern(/^one of (.+)$/, 'type.oneOf', 'values'),
  exactly('an id (a letter, then 1-63 letters, digits, dots, underscores or hyphens)', 'type.id'),
  pattern(/^the id of a (\w+)$/, 'type.idOf', 'kind'),
  exactly('a list', 'type.list'),
  exactly('text or a list of text', 'type.textOrList'),
  exactly('a mapping', 'type.mapping'),
  exactly('a two-letter ISO 3166 country code such as DE', 'type.country'),
  exactly('an e-mail address', 'type.email'),
  exactly('a measure id from OPS.3.1.M1 to OPS.3.1.M16', 'type.measureId'),
  exactly('a dotted path such as contract.emergency', 'type.dottedPath'),
  exactly('the id of the client concept (clientConcept.id)', 'type.clientConceptId'),
  exactly(
    'a port from 1 to 65535, or a port or range with its protocol such as 443/tcp or 8000-8100/tcp',
    'type.port',
  ),
  exactly('a number from 1 or a name such as "2nd level"', 'type.escalationLevel'),
];

/** The phrase for a schema's `x-type`; an unknown one (or a literal value) stays as written. */
export function typePhrase(expected: string): MessageArg {
  for (const match of MATCHES) {
    const found = match(expected);
    if (found) return found;
  }
  return expected;
}
