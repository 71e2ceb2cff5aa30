import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { defaultOptions, parsePolicyFile, type PolicyFile } from '../../../server/src/core';
import { complete } from '../../../server/src/core/features/completion';
import { cursorContext } from '../../../server/src/core/features/cursor';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { applyCompletion, withCursor } from '../../support/cursor';
import { TODAY, yaml } from '../../support/harness';

const ENGAGEMENT_URI = 'erp.engagement.yaml';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata:
    id: ENG-1
    title: ERP hosting
    version: "1"
    status: negotiation
  parties:
    provider: {id: nordlicht, name: Nordlicht GmbH, country: DE}
    customer: {id: swm, name: Stadtwerke AG, country: DE}
  contacts:
    - id: alice
      party: nordlicht
      role: isb
      name: Alice Example
    - {id: bob, party: swm, role: dpo, name: Bob Example}
`;

const DCA_HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: DataConnectionAgreement
  metadata:
    id: DCA-1
    title: VPN link
    version: "1"
`;

interface Completion {
  items: CompletionItem[];
  text: string;
}

function parse(uri: string, text: string): PolicyFile {
  return parsePolicyFile(uri, text, defaultOptions(TODAY));
}

/** Completes at the `|` of `marked` in a file named `uri`, with `others` in the workspace. */
function completeAt(marked: string, uri = ENGAGEMENT_URI, others: PolicyFile[] = []): Completion {
  const { text, offset } = withCursor(marked);
  const file = parse(uri, text);
  const index = buildWorkspaceIndex([file, ...others]);
  return { items: complete({ file, index, options: defaultOptions(TODAY) }, offset), text };
}

function labels(completion: Completion): string[] {
  return completion.items.map((item) => item.label);
}

function item(completion: Completion, label: string): CompletionItem {
  const found = completion.items.find((candidate) => candidate.label === label);
  assert.ok(found, `no item ${label} among ${labels(completion).join(', ')}`);
  return found;
}

/** The text after accepting the item `label`. */
function accept(completion: Completion, label: string): string {
  return applyCompletion(completion.text, item(completion, label));
}

function bySortText(completion: Completion): string[] {
  return [...completion.items]
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((entry) => entry.label);
}

describe('cursorContext', () => {
  const at = (marked: string, uri = ENGAGEMENT_URI) => {
    const { text, offset } = withCursor(marked);
    return cursorContext(parse(uri, text), offset);
  };

  test('an empty line inside a mapping is key mode for that mapping', () => {
    const cursor = at(`${HEADER}contract:\n  term:\n    start: 2026-01-01\n  |\n`);
    assert.equal(cursor?.mode, 'key');
    assert.deepEqual(cursor?.path, ['contract']);
    assert.deepEqual(cursor?.existingKeys, ['term']);
    assert.equal(cursor?.kind, 'Engagement');
  });

  test('after `key: ` it is value mode for that key', () => {
    const cursor = at(`${HEADER}protectionNeeds:\n  integrity: hi|\n`);
    assert.equal(cursor?.mode, 'value');
    assert.deepEqual(cursor?.path, ['protectionNeeds']);
    assert.equal(cursor?.key, 'integrity');
    assert.equal(cursor?.prefix, 'hi');
  });

  test('list items are counted, and a line below a `- key:` belongs to that item', () => {
    const cursor = at(
      `${HEADER}waivers:\n  - measure: OPS.3.1.M4\n  - measure: OPS.3.1.M5\n    |\n`,
    );
    assert.equal(cursor?.mode, 'key');
    assert.deepEqual(cursor?.path, ['waivers', 1]);
    assert.deepEqual(cursor?.existingKeys, ['measure']);
    assert.equal(cursor?.inSequenceItem, false);
  });

  test('`- ` in a list of mappings is key mode of the new item', () => {
    const cursor = at(`${HEADER.replace('  - {id: bob', '  - |\n  - {id: bob')}`);
    assert.equal(cursor?.mode, 'key');
    assert.deepEqual(cursor?.path, ['contacts', 1]);
    assert.equal(cursor?.inSequenceItem, true);
    assert.equal(cursor?.keyIndent, '    ');
  });

  test('`- ` in a list of scalars is value mode for the items of the list', () => {
    const cursor = at(
      `${HEADER}contract:\n  organizational:\n    problemResolution:\n      authorizedContacts:\n      - alice\n      - |\n`,
    );
    assert.equal(cursor?.mode, 'value');
    assert.deepEqual(cursor?.path, [
      'contract',
      'organizational',
      'problemResolution',
      'authorizedContacts',
    ]);
    assert.equal(cursor?.key, undefined);
    assert.equal(cursor?.inSequenceItem, true);
  });

  test('a value inside a list item on the same line as its `- `', () => {
    const cursor = at(`${HEADER}waivers:\n  - approvedBy: al|\n`);
    assert.deepEqual(cursor?.path, ['waivers', 0]);
    assert.equal(cursor?.key, 'approvedBy');
    assert.equal(cursor?.prefix, 'al');
  });

  test('flow style, comments and block scalars are left alone', () => {
    assert.equal(at(`${HEADER}tenancy: {model: dedicated, |}\n`), undefined);
    assert.equal(at(`${HEADER}# a comment |\n`), undefined);
    assert.equal(at(`${HEADER}roughConcept:\n  interaction: >\n    the parties me|\n`), undefined);
  });
});

