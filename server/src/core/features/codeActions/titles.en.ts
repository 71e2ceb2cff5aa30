/** The titles of the quick-fixes in English (the reference for every other locale). */
export const en = {
  replaceWith: 'Replace with {value}',
  putInQuotes: 'Put {value} in quotes',
  setTrue: 'Set to true (confirm this is really the case)',
  changeTo: 'Change to {value}',
  replaceTab: 'Replace the tab with spaces',
  changeApiVersion: 'Change apiVersion to {apiVersion}',
  insertHeader: 'Insert {header}',
  insertHeaderAndKind: 'Insert {header} and {kindLine}',
  insertKind: 'Insert kind: {kind}',
  addValue: 'Add {key}: {value}',
  addValueToConfirm: 'Add {key}: {value} (confirm this is really the case)',
  addWithPlaceholders: 'Add {key} with placeholders',
  addWithPlaceholdersToConfirm: 'Add {key} with placeholders (confirm the values set to true)',
  insertClause: 'Insert {label}',
  insertNamedClause: 'Insert {label} clause',
  addWaiver: 'Add a waiver for {measure}',
  fixAll: 'Fix all automatically fixable problems',
} as const;

export type FixTitleId = keyof typeof en;
