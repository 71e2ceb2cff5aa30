/** The texts of the YAML rules in English (the reference for every other locale). */
export const en = {
  'yaml/syntax': {
    title: 'YAML syntax error',
    summary: 'The file is not well-formed YAML.',
    details:
      'Each problem is reported once, where it is, in plain words: a tab used for indentation, an unclosed quote or bracket, a key without a colon, list items or keys indented inconsistently, or an alias (`*name`) that names no anchor defined before it in the same document. The parser cannot read the top-level section with the error reliably, so that section is judged once the error is fixed; the other sections are still checked, and the document still counts in the workspace (its agreements find it).',
    fix: 'Repair the text at the marked position; indent with spaces (a quick-fix replaces a tab) and close every quote and bracket.',
    messages: {
      tab: { message: 'a tab is used for indentation; YAML indents with spaces only' },
      keyNotAligned: { message: 'this key is not in line with the other keys of its mapping' },
      itemNotAligned: {
        message: 'this list item is not in line with the other items of its list',
      },
      flowNotClosedOrIndented: {
        message: 'a { or [ is not closed, or its content is not indented enough',
      },
      doubleQuoteOpen: {
        message: 'a text in double quotes is not closed: the closing " is missing',
      },
      singleQuoteOpen: {
        message: "a text in single quotes is not closed: the closing ' is missing",
      },
      keyWithoutColon: { message: 'a key without a colon: write it as key: value' },
      missingComma: { message: 'a comma is missing between the items inside { } or [ ]' },
      commentWithoutSpace: {
        message: 'a # starts a comment only after a space; add one, or quote the value',
      },
      itemWithoutDash: { message: 'a list item without the "- " in front of it' },
      flowMapOpen: { message: 'a { is not closed with }' },
      flowSequenceOpen: { message: 'a [ is not closed with ]' },
      blockAsKey: {
        message: 'a mapping cannot start on the line of its key; put it on the next line, indented',
      },
      multilineKey: {
        message:
          'a key runs over more than one line; a colon or a closing quote is probably missing',
      },
      badValueStart: { message: 'a value cannot start with {char}; put the value in quotes' },
      blockInFlow: {
        message: 'an indented block cannot stand inside { } or [ ]; write it on one line',
      },
      badEscape: {
        message:
          'an unknown \\ escape in double quotes; write \\\\ for a backslash, or use single quotes',
      },
      unexpectedComma: {
        message: 'an unexpected comma; quote the value if the comma belongs to it',
      },
      unexpectedText: { message: 'unexpected text: this does not fit the structure around it' },
      twoAnchors: { message: 'a value can have only one anchor (&name)' },
      twoTags: { message: 'a value can have only one tag (!name)' },
      aliasWithProperties: {
        message: 'an alias (*name) cannot have an anchor or a tag of its own',
      },
      aliasWithoutName: { message: 'an anchor or alias needs a name after the & or *' },
      keyTooLong: {
        message: 'a key is longer than 1024 characters; is a colon missing after a short key?',
      },
      tooDeep: {
        message: 'the document is nested too deeply to be read; flatten its structure',
      },
      parserError: { message: 'YAML syntax error: {raw}' },
      parserWarning: { message: 'YAML: {raw}' },
      unresolvedAlias: {
        message: 'the alias *{name} names no anchor defined before it in this document',
      },
    },
  },
  'yaml/duplicate-key': {
    title: 'Key appears twice',
    summary: 'The same key is written twice in one mapping.',
    details:
      'YAML does not allow a mapping to repeat a key, and tools disagree on which of the two values wins. In a compliance document this hides which statement is meant, so the second occurrence is reported.',
    fix: 'Keep one of the two entries and delete the other, merging their content if both hold something useful.',
    messages: {
      duplicate: {
        message:
          '{key} appears twice in the same mapping; YAML keys must be unique, so one value would be lost',
      },
    },
  },
  'yaml/alias-limit': {
    title: 'Too many alias expansions',
    summary: 'The document expands anchors and aliases more often than the safety limit allows.',
    details:
      'Anchors (`&name`) and aliases (`*name`) let YAML reuse a node. Nested aliases can multiply into an enormous structure from a few lines of text (the "billion laughs" attack), which would freeze an editor or a CI job. The checker therefore stops resolving aliases beyond a fixed number and does not validate the document.',
    fix: 'Write the repeated content out, or reuse it far less deeply; ordinary policy documents never need more than a handful of aliases.',
    messages: {
      tooMany: {
        message:
          'the document expands more than {limit} aliases (*name); that looks like an alias bomb, so it was not checked',
      },
      cycle: {
        message:
          'an alias (*name) refers to a node that contains it, so the data never ends; it was not checked',
      },
    },
  },
} as const;
