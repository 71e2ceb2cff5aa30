/** OPS.3.1.M12: controlled, security-aware changes to the systems operated for the customer. */
import { choiceList, measure, mustBeTrue, object, requireValues, text } from '../dsl';

export const CHANGE_STAGES = [
  'planned',
  'prioritized',
  'rated',
  'implemented',
  'tested',
  'approved',
  'documented',
  'reviewed',
] as const;

export const changeManagementSchema = measure(
  'OPS.3.1.M12',
  object(
    'how changes to hardware, software and configuration are handled without weakening security',
    {
      must: {
        lifecycle: requireValues(
          choiceList(
            CHANGE_STAGES,
            'the stages every change passes through; the standard process has to cover all eight, from planning to review',
          ),
          CHANGE_STAGES,
        ),
        impactAnalysisForSignificantChanges: mustBeTrue(
          'before a major hardware or software change, its effect on the security of the whole system has to be examined',
        ),
        noDegradationOfMeasures: mustBeTrue(
          'a change must never make an existing security measure less effective',
        ),
        preApprovalTests: mustBeTrue(
          'checks and tests have to show that security holds during and after a change before it is approved',
        ),
        decisionsDocumented: mustBeTrue(
          'every change and the reasons behind the decision have to be written down, in production and test alike',
        ),
        fallback: object('the way back when a change might endanger availability', {
          must: {
            requiredWhenAvailabilityRisk: mustBeTrue(
              'a change whose availability risk cannot be excluded has to come with a planned fallback',
            ),
            criteria: text('the conditions under which the fallback is put into effect'),
          },
        }),
      },
      should: {
        restrictedChangeAccess: mustBeTrue(
          'access to the affected system areas should be limited to the people permitted to carry out the change',
        ),
        ismInvolvementForMajorChanges: mustBeTrue(
          'the security management of both provider and customer should take part in major changes',
        ),
      },
    },
  ),
);
