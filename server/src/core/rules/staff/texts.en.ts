/** The texts of the staff rules in English (the reference for every other locale). */
export const en = {
  'external-staff/commitment': {
    title: 'External staff not committed or not reported',
    summary:
      'Long-term external staff lack a written commitment, or external staff with access to confidential data were not reported to the customer.',
    details:
      'People from other companies working for the provider over a longer period must commit in writing to the applicable laws and rules; an entry with `engagement: long-term` and no `writtenCommitmentOn` is an error. Separately, whenever external staff can reach the customer\u2019s confidential data (`accessToConfidentialData: true`), the customer should be told so that its security officer can reassess; a missing `reportedToCustomerOn` is a warning.',
    fix: 'Obtain the written commitment and record its date; inform the customer and record when that happened.',
    messages: {
      commitmentMissing: {
        message: 'long-term external staff {who} has no writtenCommitmentOn',
        detail:
          'Long-term external staff such as {described} have to sign a commitment to follow the applicable laws, regulations and internal rules. Record the day it was signed.',
      },
      notReported: {
        message:
          'external staff {who} can reach confidential data, but has no reportedToCustomerOn',
        detail:
          'The customer should be told that {described} can reach its confidential data, so that its security officer can reassess the requirements. Record the day the customer was informed.',
      },
    },
  },
  'staff/self-substitute': {
    title: 'Person is their own deputy',
    summary: 'A substitution entry names the same contact as primary and as deputy.',
    details:
      'Deputies exist so that a role stays covered when its holder is absent. An entry in `staff.substitutes` whose primary and deputy are the same contact provides no cover at all, even though it looks complete.',
    fix: 'Name a different person as deputy; add a contact for them if needed.',
    messages: {
      sameAsPrimary: {
        message: 'deputy {primary} is the same person as the primary',
        detail: 'Nobody stands in when that person is absent. Name a different contact as deputy.',
      },
      sameAsPrimaryForRole: {
        message: 'deputy {primary} is the same person as the primary for {role}',
        detail: 'Nobody stands in when that person is absent. Name a different contact as deputy.',
      },
    },
  },
} as const;
