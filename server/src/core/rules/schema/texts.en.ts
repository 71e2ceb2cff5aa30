/** The texts of the schema rules in English (the reference for every other locale). */
export const en = {
  'schema/required': {
    title: 'Required field missing',
    summary: 'A field that the measure asks for is absent.',
    details:
      'Each field of the format is either a must (the measure uses "must", "has to" or "is to") or a should (the measure recommends it). A missing must-field is an error, a missing should-field a warning. Sections become required step by step as `metadata.status` advances from planning to operation, so a field that was fine during negotiation can be reported once the engagement moves to migration. The finding sits on the key of the parent object and names the missing key, together with what the measure expects from it.',
    fix: 'Add the missing key with a real value. For a should-field you may instead record a waiver that explains why the recommendation does not apply.',
    messages: {
      missing: { message: '{field} is missing', detail: '{description}' },
      missingFromStatus: {
        message: '{field} is required from status {status} on but missing',
        detail: '{description}',
      },
      recommended: { message: '{field} is recommended but missing', detail: '{description}' },
      needsEntry: { message: '{field} needs at least one entry', detail: '{description}' },
      lacksValues: { message: '{field} lacks {values}', detail: '{description}' },
      lacksValuesWith: {
        message: '{field} lacks an entry with {property} {values}',
        detail: '{description}',
      },
      lacksEntry: { message: '{field}: {what}', detail: '{why}' },
      kindMissing: {
        message: 'kind is missing: say which kind of document this is (kind: {kind})',
      },
      kindMissingUnknown: {
        message:
          'kind is missing: say which kind of document this is (Engagement or DataConnectionAgreement)',
      },
    },
  },
  'schema/type': {
    title: 'Value has the wrong type',
    summary:
      'A value is of a different kind than the field expects, for example text where a boolean or a list belongs.',
    details:
      'The data itself is wrong here, not merely incomplete, so this is always an error, whatever the obligation of the field. A common cause is YAML 1.2: words such as `yes`, `no`, `on` and `off` stay strings and are not booleans; only `true` and `false` are. Another is a single value written where the format expects a list.',
    fix: 'Write the value in the expected form; the message names the type, e.g. "a boolean (true or false)" or "a list of text".',
    messages: {
      wrongType: { message: '{field} must be {expected}, not {actual}', detail: '{description}' },
      wrongTypeLong: {
        message: '{field} has a value of the wrong kind: {actual}',
        detail: 'It must be {expected}. {description}',
      },
      needsQuotes: {
        message: '{field} must be {expected}, not {actual}',
        detail:
          'YAML read the value as a number or boolean; put it in quotes to make it text. {description}',
      },
      needsQuotesLong: {
        message: '{field} has a value of the wrong kind: {actual}',
        detail:
          'YAML read the value as a number or boolean; put it in quotes to make it text. {description}',
      },
      documentEmpty: {
        message: 'the document must be a mapping of keys, not empty',
        detail: 'A policy document is a mapping that starts with apiVersion, kind and metadata.',
      },
      documentNotMapping: {
        message: 'the document must be a mapping of keys, not a single value or list',
        detail: 'A policy document is a mapping that starts with apiVersion, kind and metadata.',
      },
    },
  },
  'schema/enum': {
    title: 'Value is not one of the allowed choices',
    summary: 'A field that accepts a fixed set of values holds something else.',
    details:
      'Fields such as `metadata.status`, `tenancy.model`, contact roles or the protection levels only know a fixed vocabulary, because rules and lifecycle checks depend on the exact words. A misspelt or invented value would silently switch those checks off, so it is reported as an error. Where a close match exists the message offers it as a quick-fix.',
    fix: 'Pick one of the values listed in the message.',
    messages: {
      didYouMean: {
        message: '{field} is {actual}, not an allowed value; did you mean {suggestion}?',
        detail: 'Use one of {allowed}. {description}',
      },
      useOneOf: {
        message: '{field} is {actual}, not an allowed value; use one of {allowed}',
        detail: '{description}',
      },
      notAllowed: {
        message: '{field} is {actual}, not an allowed value',
        detail: 'Use one of {allowed}. {description}',
      },
    },
  },
  'schema/format': {
    title: 'Value does not match the expected format',
    summary:
      'A date, duration, id, country code or e-mail address is not written in the required notation.',
    details:
      'Dates are `YYYY-MM-DD`, durations are ISO 8601 (`PT4H`, `P30D`, `P3M`, `P1Y`), ids start with a letter and use only letters, digits, dots, underscores and hyphens, countries are two-letter ISO 3166 codes. Rules compare these values (notice period against reintegration time, review dates against intervals), which only works when they can be read reliably; `3 months` or `10.01.2024` cannot.',
    fix: 'Rewrite the value in the notation named by the message, e.g. `P3M` instead of `3 months`.',
    messages: {
      empty: { message: '{field} must not be empty', detail: '{description}' },
      tooShort: {
        message: '{field} is too short; write at least {limit} characters',
        detail: '{description}',
      },
      tooSmall: {
        message: '{field} must be at least {limit}, not {actual}',
        detail: '{description}',
      },
      wrongFormat: {
        message: '{field} must be {expected}, not {actual}',
        detail: '{description}',
      },
      wrongFormatLong: {
        message: '{field} has a value in the wrong format: {actual}',
        detail: 'It must be {expected}. {description}',
      },
    },
  },
  'schema/unknown-key': {
    title: 'Unknown key',
    summary: 'A key appears that the format does not define at this place.',
    details:
      'Every object of the format is closed. An unknown key is most often a typo of an expected one, which means the intended field is in fact missing and its content is ignored by every check. The finding marks the key and, where a known key is similar, suggests it as a quick-fix.',
    fix: 'Correct the spelling (accept the did-you-mean) or move the information to a field the format defines, such as a notes or description field.',
    messages: {
      unknownKey: {
        message: '{key} is not a known key of {parent}',
        detail:
          'Known keys here: {known}. An unknown key is not checked; a misspelt key leaves the field it meant unchecked too.',
      },
      didYouMean: {
        message: '{key} is not a known key of {parent}; did you mean {suggestion}?',
        detail:
          'Known keys here: {known}. An unknown key is not checked; a misspelt key leaves the field it meant unchecked too.',
      },
    },
  },
  'schema/must-be-true': {
    title: 'Commitment not given',
    summary: 'A field that records a required commitment is set to false.',
    details:
      'Some fields are statements the measure expects to be true, for example that default passwords were changed or that tests run separately from production. A false value is an honest record that the commitment is missing, so it is a finding rather than a type error. It is an error where the measure makes the commitment mandatory and a warning where it only recommends it; warnings can be waived with a justification.',
    fix: 'Implement what the field describes and then set it to `true`; for a recommended commitment, a waiver with a justification is the alternative.',
    messages: {
      mustBe: { message: '{field} must be {value}', detail: '{description}' },
    },
  },
} as const;
