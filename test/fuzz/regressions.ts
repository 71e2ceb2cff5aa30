/**
 * Inputs the fuzzer once failed on, replayed first by every fuzz run (fast-check `examples`),
 * so that a fixed bug stays fixed. Each names what went wrong before the fix.
 */
import type { MutatedSeed } from '../support/mutations';

const HEADER = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';

/** Mutated examples, validated on their own. */
export const MUTATED_REGRESSIONS: MutatedSeed[] = [
  {
    // a yaml error on the CR of a CRLF ended between CR and LF: one character past the line
    seed: 'examples/clean/erp-hosting.dca.yaml',
    mutations: [
      { op: 'lineBreaks', style: 'mixed' },
      { op: 'insertLine', line: 0, text: 'id:' },
    ],
  },
];

/** Grammar documents, validated on their own. */
export const GRAMMAR_REGRESSIONS = [
  {
    // a recursive alias made the data cyclic; the review rule walked it until the stack overflowed
    uri: 'fuzz.engagement.yaml',
    text: `${HEADER}acceptableQualityLoss: &a {acceptableQualityLoss: *a}\n`,
  },
  // cyclic data reached JSON.stringify in the messages about kind, apiVersion and open exceptions
  { uri: 'fuzz.engagement.yaml', text: 'apiVersion: outsourcing-policy/v1\nkind: &k [*k]\n' },
  { uri: 'fuzz.engagement.yaml', text: 'apiVersion: &v [*v]\nkind: Engagement\n' },
  {
    uri: 'fuzz.engagement.yaml',
    text: `${HEADER}metadata: {id: ENG-1, title: t, version: "1", status: operation}\nmigration: {status: completed, openExceptions: [&e [*e]]}\n`,
  },
];

const RECURSIVE_PARTIES = `${HEADER}parties: &p {provider: {id: x, y: *p}}\n`;

/** Documents and offsets for the editor features. */
export const FEATURE_REGRESSIONS = [
  {
    // the outline range of a key whose value is an alias ended before it started
    doc: {
      uri: 'fuzz.engagement.yaml',
      text: `${HEADER}a:\n  [a, b]:\n    -\n      b: &c {} # note\n  c: |\nsecuritySlas: *c\n`,
    },
    offsets: [0],
  },
  {
    // hover on an alias inside the node it names looped for ever (pathAtOffset)
    doc: { uri: 'fuzz.engagement.yaml', text: RECURSIVE_PARTIES },
    offsets: [RECURSIVE_PARTIES.indexOf('*p') + 1],
  },
];

/**
 * Project files (.outsourcing-policy.yaml) that still make parseProjectConfig throw; the CLI
 * says "internal error". Move them to a passing test once fixed.
 */
export const KNOWN_CONFIG_CRASHES = [
  'level: &l [*l]\n', // JSON.stringify of the cyclic level in the message
  'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\na1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n', // toJS throws past maxAliasCount 10
];
