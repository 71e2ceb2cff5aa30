/** The English texts of the outline: names and details of the groups and documents. */
export const en = {
  documentGroup: 'Document',
  documentGroupDetail: 'header and shared sections',
  unnamedKind: 'Document',
  noId: '(no id)',
} as const;
