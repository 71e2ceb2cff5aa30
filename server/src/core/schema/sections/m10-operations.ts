/** OPS.3.1.M10: keeping information security alive during ongoing outsourcing operations. */
import {
  bool,
  choice,
  choiceList,
  duration,
  list,
  measure,
  object,
  requireValues,
  textOrList,
} from '../dsl';

export const STATUS_METRICS = ['performance', 'availability', 'quality', 'capacity'] as const;

export const EXERCISE_TOPICS = [
  'partial-failure',
  'total-failure',
  'backup-restore',
  'security-incident',
] as const;

const exerciseSchema = object('one recurring exercise or test run together with the customer', {
  must: {
    topic: choice(
      EXERCISE_TOPICS,
      'what the exercise trains: a partial failure, a total failure, restoring a backup or handling a security incident',
    ),
    interval: duration('how often the exercise is planned, carried out and evaluated'),
  },
});

export const operationsSchema = measure(
  'OPS.3.1.M10',
  object(
    'how the provider helps the customer keep security at the agreed level once the service is running',
    {
      should: {
        documentationUpdateInterval: duration(
          'how often documentation and policies are brought up to date, so that they keep matching the running service',
        ),
        changeNotification: bool(
          'whether the provider tells the customer about important changes within its own area of control',
        ),
        auditPlan: object(
          'the audits that check whether the agreed security measures are in place',
          {
            must: {
              interval: duration('how often the agreed audits of the security measures take place'),
              subcontractorAuditContacts: textOrList(
                'the contact details of subcontractors that auditors need, so that audits can reach them as well',
              ),
            },
          },
        ),
        statusReporting: object(
          'regular reports to the customer on the state of the systems and applications being operated',
          {
            must: {
              metrics: requireValues(
                choiceList(
                  STATUS_METRICS,
                  'the figures the reports cover; performance, availability, quality and capacity all belong in them',
                ),
                STATUS_METRICS,
              ),
              interval: duration('how often the provider reports the status to the customer'),
            },
          },
        ),
        coordinationRounds: object(
          'regular meetings with the customer to share news, risks, problems, feedback and upcoming changes',
          {
            must: {
              interval: duration('how often the coordination meetings with the customer are held'),
              topics: textOrList(
                'what the meetings deal with, e.g. security risks, problem analysis, improvement ideas and change requests',
              ),
            },
          },
        ),
        exercises: requireValues(
          list(
            exerciseSchema,
            'exercises and tests planned with the customer; partial failure, total failure, backup restore and security incident each need one',
            1,
          ),
          EXERCISE_TOPICS,
          'topic',
        ),
      },
    },
  ),
);
