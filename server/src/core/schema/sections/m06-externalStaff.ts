/** OPS.3.1.M6: rules for external personnel the provider brings into the engagement. */
import {
  d,
  bool,
  choice,
  date,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  ref,
  text,
  when,
  whenPresent,
  withConditions,
  withObligation,
} from '../dsl';

const endOfEngagementSchema = withObligation(
  'must',
  object(
    d(
      'when the external person leaves, the work has to be wound up in an orderly way',
      'wenn die externe Person ausscheidet, muss die Tätigkeit geordnet abgeschlossen werden',
    ),
    {
      must: {
        handoverDone: mustBeTrue(
          d(
            'work results, documents received and equipment have to be handed over properly when the assignment ends',
            'Arbeitsergebnisse, erhaltene Unterlagen und Betriebsmittel müssen bei Ende des Einsatzes ordnungsgemäß übergeben werden',
          ),
        ),
        accessMeansReturned: mustBeTrue(
          d(
            'physical means of access such as keys and access cards have to be given back when the assignment ends',
            'Zutrittsmittel wie Schlüssel und Zutrittskarten müssen bei Ende des Einsatzes zurückgegeben werden',
          ),
        ),
        confidentialityPersists: mustBeTrue(
          d(
            'duties of confidentiality have to stay in force, and be honoured, after the assignment ends',
            'Verschwiegenheitspflichten müssen auch nach Ende des Einsatzes fortbestehen und eingehalten werden',
          ),
        ),
      },
    },
  ),
);

const externalPersonSchema = withConditions(
  object(
    d(
      'one external person (or team of a company) working for the provider on the engagement',
      'eine externe Person (oder ein Team eines Unternehmens), die im Outsourcing-Vorhaben für den Dienstleister tätig ist',
    ),
    {
      must: {
        id: id(
          d(
            'a short id that names this external person or team',
            'eine kurze ID, die diese externe Person oder dieses Team bezeichnet',
          ),
        ),
        company: text(
          d(
            'the company the external person works for',
            'das Unternehmen, für das die externe Person arbeitet',
          ),
        ),
        dependencyRef: ref(
          'dependency',
          d(
            'the disclosed dependency (subcontractor or maintenance company) through which the person is engaged',
            'die offengelegte Abhängigkeit (Unterauftragnehmer oder Wartungsunternehmen), über die die Person eingesetzt wird',
          ),
        ),
        engagement: choice(
          ['long-term', 'short-term'],
          d(
            'whether the person works for the provider over a longer period or is only called in briefly, e.g. as a maintenance technician',
            'ob die Person längerfristig für den Dienstleister arbeitet oder nur kurzzeitig hinzugezogen wird, z. B. als Wartungstechniker',
          ),
        ),
        accessToConfidentialData: bool(
          d(
            'says whether the person could reach confidential documents or data of the customer, which the customer has to learn about',
            'gibt an, ob die Person an vertrauliche Unterlagen oder Daten des Auftraggebers gelangen könnte; das muss der Auftraggeber erfahren',
          ),
        ),
        powers: text(
          d(
            'what the external person is allowed to do, stated so that it can be traced',
            'was die externe Person tun darf, nachvollziehbar festgehalten',
          ),
        ),
      },
      should: {
        briefedOn: date(
          d(
            'the day the person was introduced to their duties and to the in-house and security rules they need to know',
            'der Tag, an dem die Person in ihre Aufgaben und in die Haus- und Sicherheitsregelungen eingewiesen wurde, die sie kennen muss',
          ),
        ),
        substitute: text(
          d(
            'who stands in for the external person, since external staff need deputy arrangements too',
            'wer die externe Person vertritt, denn auch Fremdpersonal braucht Vertretungsregelungen',
          ),
        ),
      },
      optional: {
        writtenCommitmentOn: date(
          d(
            'the day the person signed a written commitment to follow the applicable laws, regulations and internal rules; long-term external staff need one',
            'der Tag, an dem die Person schriftlich zugesichert hat, die geltenden Gesetze, Vorschriften und internen Regelungen einzuhalten; längerfristig eingesetztes Fremdpersonal braucht eine solche Verpflichtung',
          ),
        ),
        reportedToCustomerOn: date(
          d(
            "the day the customer was told that this person may reach confidential customer data, so the customer's security officer can reassess the requirements",
            'der Tag, an dem der Auftraggeber informiert wurde, dass diese Person an vertrauliche Daten gelangen kann, damit sein ISB die Anforderungen neu bewerten kann',
          ),
        ),
        leftOn: date(
          d(
            "the day the person's assignment ended",
            'der Tag, an dem der Einsatz der Person endete',
          ),
        ),
        treatedAsVisitor: withObligation(
          'should',
          bool(
            d(
              'external staff called in only briefly (short-term) should be handled like visitors, following the usual visitor rules',
              'nur kurzzeitig hinzugezogenes Fremdpersonal (short-term) sollte wie Besucher nach den üblichen Besucherregelungen behandelt werden',
            ),
          ),
        ),
        endOfEngagement: endOfEngagementSchema,
      },
    },
  ),
  // the visitor rules are for short-term staff only; long-term staff may say false
  when('engagement', ['short-term'], {
    'x-should': ['treatedAsVisitor'],
    properties: { treatedAsVisitor: { const: true } },
  }),
  whenPresent('leftOn', { required: ['endOfEngagement'] }),
);

export const externalStaffSchema = measure(
  'OPS.3.1.M6',
  list(
    externalPersonSchema,
    d(
      'the external personnel working for the provider on the engagement, with their powers and commitments; an empty list says there are none',
      'das Fremdpersonal, das im Outsourcing-Vorhaben für den Dienstleister tätig ist, mit seinen Befugnissen und Verpflichtungen; eine leere Liste besagt, dass es keines gibt',
    ),
  ),
);
