/** OPS.3.1.M7: the client (tenant) concept for services shared between customers. */
import {
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
  'each customer has to be able to set the technical rules for its own tenant and carry out its own control duties',
  {
    must: {
      logging: bool('says whether the customer can decide itself what is logged in its tenant'),
      retention: bool(
        'says whether the customer can decide itself how long data and logs in its tenant are kept',
      ),
    },
  },
);

const legalBasisSchema = object(
  "shared operation for several customers has to be allowed by law, and the separation has to fit each tenant's protection needs",
  {
    must: {
      checked: mustBeTrue(
        'it has to be confirmed that no legal rule forbids running the service for several customers and that the separation fits the protection needs',
      ),
    },
  },
);

const configurationalIndependenceSchema = object(
  'tenants should be configured independently of each other, through separate levels of administration',
  {
    must: {
      adminLevels: integer(
        'the number of administration levels: at least one for managing tenants and one for administering inside a tenant',
        2,
      ),
    },
  },
);

const operatorTenantAdminSchema = object(
  'the operator needs its own administration level for setting up and managing tenants',
  {
    must: {
      exists: mustBeTrue(
        'the operator has to have an administration level for managing the tenants',
      ),
    },
    should: {
      canProcessTenantData: mustBeFalse(
        "the operator's tenant administrators should not be able to work with the data inside a tenant",
      ),
    },
  },
);

const loggingContextSeparationSchema = object(
  'people who review the logs of one tenant should not be able to see the logs of other tenants',
  {
    must: {
      method: text(
        'how the log data of the tenants are kept apart, e.g. separate log files per tenant or filtered reports',
      ),
    },
  },
);

const crossClientProcessingSchema = object(
  'data of a tenant should not be processed from outside that tenant, and exchange between tenants should use defined interfaces',
  {
    must: {
      restricted: mustBeTrue(
        'the tenant administration level has to be kept from processing data inside a tenant',
      ),
      interfaces: textList(
        'the defined and secured interfaces through which tenants exchange data, if they do',
      ),
    },
  },
);

export const clientConceptSchema = measure(
  'OPS.3.1.M7',
  object(
    "a shared, multi-tenant service needs a client concept from the provider that shows how the customers' data and processing are kept apart",
    {
      must: {
        id: id(
          'a unique id of the client concept; the contract refers to it as its client concept reference',
        ),
        providedToCustomerOn: date(
          'the day the client concept was handed to the customer, who has to judge it before sharing systems',
        ),
        tenantSelfControl: tenantSelfControlSchema,
        newApplicationsSeparationVerified: mustBeTrue(
          'every new or substantially changed application has to be shown to separate tenants cleanly before it is used',
        ),
        operatorTenantAdmin: operatorTenantAdminSchema,
      },
      should: {
        legalBasis: legalBasisSchema,
        transactionCompleteness: mustBeTrue(
          'processing in one tenant has to leave the data of every other tenant unchanged and unreadable',
        ),
        configurationalIndependence: configurationalIndependenceSchema,
        authorizationContextSeparation: mustBeTrue(
          'each tenant has to have its own authorisation context, so changes by its administrators do not touch other tenants',
        ),
        loggingContextSeparation: loggingContextSeparationSchema,
        crossClientProcessing: crossClientProcessingSchema,
      },
      optional: {
        techniques: choiceList(
          TENANT_SEPARATION_TECHNIQUES,
          'the techniques used to separate the tenants, such as separate database instances, virtual machines or VLANs',
        ),
      },
    },
  ),
);
