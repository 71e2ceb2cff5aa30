/**
 * OPS.3.1.M2 Contract design: what the contract with the customer has to settle (term, services,
 * infrastructure, organisation, personnel, emergencies, legal questions, subcontracting, tenant
 * separation, change and testing, audits). `signedOn` becomes required from status `migration`;
 * that status-dependent requirement is added at the document root, not here.
 */
import {
  d,
  typed,
  bool,
  date,
  duration,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  ref,
  text,
  textList,
  textOrList,
} from '../dsl';
import { changeAndTestingSchema } from './m02-contract-changeAndTesting';
import { furtherRelocationSchema, legalSchema } from './m02-contract-legal';
import { emergencySchema, organizationalSchema } from './m02-contract-parts';

const termSchema = object(
  d(
    'how long the contract runs and how it can be ended',
    'wie lange der Vertrag läuft und wie er beendet werden kann',
  ),
  {
    must: {
      start: date(
        d('the day the contract takes effect', 'der Tag, an dem der Vertrag in Kraft tritt'),
      ),
      minimumTerm: duration(
        d(
          'the shortest period the contract runs before it can be ended',
          'die Mindestlaufzeit, bevor der Vertrag gekündigt werden kann',
        ),
      ),
      noticePeriod: duration(
        d(
          'the notice period; it has to leave the customer enough time to take the service back or move it to another provider',
          'die Kündigungsfrist; sie muss dem Auftraggeber genug Zeit lassen, die Dienstleistung zurückzuholen oder zu einem anderen Dienstleister zu verlagern',
        ),
      ),
    },
  },
);

const serviceDescriptionSchema = object(
  d('one service the provider delivers', 'eine Dienstleistung, die der Dienstleister erbringt'),
  {
    must: {
      id: id(d('a short id of the service', 'eine kurze ID der Dienstleistung')),
      name: text(d('the name of the service', 'der Name der Dienstleistung')),
      description: text(
        d(
          'what exactly the service includes, so that both sides understand it the same way',
          'was die Dienstleistung genau umfasst, damit beide Seiten sie gleich verstehen',
        ),
      ),
    },
  },
);

const slaSchema = object(
  d(
    'one service level agreed for the engagement',
    'ein für das Outsourcing-Vorhaben vereinbartes Service-Level',
  ),
  {
    must: {
      id: id(d('a short id of the service level', 'eine kurze ID des Service-Levels')),
      metric: text(
        d(
          'what is measured, e.g. availability of the application',
          'was gemessen wird, z. B. die Verfügbarkeit der Anwendung',
        ),
      ),
      target: text(
        d(
          'the value the provider promises to reach',
          'der Wert, dessen Erreichen der Dienstleister zusagt',
        ),
      ),
      period: duration(
        d(
          'the period over which the target is measured',
          'der Zeitraum, über den der Zielwert gemessen wird',
        ),
      ),
    },
  },
);

const ownershipSchema = object(
  d('who owns one part of the infrastructure', 'wem ein Teil der Infrastruktur gehört'),
  {
    must: {
      asset: text(
        d('the infrastructure component in question', 'die betreffende Infrastrukturkomponente'),
      ),
      owner: ref(
        'party',
        d('the party that owns the component', 'die Partei, der die Komponente gehört'),
      ),
    },
  },
);

const infrastructureSchema = object(
  d(
    'the infrastructure shared for the service and who owns it',
    'die für die Dienstleistung gemeinsam genutzte Infrastruktur und wem sie gehört',
  ),
  {
    must: {
      sharedScope: textList(
        d(
          'which infrastructure is shared with the customer or between customers',
          'welche Infrastruktur mit dem Auftraggeber oder zwischen Kunden geteilt wird',
        ),
      ),
      customerSecurityRequirements: textList(
        d(
          'what the customer requires to protect the shared infrastructure',
          'welche Anforderungen der Auftraggeber an den Schutz der gemeinsam genutzten Infrastruktur stellt',
        ),
      ),
      ownership: list(
        ownershipSchema,
        d(
          'the ownership of every infrastructure component should be settled',
          'die Eigentumsverhältnisse jeder Infrastrukturkomponente sollten geregelt sein',
        ),
        1,
      ),
    },
  },
);

const personnelSchema = object(
  d(
    "rules for the provider's staff working for this customer",
    'Regelungen für das Personal des Dienstleisters, das für diesen Auftraggeber tätig ist',
  ),
  {
    must: {
      workplaceDesign: textOrList(
        d(
          "how the workplaces of provider staff sent to the customer's site are set up, e.g. screen workplace rules",
          'wie die Arbeitsplätze des Dienstleisterpersonals beim Auftraggeber gestaltet sind, z. B. Regeln für Bildschirmarbeitsplätze',
        ),
      ),
      substitutionArrangements: bool(
        d(
          'whether both parties have agreed on how absent staff are substituted',
          'ob beide Parteien eine Vertretungsregelung für abwesendes Personal vereinbart haben',
        ),
      ),
      trainingCommitment: bool(
        d(
          'whether the provider commits to training its staff',
          'ob sich der Dienstleister verpflichtet, sein Personal zu schulen',
        ),
      ),
    },
  },
);

