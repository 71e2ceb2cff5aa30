/** The texts of the tenancy rules in English (the reference for every other locale). */
export const en = {
  'tenancy/client-concept': {
    title: 'Shared service without a consistent tenant concept',
    summary:
      'A multi-tenant engagement lacks a client concept, refers to the wrong one, or does not keep backups apart per client.',
    details:
      'When `tenancy.model` is `multi-tenant`, other customers share the systems, and only a documented tenant concept shows how they are kept apart. The rule fires when `clientConcept` is missing, when `contract.clientCapability.clientConceptRef` names a different concept than `clientConcept.id`, or when `emergencyPreparedness.backup.separateMediaPerClient` is not `true`, since mixed backup media would undo the separation at restore time.',
    fix: 'Add the `clientConcept` section, make the contract refer to its id, and keep backup media separate per client.',
    messages: {
      conceptMissing: {
        message: 'multi-tenant, but the engagement has no clientConcept',
        detail:
          'When customers share systems, a documented client concept has to show how they are kept apart. Add the clientConcept section and give it to the customer.',
      },
      contractRefMissing: {
        message: 'multi-tenant, but contract.clientCapability.clientConceptRef is missing',
        detail:
          'The contract has to name the client concept that keeps this customer apart from the others.',
      },
      contractRefMissingNamed: {
        message: 'multi-tenant, but contract.clientCapability.clientConceptRef is missing',
        detail:
          'The contract has to name the client concept ({conceptId}) that keeps this customer apart from the others.',
      },
      contractRefMismatch: {
        message: 'clientConceptRef {ref} does not match clientConcept.id {conceptId}',
        detail:
          'The contract (contract.clientCapability.clientConceptRef) refers to a different client concept than the one documented. Make both name the same concept.',
      },
      separateMediaMissing: {
        message: 'multi-tenant, but backup.separateMediaPerClient is missing',
        detail:
          "Backups of several customers on the same media undo the separation of clients when data is restored. Keep each customer's backups on media of their own and set emergencyPreparedness.backup.separateMediaPerClient to true.",
      },
      separateMediaFalse: {
        message: 'multi-tenant, but backup.separateMediaPerClient is false',
        detail:
          "Backups of several customers on the same media undo the separation of clients when data is restored. Keep each customer's backups on media of their own and set emergencyPreparedness.backup.separateMediaPerClient to true.",
      },
    },
  },
} as const;
