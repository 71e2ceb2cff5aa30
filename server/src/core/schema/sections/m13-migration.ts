/** OPS.3.1.M13: a secure migration of the customer's service into the provider's operation. */
import {
  bool,
  choice,
  date,
  duration,
  measure,
  mustBeTrue,
  object,
  ref,
  refList,
  text,
  textList,
  textOrList,
  when,
  withConditions,
  withObligation,
} from '../dsl';

export const MIGRATION_STATUSES = ['planned', 'running', 'completed'] as const;

/** Fields that become required once `status: completed` (R11 checks their values). */
export const MIGRATION_COMPLETION_FIELDS = [
  'completedOn',
  'openExceptions',
  'securityConceptUpdatedOn',
  'configurationsDocumented',
  'staffTrainedForOperations',
];

const migrationObject = object(
  'how the migration phase is secured, from its own security concept to the handover into regular operation',
  {
    must: {
      status: choice(
        MIGRATION_STATUSES,
        'where the migration stands: planned, running or completed',
      ),
      securityConcept: text(
        'the migration phase needs a security concept of its own; name or reference it here',
      ),
      isoDesignated: object(
        'the information security officers of both sides, who are the first contacts for security during migration',
        {
          must: {
            provider: ref(
              'contact',
              'the provider has to name its information security officer for the migration',
            ),
            customer: ref(
              'contact',
              'the customer has to name its information security officer for the migration',
            ),
          },
        },
      ),
      responsibilitiesInWriting: mustBeTrue(
        'who is responsible for what during migration has to be settled beforehand and put in writing',
      ),
      testPlan: text(
        'the necessary tests, the approval steps and the move into production have to be planned',
      ),
    },
    should: {
      testData: object(
        'whether test runs use real production data and how that data is then protected',
        {
          must: {
            usesProductionData: bool(
              'whether production data is used for testing during the migration',
            ),
          },
          optional: {
            protection: text(
              'the special safeguards that apply when production data serves as test data',
            ),
          },
        },
      ),
      securityTeam: refList(
        'contact',
        'a joint security management team for the migration, with at least one security expert from each side',
      ),
      committee: object('a migration board with qualified people from both sides', {
        must: {
          members: textOrList('the people from both sides who sit on the migration board'),
          meetingInterval: duration('how often the migration board meets to work'),
        },
      }),
      customerTraining: bool(
        "whether the customer's staff are trained for the new interfaces they will work with after migration",
      ),
      standbyDuty: bool(
        'whether extra staff are on standby while routines for faults and incidents are still settling in',
      ),
    },
    optional: {
      completedOn: withObligation('must', date('the day the migration was finished')),
      openExceptions: withObligation(
        'must',
        textList(
          'temporary deviations from the security rules still in force; all of them have to be closed when migration ends',
          0,
        ),
      ),
      securityConceptUpdatedOn: withObligation(
        'must',
        date(
          'the security concept has to be revised after migration, since the migration phase always brings changes',
        ),
      ),
      configurationsDocumented: withObligation(
        'must',
        mustBeTrue(
          'system configurations, including the security-relevant settings, have to be recorded once migration is over',
        ),
      ),
      staffTrainedForOperations: withObligation(
        'must',
        mustBeTrue(
          'staff have to be trained to run the service in regular operation after migration',
        ),
      ),
    },
  },
);

export const migrationSchema = measure(
  'OPS.3.1.M13',
  withConditions(
    migrationObject,
    when('status', ['completed'], { required: MIGRATION_COMPLETION_FIELDS }),
  ),
);
