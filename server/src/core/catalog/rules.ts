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
  // ---- document (the engine's own rules are defined under rules/) ------------------------
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
  // ---- cross-field and cross-document rules -------------------------------------------------
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
