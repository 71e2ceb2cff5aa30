/** The texts of the data connection agreement rules in English (the reference for every other locale). */
const GATE =
  'The connection may only be switched on after the security check, once no known deficiencies remain (activation.openSecurityDeficiencies) and the agreement is in force. Fix the deficiencies first or correct the dates.';
const MISMATCH =
  'Both sides need one shared view of how much protection the data on the connection needs. Make the two values agree.';
const ONE_SIDED =
  'Each side should have someone to turn to for this kind of problem with the connection.';

export const en = {
  'dca/activation-gate': {
    title: 'Network connection activated too early',
    summary:
      'A data connection agreement records an activation while security deficiencies are open, or before the security check or the start of the agreement.',
    details:
      'Two networks should only be joined once both sides have put the agreed measures in place and no known weakness remains. An `activatedOn` date together with entries in `openSecurityDeficiencies`, or a date earlier than `activation.securityCheck.date` or `term.effectiveFrom`, shows that the link went live before that point. Each of these reasons is reported on its own. Deficiencies left open at go-live tend to stay open for good.',
    fix: 'Resolve the deficiencies and empty the list, or correct the dates; if the link is not live yet, remove `activatedOn`.',
    messages: {
      deficiencyOpen: {
        message:
          'connection activated on {activatedOn}, too early: one security deficiency is still open',
        detail: `Activated while one security deficiency is still open. ${GATE}`,
      },
      deficienciesOpen: {
        message:
          'connection activated on {activatedOn}, too early: {count} security deficiencies are still open',
        detail: `Activated while {count} security deficiencies are still open. ${GATE}`,
      },
      beforeSecurityCheck: {
        message:
          'connection activated on {activatedOn}, too early: before the security check {checkDate}',
        detail: `Activated before the security check {checkDate} (activation.securityCheck.date). ${GATE}`,
      },
      beforeEffective: {
        message:
          'connection activated on {activatedOn}, too early: before the agreement takes effect {effectiveFrom}',
        detail: `Activated before the agreement takes effect {effectiveFrom} (term.effectiveFrom). ${GATE}`,
      },
    },
  },
  'dca/protection-mismatch': {
    title: 'Protection needs differ from the engagement',
    summary:
      'The protection needs in a data connection agreement are not the same as those of the engagement it belongs to.',
    details:
      'The agreement has to rest on a shared understanding of how sensitive the data is. If it rates confidentiality, integrity or availability differently from its engagement, one of the two documents is out of date, and the measures chosen for the connection may be too weak. The engagement is the one named by `metadata.engagementRef`.',
    fix: 'Align both documents on the correct ratings and update `classificationAgreedOn` if the agreement was renegotiated.',
    messages: {
      confidentialityDiffers: {
        message:
          'protection need confidentiality is {level} here but {engagementLevel} in engagement {engagement}',
        detail: MISMATCH,
      },
      integrityDiffers: {
        message:
          'protection need integrity is {level} here but {engagementLevel} in engagement {engagement}',
        detail: MISMATCH,
      },
      availabilityDiffers: {
        message:
          'protection need availability is {level} here but {engagementLevel} in engagement {engagement}',
        detail: MISMATCH,
      },
      inNetworkEncryptionRequired: {
        message: 'encryption.inNetwork must be true, as confidentiality is {confidentiality}',
        detail:
          'With this confidentiality, traffic inside the connected networks has to be encrypted too. Encrypt it and set inNetwork to true.',
      },
    },
  },
  'dca/one-sided-contacts': {
    title: 'Contact category covers only one party',
    summary:
      'A contact category of a data connection agreement names people of only one of the two parties.',
    details:
      'For organisational, technical and security matters each side needs someone to call on the other side. If, say, the technical contacts are all provider staff, a problem noticed by the provider has no counterpart at the customer. The parties are taken from the contacts of the engagement the agreement belongs to.',
    fix: 'Add at least one contact of the missing party to the category.',
    messages: {
      noProviderContact: {
        message: 'contacts.{category} names no contact of the provider',
        detail: `${ONE_SIDED} Add a contact of the provider ({provider}).`,
      },
      noCustomerContact: {
        message: 'contacts.{category} names no contact of the customer',
        detail: `${ONE_SIDED} Add a contact of the customer ({customer}).`,
      },
      noContactOfEither: {
        message: 'contacts.{category} names no contact of the provider or the customer',
        detail: `${ONE_SIDED} Add a contact of the provider ({provider}) and the customer ({customer}).`,
      },
      foreignLawNotesMissing: {
        message:
          'foreignLawNotes is recommended but missing: the parties are in {providerCountry} and {customerCountry}',
        detail:
          "The provider is in {providerCountry} and the customer in {customerCountry}, so each side should know what the other's national law says about cryptography, privacy and copyright. Add foreignLawNotes.",
      },
    },
  },
} as const;
