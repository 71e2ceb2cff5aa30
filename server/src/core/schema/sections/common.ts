/** Parts every engagement shares: header, parties, contacts, protection needs, tenancy, waivers. */
import { LIFECYCLE } from '../../domain/lifecycle';
import {
  MEASURE_ID_PATTERN,
  d,
  typed,
  choice,
  date,
  id,
  level,
  measure,
  mustBeTrue,
  object,
  ref,
  list,
  text,
  type SchemaNode,
} from '../dsl';

/** The lifecycle statuses (defined once in the domain model). */
export const STATUSES: readonly string[] = LIFECYCLE;

export const apiVersionSchema: SchemaNode = {
  type: 'string',
  const: 'outsourcing-policy/v1',
  ...typed('outsourcing-policy/v1', 'outsourcing-policy/v1'),
  description: 'the format version of the document; always outsourcing-policy/v1',
  'x-description-de': 'die Formatversion des Dokuments; immer outsourcing-policy/v1',
};

export function kindSchema(kind: string): SchemaNode {
  return {
    type: 'string',
    const: kind,
    ...typed(kind, kind),
    description: `the kind of document; ${kind} here`,
    'x-description-de': `die Art des Dokuments; hier ${kind}`,
  };
}

export const metadataSchema = measure(
  'OPS.3.1.M1',
  object(
    d(
      'identifies the engagement and says where it stands in its life cycle',
      'benennt das Outsourcing-Vorhaben und gibt an, in welcher Phase seines Lebenszyklus es sich befindet',
    ),
    {
      must: {
        id: id(
          d(
            'a unique id of the engagement, used by data connection agreements to refer to it',
            'eine eindeutige ID des Outsourcing-Vorhabens, über die Netzanbindungsvereinbarungen darauf verweisen',
          ),
        ),
        title: text(
          d(
            'a short title that names the service and the customer',
            'ein kurzer Titel, aus dem Dienstleistung und Auftraggeber hervorgehen',
          ),
        ),
        version: {
          ...text(
            d(
              'the version of this document, written as a quoted string such as "1.0.0"',
              'die Version dieses Dokuments, als Zeichenkette in Anführungszeichen, z. B. "1.0.0"',
            ),
          ),
          ...typed(
            'text (a quoted string such as "1.0.0")',
            'Text (eine Zeichenkette in Anführungszeichen, z. B. "1.0.0")',
          ),
        },
        status: choice(
          STATUSES,
          d(
            'the life-cycle phase; it decides which sections are already required',
            'die Phase im Lebenszyklus; sie bestimmt, welche Abschnitte bereits ausgefüllt sein müssen',
          ),
        ),
      },
    },
  ),
);

export const partySchema = object(
  d('one party of the engagement', 'eine Vertragspartei des Outsourcing-Vorhabens'),
  {
    must: {
      id: id(
        d(
          'a short id that other fields use to refer to this party',
          'eine kurze ID, mit der andere Felder auf diese Partei verweisen',
        ),
      ),
      name: text(d('the legal name of the party', 'der rechtsgültige Name (Firma) der Partei')),
      country: {
        type: 'string',
        pattern: '^[A-Z]{2}$',
        ...typed(
          'a two-letter ISO 3166 country code such as DE',
          'ein zweistelliger Ländercode nach ISO 3166, z. B. DE',
        ),
        description: 'the country whose law governs the party, as an ISO 3166 alpha-2 code',
        'x-description-de':
          'das Land, dessen Recht für die Partei gilt, als Ländercode nach ISO 3166 alpha-2',
      },
    },
  },
);

export const partiesSchema = measure(
  'OPS.3.1.M1',
  object(
    d(
      'the service provider and the customer of this engagement',
      'der Outsourcing-Dienstleister und der Auftraggeber dieses Outsourcing-Vorhabens',
    ),
    {
      must: {
        provider: {
          ...partySchema,
          description: 'the outsourcing service provider (you)',
          'x-description-de': 'der Outsourcing-Dienstleister (Sie selbst)',
        },
        customer: {
          ...partySchema,
          description: 'the customer who outsources the service',
          'x-description-de': 'der Auftraggeber, der die Dienstleistung auslagert',
        },
      },
    },
  ),
);

export const CONTACT_ROLES = [
  'isb',
  'dpo',
  'technical',
  'management',
  'emergency-representative',
  'personnel',
  'change-manager',
  'other',
];

export const contactSchema = object(
  d(
    'a named person of one party, reachable for a responsibility',
    'eine namentlich benannte Person einer Partei, die für eine Zuständigkeit erreichbar ist',
  ),
  {
    must: {
      id: id(
        d(
          'a short id that other fields use to name this person as responsible',
          'eine kurze ID, mit der andere Felder diese Person als zuständig benennen',
        ),
      ),
      party: ref(
        'party',
        d('the party this person works for', 'die Partei, für die diese Person tätig ist'),
      ),
      role: choice(
        CONTACT_ROLES,
        d(
          'the function this person holds in the engagement',
          'die Funktion, die diese Person im Outsourcing-Vorhaben wahrnimmt',
        ),
      ),
      name: text(d('the full name of the person', 'der vollständige Name der Person')),
    },
    optional: {
      email: {
        type: 'string',
        format: 'email',
        ...typed('an e-mail address', 'eine E-Mail-Adresse'),
        description:
          'an e-mail address; a responsible person needs an e-mail address or a phone number',
        'x-description-de':
          'eine E-Mail-Adresse; für eine verantwortliche Person ist eine E-Mail-Adresse oder eine Telefonnummer anzugeben',
      },
      phone: text(
        d(
          'a phone number; a responsible person needs a phone number or an e-mail address',
          'eine Telefonnummer; für eine verantwortliche Person ist eine Telefonnummer oder eine E-Mail-Adresse anzugeben',
        ),
      ),
      availability: text(
        d(
          'when the person can be reached, e.g. "Mon-Fri 08:00-18:00 CET"',
          'wann die Person erreichbar ist, z. B. "Mo-Fr 08:00-18:00 MEZ"',
        ),
      ),
    },
  },
);

