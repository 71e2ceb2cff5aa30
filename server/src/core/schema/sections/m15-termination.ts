/** OPS.3.1.M15: an orderly end of the outsourcing relationship. */
import { duration, measure, mustBeTrue, object, text, textList } from '../dsl';

export const terminationSchema = measure(
  'OPS.3.1.M15',
  object('how the service is handed back or moved to another provider when the engagement ends', {
    must: {
      propertyRights: text(
        'who owns hardware, software, tools, licences and backups at the end has to be settled',
      ),
      toolReuse: text(
        "whether the customer may keep using the provider's tools, scripts and procedures after the end has to be settled",
      ),
      dataHandover: object('the return of all information and data to the customer', {
        must: {
          formats: textList('the formats in which the customer receives its data back'),
          verifiedBeforeDeletion: mustBeTrue(
            'the customer has to confirm that the handed-over data is complete before the provider deletes anything',
          ),
        },
      }),
      secureDeletion: object('the secure removal of all customer data held by the provider', {
        must: {
          method: text("how the customer's data is wiped so that it cannot be recovered"),
          evidence: text('what proof of deletion the customer receives'),
        },
      }),
      reintegrationEstimate: duration(
        'how long taking the service back in-house or moving it elsewhere will take; the notice period has to leave enough time for it',
      ),
    },
    should: {
      reintegrationDocumentation: mustBeTrue(
        'systems, applications and workflows should be documented well enough for the customer to take them back',
      ),
      permissionReview: mustBeTrue(
        'all permissions created for the engagement should be checked and the ones for the customer or third parties removed',
      ),
    },
  }),
);
