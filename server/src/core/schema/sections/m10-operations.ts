/** OPS.3.1.M10: keeping information security alive during ongoing outsourcing operations. */
import {
  d,
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

const exerciseSchema = object(
  d(
    'one recurring exercise or test run together with the customer',
    'eine wiederkehrende Übung oder ein Test, gemeinsam mit dem Auftraggeber',
  ),
  {
    must: {
      topic: choice(
        EXERCISE_TOPICS,
        d(
          'what the exercise trains: a partial failure, a total failure, restoring a backup or handling a security incident',
          'was die Übung trainiert: einen Teilausfall, einen Totalausfall, das Zurückspielen einer Datensicherung oder die Bewältigung eines Sicherheitsvorfalls',
        ),
      ),
      interval: duration(
        d(
          'how often the exercise is planned, carried out and evaluated',
          'wie oft die Übung geplant, durchgeführt und ausgewertet wird',
        ),
      ),
    },
  },
);

export const operationsSchema = measure(
  'OPS.3.1.M10',
  object(
    d(
      'how the provider helps the customer keep security at the agreed level once the service is running',
      'wie der Dienstleister den Auftraggeber dabei unterstützt, das vereinbarte Sicherheitsniveau im laufenden Betrieb zu halten',
    ),
    {
      should: {
        documentationUpdateInterval: duration(
          d(
            'how often documentation and policies are brought up to date, so that they keep matching the running service',
            'wie oft Dokumentation und Richtlinien aktualisiert werden, damit sie weiterhin zum laufenden Betrieb passen',
          ),
        ),
        changeNotification: bool(
          d(
            'whether the provider tells the customer about important changes within its own area of control',
            'ob der Dienstleister den Auftraggeber über wichtige Änderungen in seinem eigenen Verantwortungsbereich informiert',
          ),
        ),
        auditPlan: object(
          d(
            'the audits that check whether the agreed security measures are in place',
            'die Audits, die prüfen, ob die vereinbarten Sicherheitsmaßnahmen umgesetzt sind',
          ),
          {
            must: {
              interval: duration(
                d(
                  'how often the agreed audits of the security measures take place',
                  'wie oft die vereinbarten Audits der Sicherheitsmaßnahmen stattfinden',
                ),
              ),
              subcontractorAuditContacts: textOrList(
                d(
                  'the contact details of subcontractors that auditors need, so that audits can reach them as well',
                  'die Kontaktdaten der Unterauftragnehmer, die Prüfer benötigen, damit Audits auch sie erreichen',
                ),
              ),
            },
          },
        ),
        statusReporting: object(
          d(
            'regular reports to the customer on the state of the systems and applications being operated',
            'regelmäßige Berichte an den Auftraggeber über den Zustand der betriebenen Systeme und Anwendungen',
          ),
          {
            must: {
              metrics: requireValues(
                choiceList(
                  STATUS_METRICS,
                  d(
                    'the figures the reports cover; performance, availability, quality and capacity all belong in them',
                    'die Kennzahlen, die die Berichte abdecken; Leistung, Verfügbarkeit, Qualität und Kapazität gehören alle hinein',
                  ),
                ),
                STATUS_METRICS,
              ),
              interval: duration(
                d(
                  'how often the provider reports the status to the customer',
                  'wie oft der Dienstleister dem Auftraggeber über den Stand berichtet',
                ),
              ),
            },
          },
        ),
        coordinationRounds: object(
          d(
            'regular meetings with the customer to share news, risks, problems, feedback and upcoming changes',
            'regelmäßige Abstimmungstermine mit dem Auftraggeber, um Neuigkeiten, Risiken, Probleme, Rückmeldungen und anstehende Änderungen zu besprechen',
          ),
          {
            must: {
              interval: duration(
                d(
                  'how often the coordination meetings with the customer are held',
                  'wie oft die Abstimmungstermine mit dem Auftraggeber stattfinden',
                ),
              ),
              topics: textOrList(
                d(
                  'what the meetings deal with, e.g. security risks, problem analysis, improvement ideas and change requests',
                  'was in den Terminen behandelt wird, z. B. Sicherheitsrisiken, Problemanalysen, Verbesserungsvorschläge und Änderungswünsche',
                ),
              ),
            },
          },
        ),
        exercises: requireValues(
          list(
            exerciseSchema,
            d(
              'exercises and tests planned with the customer; partial failure, total failure, backup restore and security incident each need one',
              'mit dem Auftraggeber geplante Übungen und Tests; Teilausfall, Totalausfall, Wiederherstellung einer Datensicherung und Sicherheitsvorfall brauchen jeweils eine',
            ),
            1,
          ),
          EXERCISE_TOPICS,
          'topic',
        ),
      },
    },
  ),
);
