import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import type { FeatureContext } from '../../../server/src/core/features/context';
import {
  definition,
  prepareRename,
  references,
  rename,
} from '../../../server/src/core/features/navigation';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { TODAY, yaml } from '../../support/harness';
import { applyEdits, textOfRange, withCursor } from '../../support/offsets';

const ENGAGEMENT_URI = 'file:///ws/main.engagement.yaml';
const DCA_URI = 'file:///ws/link.dca.yaml';

const ENGAGEMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
  parties:
    provider: {id: provider, name: P, country: DE}
    customer: {id: customer, name: C, country: DE}
  contacts:
    - id: alice
      party: provider
      role: isb
      name: Alice
      email: a@example.org
    - {id: bob, party: customer, role: dpo, name: Bob, email: b@example.org}
  waivers:
    - measure: OPS.3.1.M4
      justification: the partners are all covered by the contract
      approvedBy: "alice"
      date: 2026-01-10
  dataConnectionAgreements: [DCA-1]
`;

const DCA = yaml`
  apiVersion: outsourcing-policy/v1
  kind: DataConnectionAgreement
  metadata: {id: DCA-1, title: VPN, version: "1", engagementRef: ENG-1}
  responsibleForCompliance: [alice, bob]
  disconnection:
    authorized: ['alice']
    when: on a security incident
    notify: [bob]
    escalation: [alice]
`;

interface Source {
  uri: string;
  text: string;
}

/** A workspace of the engagement and the DCA, with the cursor `|` in one of them. */
function workspace(cursorIn: Source, others: Source[]): { ctx: FeatureContext; offset: number } {
  const { text, offset } = withCursor(cursorIn.text);
  const options = defaultOptions(TODAY);
  const file = parsePolicyFile(cursorIn.uri, text, options);
  const otherFiles = others.map((other) => parsePolicyFile(other.uri, other.text, options));
  return { ctx: { file, index: buildWorkspaceIndex([file, ...otherFiles]), options }, offset };
}

/** Marks the cursor `delta` characters into the `nth` (0-based) occurrence of `anchor`. */
function cursorAt(text: string, anchor: string, delta = 1, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(anchor, at + 1);
  assert.ok(at >= 0, `fixture has no ${anchor} #${nth}`);
  return text.slice(0, at + delta) + '|' + text.slice(at + delta);
}

const TEXTS: Record<string, string> = { [ENGAGEMENT_URI]: ENGAGEMENT, [DCA_URI]: DCA };

/** "uri line:character text" for each location, to compare in one go. */
function describeLocations(locations: Location[]): string[] {
  return locations.map((location) => {
    const file = location.uri.slice(location.uri.lastIndexOf('/') + 1);
    const { line, character } = location.range.start;
    return `${file} ${line}:${character} ${textOfRange(TEXTS[location.uri], location.range)}`;
  });
}

function editsOf(result: WorkspaceEdit | { error: string }): Record<string, TextEdit[]> {
  assert.ok(!('error' in result), `rename failed: ${'error' in result ? result.error : ''}`);
  return result.changes ?? {};
}

