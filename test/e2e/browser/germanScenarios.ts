/**
 * Scenario 11: the setting `outsourcingPolicy.locale: de` in a real VS Code. The Problems panel
 * lists the draft's findings in German, exactly as the engine renders them in German, with the
 * same rows as in English. (VS Code's own display language needs a language pack from the
 * marketplace, which the offline test cannot install; the extension's German manifest texts and
 * l10n bundle are checked by test/unit/clientLocalization.test.ts.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultOptions, isoDate, validateTexts, type Locale } from '../../../server/src/core';
import { DRAFT } from './fixtures';
import { FIXTURE_WORKSPACE } from './paths';
import { describeProblem, showProblems, waitForProblems } from './problems';
import type { Session } from './session';

/** The draft's messages as the engine renders them in `locale`, in source order. */
function draftMessages(locale: Locale): string[] {
  const sources = fs
    .readdirSync(FIXTURE_WORKSPACE)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      uri: name,
      text: fs.readFileSync(path.join(FIXTURE_WORKSPACE, name), 'utf8'),
    }));
  const options = { ...defaultOptions(isoDate(new Date())), locale };
  const draft = validateTexts(sources, options).find((result) => result.file.uri === DRAFT);
  return (draft?.findings ?? []).map((finding) => finding.message);
}

export async function germanFindings({ workbench, page }: Session): Promise<void> {
  const german = draftMessages('de');
  const english = draftMessages('en');
  assert.equal(german.length, 3, 'the draft has three findings');
  await workbench.openFile(DRAFT);
  await showProblems(workbench);
  const problems = await waitForProblems(
    page,
    DRAFT,
    `${german.length} German problems for ${DRAFT}`,
    (listed) =>
      listed.length === german.length && listed.every((row) => german.includes(row.message)),
  );
  const listed = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  assert.deepEqual(
    listed.map((problem) => problem.message),
    german,
    listed.map(describeProblem).join('\n'),
  );
  german.forEach((message, i) => assert.notEqual(message, english[i], 'German, not English'));
}
