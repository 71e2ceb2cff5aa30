/** The texts of the contract rules in English (the reference for every other locale). */
export const en = {
  'termination/notice-period': {
    title: 'Notice period shorter than reintegration',
    summary:
      'The contract\u2019s notice period is shorter than the time estimated for taking the service back.',
    details:
      'An orderly exit (M15) only works if the customer, after giving notice, still has enough time to bring the service in-house or move it to another provider; the contract (M2) is where that time is secured. The rule compares `contract.term.noticePeriod` with `termination.reintegrationEstimate` as durations, so mixed units are fine: `P12M` is longer than `P300D`.',
    fix: 'Negotiate a longer notice period, or revisit the reintegration estimate if it is too pessimistic.',
    messages: {
      shorterThanReintegration: {
        message:
          'notice period {notice} is shorter than the reintegration estimate {reintegration}',
        detail:
          'After giving notice, the customer could not take the service back or move it before the contract ends (termination.reintegrationEstimate). Lengthen the notice period or revisit the estimate.',
      },
    },
  },
  'contract/penalties-incomplete': {
    title: 'Penalty clause leaves aspects open',
    summary:
      'Penalties are agreed, but the contract does not settle all four aspects the provider should clarify.',
    details:
      'Customers often want contractual penalties for poor service. If `contract.legal.penalties.agreed` is `true`, the provider should also have settled how damage is quantified, how damage to reputation is measured, what happens if the provider becomes insolvent, and how catastrophic damage is handled. A missing aspect leaves room for disputes that can cost far more than the penalty itself.',
    fix: 'Add the missing aspect(s) to `contract.legal.penalties`, naming the clause that covers each.',
    messages: {
      aspectsOpen: {
        message: 'penalty clause leaves {missing} open',
        detail:
          'A penalty clause should settle how damage is quantified, how damage to reputation is measured, what happens if the provider becomes insolvent and how catastrophic damage is handled. Open points invite disputes; name the clause that covers {missing}.',
      },
    },
  },
} as const;