describe('key completion', () => {
  test('in `contract:` it offers the contract clauses that are not there yet', () => {
    const completion = completeAt(
      `${HEADER}contract:\n  legal:\n    ownershipAndCopyright: x\n  |\n`,
    );
    const offered = labels(completion);
    for (const key of [
      'term',
      'organizational',
      'furtherRelocation',
      'serviceDescriptions',
      'signedOn',
    ])
      assert.ok(offered.includes(key), `${key} missing from ${offered.join(', ')}`);
    assert.ok(!offered.includes('legal'), 'legal is already present');
    assert.ok(
      !offered.includes('ownershipAndCopyright'),
      'keys of a nested mapping are not offered',
    );
    assert.ok(offered.includes('NDA clause'));
    assert.ok(!offered.includes('Legal clause'), 'the legal clause is already present');
  });

  test('keys show measure and obligation, and must sorts before should before optional', () => {
    const completion = completeAt(`${HEADER}contract:\n  |\n`);
    assert.equal(item(completion, 'term').detail, 'OPS.3.1.M2 · must');
    assert.equal(item(completion, 'slas').detail, 'OPS.3.1.M2 · should');
    assert.equal(item(completion, 'signedOn').detail, 'OPS.3.1.M2 · optional');
    const documentation = item(completion, 'term').documentation;
    assert.ok(typeof documentation === 'object' && documentation.kind === 'markdown');
    assert.match(documentation.value, /how long the contract runs/i);
    const order = bySortText(completion);
    assert.ok(order.indexOf('audits') < order.indexOf('slas'));
    assert.ok(order.indexOf('slas') < order.indexOf('signedOn'));
    assert.ok(order.indexOf('signedOn') < order.indexOf('NDA clause'));
  });

  test('at the root it offers missing sections but not the contract clauses', () => {
    const completion = completeAt(`${HEADER}|\n`);
    const offered = labels(completion);
    assert.ok(offered.includes('contract'));
    assert.ok(offered.includes('protectionNeeds'));
    assert.ok(!offered.includes('metadata') && !offered.includes('contacts'));
    assert.ok(!offered.includes('NDA clause'));
    assert.ok(offered.includes('Client concept (clause)'));
    assert.ok(!offered.includes('New engagement (planning) (clause)'), 'only in an empty document');
  });

  test('a mapping key continues on the next line, one level deeper', () => {
    const completion = completeAt(`${HEADER}contract:\n  |\n`);
    assert.equal(accept(completion, 'term'), `${HEADER}contract:\n  term:\n    \n`);
  });

  test('booleans and enums are inserted as choice snippets, fixed values directly', () => {
    const personnel = completeAt(`${HEADER}contract:\n  personnel:\n    |\n`);
    const substitution = item(personnel, 'substitutionArrangements');
    assert.equal(substitution.insertTextFormat, 2);
    assert.equal(substitution.textEdit?.newText, 'substitutionArrangements: ${1|true,false|}');
    const tenancy = completeAt(`${HEADER}tenancy:\n  |\n`);
    assert.equal(item(tenancy, 'model').textEdit?.newText, 'model: ${1|dedicated,multi-tenant|}');
    const nda = completeAt(`${HEADER}contract:\n  organizational:\n    nda:\n      |\n`);
    assert.equal(
      accept(nda, 'agreed'),
      `${HEADER}contract:\n  organizational:\n    nda:\n      agreed: true\n`,
    );
  });

  test('the clause snippet is indented under the key it is typed at', () => {
    const completion = completeAt(`${HEADER}contract:\n  |\n`);
    const nda = item(completion, 'NDA clause');
    assert.equal(nda.kind, 15);
    assert.equal(nda.insertTextFormat, 2);
    assert.ok(nda.textEdit?.newText.startsWith('organizational:\n    nda:\n      agreed: true'));
  });

  test('`- ` in a list of mappings offers the keys of an item', () => {
    const withoutContacts = HEADER.replace(/contacts:[\s\S]*$/, '');
    const completion = completeAt(`${withoutContacts}contacts:\n  - id: carol\n    |\n`);
    assert.deepEqual(labels(completion).sort(), [
      'availability',
      'email',
      'name',
      'party',
      'phone',
      'role',
    ]);
  });

  test('an empty waiver item offers the waiver snippet, replacing the `- `', () => {
    const completion = completeAt(`${HEADER}waivers:\n  - |\n`);
    const snippet = item(completion, 'Waiver (clause)');
    const result = applyCompletion(completion.text, snippet);
    assert.ok(result.startsWith(`${HEADER}waivers:\n  - measure: \${1|OPS.3.1.M1,`), result);
    assert.match(result, /\n {4}path: /);
    assert.ok(labels(completion).includes('justification'));
  });

  test('an empty document offers the whole-document snippet of its kind', () => {
    const engagement = completeAt('|', 'new.engagement.yaml');
    assert.ok(labels(engagement).includes('New engagement (planning) (clause)'));
    assert.ok(!labels(engagement).includes('New data connection agreement (clause)'));
    assert.equal(bySortText(engagement)[0], 'New engagement (planning) (clause)');
    assert.ok(labels(engagement).includes('apiVersion'));
    const dca = completeAt('|', 'new.dca.yaml');
    assert.ok(labels(dca).includes('New data connection agreement (clause)'));
  });

  test('a half-typed key is replaced whole, also in a document that does not parse', () => {
    const marked = `${HEADER}contract:\n  orga|\n  legal: [unclosed\n`;
    const completion = completeAt(marked);
    assert.ok(labels(completion).includes('organizational'));
    assert.ok(!labels(completion).includes('legal'));
    const expected = `${HEADER}contract:\n  organizational:\n    \n  legal: [unclosed\n`;
    assert.equal(accept(completion, 'organizational'), expected);
  });

  test('the kind of a broken document in a plain .yaml file is read from its text', () => {
    const completion = completeAt(`${HEADER}tenancy:\n  mo|\nparties: {\n`, 'policy.yaml');
    assert.ok(labels(completion).includes('model'));
  });

  test('a word before an existing colon is replaced by the bare key', () => {
    const completion = completeAt(`${HEADER}tenancy:\n  mo|del: dedicated\n`);
    assert.equal(accept(completion, 'model'), `${HEADER}tenancy:\n  model: dedicated\n`);
  });

  test('CRLF text completes and inserts CRLF line breaks', () => {
    const marked = `${HEADER}contract:\n  |\n`.replace(/\n/g, '\r\n');
    const completion = completeAt(marked);
    assert.ok(labels(completion).includes('term'));
    assert.equal(
      accept(completion, 'term'),
      `${HEADER}contract:\n  term:\n    \n`.replace(/\n/g, '\r\n'),
    );
    const value = completeAt(`${HEADER}protectionNeeds:\n  integrity: |\n`.replace(/\n/g, '\r\n'));
    assert.deepEqual(labels(value), ['normal', 'high', 'very-high']);
  });
});