export const contactsSchema = measure(
  'OPS.3.1.M13',
  list(
    contactSchema,
    d(
      'the people of both parties who carry responsibilities, with names and a way to reach them',
      'die Personen beider Parteien, die Verantwortung tragen, mit Namen und Erreichbarkeit',
    ),
    1,
  ),
);

export const protectionNeedsSchema = measure(
  'OPS.3.1.M3',
  object(
    d(
      'how much protection the outsourced information and systems need',
      'welchen Schutzbedarf die ausgelagerten Informationen und Systeme haben',
    ),
    {
      must: {
        confidentiality: level(
          d(
            'the need to keep the information secret: normal, high or very-high',
            'der Schutzbedarf hinsichtlich Vertraulichkeit: normal, high oder very-high',
          ),
        ),
        integrity: level(
          d(
            'the need to keep the information correct and complete',
            'der Schutzbedarf hinsichtlich Integrität, also dass die Informationen korrekt und vollständig bleiben',
          ),
        ),
        availability: level(
          d(
            'the need to keep the service and information available',
            'der Schutzbedarf hinsichtlich Verfügbarkeit der Dienstleistung und der Informationen',
          ),
        ),
      },
    },
  ),
);

export const tenancySchema = measure(
  'OPS.3.1.M10',
  object(
    d(
      'whether the service runs for this customer alone or shares systems with other customers',
      'ob die Dienstleistung nur für diesen Auftraggeber erbracht wird oder Systeme mit anderen Kunden teilt',
    ),
    {
      must: {
        model: choice(
          ['dedicated', 'multi-tenant'],
          d(
            'dedicated systems or systems shared between customers',
            'dedizierte Systeme oder von mehreren Kunden gemeinsam genutzte (mandantenfähige) Systeme',
          ),
        ),
        isolation: object(
          d(
            'how the customers of a shared service are kept apart',
            'wie die Mandanten einer gemeinsam genutzten Dienstleistung voneinander getrennt werden',
          ),
          {
            must: {
              noCrossCustomerImpact: mustBeTrue(
                d(
                  "other customers of the provider must not be able to disturb this customer's service",
                  'andere Kunden des Dienstleisters dürfen den Betrieb für diesen Auftraggeber nicht beeinträchtigen können',
                ),
              ),
              noCrossCustomerDataAccess: mustBeTrue(
                d(
                  "other customers of the provider must not be able to reach this customer's data",
                  'andere Kunden des Dienstleisters dürfen keinen Zugriff auf die Daten dieses Auftraggebers erlangen können',
                ),
              ),
            },
          },
        ),
      },
    },
  ),
);

export const waiverSchema = object(
  d(
    'a documented decision not to implement a recommendation',
    'eine dokumentierte Entscheidung, eine Empfehlung bewusst nicht umzusetzen (begründete Abweichung)',
  ),
  {
    must: {
      measure: {
        type: 'string',
        pattern: MEASURE_ID_PATTERN,
        ...typed(
          'a measure id from OPS.3.1.M1 to OPS.3.1.M16',
          'eine Maßnahmen-ID von OPS.3.1.M1 bis OPS.3.1.M16',
        ),
        description: 'the measure whose recommendations are waived',
        'x-description-de': 'die Maßnahme, von deren Empfehlungen abgewichen wird',
      },
      justification: {
        ...text(
          d(
            'why the recommendation does not apply or is accepted as a risk, in at least 20 characters',
            'warum die Empfehlung nicht zutrifft oder das Risiko getragen wird, mit mindestens 20 Zeichen',
          ),
        ),
        minLength: 20,
      },
      approvedBy: ref(
        'contact',
        d('the person who approved the waiver', 'die Person, die die Abweichung genehmigt hat'),
      ),
      date: date(
        d('the day the waiver was approved', 'der Tag, an dem die Abweichung genehmigt wurde'),
      ),
    },
    optional: {
      path: {
        type: 'string',
        pattern: '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*$',
        ...typed(
          'a dotted path such as contract.emergency',
          'ein Pfad in Punktschreibweise, z. B. contract.emergency',
        ),
        description: 'limits the waiver to findings at or below this dotted path',
        'x-description-de':
          'beschränkt die Abweichung auf Befunde an diesem Pfad (in Punktschreibweise) oder darunter',
      },
      expires: date(
        d(
          'the day after which the waiver no longer applies',
          'der Tag, nach dem die Abweichung nicht mehr gilt',
        ),
      ),
    },
  },
);

export const waiversSchema = list(
  waiverSchema,
  d(
    'recommendations (should-requirements) that are knowingly not implemented, with a reason',
    'begründete Abweichungen: Empfehlungen (SOLLTE-Anforderungen), die bewusst nicht umgesetzt werden, jeweils mit Begründung',
  ),
);
