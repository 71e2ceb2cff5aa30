import { test } from 'node:test';
import { expectFinding, yaml } from '../support/harness';

test('a planning engagement without roughConcept reports it missing on the kind key', () => {
  expectFinding(
    yaml`
      apiVersion: outsourcing-policy/v1
      ⟦kind⟧: Engagement
      metadata: {id: ENG-1, title: t, version: "1", status: planning}
    `,
    {
      ruleId: 'schema/required',
      measure: 'OPS.3.1.M1',
      severity: 'error',
      message: 'roughConcept is missing',
    },
  );
});