describe('value completion', () => {
  test('enum values, in the order of the schema, replacing the typed prefix', () => {
    const completion = completeAt(`${HEADER}protectionNeeds:\n  confidentiality: hi|gh\n`);
    assert.deepEqual(labels(completion), ['normal', 'high', 'very-high']);
    assert.equal(item(completion, 'high').kind, 20);
    assert.equal(
      accept(completion, 'very-high'),
      `${HEADER}protectionNeeds:\n  confidentiality: very-high\n`,
    );
  });

  test('metadata.status offers the statuses in life-cycle order', () => {
    const completion = completeAt(HEADER.replace('status: negotiation', 'status: |'));
    assert.deepEqual(labels(completion), [
      'planning',
      'negotiation',
      'migration',
      'operation',
      'terminating',
      'terminated',
    ]);
  });

  test('apiVersion and kind at the root', () => {
    const api = completeAt('apiVersion: |\n');
    assert.deepEqual(labels(api), ['outsourcing-policy/v1']);
    const kind = completeAt('apiVersion: outsourcing-policy/v1\nkind: |\n', 'policy.yaml');
    assert.deepEqual(labels(kind), ['Engagement', 'DataConnectionAgreement']);
  });

  test('booleans offer true and false', () => {
    const completion = completeAt(`${HEADER}contract:\n  personnel:\n    trainingCommitment: |\n`);
    assert.deepEqual(labels(completion), ['true', 'false']);
  });

  test('a value right after the colon gets a space', () => {
    const completion = completeAt(`${HEADER}tenancy:\n  model:|\n`);
    assert.equal(accept(completion, 'dedicated'), `${HEADER}tenancy:\n  model: dedicated\n`);
  });

  test('contact references list the contacts with name, role and party', () => {
    const completion = completeAt(`${HEADER}waivers:\n  - approvedBy: |\n`);
    assert.deepEqual(labels(completion), ['alice', 'bob']);
    assert.equal(item(completion, 'alice').detail, 'Alice Example (isb, nordlicht)');
    assert.equal(item(completion, 'bob').kind, 18);
  });

  test('party references list the parties with their names', () => {
    const completion = completeAt(`${HEADER.replace('party: nordlicht', 'party: |')}`);
    assert.deepEqual(labels(completion), ['nordlicht', 'swm']);
    assert.equal(item(completion, 'swm').detail, 'Stadtwerke AG');
  });

  test('`- ` in a list of references offers the ids', () => {
    const completion = completeAt(
      `${HEADER}contract:\n  organizational:\n    problemResolution:\n      authorizedContacts:\n        - alice\n        - b|\n`,
    );
    assert.deepEqual(labels(completion), ['alice', 'bob']);
    const result = accept(completion, 'bob');
    assert.ok(result.endsWith('        - alice\n        - bob\n'), result);
  });

  test('waiver measures offer OPS.3.1.M1 to M16 with their titles', () => {
    const completion = completeAt(`${HEADER}waivers:\n  - measure: |\n`);
    const offered = labels(completion);
    assert.equal(offered.length, 16);
    assert.equal(offered[0], 'OPS.3.1.M1');
    assert.equal(offered[15], 'OPS.3.1.M16');
    assert.equal(item(completion, 'OPS.3.1.M2').detail, 'Contract design with the customer');
  });

  test("dates offer today's date, durations a few common ones", () => {
    const date = completeAt(`${HEADER}contract:\n  signedOn: |\n`);
    assert.deepEqual(labels(date), [TODAY]);
    const duration = completeAt(`${HEADER}contract:\n  term:\n    noticePeriod: P|\n`);
    assert.deepEqual(labels(duration), ['PT4H', 'P1D', 'P30D', 'P3M', 'P1Y']);
    assert.equal(item(duration, 'P3M').detail, '3 months');
    assert.equal(accept(duration, 'P3M'), `${HEADER}contract:\n  term:\n    noticePeriod: P3M\n`);
  });

  test('a quoted value is completed inside its quotes', () => {
    const completion = completeAt(`${HEADER}protectionNeeds:\n  integrity: "n|"\n`);
    assert.equal(
      accept(completion, 'normal'),
      `${HEADER}protectionNeeds:\n  integrity: "normal"\n`,
    );
  });

  test('an engagement lists the DCAs of the workspace', () => {
    const dca = parse('link.dca.yaml', `${DCA_HEADER}  engagementRef: ENG-1\n`);
    const completion = completeAt(`${HEADER}dataConnectionAgreements:\n  - |\n`, ENGAGEMENT_URI, [
      dca,
    ]);
    assert.deepEqual(labels(completion), ['DCA-1']);
    assert.equal(item(completion, 'DCA-1').detail, 'VPN link');
  });
});

