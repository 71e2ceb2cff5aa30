/** Texts that make the YAML rules fire, one per message, and texts that do not. */
import type { RuleFixtures } from '../ruleFixtures';

const HEADER = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
const PLANNING = HEADER + 'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

export const fixtures: RuleFixtures = {
  'yaml/syntax': {
    failing: [
      {
        name: 'a tab in the indentation',
        messageId: 'tab',
        text: HEADER + 'metadata:\n⟦\t⟧id: ENG-1\n',
      },
      {
        name: 'a key indented less than its siblings',
        messageId: 'keyNotAligned',
        text: HEADER + 'metadata:\n  id: ENG-1\n⟦ ⟧title: t\n',
      },
      {
        name: 'a list item indented differently',
        messageId: 'itemNotAligned',
        text: HEADER + 'objectives:\n  - - a\n    - b\n   ⟦-⟧ c\n',
      },
      {
        name: 'an unclosed { inside a mapping',
        messageId: 'flowNotClosedOrIndented',
        text: HEADER + 'metadata: ⟦{id: ENG-1⟧\n',
      },
      {
        name: 'an unclosed double quote',
        messageId: 'doubleQuoteOpen',
        text: HEADER + 'metadata:\n  title: ⟦"abc⟧\n  id: x\n',
      },
      {
        name: 'an unclosed single quote',
        messageId: 'singleQuoteOpen',
        text: HEADER + "metadata:\n  title: ⟦'abc⟧\n  id: x\n",
      },
      { name: 'a key without a colon', messageId: 'keyWithoutColon', text: HEADER + '⟦tenancy⟧\n' },
      {
        name: 'two items without a comma between them',
        messageId: 'missingComma',
        text: HEADER + 'objectives: [a, "b" ⟦c⟧]\n',
      },
      {
        name: 'a # right after a value',
        messageId: 'commentWithoutSpace',
        text: HEADER + 'metadata:\n  id: "a"⟦# x⟧\n',
      },
      {
        name: 'a list item without its dash',
        messageId: 'itemWithoutDash',
        text: HEADER + 'objectives:\n  - - a\n⟦ ⟧   -b\n',
      },
      {
        name: 'an unclosed { at the top level',
        messageId: 'flowMapOpen',
        text: '⟦{apiVersion: outsourcing-policy/v1⟧\n',
        uri: 'test.yaml',
      },
      {
        name: 'an unclosed [ at the top level',
        messageId: 'flowSequenceOpen',
        text: '⟦[apiVersion, outsourcing-policy/v1⟧\n',
        uri: 'test.yaml',
      },
      {
        name: 'a mapping on the line of its key',
        messageId: 'blockAsKey',
        text: HEADER + 'metadata: ⟦i⟧d: x\n',
      },
      {
        name: 'a key over two lines',
        messageId: 'multilineKey',
        text: HEADER + 'metadata:\n  ⟦"id\n  x"⟧: 1\n',
      },
      {
        name: 'a value that starts with @',
        messageId: 'badValueStart',
        text: HEADER + 'metadata:\n  id: ⟦@⟧x\n',
      },
      {
        name: 'a block inside { }',
        messageId: 'blockInFlow',
        text: HEADER + 'metadata: {id: ⟦ENG-1 title: t⟧}\n',
      },
      {
        name: 'an unknown escape in double quotes',
        messageId: 'badEscape',
        text: HEADER + 'metadata:\n  title: "a⟦\\⟧qb"\n',
      },
      {
        name: 'an empty item between two commas',
        messageId: 'unexpectedComma',
        text: HEADER + 'objectives: [a, ⟦,⟧ b]\n',
      },
      {
        name: 'a stray closing bracket',
        messageId: 'unexpectedText',
        text: HEADER + 'metadata:\n  id: x\n⟦]⟧\n',
      },
      {
        name: 'two anchors on one value',
        messageId: 'twoAnchors',
        text: HEADER + 'metadata: &a ⟦&b⟧\n  id: x\n',
      },
      {
        name: 'two tags on one value',
        messageId: 'twoTags',
        text: HEADER + 'metadata: !!map ⟦!!map⟧\n  id: x\n',
      },
      {
        name: 'an alias with an anchor of its own',
        messageId: 'aliasWithProperties',
        text: HEADER + 'a: &x 1\nb: &y ⟦*x⟧\n',
      },
      {
        name: 'an anchor without a name',
        messageId: 'aliasWithoutName',
        text: HEADER + 'a: ⟦&⟧ x\n',
      },
      {
        name: 'a key longer than 1024 characters',
        messageId: 'keyTooLong',
        text: HEADER + `⟦${'x'.repeat(1030)}⟧: 1\n`,
      },
      {
        name: 'lists nested thousands deep',
        messageId: 'tooDeep',
        text: HEADER + `a: ${'['.repeat(833)}⟦[⟧${'['.repeat(2166)}${']'.repeat(3000)}\n`,
      },
      {
        name: "content on the line of the --- marker (the parser's own words)",
        messageId: 'parserError',
        text: '--- ⟦a⟧: 1\n',
        uri: 'test.yaml',
      },
      {
        name: 'an unknown directive',
        messageId: 'parserWarning',
        text: '⟦%FOO bar⟧\n---\napiVersion: outsourcing-policy/v1\nkind: Engagement\n',
      },
      {
        name: 'an alias without an anchor',
        messageId: 'unresolvedAlias',
        text: HEADER + 'a: ⟦*nope⟧\n',
      },
    ],
    passing: [
      {
        name: 'well-formed YAML with flow and block style',
        text: PLANNING + 'objectives: [a, "b, c"]\nnotes: |\n  two\n  lines\n',
      },
    ],
  },
  'yaml/duplicate-key': {
    failing: [
      {
        name: 'a key written twice',
        messageId: 'duplicate',
        text: HEADER + 'metadata:\n  id: ENG-1\n  ⟦id⟧: ENG-2\n',
      },
    ],
    passing: [
      { name: 'the same key in two mappings', text: PLANNING + 'a: {id: 1}\nb: {id: 2}\n' },
    ],
  },
  'yaml/alias-limit': {
    failing: [
      {
        name: 'an alias bomb',
        messageId: 'tooMany',
        text:
          HEADER +
          'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [⟦*a⟧,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
      },
      {
        name: 'an alias that contains itself',
        messageId: 'cycle',
        text: HEADER + 'a: &a [⟦*a⟧]\n',
      },
    ],
    passing: [{ name: 'a few aliases', text: PLANNING + 'a: &a [x, y]\nb: [*a, *a]\n' }],
  },
};
