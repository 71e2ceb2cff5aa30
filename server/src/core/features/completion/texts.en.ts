/** The English texts of completion: details and documentation beside the keys and values. */
export const en = {
  obligation: {
    must: 'must',
    should: 'should',
    optional: 'optional',
  },
  /** The obligation spelled out in a field's documentation. */
  obligationLabel: {
    must: 'required (must)',
    should: 'recommended (should)',
    optional: 'optional',
  },
  expected: 'Expected: {type}.',
  clauseLabel: '{label} (clause)',
  clauseDetail: '{measure} · clause',
  classificationLevel: 'classification level',
  today: 'today',
  durations: {
    PT4H: '4 hours',
    P1D: '1 day',
    P30D: '30 days',
    P3M: '3 months',
    P1Y: '1 year',
  },
} as const;