describe('completion in a data connection agreement', () => {
  const engagement = () => parse('other.engagement.yaml', HEADER);

  test('engagementRef offers the engagements of other files', () => {
    const completion = completeAt(`${DCA_HEADER}  engagementRef: E|\n`, 'link.dca.yaml', [
      engagement(),
    ]);
    assert.deepEqual(labels(completion), ['ENG-1']);
    assert.equal(item(completion, 'ENG-1').detail, 'ERP hosting');
    assert.equal(accept(completion, 'ENG-1'), `${DCA_HEADER}  engagementRef: ENG-1\n`);
  });

  test('contacts resolve through the engagement the DCA names', () => {
    const marked = `${DCA_HEADER}  engagementRef: ENG-1\ndisconnection:\n  authorized:\n    - |\n`;
    const completion = completeAt(marked, 'link.dca.yaml', [engagement()]);
    assert.deepEqual(labels(completion), ['alice', 'bob']);
    assert.equal(item(completion, 'bob').detail, 'Bob Example (dpo, swm)');
  });

  test('without the engagement in the workspace there is nothing to offer for references', () => {
    const marked = `${DCA_HEADER}  engagementRef: ENG-1\ndisconnection:\n  authorized:\n    - |\n`;
    assert.deepEqual(labels(completeAt(marked, 'link.dca.yaml')), []);
  });
});

describe('outside policy documents', () => {
  test('a plain YAML file gets nothing', () => {
    assert.deepEqual(completeAt('name: demo\nsettings:\n  |\n', 'config.yaml').items, []);
    assert.deepEqual(completeAt('|', 'config.yaml').items, []);
  });

  test('flow style and comments get nothing', () => {
    assert.deepEqual(completeAt(`${HEADER}tenancy: {model: dedicated, |}\n`).items, []);
    assert.deepEqual(completeAt(`${HEADER}# |\n`).items, []);
  });
});
