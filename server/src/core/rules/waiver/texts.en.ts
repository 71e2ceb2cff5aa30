/** The texts of the waiver rules in English (the reference for every other locale). */
export const en = {
  'waiver/not-allowed': {
    title: 'Waiver of a mandatory requirement',
    summary:
      'A waiver tries to silence findings of a requirement that the measure makes mandatory.',
    details:
      'Waivers exist for recommendations: a provider may decide, with a written reason and an approver, that a should-requirement does not fit an engagement. Mandatory requirements cannot be switched off this way, because the measure leaves no room for that decision. A waiver whose path names a whole section is fine: it silences the recommendations under it and never an error; only a path that names a mandatory field itself is refused. The finding is reported on the waiver entry and carries the measure the waiver names; the mandatory findings it aimed at stay in place.',
    fix: 'Meet the mandatory requirement instead, or narrow the waiver\u2019s path so that it only covers recommended fields.',
    messages: {
      mustField: {
        message: '{path} is a requirement (must) and cannot be waived',
        detail:
          'Only recommendations (should) of {measure} can be waived; a requirement has to be met.',
      },
    },
  },
  'waiver/expired': {
    title: 'Waiver has expired',
    summary: 'A waiver\u2019s `expires` date lies in the past, so it no longer silences anything.',
    details:
      'An expiry date forces a waiver to be looked at again. Once the date has passed, the findings it covered come back and this warning points at the waiver, so the decision is either renewed on purpose or the recommendation finally implemented.',
    fix: 'Implement the recommendation and delete the waiver, or review it and set a new date and expiry with a fresh approval.',
    messages: {
      expired: {
        message: 'waiver for {measure} expired on {date}',
        detail: 'An expired waiver silences nothing. Renew it or implement the recommendation.',
      },
    },
  },
  'waiver/unused': {
    title: 'Waiver matches no finding',
    summary: 'A waiver covers a measure, or a path, for which nothing is reported.',
    details:
      'Either the recommendation has been implemented since the waiver was written, or the path is misspelt and the waiver misses the findings it was meant for. In both cases the waiver only adds noise to an audit, so it is pointed out as information.',
    fix: 'Delete the waiver if the requirement is met now; otherwise correct its measure or path.',
    messages: {
      unused: {
        message: 'unused waiver: no recommendation of {measure} to silence',
        detail: 'The recommendations this waiver covers are all met. Remove the waiver.',
      },
      unusedUnder: {
        message: 'unused waiver: no recommendation of {measure} under {path} to silence',
        detail: 'The recommendations this waiver covers are all met. Remove the waiver.',
      },
    },
  },
} as const;
