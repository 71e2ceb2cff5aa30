/** Files that make the document rules fire, one per message, and files that do not. */
import type { RuleFixtures } from '../ruleFixtures';

const HEADER = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
const PLANNING = HEADER + 'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

export const fixtures: RuleFixtures = {
  'document/missing-api-version': {
    failing: [
      {
        name: 'no apiVersion line',
        messageId: 'missing',
        text: '⟦kind⟧: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
      },
      { name: 'an empty engagement file', messageId: 'emptyFile', text: '⟦⟧' },
      {
        name: 'a wrong apiVersion',
        messageId: 'wrong',
        text: 'apiVersion: ⟦outsourcing-policy/v2⟧\nkind: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
      },
    ],
    passing: [
      { name: 'a complete header', text: PLANNING },
      { name: 'a YAML file that is no policy document', uri: 'values.yaml', text: 'replicas: 3\n' },
    ],
  },
  'document/unknown-kind': {
    failing: [
      {
        name: 'an unknown kind',
        messageId: 'unknown',
        text: 'apiVersion: outsourcing-policy/v1\nkind: ⟦Contract⟧\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
      },
      {
        name: 'a misspelt kind',
        messageId: 'didYouMean',
        text: 'apiVersion: outsourcing-policy/v1\nkind: ⟦Engagment⟧\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
      },
    ],
    passing: [
      {
        name: 'a data connection agreement',
        uri: 'test.dca.yaml',
        text: 'apiVersion: outsourcing-policy/v1\nkind: DataConnectionAgreement\nmetadata: {id: DCA-1}\n',
      },
    ],
  },
  'document/too-large': {
    failing: [
      {
        name: 'a file over the size limit',
        messageId: 'tooLarge',
        text: '⟦apiVersion: outsourcing-policy/v1⟧\nkind: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
        maxDocumentSize: 40,
      },
    ],
    passing: [{ name: 'a file within the limit', text: PLANNING, maxDocumentSize: 1000 }],
  },
  'document/truncated': {
    failing: [
      {
        name: 'more findings than the bound',
        messageId: 'truncated',
        text: 'apiVersion: outsourcing-policy/v1\n⟦⟧kind: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
        maxFindings: 2,
      },
    ],
    passing: [{ name: 'fewer findings than the bound', text: PLANNING, maxFindings: 300 }],
  },
  'document/external-schema': {
    failing: [
      {
        name: 'a schema named by URL',
        messageId: 'external',
        text: '# yaml-language-server: $schema=⟦https://example.com/engagement.json⟧\napiVersion: outsourcing-policy/v1\nkind: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n',
      },
    ],
    passing: [
      {
        name: 'a schema named by a relative path',
        text: '# yaml-language-server: $schema=../schemas/engagement.schema.json\n' + PLANNING,
      },
    ],
  },
  'document/binary': {
    failing: [
      {
        name: 'a NUL byte in the text',
        messageId: 'binary',
        text: PLANNING + 'notes: a⟦\u0000⟧b\n',
      },
    ],
    passing: [
      { name: 'a text file with umlauts', text: PLANNING + 'notes: Rückführung der Daten\n' },
    ],
  },
};
