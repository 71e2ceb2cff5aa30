/** The texts of the reference rules in English (the reference for every other locale). */

/** The three messages about an id of one kind that is not defined. */
function unresolvedOf(kind: string) {
  const listed = `The ${kind} ids defined in {where} are {ids}; correct the reference or define the ${kind} there.`;
  return {
    unknown: { message: `{field}: no ${kind} "{value}"`, detail: listed },
    suggested: {
      message: `{field}: no ${kind} "{value}"; did you mean "{suggestion}"?`,
      detail: listed,
    },
    none: {
      message: `{field}: no ${kind} "{value}"`,
      detail: `No ${kind} is defined in {where} yet: define the ${kind} there or correct the reference.`,
    },
  } as const;
}

const party = unresolvedOf('party');
const contact = unresolvedOf('contact');
const dependency = unresolvedOf('dependency');
const partner = unresolvedOf('partner');
const classification = unresolvedOf('classification');

const SEVERITIES =
  'The severities agreed in contract.emergency.incidentCategories.severities are {severities}. Use one of them, or add this severity to the list.';
const UNREACHABLE =
  '{who} carries a responsibility and needs a way to be reached: add an e-mail address or a phone number.';
const NO_AGREEMENT =
  'The networks may only be connected once the agreement exists. Add its document to the workspace or correct the id.';
const NO_ENGAGEMENT =
  "Without the engagement, the parties, contacts and dependencies this agreement names cannot be checked. Open the engagement's file with it or correct the id.";
const DUPLICATE =
  'The other one is in {files}. References to this id would be ambiguous, so give each document its own id.';

export const en = {
  'reference/unresolved': {
    title: 'Reference to an unknown id',
    summary:
      'A field refers to a party, contact, dependency, partner, classification level or incident severity that is not defined.',
    details:
      'Many fields name a responsible person or a related object by its id instead of repeating it. If that id is defined nowhere, the responsibility is effectively unassigned, which defeats the point of the requirement. In a data connection agreement, contact, party and dependency ids are looked up in the engagement named by `metadata.engagementRef`. The classification levels a communication partner is `allowed` come from `securityConcept.classification.scheme`; without a scheme, every such level is unresolved. Each key of `contract.emergency.reactionTimes` has to be one of the agreed `incidentCategories.severities`. A did-you-mean quick-fix offers the closest existing id.',
    fix: 'Correct the id, or add the missing contact, party or other entry where such items are defined.',
    messages: {
      unknownParty: party.unknown,
      unknownPartySuggested: party.suggested,
      noPartyDefined: party.none,
      unknownContact: contact.unknown,
      unknownContactSuggested: contact.suggested,
      noContactDefined: contact.none,
      unknownDependency: dependency.unknown,
      unknownDependencySuggested: dependency.suggested,
      noDependencyDefined: dependency.none,
      unknownPartner: partner.unknown,
      unknownPartnerSuggested: partner.suggested,
      noPartnerDefined: partner.none,
      unknownClassification: classification.unknown,
      unknownClassificationSuggested: classification.suggested,
      noClassificationDefined: classification.none,
      noClassificationScheme: {
        message:
          '{field} "{value}" cannot be resolved: there is no classification scheme ({where})',
        detail:
          'The levels a communication partner may receive are defined by the classification scheme, ordered from the lowest to the highest. Add the scheme to the security concept.',
      },
      unknownSeverity: {
        message: 'reaction time for "{key}", which is not an agreed incident severity',
        detail: SEVERITIES,
      },
      unknownSeveritySuggested: {
        message:
          'reaction time for "{key}", which is not an agreed incident severity; did you mean "{suggestion}"?',
        detail: SEVERITIES,
      },
      contactUnreachable: {
        message: 'contact "{id}" has neither email nor phone, but is responsible in {usedAt}',
        detail: UNREACHABLE,
      },
      contactUnreachableInDca: {
        message:
          'contact "{id}" has neither email nor phone, but is responsible in {usedAt} of DCA {dca}',
        detail: UNREACHABLE,
      },
    },
  },
  'engagement/dca-missing': {
    title: 'Data connection agreement not found',
    summary:
      'An engagement lists a data connection agreement that no document defines, or an agreement names an engagement that cannot be found.',
    details:
      'Networks may only be connected once an agreement is in place. When an engagement lists an id under `dataConnectionAgreements` and no `DataConnectionAgreement` in the workspace carries it, the agreement is presumed missing: error. The opposite direction, a DCA whose `metadata.engagementRef` matches no engagement, is only a warning, because the engagement may simply live in another repository.',
    fix: 'Add the missing agreement document (or fix the id in the list); for the warning, check `engagementRef` or check the files in together.',
    messages: {
      agreementMissing: {
        message:
          'dataConnectionAgreements[{index}]: no data connection agreement "{id}" in the workspace',
        detail: NO_AGREEMENT,
      },
      agreementMissingSuggested: {
        message:
          'dataConnectionAgreements[{index}]: no data connection agreement "{id}" in the workspace; did you mean "{suggestion}"?',
        detail: NO_AGREEMENT,
      },
      engagementNotFound: {
        message: 'metadata.engagementRef: engagement "{ref}" not found in the workspace',
        detail: NO_ENGAGEMENT,
      },
      engagementNotFoundSuggested: {
        message:
          'metadata.engagementRef: engagement "{ref}" not found in the workspace; did you mean "{suggestion}"?',
        detail: NO_ENGAGEMENT,
      },
    },
  },
  'document/duplicate-id': {
    title: 'Two documents share one id',
    summary: 'Two documents of the same kind in the workspace use the same `metadata.id`.',
    details:
      'Engagements and data connection agreements refer to one another by id. When two documents of one kind carry the same id, such a reference can no longer be resolved to a single document, and checks such as matching protection needs could compare against the wrong one. Each occurrence is reported and names the other file.',
    fix: 'Give each document its own id and update any references (`dataConnectionAgreements`, `engagementRef`) that meant the renamed one.',
    messages: {
      sharedByEngagements: {
        message: 'metadata.id "{id}" is also the id of another engagement',
        detail: DUPLICATE,
      },
      sharedByAgreements: {
        message: 'metadata.id "{id}" is also the id of another data connection agreement',
        detail: DUPLICATE,
      },
    },
  },
} as const;
