/**
 * The fixtures every rule folder keeps in its `fixtures.ts`: for each rule id, documents that
 * make the rule fire (with the expected span marked ⟦…⟧) and documents that do not. The registry
 * test finds the folders by themselves and proves each registered rule has both kinds, texts
 * in every locale and, where it declares one, a working fix. Test-only: no bundle imports it.
 */
import type { Level } from '../types';

export interface FixtureFile {
  uri: string;
  text: string;
}

export interface FixtureCase {
  /** What the case shows, for test names. */
  name: string;
  /** The document under test; a failing case marks the finding's span with ⟦…⟧. */
  text: string;
  /** Its file name (default `test.engagement.yaml`). */
  uri?: string;
  /** The rule id a failing case expects, when the message is reported under another (`reportsAs`). */
  ruleId?: string;
  /** The message id a failing case expects (default: any of the rule's). */
  messageId?: string;
  /** Other workspace files checked together with it. */
  others?: readonly FixtureFile[];
  level?: Level;
  today?: string;
  /** For file-level rules: a smaller size limit (document/too-large). */
  maxDocumentSize?: number;
  /** For file-level rules: a smaller bound on findings (document/truncated). */
  maxFindings?: number;
}

export interface RuleFixtureSet {
  failing: readonly FixtureCase[];
  passing: readonly FixtureCase[];
}

/** Keyed by rule id: `{'tenancy/client-concept': {failing: [...], passing: [...]}}`. */
export type RuleFixtures = Readonly<Record<string, RuleFixtureSet>>;
