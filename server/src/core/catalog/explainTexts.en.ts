/** The English words of `outsourcing-policy explain` around the catalogue's texts. */
export const en = {
  measureFacts: 'Kompendium {kompendium} · {tier} · sections: {sections}',
  asks: 'It asks to:',
  fieldsIn: {
    Engagement: 'Fields in the engagement:',
    DataConnectionAgreement: 'Fields in the data connection agreement:',
  },
  fieldsMore: 'Each field with its description and an example: {page}',
  ruleFacts: 'severity: {severity} · measure: {measure}',
  severity: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    varies: 'varies',
  },
  measureOfField: 'the measure of the field',
  noMeasure: 'none',
  howToFix: 'How to fix: {fix}',
  insteadOf: 'Instead of:',
  write: 'write:',
  documentation: 'Documentation: {page}',
} as const;
