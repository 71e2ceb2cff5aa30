/**
 * R2 and the advice on further relocation (OPS.3.1.M1, M2): subcontractors named in the rough
 * concept need a contract that allows them and passes every requirement on to them; they have
 * to be disclosed before signing; and a blanket ban on subcontracting is not advisable.
 */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../data';
import { dayNumber } from '../time';
import type { DataPath } from '../types';
import type { Rule, RuleContext } from './rule';

const DEPENDENCIES: DataPath = ['roughConcept', 'dependencies'];
const FURTHER_RELOCATION: DataPath = ['contract', 'furtherRelocation'];

/** How a dependency is named in messages: its id, and its name when there is one. */
function describeDependency(dependency: DataRecord, index: number): string {
  const id = asString(dependency.id) ?? `entry ${index + 1}`;
  const name = asString(dependency.name);
  return name ? `${id} (${name})` : id;
}

function subcontractorsOf(data: DataRecord): string[] {
  return asArray(valueAt(data, DEPENDENCIES)).flatMap((entry, index) => {
    const dependency = asRecord(entry);
    return dependency?.type === 'subcontractor' ? [describeDependency(dependency, index)] : [];
  });
}

/** A flag of furtherRelocation that has to be true while subcontractors are used. */
function checkFlowDownFlag(
  context: RuleContext,
  relocation: DataRecord,
  key: 'permitted' | 'flowDownAllRequirements',
  subcontractors: string,
): void {
  const value = relocation[key];
  if (value === true || (value !== undefined && typeof value !== 'boolean')) return;
  const field = `furtherRelocation.${key}`;
  const problem = value === undefined ? `${field} is missing` : `${field} is false`;
  const consequence =
    key === 'permitted'
      ? 'The contract does not allow the subcontractor the provider relies on. Permit further relocation under defined conditions, or stop using the subcontractor.'
      : 'The subcontractor is not bound to the requirements the provider accepted. Oblige every subcontractor to meet all of them and set this to true.';
  context.report({
    ruleId: 'subcontracting/flow-down',
    severity: 'error',
    measure: 'OPS.3.1.M2',
    message: `a subcontractor is used, but ${problem}`,
    detail: `The rough concept (roughConcept.dependencies) names the subcontractor ${subcontractors}. ${consequence}`,
    path: [...FURTHER_RELOCATION, key],
    part: 'value',
  });
}

function checkFlowDown(context: RuleContext, subcontractors: string[]): void {
  const contract = asRecord(context.data.contract);
  if (subcontractors.length === 0 || !contract) return;
  const names = subcontractors.join(', ');
  const relocation = contract.furtherRelocation;
  if (relocation === undefined) {
    context.report({
      ruleId: 'subcontracting/flow-down',
      severity: 'error',
      measure: 'OPS.3.1.M2',
      message: 'a subcontractor is used, but contract.furtherRelocation is missing',
      detail: `The rough concept (roughConcept.dependencies) names the subcontractor ${names}. The contract has to permit subcontracting under defined conditions and pass all requirements on to subcontractors.`,
      path: FURTHER_RELOCATION,
    });
    return;
  }
  const record = asRecord(relocation);
  if (!record) return;
  checkFlowDownFlag(context, record, 'permitted', names);
  checkFlowDownFlag(context, record, 'flowDownAllRequirements', names);
}

function checkLateDisclosure(context: RuleContext): void {
  const signedOnText = valueAt(context.data, ['contract', 'signedOn']);
  const signedOn = dayNumber(signedOnText);
  if (signedOn === undefined) return;
  asArray(valueAt(context.data, DEPENDENCIES)).forEach((entry, index) => {
    const dependency = asRecord(entry);
    const disclosedOn = dayNumber(dependency?.disclosedOn);
    if (!dependency || disclosedOn === undefined || disclosedOn <= signedOn) return;
    context.report({
      ruleId: 'subcontracting/late-disclosure',
      severity: 'warning',
      measure: 'OPS.3.1.M1',
      message: `dependency ${asString(dependency.id) ?? `entry ${index + 1}`} was disclosed ${String(dependency.disclosedOn)}, after signing ${String(signedOnText)}`,
      detail: `Dependencies on third parties such as ${describeDependency(dependency, index)} should be disclosed to the customer before the contract is signed, so that it can weigh the risk. Discuss it with the customer and record the outcome, or correct disclosedOn.`,
      path: [...DEPENDENCIES, index, 'disclosedOn'],
      part: 'value',
      data: { should: true },
    });
  });
}

function checkBlanketExclusion(context: RuleContext, subcontractors: string[]): void {
  if (subcontractors.length > 0) return;
  if (valueAt(context.data, [...FURTHER_RELOCATION, 'permitted']) !== false) return;
  context.report({
    ruleId: 'subcontracting/blanket-exclusion',
    severity: 'info',
    measure: 'OPS.3.1.M2',
    message: 'furtherRelocation.permitted is false, which rules out any subcontracting',
    detail:
      'A blanket ban is not advisable, because specialists or carriers are often needed later. Consider allowing subcontracting under defined conditions (customer approval, all requirements passed on) instead.',
    path: [...FURTHER_RELOCATION, 'permitted'],
    part: 'value',
  });
}

export const rules: Rule[] = [
  {
    ids: [
      'subcontracting/flow-down',
      'subcontracting/late-disclosure',
      'subcontracting/blanket-exclusion',
    ],
    kinds: ['Engagement'],
    check(context) {
      const subcontractors = subcontractorsOf(context.data);
      checkFlowDown(context, subcontractors);
      checkLateDisclosure(context);
      checkBlanketExclusion(context, subcontractors);
    },
  },
];
