/**
 * The catalogue of every rule id the engine reports. It feeds `outsourcing-policy explain`,
 * hovers, SARIF rule metadata (`helpUri` = `ruleDocUrl`) and the pages under docs/rules/.
 * Ids are fixed by FORMAT.md; the texts are written for this project.
 */
import type { MeasureId } from '../types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { RuleDefinition } from '../rules/defineRule';
import { allRuleDefinitions } from '../rules/registry';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'varies';

export interface RuleInfo {
  /** `group/name`, e.g. `schema/required`. */
  id: string;
  title: string;
  /** `field` = the measure of the field the finding is on; null = no measure (YAML or file problems). */
  measure: MeasureId | 'field' | null;
  /** `varies` = depends on the case; `details` says how. */
  severity: RuleSeverity;
  /** One sentence. Texts may use Markdown code spans (`contract.signedOn`) for field names and values. */
  summary: string;
  /** A paragraph: when the rule fires and why it matters. */
  details: string;
  /** How to fix, one or two sentences. */
  fix: string;
  /** Small YAML snippets. */
  example?: { bad: string; good: string };
}

const y = (...lines: string[]): string => lines.join('\n');

const LEGACY_RULES: readonly RuleInfo[] = [
  // ---- schema -------------------------------------------------------------------------------
  {
    id: 'schema/required',
    title: 'Required field missing',
    measure: 'field',
    severity: 'varies',
    summary: 'A field that the measure asks for is absent.',
    details:
      'Each field of the format is either a must (the measure uses "must", "has to" or "is to") or a should (the measure recommends it). A missing must-field is an error, a missing should-field a warning. Sections become required step by step as `metadata.status` advances from planning to operation, so a field that was fine during negotiation can be reported once the engagement moves to migration. The finding sits on the key of the parent object and names the missing key, together with what the measure expects from it.',
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
    summary:
      'A value is of a different kind than the field expects, for example text where a boolean or a list belongs.',
    details:
      'The data itself is wrong here, not merely incomplete, so this is always an error, whatever the obligation of the field. A common cause is YAML 1.2: words such as `yes`, `no`, `on` and `off` stay strings and are not booleans; only `true` and `false` are. Another is a single value written where the format expects a list.',
    fix: 'Write the value in the expected form; the message names the type, e.g. "a boolean (true or false)" or "a list of text".',
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
  },
  {
    id: 'schema/enum',
    title: 'Value is not one of the allowed choices',
    measure: 'field',
    severity: 'error',
    summary: 'A field that accepts a fixed set of values holds something else.',
    details:
      'Fields such as `metadata.status`, `tenancy.model`, contact roles or the protection levels only know a fixed vocabulary, because rules and lifecycle checks depend on the exact words. A misspelt or invented value would silently switch those checks off, so it is reported as an error. Where a close match exists the message offers it as a quick-fix.',
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
    summary:
      'A date, duration, id, country code or e-mail address is not written in the required notation.',
    details:
      'Dates are `YYYY-MM-DD`, durations are ISO 8601 (`PT4H`, `P30D`, `P3M`, `P1Y`), ids start with a letter and use only letters, digits, dots, underscores and hyphens, countries are two-letter ISO 3166 codes. Rules compare these values (notice period against reintegration time, review dates against intervals), which only works when they can be read reliably; `3 months` or `10.01.2024` cannot.',
    fix: 'Rewrite the value in the notation named by the message, e.g. `P3M` instead of `3 months`.',
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
    fix: 'Implement what the field describes and then set it to `true`; for a recommended commitment, a waiver with a justification is the alternative.',
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
      'Each problem is reported once, where it is, in plain words: a tab used for indentation, an unclosed quote or bracket, a key without a colon, list items or keys indented inconsistently, or an alias (`*name`) that names no anchor defined before it in the same document. The parser cannot read the top-level section with the error reliably, so that section is judged once the error is fixed; the other sections are still checked, and the document still counts in the workspace (its agreements find it).',
    fix: 'Repair the text at the marked position; indent with spaces (a quick-fix replaces a tab) and close every quote and bracket.',
    example: {
      bad: y('metadata:', "  title: 'Managed SAP hosting", "  version: '1.0.0'"),
      good: y('metadata:', "  title: 'Managed SAP hosting'", "  version: '1.0.0'"),
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
      bad: y(
        'metadata:',
        '  status: negotiation',
        '  title: Managed hosting',
        '  status: migration',
      ),
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
      'Anchors (`&name`) and aliases (`*name`) let YAML reuse a node. Nested aliases can multiply into an enormous structure from a few lines of text (the "billion laughs" attack), which would freeze an editor or a CI job. The checker therefore stops resolving aliases beyond a fixed number and does not validate the document.',
    fix: 'Write the repeated content out, or reuse it far less deeply; ordinary policy documents never need more than a handful of aliases.',
    example: {
      bad: y(
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ),
      good: y('interactionProcesses:', '  - monthly service review', '  - joint incident handling'),
    },
  },
  // ---- document -----------------------------------------------------------------------------
  {
    id: 'document/missing-api-version',
    title: 'Header missing',
    measure: null,
    severity: 'error',
    summary:
      'A file named like a policy document does not declare `apiVersion: outsourcing-policy/v1`.',
    details:
      'Files called `*.engagement.yaml` or `*.dca.yaml` are expected to be policy documents. Without the `apiVersion` line the checker cannot be sure which format version applies, so the file is not validated at all and the finding sits at its start. The quick-fix inserts the header lines.',
    fix: 'Add `apiVersion: outsourcing-policy/v1` and the matching `kind` at the top of the document.',
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
  },
  {
    id: 'document/unknown-kind',
    title: 'Unknown document kind',
    measure: null,
    severity: 'error',
    summary: 'The `kind` field is neither `Engagement` nor `DataConnectionAgreement`.',
    details:
      'The `kind` decides which schema and which cross-document rules apply. With an unknown kind no measure can be checked, so the document is reported as a whole at its kind value, with a did-you-mean where a known kind is close.',
    fix: 'Set `kind` to `Engagement` or `DataConnectionAgreement` (the spelling is case-sensitive).',
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
    id: 'document/truncated',
    title: 'Too many problems to show',
    measure: null,
    severity: 'info',
    summary: 'A document has so many problems that only the first ones are reported.',
    details:
      'A document that is far from the format (for example a large file of unrelated or repeated keys) could produce thousands of findings, which helps nobody and slows the editor down. Whatever their source (YAML syntax, duplicate keys, schema, rules), the engine reports at most 300 findings per file (`maxFindings` in the settings, the project file or `--max-findings` on the command line changes the bound), errors first, then warnings, then infos, and adds this one note with how many were left out.',
    fix: 'Fix the reported problems, or check that the file really is an engagement or a data connection agreement, then check again.',
  },
  {
    id: 'document/external-schema',
    title: 'Schema named by URL',
    measure: null,
    severity: 'warning',
    summary:
      'A `yaml-language-server` comment points the document at a schema on the network or elsewhere on disk by URL.',
    details:
      'Other YAML tools follow such comments and download the schema they name. This checker never loads anything from the network or from outside the project: it always validates against its built-in schemas. The warning makes that visible, so nobody relies on a remote schema that is not the one applied.',
    fix: 'Remove the comment, or point it at the schema shipped with the project by a relative path, e.g. `# yaml-language-server: $schema=../schemas/engagement.schema.json`.',
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
    summary: 'Two documents of the same kind in the workspace use the same `metadata.id`.',
    details:
      'Engagements and data connection agreements refer to one another by id. When two documents of one kind carry the same id, such a reference can no longer be resolved to a single document, and checks such as matching protection needs could compare against the wrong one. Each occurrence is reported and names the other file.',
    fix: 'Give each document its own id and update any references (`dataConnectionAgreements`, `engagementRef`) that meant the renamed one.',
    example: {
      bad: y(
        '# hosting.engagement.yaml',
        'metadata: { id: ENG-2024-017 }',
        '---',
        '# backup.engagement.yaml',
        'metadata: { id: ENG-2024-017 }',
      ),
      good: y(
        '# hosting.engagement.yaml',
        'metadata: { id: ENG-2024-017 }',
        '---',
        '# backup.engagement.yaml',
        'metadata: { id: ENG-2024-018 }',
      ),
    },
  },
  // ---- waivers ------------------------------------------------------------------------------
  {
    id: 'waiver/not-allowed',
    title: 'Waiver of a mandatory requirement',
    measure: 'field',
    severity: 'error',
    summary:
      'A waiver tries to silence findings of a requirement that the measure makes mandatory.',
    details:
      'Waivers exist for recommendations: a provider may decide, with a written reason and an approver, that a should-requirement does not fit an engagement. Mandatory requirements cannot be switched off this way, because the measure leaves no room for that decision. A waiver whose path names a whole section is fine: it silences the recommendations under it and never an error; only a path that names a mandatory field itself is refused. The finding is reported on the waiver entry and carries the measure the waiver names; the mandatory findings it aimed at stay in place.',
    fix: 'Meet the mandatory requirement instead, or narrow the waiver\u2019s path so that it only covers recommended fields.',
    example: {
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
  },
  {
    id: 'waiver/expired',
    title: 'Waiver has expired',
    measure: 'field',
    severity: 'warning',
    summary: 'A waiver\u2019s `expires` date lies in the past, so it no longer silences anything.',
    details:
      'An expiry date forces a waiver to be looked at again. Once the date has passed, the findings it covered come back and this warning points at the waiver, so the decision is either renewed on purpose or the recommendation finally implemented.',
    fix: 'Implement the recommendation and delete the waiver, or review it and set a new date and expiry with a fresh approval.',
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
  },
  {
    id: 'waiver/unused',
    title: 'Waiver matches no finding',
    measure: 'field',
    severity: 'info',
    summary: 'A waiver covers a measure, or a path, for which nothing is reported.',
    details:
      'Either the recommendation has been implemented since the waiver was written, or the path is misspelt and the waiver misses the findings it was meant for. In both cases the waiver only adds noise to an audit, so it is pointed out as information.',
    fix: 'Delete the waiver if the requirement is met now; otherwise correct its measure or path.',
  },
  // ---- cross-field and cross-document rules -------------------------------------------------
  {
    id: 'increased-protection/screening',
    title: 'Personnel screening missing for high protection needs',
    measure: 'OPS.3.1.M16',
    severity: 'warning',
    summary:
      'Confidentiality or integrity is high or very-high, but the engagement has no `personnelScreening` section.',
    details:
      'Measure M16 belongs to the tier for increased protection needs and concerns confidentiality and integrity. As soon as `protectionNeeds` rates either of them high or very-high, the checker expects provider and customer to have agreed which background checks staff must pass. It is a warning and may be waived with a justification, for instance where the law of the country rules such checks out.',
    fix: 'Add `personnelScreening` with the agreed checks, who performs each one, how far they go, and whether they repeat when staff change.',
    example: {
      bad: y(
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: normal',
        '  availability: high',
        '# no personnelScreening',
      ),
      good: y(
        'personnelScreening:',
        '  agreedRequirements: [identity-check, qualification-proof]',
        '  responsibleParty:',
        '    identity-check: P-PROVIDER',
        '    qualification-proof: P-PROVIDER',
        '  extent: identity papers checked, degrees confirmed with the issuing university',
        '  appliesOnStaffChange: true',
      ),
    },
  },
  {
    id: 'subcontracting/flow-down',
    title: 'Subcontractor without flow-down of requirements',
    measure: 'OPS.3.1.M2',
    severity: 'error',
    summary:
      'A subcontractor is listed, yet the contract does not permit subcontracting or does not pass all requirements on to it.',
    details:
      'When `roughConcept.dependencies` contains an entry of type `subcontractor`, the contract has to allow further relocation (`furtherRelocation.permitted: true`) and oblige every subcontractor to meet the same requirements the provider accepted (`flowDownAllRequirements: true`). Otherwise part of the service runs under weaker rules than the customer agreed to, or in breach of the contract.',
    fix: 'Set `furtherRelocation.permitted` and `flowDownAllRequirements` to `true` and make sure the contract really contains that clause; or stop using the subcontractor.',
    example: {
      bad: y(
        'roughConcept:',
        '  dependencies:',
        '    - { id: DEP-NET, type: subcontractor, name: NetOps GmbH } # other fields omitted',
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval of the customer',
        '    flowDownAllRequirements: false',
      ),
      good: y(
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval of the customer',
        '    flowDownAllRequirements: true',
      ),
    },
  },
  {
    id: 'subcontracting/late-disclosure',
    title: 'Dependency disclosed after signing',
    measure: 'OPS.3.1.M1',
    severity: 'warning',
    summary:
      'A dependency on a third party was disclosed to the customer only after the contract was signed.',
    details:
      'The rough concept expects the provider to tell the customer about subcontractors, other outsourcers, data hosts, carriers and emergency partners before the contract is concluded, so the customer can weigh the risks while it can still negotiate. A `disclosedOn` date later than `contract.signedOn` shows that this did not happen.',
    fix: 'Discuss the dependency with the customer and record the outcome (for example a contract amendment); correct `disclosedOn` if the date was simply wrong.',
    example: {
      bad: y(
        'contract:',
        '  signedOn: 2024-02-01',
        'roughConcept:',
        '  dependencies:',
        '    - id: DEP-DC',
        '      disclosedOn: 2024-05-10',
      ),
      good: y(
        'contract:',
        '  signedOn: 2024-02-01',
        'roughConcept:',
        '  dependencies:',
        '    - id: DEP-DC',
        '      disclosedOn: 2024-01-12',
      ),
    },
  },
  {
    id: 'reference/unresolved',
    title: 'Reference to an unknown id',
    measure: 'field',
    severity: 'error',
    summary:
      'A field refers to a party, contact, dependency, partner, classification or document id that is not defined.',
    details:
      'Many fields name a responsible person or a related object by its id instead of repeating it. If that id is defined nowhere, the responsibility is effectively unassigned, which defeats the point of the requirement. In a data connection agreement, contact, party and dependency ids are looked up in the engagement named by `metadata.engagementRef`. The classification levels a communication partner is `allowed` come from `securityConcept.classification.scheme`; without a scheme, every such level is unresolved. A did-you-mean quick-fix offers the closest existing id.',
    fix: 'Correct the id, or add the missing contact, party or other entry where such items are defined.',
    example: {
      bad: y(
        'contacts:',
        '  - { id: C-ISB, party: P-PROVIDER, role: isb, name: Jana Roth, email: jana.roth@example.com }',
        'waivers:',
        '  - approvedBy: C-ISBB',
      ),
      good: y(
        'contacts:',
        '  - { id: C-ISB, party: P-PROVIDER, role: isb, name: Jana Roth, email: jana.roth@example.com }',
        'waivers:',
        '  - approvedBy: C-ISB',
      ),
    },
  },
  {
    id: 'termination/notice-period',
    title: 'Notice period shorter than reintegration',
    measure: 'OPS.3.1.M2',
    severity: 'error',
    summary:
      'The contract\u2019s notice period is shorter than the time estimated for taking the service back.',
    details:
      'An orderly exit (M15) only works if the customer, after giving notice, still has enough time to bring the service in-house or move it to another provider; the contract (M2) is where that time is secured. The rule compares `contract.term.noticePeriod` with `termination.reintegrationEstimate` as durations, so mixed units are fine: `P12M` is longer than `P300D`.',
    fix: 'Negotiate a longer notice period, or revisit the reintegration estimate if it is too pessimistic.',
    example: {
      bad: y(
        'contract:',
        '  term:',
        '    noticePeriod: P3M',
        'termination:',
        '  reintegrationEstimate: P6M',
      ),
      good: y(
        'contract:',
        '  term:',
        '    noticePeriod: P6M',
        'termination:',
        '  reintegrationEstimate: P6M',
      ),
    },
  },
  {
    id: 'dca/activation-gate',
    title: 'Network connection activated too early',
    measure: 'OPS.3.1.M8',
    severity: 'error',
    summary:
      'A data connection agreement records an activation while security deficiencies are open, or before the security check or the start of the agreement.',
    details:
      'Two networks should only be joined once both sides have put the agreed measures in place and no known weakness remains. An `activatedOn` date together with entries in `openSecurityDeficiencies`, or a date earlier than `activation.securityCheck.date` or `term.effectiveFrom`, shows that the link went live before that point. Deficiencies left open at go-live tend to stay open for good.',
    fix: 'Resolve the deficiencies and empty the list, or correct the dates; if the link is not live yet, remove `activatedOn`.',
    example: {
      bad: y(
        'activation:',
        '  securityCheck: { method: IT-Grundschutz check, date: 2024-04-02 }',
        '  openSecurityDeficiencies: [firewall rules not yet reviewed]',
        '  activatedOn: 2024-04-05',
      ),
      good: y(
        'activation:',
        '  securityCheck: { method: IT-Grundschutz check, date: 2024-04-02 }',
        '  openSecurityDeficiencies: []',
        '  activatedOn: 2024-04-05',
      ),
    },
  },
  {
    id: 'dca/protection-mismatch',
    title: 'Protection needs differ from the engagement',
    measure: 'OPS.3.1.M8',
    severity: 'error',
    summary:
      'The protection needs in a data connection agreement are not the same as those of the engagement it belongs to.',
    details:
      'The agreement has to rest on a shared understanding of how sensitive the data is. If it rates confidentiality, integrity or availability differently from its engagement, one of the two documents is out of date, and the measures chosen for the connection may be too weak. The engagement is the one named by `metadata.engagementRef`.',
    fix: 'Align both documents on the correct ratings and update `classificationAgreedOn` if the agreement was renegotiated.',
    example: {
      bad: y(
        '# engagement: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: normal',
        '  integrity: high',
        '  availability: high',
      ),
      good: y(
        '# engagement: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: high',
        '  availability: high',
      ),
    },
  },
  {
    id: 'dca/one-sided-contacts',
    title: 'Contact category covers only one party',
    measure: 'OPS.3.1.M8',
    severity: 'warning',
    summary:
      'A contact category of a data connection agreement names people of only one of the two parties.',
    details:
      'For organisational, technical and security matters each side needs someone to call on the other side. If, say, the technical contacts are all provider staff, a problem noticed by the provider has no counterpart at the customer. The parties are taken from the contacts of the engagement the agreement belongs to.',
    fix: 'Add at least one contact of the missing party to the category.',
    example: {
      bad: y('contacts:', '  technical: [C-PROV-NOC]'),
      good: y('contacts:', '  technical: [C-PROV-NOC, C-CUST-NET]'),
    },
  },
  {
    id: 'access/default-passwords',
    title: 'Default passwords not changed',
    measure: 'OPS.3.1.M11',
    severity: 'error',
    summary: '`accessControl.defaultPasswordsChanged` is not `true`.',
    details:
      'Factory passwords are published in manuals and tried first by every attacker. The measure requires them to be replaced right after installation and no later than first use, so a value other than `true` is reported as an error that cannot be waived (a missing value is reported as `schema/required`).',
    fix: 'Change all default passwords on the systems of the engagement, then set `defaultPasswordsChanged` to `true`.',
    example: {
      bad: y('accessControl:', '  defaultPasswordsChanged: false'),
      good: y('accessControl:', '  defaultPasswordsChanged: true'),
    },
  },
  {
    id: 'emergency/rto',
    title: 'Recovery slower than the customer needs',
    measure: 'OPS.3.1.M14',
    severity: 'error',
    summary:
      'The provider\u2019s recovery time or recovery point is longer than the customer requires.',
    details:
      'The provider has to adapt its contingency planning to the customer\u2019s needs. The rule compares `providerCapability.rto` and `.rpo` with `customerRecoveryRequirements.rto` and `.rpo`; if the provider needs longer to restore service, or would lose more data, the customer\u2019s requirement cannot be met in an emergency.',
    fix: 'Improve recovery (standby systems, more frequent backups) until the provider values are within the customer\u2019s, or agree new requirements with the customer.',
    example: {
      bad: y(
        'emergencyPreparedness:',
        '  customerRecoveryRequirements: { rto: PT4H, rpo: PT1H }',
        '  providerCapability: { rto: PT8H, rpo: PT1H }',
      ),
      good: y(
        'emergencyPreparedness:',
        '  customerRecoveryRequirements: { rto: PT4H, rpo: PT1H }',
        '  providerCapability: { rto: PT2H, rpo: PT30M }',
      ),
    },
  },
  {
    id: 'migration/open-exceptions',
    title: 'Migration completed with loose ends',
    measure: 'OPS.3.1.M13',
    severity: 'error',
    summary:
      'A completed migration still lists open exceptions, or the security concept was not updated after completion.',
    details:
      'Temporary exceptions are often granted to get a migration done, and plans change along the way. Once `migration.status` is `completed`, `openExceptions` has to be empty and `securityConceptUpdatedOn` must not be earlier than `completedOn`; otherwise the service enters operation on undocumented, weakened settings.',
    fix: 'Close the remaining exceptions and update the security concept, then record the date of that update.',
    example: {
      bad: y(
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: [temporary admin access for vendor]',
        '  securityConceptUpdatedOn: 2024-03-01',
      ),
      good: y(
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
        '  openExceptions: []',
        '  securityConceptUpdatedOn: 2024-07-05',
      ),
    },
  },
  {
    id: 'migration/production-test-data',
    title: 'Production data used for tests without protection',
    measure: 'OPS.3.1.M13',
    severity: 'error',
    summary: 'Migration tests use production data, but no protection for it is described.',
    details:
      'Under time pressure, tests are easily run on a copy of live data in an environment with weaker controls. That is only acceptable when the data is specially protected, for example masked or kept in a test system with production-grade access control. `migration.testData.usesProductionData: true` without a `protection` entry shows that this has not been thought through.',
    fix: 'Describe the protection in `testData.protection`, or switch to synthetic or anonymised test data.',
    example: {
      bad: y('migration:', '  testData:', '    usesProductionData: true'),
      good: y(
        'migration:',
        '  testData:',
        '    usesProductionData: true',
        '    protection: personal fields masked; test system has the same access controls as production',
      ),
    },
  },
  {
    id: 'contract/penalties-incomplete',
    title: 'Penalty clause leaves aspects open',
    measure: 'OPS.3.1.M2',
    severity: 'warning',
    summary:
      'Penalties are agreed, but the contract does not settle all four aspects the provider should clarify.',
    details:
      'Customers often want contractual penalties for poor service. If `contract.legal.penalties.agreed` is `true`, the provider should also have settled how damage is quantified, how damage to reputation is measured, what happens if the provider becomes insolvent, and how catastrophic damage is handled. A missing aspect leaves room for disputes that can cost far more than the penalty itself.',
    fix: 'Add the missing aspect(s) to `contract.legal.penalties`, naming the clause that covers each.',
    example: {
      bad: y(
        'contract:',
        '  legal:',
        '    penalties:',
        '      agreed: true',
        "      damageQuantification: '\u00a712.1'",
      ),
      good: y(
        'contract:',
        '  legal:',
        '    penalties:',
        '      agreed: true',
        "      damageQuantification: '\u00a712.1'",
        "      imageDamage: '\u00a712.2'",
        "      providerInsolvency: '\u00a712.3'",
        "      catastrophicDamage: '\u00a712.4'",
      ),
    },
  },
  {
    id: 'external-staff/commitment',
    title: 'External staff not committed or not reported',
    measure: 'OPS.3.1.M6',
    severity: 'varies',
    summary:
      'Long-term external staff lack a written commitment, or external staff with access to confidential data were not reported to the customer.',
    details:
      'People from other companies working for the provider over a longer period must commit in writing to the applicable laws and rules; an entry with `engagement: long-term` and no `writtenCommitmentOn` is an error. Separately, whenever external staff can reach the customer\u2019s confidential data (`accessToConfidentialData: true`), the customer should be told so that its security officer can reassess; a missing `reportedToCustomerOn` is a warning.',
    fix: 'Obtain the written commitment and record its date; inform the customer and record when that happened.',
    example: {
      bad: y(
        'externalStaff:',
        '  - id: EXT-1',
        '    engagement: long-term',
        '    accessToConfidentialData: true',
      ),
      good: y(
        'externalStaff:',
        '  - id: EXT-1',
        '    engagement: long-term',
        '    accessToConfidentialData: true',
        '    writtenCommitmentOn: 2024-02-15',
        '    reportedToCustomerOn: 2024-02-16',
      ),
    },
  },
  {
    id: 'communication/external-partner',
    title: 'External partner receives classified information without a contractual basis',
    measure: 'OPS.3.1.M4',
    severity: 'error',
    summary:
      'A communication partner outside the provider may receive information above the lowest classification, but no contractual basis is given.',
    details:
      'Before information leaves the provider, it has to be certain that the recipient is entitled to process it, and that has to be agreed with the customer by contract. The rule reads `securityConcept.classification.scheme` as ordered from lowest to highest; an external partner whose `allowed` list goes beyond the first level needs `contractualBasis`.',
    fix: 'Name the contract or clause that entitles the partner in `contractualBasis`, or restrict `allowed` to the lowest level.',
    example: {
      bad: y(
        'communication:',
        '  partners:',
        '    - { id: PTN-AUDIT, contact: C-AUDITOR, scope: external, allowed: [public, internal] }',
      ),
      good: y(
        'communication:',
        '  partners:',
        '    - id: PTN-AUDIT',
        '      contact: C-AUDITOR',
        '      scope: external',
        '      allowed: [public, internal]',
        '      contractualBasis: audit agreement of 2024-01-08',
      ),
    },
  },
  {
    id: 'review/overdue',
    title: 'Review overdue',
    measure: 'field',
    severity: 'warning',
    summary:
      'A `lastReviewed` or `lastAligned` date is older than the interval that belongs to it.',
    details:
      'Several measures ask for regular reviews: of the communication partners, the security concept, emergency plans and more. Where a section records an interval and the date of the last review, the checker adds the interval to that date and compares the result with today. A stale review means the documentation may no longer describe reality.',
    fix: 'Carry out the review and update the date; if the agreed rhythm has changed, update the interval too.',
    example: {
      bad: y('communication:', '  review:', '    interval: P6M', '    lastReviewed: 2022-11-02'),
      good: y('communication:', '  review:', '    interval: P6M', '    lastReviewed: 2024-05-14'),
    },
  },
  {
    id: 'engagement/dca-missing',
    title: 'Data connection agreement not found',
    measure: 'OPS.3.1.M8',
    severity: 'varies',
    summary:
      'An engagement lists a data connection agreement that no document defines, or an agreement names an engagement that cannot be found.',
    details:
      'Networks may only be connected once an agreement is in place. When an engagement lists an id under `dataConnectionAgreements` and no `DataConnectionAgreement` in the workspace carries it, the agreement is presumed missing: error. The opposite direction, a DCA whose `metadata.engagementRef` matches no engagement, is only a warning, because the engagement may simply live in another repository.',
    fix: 'Add the missing agreement document (or fix the id in the list); for the warning, check `engagementRef` or check the files in together.',
    example: {
      bad: y(
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# no document with metadata.id DCA-17-01',
      ),
      good: y(
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# network.dca.yaml',
        'metadata: { id: DCA-17-01, engagementRef: ENG-2024-017 }',
      ),
    },
  },
  // ---- further rules ------------------------------------------------------------------------
  {
    id: 'subcontracting/blanket-exclusion',
    title: 'Subcontracting excluded altogether',
    measure: 'OPS.3.1.M2',
    severity: 'info',
    summary: '`contract.furtherRelocation.permitted` is `false`.',
    details:
      'A contract may forbid any involvement of third parties, but the measure advises against such a blanket ban: sooner or later a specialist, a carrier or a maintenance firm is needed, and a flat exclusion then forces either a breach or a renegotiation. Sensible conditions under which subcontracting is allowed work better. This is information only.',
    fix: 'Consider permitting subcontracting under defined conditions (customer approval, flow-down of all requirements) instead of ruling it out.',
    example: {
      bad: y('contract:', '  furtherRelocation:', '    permitted: false', '    conditions: none'),
      good: y(
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval; all requirements passed on',
        '    flowDownAllRequirements: true',
        '    customerApprovalRequired: true',
      ),
    },
  },
  {
    id: 'lifecycle/migration-incomplete',
    title: 'In operation while migration is unfinished',
    measure: 'OPS.3.1.M13',
    severity: 'warning',
    summary:
      '`metadata.status` is `operation` or later, but `migration.status` is not `completed`.',
    details:
      'The migration ends with a set of closing tasks: updating the security concept, documenting configurations, training staff, lifting exceptions. An engagement that is already in operation (or being terminated) while its migration is still planned or running has either skipped those tasks or not updated the document.',
    fix: 'Finish the migration tasks and set `migration.status` to `completed` with its completion fields, or correct `metadata.status`.',
    example: {
      bad: y('metadata:', '  status: operation', 'migration:', '  status: running'),
      good: y(
        'metadata:',
        '  status: operation',
        'migration:',
        '  status: completed',
        '  completedOn: 2024-06-30',
      ),
    },
  },
  {
    id: 'staff/self-substitute',
    title: 'Person is their own deputy',
    measure: 'OPS.3.1.M5',
    severity: 'error',
    summary: 'A substitution entry names the same contact as primary and as deputy.',
    details:
      'Deputies exist so that a role stays covered when its holder is absent. An entry in `staff.substitutes` whose primary and deputy are the same contact provides no cover at all, even though it looks complete.',
    fix: 'Name a different person as deputy; add a contact for them if needed.',
    example: {
      bad: y(
        'staff:',
        '  substitutes:',
        '    - { role: database administration, primary: C-DBA, deputy: C-DBA }',
      ),
      good: y(
        'staff:',
        '  substitutes:',
        '    - { role: database administration, primary: C-DBA, deputy: C-DBA2 }',
      ),
    },
  },
  {
    id: 'data-exchange/encryption',
    title: 'Sensitive data exchanged without encryption',
    measure: 'OPS.3.1.M9',
    severity: 'warning',
    summary:
      'Confidentiality or integrity is high or very-high, but the transport protection for data exchange does not include encryption.',
    details:
      'Checksums and sealed containers reveal damage and tampering, yet do not keep data secret on its way. When `protectionNeeds` rates confidentiality or integrity high or very-high and `dataExchange.security.transportProtection` lacks `encryption`, the data travels less protected than its rating calls for.',
    fix: 'Add `encryption` to `transportProtection` (and describe the key management); or waive the warning with a reason, such as a dedicated line.',
    example: {
      bad: y('dataExchange:', '  security:', '    transportProtection: [checksum]'),
      good: y(
        'dataExchange:',
        '  security:',
        '    transportProtection: [encryption, checksum]',
        '    keyManagement: keys held in the provider HSM, rotated yearly',
      ),
    },
  },
];

/** A defined rule's catalogue entry in a locale, from its definition. */
export function ruleInfoOf(definition: RuleDefinition, locale: Locale): RuleInfo {
  const texts = definition.texts[locale];
  return {
    id: definition.id,
    title: texts.title,
    measure: definition.measure,
    severity: definition.severity,
    summary: texts.summary,
    details: texts.details,
    fix: texts.fix,
    ...(definition.example ? { example: definition.example } : {}),
  };
}

/** Every rule's catalogue entry in a locale, in a stable order. */
export function ruleCatalogue(locale: Locale = DEFAULT_LOCALE): readonly RuleInfo[] {
  const defined = allRuleDefinitions();
  const ids = new Set(defined.map((d) => d.id));
  return [
    ...LEGACY_RULES.filter((r) => !ids.has(r.id)),
    ...defined.map((d) => ruleInfoOf(d, locale)),
  ];
}

export const RULES: readonly RuleInfo[] = ruleCatalogue(DEFAULT_LOCALE);

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/** The documentation folder of a locale: `docs/` (English), `docs/de/` (German). */
export function docsFolder(locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? 'docs/' : `docs/${locale}/`;
}

/**
 * Where the rule's page lives, relative to the repository root: `docs/rules/schema/required.md`,
 * in German `docs/de/rules/schema/required.md`.
 */
export function ruleDocPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${docsFolder(locale)}rules/${id}.md`;
}

export const DOCS_BASE_URL = 'https://github.com/outsourcing-policy/outsourcing-policy/blob/main/';

/** The rule's documentation page on the web (`codeDescription.href`, SARIF `helpUri`). */
export function ruleDocUrl(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return DOCS_BASE_URL + ruleDocPath(id, locale);
}