describe('definition', () => {
  test('of a contact ref in the same file: the contact id', () => {
    const marked = cursorAt(ENGAGEMENT, 'approvedBy: "alice"', 'approvedBy: "al'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    assert.deepEqual(describeLocations(definition(ctx, offset)), [
      'main.engagement.yaml 7:8 alice',
    ]);
  });

  test("of a DCA's contact ref: the contact in the engagement file", () => {
    const marked = cursorAt(DCA, 'notify: [bob]', 'notify: [b'.length);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    assert.deepEqual(describeLocations(definition(ctx, offset)), ['main.engagement.yaml 12:9 bob']);
  });

  test("of a DCA's engagementRef: the engagement's metadata.id", () => {
    const marked = cursorAt(DCA, 'engagementRef: ENG-1', 'engagementRef: E'.length);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    assert.deepEqual(describeLocations(definition(ctx, offset)), [
      'main.engagement.yaml 2:15 ENG-1',
    ]);
  });

  test('of a party ref: the party id', () => {
    const marked = cursorAt(ENGAGEMENT, 'party: customer', 'party: c'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    assert.deepEqual(describeLocations(definition(ctx, offset)), [
      'main.engagement.yaml 5:17 customer',
    ]);
  });

  test('on a value that is not an id: nothing', () => {
    const marked = cursorAt(ENGAGEMENT, 'name: Alice', 'name: A'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    assert.deepEqual(definition(ctx, offset), []);
  });
});

describe('references', () => {
  const expectedAlice = [
    'main.engagement.yaml 16:17 alice',
    'link.dca.yaml 3:27 alice',
    'link.dca.yaml 5:16 alice',
    'link.dca.yaml 8:15 alice',
  ];

  test('of a contact, from its definition: across the engagement and its DCA', () => {
    const marked = cursorAt(ENGAGEMENT, 'id: alice', 'id: a'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, [
      { uri: DCA_URI, text: DCA },
    ]);
    assert.deepEqual(describeLocations(references(ctx, offset, false)), expectedAlice);
    assert.deepEqual(describeLocations(references(ctx, offset, true)), [
      'main.engagement.yaml 7:8 alice',
      ...expectedAlice,
    ]);
  });

  test('of a contact, from a reference in the DCA: the same places', () => {
    const marked = cursorAt(DCA, "['alice']", 3);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    assert.deepEqual(describeLocations(references(ctx, offset, true)), [
      'main.engagement.yaml 7:8 alice',
      ...expectedAlice,
    ]);
  });

  test('of a DCA id: the engagement lists it', () => {
    const marked = cursorAt(DCA, 'id: DCA-1', 'id: D'.length);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    assert.deepEqual(describeLocations(references(ctx, offset, true)), [
      'link.dca.yaml 2:15 DCA-1',
      'main.engagement.yaml 18:27 DCA-1',
    ]);
  });
});

describe('rename', () => {
  test('prepareRename offers the id without its quotes', () => {
    const marked = cursorAt(ENGAGEMENT, 'approvedBy: "alice"', 'approvedBy: "a'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    const prepared = prepareRename(ctx, offset);
    assert.ok(prepared);
    assert.equal(prepared.placeholder, 'alice');
    assert.equal(textOfRange(ctx.file.text, prepared.range), 'alice');
  });

  test('prepareRename on something that is not an id: null', () => {
    const marked = cursorAt(ENGAGEMENT, 'role: isb', 'role: i'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    assert.equal(prepareRename(ctx, offset), null);
  });

  test('a contact id, across the engagement and its DCA, keeping quotes', () => {
    const marked = cursorAt(DCA, '[alice, bob]', 2);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    const changes = editsOf(rename(ctx, offset, 'alice.k'));
    assert.deepEqual(Object.keys(changes).sort(), [DCA_URI, ENGAGEMENT_URI]);
    assert.equal(
      applyEdits(ENGAGEMENT, changes[ENGAGEMENT_URI]),
      ENGAGEMENT.replace('id: alice', 'id: alice.k').replace(
        'approvedBy: "alice"',
        'approvedBy: "alice.k"',
      ),
    );
    assert.equal(
      applyEdits(DCA, changes[DCA_URI]),
      yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: DCA-1, title: VPN, version: "1", engagementRef: ENG-1}
        responsibleForCompliance: [alice.k, bob]
        disconnection:
          authorized: ['alice.k']
          when: on a security incident
          notify: [bob]
          escalation: [alice.k]
      `,
    );
  });

  test('an engagement id: its metadata.id and the engagementRef of its DCA', () => {
    const marked = cursorAt(ENGAGEMENT, 'id: ENG-1', 'id: E'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, [
      { uri: DCA_URI, text: DCA },
    ]);
    const changes = editsOf(rename(ctx, offset, 'ENG-2'));
    assert.equal(
      applyEdits(ENGAGEMENT, changes[ENGAGEMENT_URI]),
      ENGAGEMENT.replace('id: ENG-1', 'id: ENG-2'),
    );
    assert.equal(
      applyEdits(DCA, changes[DCA_URI]),
      DCA.replace('engagementRef: ENG-1', 'engagementRef: ENG-2'),
    );
  });

  test('a name that would not read back as text is quoted', () => {
    const marked = cursorAt(ENGAGEMENT, 'id: bob', 'id: b'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    const changes = editsOf(rename(ctx, offset, 'null'));
    assert.equal(
      applyEdits(ENGAGEMENT, changes[ENGAGEMENT_URI]),
      ENGAGEMENT.replace('id: bob', 'id: "null"'),
    );
  });

  test('refuses an invalid id', () => {
    const marked = cursorAt(ENGAGEMENT, 'id: alice', 'id: a'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    assert.deepEqual(rename(ctx, offset, '1alice'), {
      error:
        '"1alice" is not a valid id: it has to start with a letter, followed by 1 to 63 letters, digits, dots, underscores or hyphens',
    });
    assert.ok('error' in rename(ctx, offset, 'al ice'));
    assert.ok('error' in rename(ctx, offset, 'a'));
  });

  test('refuses a name another contact already has', () => {
    const marked = cursorAt(DCA, 'escalation: [alice]', 'escalation: [a'.length);
    const { ctx, offset } = workspace({ uri: DCA_URI, text: marked }, [
      { uri: ENGAGEMENT_URI, text: ENGAGEMENT },
    ]);
    assert.deepEqual(rename(ctx, offset, 'bob'), {
      error: `there already is a contact "bob" (in ${ENGAGEMENT_URI}); pick a name that is not in use`,
    });
  });

  test('a party may take a name that only a contact has', () => {
    const marked = cursorAt(ENGAGEMENT, 'id: provider', 'id: p'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    const changes = editsOf(rename(ctx, offset, 'bob'));
    assert.equal(
      applyEdits(ENGAGEMENT, changes[ENGAGEMENT_URI]),
      ENGAGEMENT.replace('id: provider', 'id: bob').replace('party: provider', 'party: bob'),
    );
  });

  test('a classification level may be any text, and is quoted when needed', () => {
    const text = yaml`
      apiVersion: outsourcing-policy/v1
      kind: Engagement
      securityConcept:
        classification:
          scheme: [public, internal, confidential]
      communication:
        partners:
          - {id: ops, contact: alice, scope: internal, allowed: [public, internal]}
    `;
    const marked = cursorAt(text, 'allowed: [public, internal]', 'allowed: [public, i'.length);
    const { ctx, offset } = workspace({ uri: ENGAGEMENT_URI, text: marked }, []);
    const changes = editsOf(rename(ctx, offset, 'internal: restricted'));
    assert.equal(
      applyEdits(text, changes[ENGAGEMENT_URI]),
      text
        .replace(
          '[public, internal, confidential]',
          '[public, "internal: restricted", confidential]',
        )
        .replace('allowed: [public, internal]', 'allowed: [public, "internal: restricted"]'),
    );
    assert.ok('error' in rename(ctx, offset, '  '));
  });
});
