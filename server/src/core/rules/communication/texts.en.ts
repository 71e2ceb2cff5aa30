/** The texts of the communication rules in English (the reference for every other locale). */
export const en = {
  'communication/external-partner': {
    title: 'External partner receives classified information without a contractual basis',
    summary:
      'A communication partner outside the provider may receive information above the lowest classification, but no contractual basis is given.',
    details:
      'Before information leaves the provider, it has to be certain that the recipient is entitled to process it, and that has to be agreed with the customer by contract. The rule reads `securityConcept.classification.scheme` as ordered from lowest to highest; an external partner whose `allowed` list goes beyond the first level needs `contractualBasis`.',
    fix: 'Name the contract or clause that entitles the partner in `contractualBasis`, or restrict `allowed` to the lowest level.',
    messages: {
      noContractualBasis: {
        message:
          'external partner {partner} may receive {level} information without a contractualBasis',
        detail:
          'The level {level} is above the lowest classification level {lowest}. Passing classified information outside the organisation needs a contract that allows it: add the clause as contractualBasis, or allow only {lowest}.',
      },
    },
  },
} as const;
