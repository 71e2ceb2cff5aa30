/** OPS.3.1.M15: an orderly end of the outsourcing relationship. */
import { d, duration, measure, mustBeTrue, object, text, textList } from '../dsl';

export const terminationSchema = measure(
  'OPS.3.1.M15',
  object(
    d(
      'how the service is handed back or moved to another provider when the engagement ends',
      'wie die Dienstleistung bei Ende des Outsourcing-Vorhabens zurückgeholt oder zu einem anderen Dienstleister verlagert wird',
    ),
    {
      must: {
        propertyRights: text(
          d(
            'who owns hardware, software, tools, licences and backups at the end has to be settled',
            'wem am Ende Hardware, Software, Werkzeuge, Lizenzen und Datensicherungen gehören, muss geregelt sein',
          ),
        ),
        toolReuse: text(
          d(
            "whether the customer may keep using the provider's tools, scripts and procedures after the end has to be settled",
            'ob der Auftraggeber Werkzeuge, Skripte und Verfahren des Dienstleisters nach dem Ende weiter nutzen darf, muss geregelt sein',
          ),
        ),
        dataHandover: object(
          d(
            'the return of all information and data to the customer',
            'die Rückgabe aller Informationen und Daten an den Auftraggeber',
          ),
          {
            must: {
              formats: textList(
                d(
                  'the formats in which the customer receives its data back',
                  'die Formate, in denen der Auftraggeber seine Daten zurückerhält',
                ),
              ),
              verifiedBeforeDeletion: mustBeTrue(
                d(
                  'the customer has to confirm that the handed-over data is complete before the provider deletes anything',
                  'der Auftraggeber muss die Vollständigkeit der übergebenen Daten bestätigen, bevor der Dienstleister etwas löscht',
                ),
              ),
            },
          },
        ),
        secureDeletion: object(
          d(
            'the secure removal of all customer data held by the provider',
            'das sichere Löschen aller Daten des Auftraggebers beim Dienstleister',
          ),
          {
            must: {
              method: text(
                d(
                  "how the customer's data is wiped so that it cannot be recovered",
                  'wie die Daten des Auftraggebers gelöscht werden, sodass sie nicht wiederhergestellt werden können',
                ),
              ),
              evidence: text(
                d(
                  'what proof of deletion the customer receives',
                  'welchen Nachweis über die Löschung der Auftraggeber erhält',
                ),
              ),
            },
          },
        ),
        reintegrationEstimate: duration(
          d(
            'how long taking the service back in-house or moving it elsewhere will take; the notice period has to leave enough time for it',
            'wie lange es dauert, die Dienstleistung wieder selbst zu übernehmen oder anderweitig zu verlagern; die Kündigungsfrist muss dafür genug Zeit lassen',
          ),
        ),
      },
      should: {
        reintegrationDocumentation: mustBeTrue(
          d(
            'systems, applications and workflows should be documented well enough for the customer to take them back',
            'Systeme, Anwendungen und Abläufe sollten so gut dokumentiert sein, dass der Auftraggeber sie zurückübernehmen kann',
          ),
        ),
        permissionReview: mustBeTrue(
          d(
            'all permissions created for the engagement should be checked and the ones for the customer or third parties removed',
            'alle für das Outsourcing-Vorhaben eingerichteten Berechtigungen sollten überprüft und die für den Auftraggeber oder Dritte entfernt werden',
          ),
        ),
      },
    },
  ),
);
