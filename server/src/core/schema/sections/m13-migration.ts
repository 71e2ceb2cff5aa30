/** OPS.3.1.M13: a secure migration of the customer's service into the provider's operation. */
import {
  d,
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
  d(
    'how the migration phase is secured, from its own security concept to the handover into regular operation',
    'wie die Migrationsphase abgesichert wird, vom eigenen Sicherheitskonzept bis zur Übergabe in den Regelbetrieb',
  ),
  {
    must: {
      status: choice(
        MIGRATION_STATUSES,
        d(
          'where the migration stands: planned, running or completed',
          'der Stand der Migration: geplant, laufend oder abgeschlossen',
        ),
      ),
      securityConcept: text(
        d(
          'the migration phase needs a security concept of its own; name or reference it here',
          'die Migrationsphase braucht ein eigenes Sicherheitskonzept; benennen oder referenzieren Sie es hier',
        ),
      ),
      isoDesignated: object(
        d(
          'the information security officers of both sides, who are the first contacts for security during migration',
          'die Informationssicherheitsbeauftragten beider Seiten, die während der Migration die ersten Ansprechpersonen für Sicherheit sind',
        ),
        {
          must: {
            provider: ref(
              'contact',
              d(
                'the provider has to name its information security officer for the migration',
                'der Dienstleister muss für die Migration seine Informationssicherheitsbeauftragte oder seinen Informationssicherheitsbeauftragten (ISB) benennen',
              ),
            ),
            customer: ref(
              'contact',
              d(
                'the customer has to name its information security officer for the migration',
                'der Auftraggeber muss für die Migration seine Informationssicherheitsbeauftragte oder seinen Informationssicherheitsbeauftragten (ISB) benennen',
              ),
            ),
          },
        },
      ),
      responsibilitiesInWriting: mustBeTrue(
        d(
          'who is responsible for what during migration has to be settled beforehand and put in writing',
          'wer während der Migration wofür zuständig ist, muss vorab geregelt und schriftlich festgehalten werden',
        ),
      ),
      testPlan: text(
        d(
          'the necessary tests, the approval steps and the move into production have to be planned',
          'die nötigen Tests, die Freigabeschritte und die Überführung in den Produktivbetrieb müssen geplant sein',
        ),
      ),
    },
    should: {
      testData: object(
        d(
          'whether test runs use real production data and how that data is then protected',
          'ob Testläufe echte Produktionsdaten verwenden und wie diese Daten dann geschützt werden',
        ),
        {
          must: {
            usesProductionData: bool(
              d(
                'whether production data is used for testing during the migration',
                'ob während der Migration Produktionsdaten zum Testen verwendet werden',
              ),
            ),
          },
          optional: {
            protection: text(
              d(
                'the special safeguards that apply when production data serves as test data',
                'die besonderen Schutzvorkehrungen, die gelten, wenn Produktionsdaten als Testdaten dienen',
              ),
            ),
          },
        },
      ),
      securityTeam: refList(
        'contact',
        d(
          'a joint security management team for the migration, with at least one security expert from each side',
          'ein gemeinsames Sicherheitsmanagement-Team für die Migration mit mindestens einer Sicherheitsfachkraft jeder Seite',
        ),
      ),
      committee: object(
        d(
          'a migration board with qualified people from both sides',
          'ein Migrationsgremium mit qualifizierten Personen beider Seiten',
        ),
        {
          must: {
            members: textOrList(
              d(
                'the people from both sides who sit on the migration board',
                'die Personen beider Seiten, die dem Migrationsgremium angehören',
              ),
            ),
            meetingInterval: duration(
              d(
                'how often the migration board meets to work',
                'wie oft das Migrationsgremium zu Arbeitssitzungen zusammenkommt',
              ),
            ),
          },
        },
      ),
      customerTraining: bool(
        d(
          "whether the customer's staff are trained for the new interfaces they will work with after migration",
          'ob das Personal des Auftraggebers für die neuen Schnittstellen geschult wird, mit denen es nach der Migration arbeitet',
        ),
      ),
      standbyDuty: bool(
        d(
          'whether extra staff are on standby while routines for faults and incidents are still settling in',
          'ob zusätzliches Personal bereitsteht, solange sich die Abläufe für Störungen und Vorfälle noch einspielen',
        ),
      ),
    },
    optional: {
      completedOn: withObligation(
        'must',
        date(
          d(
            'the day the migration was finished',
            'der Tag, an dem die Migration abgeschlossen wurde',
          ),
        ),
      ),
      openExceptions: withObligation(
        'must',
        textList(
          d(
            'temporary deviations from the security rules still in force; all of them have to be closed when migration ends',
            'vorübergehende Abweichungen von den weiterhin geltenden Sicherheitsregelungen; sie müssen bei Ende der Migration alle aufgehoben sein',
          ),
          0,
        ),
      ),
      securityConceptUpdatedOn: withObligation(
        'must',
        date(
          d(
            'the security concept has to be revised after migration, since the migration phase always brings changes',
            'das Sicherheitskonzept muss nach der Migration überarbeitet werden, denn die Migrationsphase bringt immer Änderungen mit sich',
          ),
        ),
      ),
      configurationsDocumented: withObligation(
        'must',
        mustBeTrue(
          d(
            'system configurations, including the security-relevant settings, have to be recorded once migration is over',
            'die Systemkonfigurationen einschließlich der sicherheitsrelevanten Einstellungen müssen nach Abschluss der Migration dokumentiert werden',
          ),
        ),
      ),
      staffTrainedForOperations: withObligation(
        'must',
        mustBeTrue(
          d(
            'staff have to be trained to run the service in regular operation after migration',
            'das Personal muss geschult werden, um die Dienstleistung nach der Migration im Regelbetrieb zu betreiben',
          ),
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
