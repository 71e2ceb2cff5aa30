/**
 * The catalogue of every rule id the engine reports. It feeds `outsourcing-policy explain`,
 * hovers, SARIF rule metadata (`helpUri` = `ruleDocUrl`) and the pages under docs/rules/.
 * Ids are fixed by FORMAT.md; the texts are written for this project.
 */
import type { MeasureId } from '../types';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'varies';

export interface RuleInfo {
  /** `group/name`, e.g. `schema/required`. */
  id: string;
  title: string;
  /** `field` = the measure of the field the finding is on; null = no measure (YAML or file problems). */
  measure: MeasureId | 'field' | null;
  /** `varies` = depends on the case; `details` says how. */
  severity: RuleSeverity;
  /** One sentence. */
  summary: string;
  /** A paragraph: when the rule fires and why it matters. */
  details: string;
  /** How to fix, one or two sentences. */
  fix: string;
  /** Small YAML snippets. */
  example?: { bad: string; good: string };
}

const y = (...lines: string[]): string => lines.join('\n');

export const RULES: readonly RuleInfo[] = [
  // ---- schema -------------------------------------------------------------------------------
  {
    id: 'schema/required',
    title: 'Required field missing',
    measure: 'field',
    severity: 'varies',
    summary: 'A field that the measure asks for is absent.',
    details:
      'Each field of the format is either a must (the measure uses "must", "has to" or "is to") or a should (the measure recommends it). A missing must-field is an error, a missing should-field a warning. Sections become required step by step as metadata.status advances from planning to operation, so a field that was fine during negotiation can be reported once the engagement moves to migration. The finding sits on the key of the parent object and names the missing key, together with what the measure expects from it.',
    fix: 'Add the missing key with a real value. For a should-field you may instead record a waiver that explains why the recommendation does not apply.',
    example: {
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
  },
  {
    id: 'schema/type',
    title: 'Value has the wrong type',
    measure: 'field',
    severity: 'error',
    summary: 'A value is of a different kind than the field expects, for example text where a boolean or a list belongs.',
    details:
      'The data itself is wrong here, not merely incomplete, so this is always an error, whatever the obligation of the field. A common cause is YAML 1.2: words such as yes, no, on and off stay strings and are not booleans; only true and false are. Another is a single value written where the format expects a list.',
    fix: 'Write the value in the expected form; the message names the type, e.g. "a boolean (true or false)" or "a list of text".',
    example: {
      bad: y('tenancy:', '  model: dedicated', '  isolation:', '    noCrossCustomerImpact: yes', '    noCrossCustomerDataAccess: yes'),
      good: y('tenancy:', '  model: dedicated', '  isolation:', '    noCrossCustomerImpact: true', '    noCrossCustomerDataAccess: true'),
    },
  },
  {
    id: 'schema/enum',
    title: 'Value is not one of the allowed choices',
    measure: 'field',
    severity: 'error',
    summary: 'A field that accepts a fixed set of values holds something else.',
    details:
      'Fields such as metadata.status, tenancy.model, contact roles or the protection levels only know a fixed vocabulary, because rules and lifecycle checks depend on the exact words. A misspelt or invented value would silently switch those checks off, so it is reported as an error. Where a close match exists the message offers it as a quick-fix.',
    fix: 'Pick one of the values listed in the message.',
    example: {
      bad: y('tenancy:', '  model: shared'),
      good: y('tenancy:', '  model: multi-tenant'),
    },
  },
  {
    id: 'schema/format',
    title: 'Value does not match the expected format',
    measure: 'field',
    severity: 'error',
    summary: 'A date, duration, id, country code or e-mail address is not written in the required notation.',
    details:
      'Dates are YYYY-MM-DD, durations are ISO 8601 (PT4H, P30D, P3M, P1Y), ids start with a letter and use only letters, digits, dots, underscores and hyphens, countries are two-letter ISO 3166 codes. Rules compare these values (notice period against reintegration time, review dates against intervals), which only works when they can be read reliably; "3 months" or "10.01.2024" cannot.',
    fix: 'Rewrite the value in the notation named by the message, e.g. P3M instead of "3 months".',
    example: {
      bad: y('termination:', '  reintegrationEstimate: 3 months'),
      good: y('termination:', '  reintegrationEstimate: P3M'),
    },
  },
  {
    id: 'schema/unknown-key',
    title: 'Unknown key',
    measure: 'field',
    severity: 'warning',
    summary: 'A key appears that the format does not define at this place.',
    details:
      'Every object of the format is closed. An unknown key is most often a typo of an expected one, which means the intended field is in fact missing and its content is ignored by every check. The finding marks the key and, where a known key is similar, suggests it as a quick-fix.',
    fix: 'Correct the spelling (accept the did-you-mean) or move the information to a field the format defines, such as a notes or description field.',
    example: {
      bad: y('contarct:', '  signedOn: 2024-02-01'),
      good: y('contract:', '  signedOn: 2024-02-01'),
    },
  },
  {
    id: 'schema/must-be-true',
    title: 'Commitment not given',
    measure: 'field',
    severity: 'varies',
    summary: 'A field that records a required commitment is set to false.',
    details:
      'Some fields are statements the measure expects to be true, for example that default passwords were changed or that tests run separately from production. A false value is an honest record that the commitment is missing, so it is a finding rather than a type error. It is an error where the measure makes the commitment mandatory and a warning where it only recommends it; warnings can be waived with a justification.',
    fix: 'Implement what the field describes and then set it to true; for a recommended commitment, a waiver with a justification is the alternative.',
    example: {
      bad: y('accessControl:', '  timelyChanges: false'),
      good: y('accessControl:', '  timelyChanges: true'),
    },
  },
  // ---- yaml ---------------------------------------------------------------------------------
  {
    id: 'yaml/syntax',
    title: 'YAML syntax error',
    measure: null,
    severity: 'error',
    summary: 'The file is not well-formed YAML.',
    details:
      'Until the parser can read the document, none of the measure checks can run, so nothing else is reported for the affected document. Typical causes are tabs used for indentation, an unclosed quote, a missing space after a colon, or list items indented inconsistently.',
    fix: 'Repair the text at the marked position; indent with spaces and close every quote and bracket.',
    example: {
      bad: y('metadata:', '  title: "Managed SAP hosting', '  version: "1.0.0"'),
      good: y('metadata:', '  title: "Managed SAP hosting"', '  version: "1.0.0"'),
    },
  },
  {
    id: 'yaml/duplicate-key',
    title: 'Key appears twice',
    measure: null,
    severity: 'error',
    summary: 'The same key is written twice in one mapping.',
    details:
      'YAML does not allow a mapping to repeat a key, and tools disagree on which of the two values wins. In a compliance document this hides which statement is meant, so the second occurrence is reported.',
    fix: 'Keep one of the two entries and delete the other, merging their content if both hold something useful.',
    example: {
      bad: y('metadata:', '  status: negotiation', '  title: Managed hosting', '  status: migration'),
      good: y('metadata:', '  title: Managed hosting', '  status: migration'),
    },
  },
  {
    id: 'yaml/alias-limit',
    title: 'Too many alias expansions',
    measure: null,
    severity: 'error',
    summary: 'The document expands anchors and aliases more often than the safety limit allows.',
    details:
      'Anchors (&name) and aliases (*name) let YAML reuse a node. Nested aliases can multiply into an enormous structure from a few lines of text (the "billion laughs" attack), which would freeze an editor or a CI job. The checker therefore stops resolving aliases beyond a fixed number and does not validate the document.',
    fix: 'Write the repeated content out, or reuse it far less deeply; ordinary policy documents never need more than a handful of aliases.',
    example: {
      bad: y('a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'),
      good: y('interactionProcesses:', '  - monthly service review', '  - joint incident handling'),
    },
  },
  // ---- document -----------------------------------------------------------------------------
  {
    id: 'document/missing-api-version',
    title: 'Header missing',
    measure: null,
    severity: 'error',
    summary: 'A file named like a policy document does not declare apiVersion: outsourcing-policy/v1.',
    details:
      'Files called *.engagement.yaml or *.dca.yaml are expected to be policy documents. Without the apiVersion line the checker cannot be sure which format version applies, so the file is not validated at all and the finding sits at its start. The quick-fix inserts the header lines.',
    fix: 'Add apiVersion: outsourcing-policy/v1 and the matching kind at the top of the document.',
    example: {
      bad: y('# billing.engagement.yaml', 'metadata:', '  id: ENG-2024-017'),
      good: y('# billing.engagement.yaml', 'apiVersion: outsourcing-policy/v1', 'kind: Engagement', 'metadata:', '  id: ENG-2024-017'),
    },
  },
  {
    id: 'document/unknown-kind',
    title: 'Unknown document kind',
    measure: null,
    severity: 'error',
    summary: 'The kind field is neither Engagement nor DataConnectionAgreement.',
    details:
      'The kind decides which schema and which cross-document rules apply. With an unknown kind no measure can be checked, so the document is reported as a whole at its kind value, with a did-you-mean where a known kind is close.',
    fix: 'Set kind to Engagement or DataConnectionAgreement (the spelling is case-sensitive).',
    example: {
      bad: y('apiVersion: outsourcing-policy/v1', 'kind: Engagment'),
      good: y('apiVersion: outsourcing-policy/v1', 'kind: Engagement'),
    },
  },
  {
    id: 'document/too-large',
    title: 'File skipped because of its size',
    measure: null,
    severity: 'info',
    summary: 'The file is larger than the configured size limit and was not checked.',
    details:
      'To keep the editor responsive and to protect CI from runaway inputs, files above the limit (2 MiB by default) are not parsed. The finding is only informational: nothing is known about the file either way, and it is neither passed nor failed.',
    fix: 'Split the file into one document per engagement or agreement, or raise the size limit in the settings if the file is legitimately this large.',
  },
  {
    id: 'document/binary',
    title: 'File is not text',
    measure: null,
    severity: 'error',
    summary: 'A file with a policy document name contains binary data.',
    details:
      'The file holds bytes that cannot be text, such as NUL characters, so it is probably an office document or an archive saved under a .yaml name. It cannot be validated and would mislead anyone who expects a policy there.',
    fix: 'Replace the file with the YAML text of the document, or rename it so it no longer looks like a policy file.',
  },
  {
    id: 'document/duplicate-id',
    title: 'Two documents share one id',
    measure: null,
    severity: 'error',
    summary: 'Two documents of the same kind in the workspace use the same metadata.id.',
    details:
      'Engagements and data connection agreements refer to one another by id. When two documents of one kind carry the same id, such a reference can no longer be resolved to a single document, and checks such as matching protection needs could compare against the wrong one. Each occurrence is reported and names the other file.',
    fix: 'Give each document its own id and update any references (dataConnectionAgreements, engagementRef) that meant the renamed one.',
    example: {
      bad: y('# hosting.engagement.yaml', 'metadata: {id: ENG-2024-017}', '---', '# backup.engagement.yaml', 'metadata: {id: ENG-2024-017}'),
      good: y('# hosting.engagement.yaml', 'metadata: {id: ENG-2024-017}', '---', '# backup.engagement.yaml', 'metadata: {id: ENG-2024-018}'),
    },
  },
  // @@REST@@
];
