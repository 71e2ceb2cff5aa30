/** OPS.3.1.M2, contract clauses: the legal frame, penalties and passing work on to subcontractors. */
import { d, bool, mustBeTrue, object, text } from '../dsl';

const penaltiesSchema = object(
  d(
    'contractual penalties or compensation for service quality that is not delivered',
    'Vertragsstrafen oder Ausgleichszahlungen, wenn die vereinbarte Dienstgüte nicht erbracht wird',
  ),
  {
    must: {
      agreed: bool(
        d(
          'whether penalties or compensation have been agreed in the contract',
          'ob im Vertrag Vertragsstrafen oder Ausgleichszahlungen vereinbart sind',
        ),
      ),
    },
    optional: {
      damageQuantification: text(
        d(
          'how the amount of a damage that occurred is determined',
          'wie die Höhe eines eingetretenen Schadens ermittelt wird',
        ),
      ),
      imageDamage: text(
        d('how damage to reputation is measured', 'wie ein Imageschaden bemessen wird'),
      ),
      providerInsolvency: text(
        d(
          'what happens if the provider becomes insolvent',
          'was bei einer Insolvenz des Dienstleisters geschieht',
        ),
      ),
      catastrophicDamage: text(
        d(
          'how a catastrophic damage is dealt with',
          'wie mit einem Schaden katastrophalen Ausmaßes umgegangen wird',
        ),
      ),
    },
  },
);

export const legalSchema = object(
  d(
    'the legal framework and liability questions of the engagement',
    'der rechtliche Rahmen und die Haftungsfragen des Outsourcing-Vorhabens',
  ),
  {
    must: {
      subcontracting: object(
        d(
          'whether the provider may involve third parties and subcontractors',
          'ob der Dienstleister Dritte und Unterauftragnehmer einbinden darf',
        ),
        {
          must: {
            regulated: mustBeTrue(
              d(
                'the contract has to say whether and how the provider may involve third parties and subcontractors',
                'der Vertrag muss festlegen, ob und wie der Dienstleister Dritte und Unterauftragnehmer einbinden darf',
              ),
            ),
          },
        },
      ),
      ownershipAndCopyright: text(
        d(
          'who owns systems, software and interfaces and holds their copyright has to be fixed in the contract',
          'wem Systeme, Software und Schnittstellen gehören und wer die Urheberrechte daran hält, muss im Vertrag festgelegt sein',
        ),
      ),
    },
    should: {
      toolReuseOnTermination: text(
        d(
          'whether the tools, procedures and scripts the provider used may still be used after the engagement ends should be settled',
          'ob die vom Dienstleister eingesetzten Werkzeuge, Verfahren und Skripte nach dem Ende des Outsourcing-Vorhabens weiter genutzt werden dürfen, sollte geregelt sein',
        ),
      ),
    },
    optional: {
      penalties: penaltiesSchema,
    },
  },
);

export const furtherRelocationSchema = object(
  d(
    'whether and on what terms the provider may pass work on to further subcontractors',
    'ob und unter welchen Bedingungen der Dienstleister Leistungen an weitere Unterauftragnehmer weitergeben darf (Weiterverlagerung)',
  ),
  {
    must: {
      permitted: bool(
        d(
          'whether the provider may pass parts of the service on to subcontractors; a blanket ban is not advisable',
          'ob der Dienstleister Teile der Dienstleistung an Unterauftragnehmer weitergeben darf; ein pauschales Verbot ist nicht ratsam',
        ),
      ),
      conditions: text(
        d(
          'the conditions under which passing work on to subcontractors is allowed have to be defined',
          'die Bedingungen, unter denen eine Weiterverlagerung an Unterauftragnehmer zulässig ist, müssen festgelegt sein',
        ),
      ),
    },
    should: {
      flowDownAllRequirements: mustBeTrue(
        d(
          'a subcontractor should only be used if it meets every requirement the provider itself has to meet in this engagement',
          'ein Unterauftragnehmer sollte nur eingesetzt werden, wenn er alle Anforderungen erfüllt, die der Dienstleister in diesem Outsourcing-Vorhaben selbst erfüllen muss',
        ),
      ),
      customerApprovalRequired: bool(
        d(
          'whether the customer has to approve each subcontractor before it is used',
          'ob der Auftraggeber jedem Unterauftragnehmer vor dessen Einsatz zustimmen muss',
        ),
      ),
    },
  },
);
