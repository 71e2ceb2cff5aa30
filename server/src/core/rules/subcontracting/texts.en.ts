/** The texts of the subcontracting rules in English (the reference for every other locale). */
const NAMED =
  'The rough concept (roughConcept.dependencies) names the subcontractor {subcontractors}.';
const NOT_PERMITTED = `${NAMED} The contract does not allow the subcontractor the provider relies on. Permit further relocation under defined conditions, or stop using the subcontractor.`;
const NOT_FLOWED_DOWN = `${NAMED} The subcontractor is not bound to the requirements the provider accepted. Oblige every subcontractor to meet all of them and set furtherRelocation.flowDownAllRequirements to true.`;

export const en = {
  'subcontracting/flow-down': {
    title: 'Subcontractor without flow-down of requirements',
    summary:
      'A subcontractor is listed, yet the contract does not permit subcontracting or does not pass all requirements on to it.',
    details:
      'When `roughConcept.dependencies` contains an entry of type `subcontractor`, the contract has to allow further relocation (`furtherRelocation.permitted: true`) and oblige every subcontractor to meet the same requirements the provider accepted (`flowDownAllRequirements: true`). Otherwise part of the service runs under weaker rules than the customer agreed to, or in breach of the contract.',
    fix: 'Set `furtherRelocation.permitted` and `flowDownAllRequirements` to `true` and make sure the contract really contains that clause; or stop using the subcontractor.',
    messages: {
      relocationMissing: {
        message: 'a subcontractor is used, but contract.furtherRelocation is missing',
        detail: `${NAMED} The contract has to permit subcontracting under defined conditions and pass all requirements on to subcontractors.`,
      },
      permittedMissing: {
        message: 'a subcontractor is used, but furtherRelocation.permitted is missing',
        detail: NOT_PERMITTED,
      },
      permittedFalse: {
        message: 'a subcontractor is used, but furtherRelocation.permitted is false',
        detail: NOT_PERMITTED,
      },
      flowDownMissing: {
        message:
          'a subcontractor is used, but furtherRelocation.flowDownAllRequirements is missing',
        detail: NOT_FLOWED_DOWN,
      },
      flowDownFalse: {
        message: 'a subcontractor is used, but furtherRelocation.flowDownAllRequirements is false',
        detail: NOT_FLOWED_DOWN,
      },
    },
  },
  'subcontracting/late-disclosure': {
    title: 'Dependency disclosed after signing',
    summary:
      'A dependency on a third party was disclosed to the customer only after the contract was signed.',
    details:
      'The rough concept expects the provider to tell the customer about subcontractors, other outsourcers, data hosts, carriers and emergency partners before the contract is concluded, so the customer can weigh the risks while it can still negotiate. A `disclosedOn` date later than `contract.signedOn` shows that this did not happen.',
    fix: 'Discuss the dependency with the customer and record the outcome (for example a contract amendment); correct `disclosedOn` if the date was simply wrong.',
    messages: {
      disclosedAfterSigning: {
        message: 'dependency {dependency} was disclosed {disclosedOn}, after signing {signedOn}',
        detail:
          'Dependencies on third parties such as {described} should be disclosed to the customer before the contract is signed, so that it can weigh the risk. Discuss it with the customer and record the outcome, or correct disclosedOn.',
      },
    },
  },
  'subcontracting/blanket-exclusion': {
    title: 'Subcontracting excluded altogether',
    summary: '`contract.furtherRelocation.permitted` is `false`.',
    details:
      'A contract may forbid any involvement of third parties, but the measure advises against such a blanket ban: sooner or later a specialist, a carrier or a maintenance firm is needed, and a flat exclusion then forces either a breach or a renegotiation. Sensible conditions under which subcontracting is allowed work better. This is information only.',
    fix: 'Consider permitting subcontracting under defined conditions (customer approval, flow-down of all requirements) instead of ruling it out.',
    messages: {
      blanketBan: {
        message: 'furtherRelocation.permitted is false, which rules out any subcontracting',
        detail:
          'A blanket ban is not advisable, because specialists or carriers are often needed later. Consider allowing subcontracting under defined conditions (customer approval, all requirements passed on) instead.',
      },
    },
  },
} as const;