const clientCapabilitySchema = object(
  d(
    "how this customer is kept apart from the provider's other customers",
    'wie dieser Auftraggeber von den übrigen Kunden des Dienstleisters getrennt wird',
  ),
  {
    must: {
      clientConceptRef: {
        ...id(
          d(
            'the id of the client concept that sets out how customers are separated',
            'die ID des Mandantentrennungskonzepts, das festlegt, wie die Kunden getrennt werden',
          ),
        ),
        ...typed(
          'the id of the client concept (clientConcept.id)',
          'die ID des Mandantentrennungskonzepts (clientConcept.id)',
        ),
      },
      physicalSeparation: bool(
        d(
          'whether dedicated hardware has been agreed to separate this customer physically',
          'ob eigene Hardware vereinbart ist, um diesen Auftraggeber physisch zu trennen',
        ),
      ),
      dedicatedStaff: bool(
        d(
          "whether the provider's staff working for this customer may not work for other customers",
          'ob das für diesen Auftraggeber eingesetzte Personal des Dienstleisters nicht für andere Kunden arbeiten darf',
        ),
      ),
      staffSecrecy: bool(
        d(
          "whether the staff are bound to keep this customer's information from colleagues working for other customers",
          'ob das Personal verpflichtet ist, Informationen dieses Auftraggebers gegenüber Kollegen geheim zu halten, die für andere Kunden arbeiten',
        ),
      ),
    },
  },
);

const auditsSchema = object(
  d(
    'how service quality and security are checked and audited',
    'wie Dienstgüte und Sicherheit geprüft und auditiert werden',
  ),
  {
    must: {
      regularMonitoring: object(
        d(
          'the regular monitoring of service quality and information security',
          'die regelmäßige Überwachung von Dienstgüte und Informationssicherheit',
        ),
        {
          must: {
            interval: duration(
              d(
                'how often service quality and information security are checked',
                'wie oft Dienstgüte und Informationssicherheit geprüft werden',
              ),
            ),
          },
        },
      ),
      grantedAccess: textList(
        d(
          'the information, access and rights the customer gets for checking the service have to be agreed',
          'die Informationen, Zugänge und Rechte, die der Auftraggeber zur Prüfung der Dienstleistung erhält, müssen vereinbart sein',
        ),
      ),
      supervisoryAuthorityAccess: mustBeTrue(
        d(
          'bodies that audit the customer, such as supervisory authorities, have to be given the access they need to check the service',
          'Stellen, die den Auftraggeber prüfen, etwa Aufsichtsbehörden, muss der Zugang eingeräumt werden, den sie zur Prüfung der Dienstleistung benötigen',
        ),
      ),
    },
    should: {
      thirdPartyAudits: object(
        d(
          'audits or benchmarks carried out by independent third parties',
          'Audits oder Benchmarks durch unabhängige Dritte',
        ),
        {
          must: {
            permitted: bool(
              d(
                'whether independent third parties may audit or benchmark the service',
                'ob unabhängige Dritte die Dienstleistung auditieren oder einem Benchmark unterziehen dürfen',
              ),
            ),
          },
        },
      ),
    },
  },
);

export const contractSchema = measure(
  'OPS.3.1.M2',
  object(
    d(
      'the contract with the customer, which has to settle security and service matters precisely so that no gaps lead to disputes',
      'der Vertrag mit dem Auftraggeber, der Sicherheits- und Leistungsfragen so genau regeln muss, dass keine Lücken zu Streitigkeiten führen',
    ),
    {
      must: {
        term: termSchema,
        organizational: organizationalSchema,
        legal: legalSchema,
        furtherRelocation: furtherRelocationSchema,
        changeAndTesting: changeAndTestingSchema,
        audits: auditsSchema,
      },
      should: {
        serviceDescriptions: list(
          serviceDescriptionSchema,
          d(
            'every service should be described as precisely as possible so that both parties expect the same',
            'jede Dienstleistung sollte so genau wie möglich beschrieben sein, damit beide Parteien dasselbe erwarten',
          ),
          1,
        ),
        slas: list(
          slaSchema,
          d(
            'service level agreements should set measurable targets for the service',
            'Service-Level-Vereinbarungen sollten messbare Zielwerte für die Dienstleistung festlegen',
          ),
          1,
        ),
        infrastructure: infrastructureSchema,
        personnel: personnelSchema,
        emergency: emergencySchema,
      },
      optional: {
        signedOn: date(
          d(
            'the day the contract was signed; it is required once the engagement is past negotiation',
            'der Tag, an dem der Vertrag unterzeichnet wurde; er ist anzugeben, sobald das Outsourcing-Vorhaben die Verhandlungsphase hinter sich hat',
          ),
        ),
        clientCapability: clientCapabilitySchema,
      },
    },
  ),
);
