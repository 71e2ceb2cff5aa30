/** The English texts of navigation: why an id cannot be renamed. */
export const en = {
  nothingToRename: 'there is no id to rename here',
  emptyLevel: 'a classification level needs a non-empty name',
  invalidId:
    '"{name}" is not a valid id: it has to start with a letter, followed by 1 to 63 letters, digits, dots, underscores or hyphens',
  nameTaken: 'there already is a {kind} "{name}" (in {file}); pick a name that is not in use',
} as const;
