import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFinding, expectNoFinding, said, yaml } from '../../../../../test/support/harness';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

function noticeAndReintegration(notice: string, reintegration: string): string {
  return (
    HEADER +
    yaml`
      contract:
        term: {start: 2024-01-01, minimumTerm: P2Y, noticePeriod: ${notice}}
      termination:
        reintegrationEstimate: ${reintegration}
    `
  );
}

test('notice-period: a notice period shorter than the reintegration', () => {
  expectFinding(noticeAndReintegration('⟦P3M⟧', 'P6M'), {
    ruleId: 'termination/notice-period',
    measure: 'OPS.3.1.M2',
    severity: 'error',
    messageId: 'shorterThanReintegration',
    message: 'notice period P3M is shorter than the reintegration estimate P6M',
  });
});

test('notice-period: in German, with the same durations', () => {
  expectFinding(
    noticeAndReintegration('⟦P3M⟧', 'P6M'),
    {
      ruleId: 'termination/notice-period',
      measure: 'OPS.3.1.M2',
      severity: 'error',
      messageId: 'shorterThanReintegration',
      message:
        'Kündigungsfrist P3M ist kürzer als die geschätzte Rückführungsdauer P6M (OPS.3.1.M2)',
    },
    { locale: 'de' },
  );
});

test('notice-period: mixed units compare as durations (P300D < P12M)', () => {
  expectFinding(noticeAndReintegration('⟦P300D⟧', 'P12M'), {
    ruleId: 'termination/notice-period',
    measure: 'OPS.3.1.M2',
    severity: 'error',
  });
  expectNoFinding(noticeAndReintegration('P12M', 'P300D'), 'termination/notice-period');
});

test('notice-period: equal durations, also in other units, are fine', () => {
  expectNoFinding(noticeAndReintegration('P6M', 'P6M'), 'termination/notice-period');
  expectNoFinding(noticeAndReintegration('P12M', 'P1Y'), 'termination/notice-period');
  expectNoFinding(noticeAndReintegration('P2W', 'P14D'), 'termination/notice-period');
});

test('notice-period: missing or invalid durations give no finding', () => {
  expectNoFinding(noticeAndReintegration('3 months', 'P6M'), 'termination/notice-period');
  expectNoFinding(HEADER + 'contract:\n  term: {noticePeriod: P3M}\n', 'termination/notice-period');
  expectNoFinding(
    HEADER + 'termination: {reintegrationEstimate: P6M}\n',
    'termination/notice-period',
  );
});

const PENALTIES = {
  ruleId: 'contract/penalties-incomplete',
  measure: 'OPS.3.1.M2',
  severity: 'warning',
} as const;

test('penalties-incomplete: agreed penalties with aspects missing, named in one finding', () => {
  const found = expectFinding(
    HEADER +
      yaml`
        contract:
          legal:
            ⟦penalties⟧:
              agreed: true
              damageQuantification: '§12.1'
              providerInsolvency: '§12.3'
      `,
    {
      ...PENALTIES,
      messageId: 'aspectsOpen',
      message: 'leaves imageDamage, catastrophicDamage open',
    },
  );
  assert.match(said(found), /imageDamage/);
  assert.match(said(found), /catastrophicDamage/);
  assert.doesNotMatch(said(found), /damageQuantification|providerInsolvency/);
});

test('penalties-incomplete: all four aspects, or no agreed penalties, are fine', () => {
  expectNoFinding(
    HEADER +
      yaml`
        contract:
          legal:
            penalties:
              agreed: true
              damageQuantification: '§12.1'
              imageDamage: '§12.2'
              providerInsolvency: '§12.3'
              catastrophicDamage: '§12.4'
      `,
    'contract/penalties-incomplete',
  );
  expectNoFinding(
    HEADER + 'contract:\n  legal:\n    penalties: {agreed: false}\n',
    'contract/penalties-incomplete',
  );
  expectNoFinding(
    HEADER + 'contract:\n  legal:\n    penalties: [agreed]\n',
    'contract/penalties-incomplete',
  );
});

function emergency(severities: string, reactionTimes: string): string {
  return (
    HEADER +
    yaml`
      contract:
        emergency:
          incidentCategories:
            types: [outage, security incident]
            severities: ${severities}
            urgency: [normal, urgent]
          reactionTimes:
    ` +
    reactionTimes
  );
}

test('reference/unresolved: a reaction time for an unknown severity, with a did-you-mean', () => {
  const found = expectFinding(
    emergency('[low, high, critical]', '      high: PT4H\n      ⟦critcal⟧: PT1H\n'),
    {
      ruleId: 'reference/unresolved',
      measure: 'OPS.3.1.M2',
      severity: 'error',
      messageId: 'unknownSeveritySuggested',
      message: 'did you mean "critical"',
    },
  );
  assert.deepEqual(found.data, { suggestion: 'critical' });
});

test('reference/unresolved: an unknown severity far from any known one has no suggestion', () => {
  const found = expectFinding(emergency('[low, high]', '      ⟦disaster⟧: PT1H\n'), {
    ruleId: 'reference/unresolved',
    measure: 'OPS.3.1.M2',
    severity: 'error',
  });
  assert.equal(found.data, undefined);
});

test('reference/unresolved: known severities, or no severities list, give no finding', () => {
  expectNoFinding(
    emergency('[low, high, critical]', '      high: PT4H\n      critical: PT1H\n'),
    'reference/unresolved',
  );
  expectNoFinding(
    HEADER + 'contract:\n  emergency:\n    reactionTimes: {critical: PT1H}\n',
    'reference/unresolved',
  );
  expectNoFinding(emergency('high', '      critical: PT1H\n'), 'reference/unresolved');
});
