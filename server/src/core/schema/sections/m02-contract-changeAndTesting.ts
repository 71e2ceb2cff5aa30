/** OPS.3.1.M2, contract clause: how the service is adapted and how changes are tested. */
import { d, duration, mapOf, mustBeTrue, object, ref, textOrList } from '../dsl';

const testRulesSchema = object(
  d(
    'the rules the provider follows when testing new hardware and software',
    'die Regeln, an die sich der Dienstleister beim Testen neuer Hard- und Software hält',
  ),
  {
    must: {
      updates: textOrList(
        d(
          'how updates and system adjustments are handled',
          'wie mit Updates und Systemanpassungen umgegangen wird',
        ),
      ),
      testProdSeparation: mustBeTrue(
        d(
          'test systems have to be kept apart from production systems so that tests cannot disturb the live service',
          'Testsysteme müssen von Produktivsystemen getrennt sein, damit Tests den laufenden Betrieb nicht stören können',
        ),
      ),
      testConceptOwner: ref(
        'party',
        d(
          'the party responsible for writing the test concepts',
          'die Partei, die für die Erstellung der Testkonzepte verantwortlich ist',
        ),
      ),
      testModels: textOrList(d('the test models to be used', 'die zu verwendenden Testmodelle')),
      acceptance: textOrList(
        d(
          'how each party takes part in tests and how results are accepted and approved',
          'wie jede Partei an Tests mitwirkt und wie Ergebnisse abgenommen und freigegeben werden',
        ),
      ),
      announceMajorInterventions: duration(
        d(
          'how far in advance the provider announces major interventions in the systems, so that the customer can prepare',
          'wie lange im Voraus der Dienstleister größere Eingriffe in die Systeme ankündigt, damit sich der Auftraggeber darauf einstellen kann',
        ),
      ),
      testApproval: textOrList(
        d(
          'how approval to run a test is obtained',
          'wie die Freigabe für die Durchführung eines Tests eingeholt wird',
        ),
      ),
      acceptableQualityLoss: textOrList(
        d(
          'how much loss of service quality, e.g. availability, is accepted during a test phase',
          'welche Einbußen der Dienstgüte, z. B. bei der Verfügbarkeit, während einer Testphase hingenommen werden',
        ),
      ),
    },
  },
);

export const changeAndTestingSchema = object(
  d(
    'how the service is adapted to new requirements and how changes are tested',
    'wie die Dienstleistung an neue Anforderungen angepasst wird und wie Änderungen getestet werden',
  ),
  {
    must: {
      adaptationRules: textOrList(
        d(
          'rules have to let the customer adapt the service to new requirements at any time, e.g. after a change in the law',
          'Regelungen müssen es dem Auftraggeber erlauben, die Dienstleistung jederzeit an neue Anforderungen anzupassen, etwa nach einer Gesetzesänderung',
        ),
      ),
      growthAndScarcity: textOrList(
        d(
          'it has to be settled how to react to system extensions, rising demands or scarce resources',
          'es muss geregelt sein, wie auf Systemerweiterungen, steigende Anforderungen oder knappe Ressourcen reagiert wird',
        ),
      ),
      legacyEvolution: textOrList(
        d(
          'the care and further development of systems taken over from the customer has to be settled',
          'Pflege und Weiterentwicklung der vom Auftraggeber übernommenen Systeme müssen geregelt sein',
        ),
      ),
      errorCorrectionTimeframes: mapOf(
        duration(
          d(
            'the longest time allowed to correct an error of this severity',
            'die längste zulässige Zeit, bis ein Fehler dieses Schweregrads behoben ist',
          ),
        ),
        d(
          'the time frames the customer requires for correcting errors and malfunctions, one per severity',
          'die vom Auftraggeber geforderten Fristen für die Behebung von Fehlern und Störungen, je eine pro Schweregrad',
        ),
      ),
    },
    should: {
      testRules: testRulesSchema,
    },
  },
);
