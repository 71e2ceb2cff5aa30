/** OPS.3.1.M14: emergency preparedness aligned with the customer's recovery needs. */
import { bool, date, duration, measure, mustBeTrue, object, refList, text, textList } from '../dsl';

function recoveryTimes(description: string, whose: string): ReturnType<typeof object> {
  return object(description, {
    must: {
      rto: duration(
        `the longest time ${whose} until the service runs again after an outage (recovery time objective)`,
      ),
      rpo: duration(
        `the largest span of data loss ${whose}, measured back from the outage (recovery point objective)`,
      ),
    },
  });
}

export const emergencyPreparednessSchema = measure(
  'OPS.3.1.M14',
  object(
    "how the provider prepares for emergencies so that it meets the customer's recovery needs",
    {
      must: {
        customerRecoveryRequirements: recoveryTimes(
          "the recovery times the customer needs; the provider's emergency planning has to be adapted to them",
          'the customer can accept',
        ),
        providerCapability: recoveryTimes(
          "the recovery times the provider can actually achieve; they must not be longer than the customer's",
          'the provider can guarantee',
        ),
        thirdPartyInterfaces: textList(
          'interfaces to third parties, such as network links, routers or telecom carriers, have to be identified and planned for',
        ),
        responsibilities: refList(
          'contact',
          'the people responsible in an emergency, so that duties and contacts are clear and fully documented',
        ),
        backup: object('the detailed rules for data backup that emergency preparedness relies on', {
          must: {
            separateMediaPerClient: bool(
              "whether each customer's backups are kept on media of their own",
            ),
            escalation: bool('whether an escalation strategy for backup problems is defined'),
            malwareProtection: bool(
              'whether backups are protected against viruses and other malware',
            ),
          },
        }),
        workInstructions: textList(
          'detailed instructions on what to do in particular failure situations, so that staff can act without deep application knowledge',
        ),
        exercisePlan: object('the plan for regular joint emergency exercises', {
          must: {
            agreedWithCustomer: mustBeTrue(
              'the concept for regular emergency exercises has to be worked out and agreed with the customer',
            ),
            interval: duration('how often the emergency exercises take place'),
          },
        }),
        escalationPlan: text(
          'how both sides cooperate, communicate and escalate in an emergency, planned in advance',
        ),
      },
      should: {
        planAlignment: object(
          "the regular matching of the provider's and the customer's emergency plans, which change over time",
          {
            must: {
              interval: duration(
                'how often the emergency plans of both sides are compared and aligned',
              ),
              lastAligned: date('the day the emergency plans were last aligned'),
            },
          },
        ),
      },
      optional: {
        forbiddenActions: textList(
          'actions staff must not take in an emergency, such as restarting a particular machine',
        ),
      },
    },
  ),
);
