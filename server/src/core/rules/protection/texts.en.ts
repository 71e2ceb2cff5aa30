/** The texts of the protection-needs rules in English (the reference for every other locale). */
export const en = {
  'increased-protection/screening': {
    title: 'Personnel screening missing for high protection needs',
    summary:
      'Confidentiality or integrity is high or very-high, but the engagement has no `personnelScreening` section.',
    details:
      'Measure M16 belongs to the tier for increased protection needs and concerns confidentiality and integrity. As soon as `protectionNeeds` rates either of them high or very-high, the checker expects provider and customer to have agreed which background checks staff must pass. It is a warning and may be waived with a justification, for instance where the law of the country rules such checks out.',
    fix: 'Add `personnelScreening` with the agreed checks, who performs each one, how far they go, and whether they repeat when staff change.',
    messages: {
      missingForNeeds: {
        message: 'personnelScreening is recommended but missing: protection needs are {needs}',
        detail:
          'With increased protection needs, provider and customer should agree which background checks staff working on the service have to pass. Add personnelScreening, or waive this with a justification where such checks are not possible.',
      },
      missingAtLevelIncreased: {
        message: 'personnelScreening is recommended but missing: the check runs at level increased',
        detail:
          'At level increased every engagement is checked as if its protection needs were high, so provider and customer should agree which background checks staff have to pass. Add personnelScreening, or waive this with a justification.',
      },
    },
  },
  'data-exchange/encryption': {
    title: 'Sensitive data exchanged without encryption',
    summary:
      'Confidentiality or integrity is high or very-high, but the transport protection for data exchange does not include encryption.',
    details:
      'Checksums and sealed containers reveal damage and tampering, yet do not keep data secret on its way. When `protectionNeeds` rates confidentiality or integrity high or very-high and `dataExchange.security.transportProtection` lacks `encryption`, the data travels less protected than its rating calls for.',
    fix: 'Add `encryption` to `transportProtection` (and describe the key management); or waive the warning with a reason, such as a dedicated line.',
    messages: {
      encryptionLacking: {
        message: 'transportProtection lacks encryption, although protection needs are {needs}',
        detail:
          'Checksums and seals reveal tampering but do not keep data secret in transit. Add encryption to dataExchange.security.transportProtection and describe the key management.',
      },
      transportProtectionMissing: {
        message: 'transportProtection is missing, although protection needs are {needs}',
        detail:
          'Data rated this high should travel encrypted. Add dataExchange.security.transportProtection with encryption and describe the key management.',
      },
    },
  },
} as const;
