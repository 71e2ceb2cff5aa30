/** OPS.3.1.M7: the client (tenant) concept for services shared between customers. */
import {
  d,
  bool,
  choiceList,
  date,
  id,
  integer,
  measure,
  mustBeFalse,
  mustBeTrue,
  object,
  text,
  textList,
} from '../dsl';

export const TENANT_SEPARATION_TECHNIQUES = [
  'separate-db-instances',
  'vpd',
  'tenant-tagged-records',
  'virtual-machines',
  'vlan',
  'vrf',
  'vpn',
];

const tenantSelfControlSchema = object(
  d(
    'each customer has to be able to set the technical rules for its own tenant and carry out its own control duties',
    'jeder Auftraggeber muss die technischen Regeln für seinen eigenen Mandanten festlegen und seine eigenen Kontrollpflichten wahrnehmen können',
  ),
  {
    must: {
      logging: bool(
        d(
          'says whether the customer can decide itself what is logged in its tenant',
          'gibt an, ob der Auftraggeber selbst entscheiden kann, was in seinem Mandanten protokolliert wird',
        ),
      ),
      retention: bool(
        d(
          'says whether the customer can decide itself how long data and logs in its tenant are kept',
          'gibt an, ob der Auftraggeber selbst entscheiden kann, wie lange Daten und Protokolle in seinem Mandanten aufbewahrt werden',
        ),
      ),
    },
  },
);

const legalBasisSchema = object(
  d(
    "shared operation for several customers has to be allowed by law, and the separation has to fit each tenant's protection needs",
    'der gemeinsame Betrieb für mehrere Kunden muss rechtlich zulässig sein, und die Trennung muss dem Schutzbedarf jedes Mandanten entsprechen',
  ),
  {
    must: {
      checked: mustBeTrue(
        d(
          'it has to be confirmed that no legal rule forbids running the service for several customers and that the separation fits the protection needs',
          'es muss bestätigt sein, dass keine Rechtsvorschrift den Betrieb für mehrere Kunden verbietet und dass die Trennung dem Schutzbedarf entspricht',
        ),
      ),
    },
  },
);

const configurationalIndependenceSchema = object(
  d(
    'tenants should be configured independently of each other, through separate levels of administration',
    'Mandanten sollten über getrennte Administrationsebenen unabhängig voneinander konfiguriert werden',
  ),
  {
    must: {
      adminLevels: integer(
        d(
          'the number of administration levels: at least one for managing tenants and one for administering inside a tenant',
          'die Anzahl der Administrationsebenen: mindestens eine für die Verwaltung der Mandanten und eine für die Administration innerhalb eines Mandanten',
        ),
        2,
      ),
    },
  },
);

const operatorTenantAdminSchema = object(
  d(
    'the operator needs its own administration level for setting up and managing tenants',
    'der Betreiber braucht eine eigene Administrationsebene zum Einrichten und Verwalten der Mandanten',
  ),
  {
    must: {
      exists: mustBeTrue(
        d(
          'the operator has to have an administration level for managing the tenants',
          'der Betreiber muss über eine Administrationsebene zur Verwaltung der Mandanten verfügen',
        ),
      ),
    },
    should: {
      canProcessTenantData: mustBeFalse(
        d(
          "the operator's tenant administrators should not be able to work with the data inside a tenant",
          'die Mandantenadministratoren des Betreibers sollten nicht mit den Daten innerhalb eines Mandanten arbeiten können',
        ),
      ),
    },
  },
);

const loggingContextSeparationSchema = object(
  d(
    'people who review the logs of one tenant should not be able to see the logs of other tenants',
    'wer die Protokolle eines Mandanten auswertet, sollte die Protokolle anderer Mandanten nicht einsehen können',
  ),
  {
    must: {
      method: text(
        d(
          'how the log data of the tenants are kept apart, e.g. separate log files per tenant or filtered reports',
          'wie die Protokolldaten der Mandanten getrennt gehalten werden, z. B. eigene Protokolldateien je Mandant oder gefilterte Auswertungen',
        ),
      ),
    },
  },
);

const crossClientProcessingSchema = object(
  d(
    'data of a tenant should not be processed from outside that tenant, and exchange between tenants should use defined interfaces',
    'Daten eines Mandanten sollten nicht von außerhalb dieses Mandanten verarbeitet werden, und ein Austausch zwischen Mandanten sollte über definierte Schnittstellen erfolgen',
  ),
  {
    must: {
      restricted: mustBeTrue(
        d(
          'the tenant administration level has to be kept from processing data inside a tenant',
          'die Mandantenadministrationsebene muss daran gehindert sein, Daten innerhalb eines Mandanten zu verarbeiten',
        ),
      ),
      interfaces: textList(
        d(
          'the defined and secured interfaces through which tenants exchange data, if they do',
          'die definierten und abgesicherten Schnittstellen, über die Mandanten Daten austauschen, sofern sie das tun',
        ),
      ),
    },
  },
);

export const clientConceptSchema = measure(
  'OPS.3.1.M7',
  object(
    d(
      "a shared, multi-tenant service needs a client concept from the provider that shows how the customers' data and processing are kept apart",
      'eine gemeinsam genutzte, mandantenfähige Dienstleistung braucht ein Mandantentrennungskonzept des Dienstleisters, das zeigt, wie Daten und Verarbeitung der Kunden getrennt werden',
    ),
    {
      must: {
        id: id(
          d(
            'a unique id of the client concept; the contract refers to it as its client concept reference',
            'eine eindeutige ID des Mandantentrennungskonzepts; der Vertrag verweist mit clientConceptRef darauf',
          ),
        ),
        providedToCustomerOn: date(
          d(
            'the day the client concept was handed to the customer, who has to judge it before sharing systems',
            'der Tag, an dem das Mandantentrennungskonzept dem Auftraggeber übergeben wurde, der es vor der gemeinsamen Nutzung von Systemen bewerten muss',
          ),
        ),
        tenantSelfControl: tenantSelfControlSchema,
        newApplicationsSeparationVerified: mustBeTrue(
          d(
            'every new or substantially changed application has to be shown to separate tenants cleanly before it is used',
            'für jede neue oder wesentlich geänderte Anwendung muss vor ihrem Einsatz nachgewiesen sein, dass sie die Mandanten sauber trennt',
          ),
        ),
        operatorTenantAdmin: operatorTenantAdminSchema,
      },
      should: {
        legalBasis: legalBasisSchema,
        transactionCompleteness: mustBeTrue(
          d(
            'processing in one tenant has to leave the data of every other tenant unchanged and unreadable',
            'eine Verarbeitung in einem Mandanten muss die Daten aller anderen Mandanten unverändert und unlesbar lassen',
          ),
        ),
        configurationalIndependence: configurationalIndependenceSchema,
        authorizationContextSeparation: mustBeTrue(
          d(
            'each tenant has to have its own authorisation context, so changes by its administrators do not touch other tenants',
            'jeder Mandant muss einen eigenen Berechtigungskontext haben, damit Änderungen seiner Administratoren andere Mandanten nicht berühren',
          ),
        ),
        loggingContextSeparation: loggingContextSeparationSchema,
        crossClientProcessing: crossClientProcessingSchema,
      },
      optional: {
        techniques: choiceList(
          TENANT_SEPARATION_TECHNIQUES,
          d(
            'the techniques used to separate the tenants, such as separate database instances, virtual machines or VLANs',
            'die Techniken, mit denen die Mandanten getrennt werden, etwa getrennte Datenbankinstanzen, virtuelle Maschinen oder VLANs',
          ),
        ),
      },
    },
  ),
);
