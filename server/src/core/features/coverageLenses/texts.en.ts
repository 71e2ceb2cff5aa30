/** The English texts of the coverage code lenses. */
export const en = {
  /** The summary lens above an engagement's `metadata`; further statuses follow it. */
  summary: '{fulfilled} of {total} measures fulfilled',
  /** One further status of the summary: "2 failing". */
  statusCount: '{count} {status}',
  errors: { one: '1 error', other: '{count} errors' },
  warnings: { one: '1 warning', other: '{count} warnings' },
  waivers: { one: '1 waiver', other: '{count} waivers' },
  /** A waived measure with its waivers in force: "waived (1 waiver)". */
  waivedWith: '{status} ({waivers})',
  /** The lens of a data connection agreement: the measure of the engagement it belongs to. */
  ofEngagement: '{measure} of engagement {engagement}',
};
