/** OPS.3.1.M11: physical, system and data access control at the provider. */
import { bool, choiceList, integer, measure, mustBeTrue, object, text, textOrList } from '../dsl';

export const ACCESS_LEVELS = ['premises', 'it-systems', 'applications'] as const;

export const accessControlSchema = measure(
  'OPS.3.1.M11',
  object('how the provider grants, changes and withdraws access to premises, systems and data', {
    must: {
      tenantIsolation: mustBeTrue(
        'no customer may reach the systems, networks or data of another customer of the provider',
      ),
      levels: choiceList(
        ACCESS_LEVELS,
        'the levels at which permissions are granted, such as entry to premises, IT systems and applications',
      ),
      provisioningProcess: text(
        'a defined procedure is needed for granting, managing and withdrawing permissions',
      ),
      timelyChanges: mustBeTrue(
        'permissions and user accounts have to be created, changed or removed without delay when people join, move or leave',
      ),
      defaultPasswordsChanged: bool(
        'factory default passwords have to be replaced at the latest when a system is first put into service',
      ),
      authenticationTraining: mustBeTrue(
        'staff have to be taught how to use the authentication mechanisms correctly',
      ),
      changesDocumented: mustBeTrue(
        'every grant, change and removal of permissions and authentication means has to be recorded',
      ),
    },
    should: {
      leastPrivilege: mustBeTrue(
        'people should receive only the permissions they need for their tasks',
      ),
      authenticationPolicy: object(
        'rules for how users and systems prove their identity before they get access',
        {
          must: {
            factors: textOrList(
              'the kinds of proof accepted, e.g. something known, something owned or a biometric feature',
            ),
            passwordMinLength: integer('the smallest number of characters a password may have', 1),
          },
        },
      ),
      roleBased: mustBeTrue(
        'permissions should follow the functions people hold, with roles kept suitably apart',
      ),
      auditorPermissions: text(
        'what auditors and inspectors sent by customers are allowed to see and do on site and on the systems',
      ),
    },
  }),
);
