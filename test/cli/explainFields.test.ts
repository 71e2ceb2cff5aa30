/** `explain OPS.3.1.Mn` lists the fields of the measure after its text, as the format reference does. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainTopic } from '../../server/src/core/catalog/explain';
import { MEASURES } from '../../server/src/core/catalog/measures';
import { runCli } from '../support/cli';

test('explain OPS.3.1.M13 lists its fields with obligation, status and type after its text', () => {
  const run = runCli(['explain', 'OPS.3.1.M13']);
  assert.equal(run.status, 0, run.stderr);
  const fields = run.stdout.indexOf('\nFields in the engagement:\n');
  assert.ok(fields > run.stdout.indexOf('It asks to:'), run.stdout);
  const listed = run.stdout.slice(fields);
  assert.match(listed, /^ {2}migration +must from migration +mapping$/m);
  assert.match(
    listed,
    /^ {2}migration\.isoDesignated\.provider +must from migration +ref<contact>$/m,
  );
  assert.match(listed, /^ {2}migration\.completedOn +must when status is completed +date$/m);
  assert.match(listed, /^ {2}contacts\[\]\.id +must from planning +id$/m);
  assert.match(listed, /^ {2}contacts\[\]\.email +optional +text$/m);
  assert.doesNotMatch(listed, /contract\./, 'only the fields of M13');
  assert.doesNotMatch(listed, /Fields in the data connection agreement/);
  assert.match(listed, /docs\/format\.md\n\nRelated controls:\n/);
});

test('explain M8 lists the fields of both document kinds: the DCA and the engagement list', () => {
  const run = runCli(['explain', 'M8']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /^ {2}dataConnectionAgreements +must from migration +list of ref<dca>$/m,
  );
  const dca = run.stdout.slice(run.stdout.indexOf('\nFields in the data connection agreement:\n'));
  assert.match(dca, /^ {2}disconnection\.authorized +must +list of ref<contact>$/m);
  assert.match(dca, /^ {2}scope +should +mapping$/m);
});

test('every measure names at least one field, and the editor gets the list as Markdown', () => {
  for (const measure of MEASURES) {
    const text = explainTopic(measure.id, 'text') ?? '';
    assert.match(
      text,
      /\nFields in the (engagement|data connection agreement):\n {2}\S/,
      measure.id,
    );
  }
  const markdown = explainTopic('OPS.3.1.M2', 'markdown') ?? '';
  assert.match(markdown, /^- `contract\.signedOn`: must from migration; `date`$/m);
});
