/** OPS.3.1.M11: physical, system and data access control at the provider. */
import {
  d,
  bool,
  choiceList,
  integer,
  measure,
  mustBeTrue,
  object,
  text,
  textOrList,
} from '../dsl';

export const ACCESS_LEVELS = ['premises', 'it-systems', 'applications'] as const;

export const accessControlSchema = measure(
  'OPS.3.1.M11',
  object(
    d(
      'how the provider grants, changes and withdraws access to premises, systems and data',
      'wie der Dienstleister Zutritt, Zugang und Zugriff zu Räumen, Systemen und Daten vergibt, ändert und entzieht',
    ),
    {
      must: {
        tenantIsolation: mustBeTrue(
          d(
            'no customer may reach the systems, networks or data of another customer of the provider',
            'kein Kunde darf auf die Systeme, Netze oder Daten eines anderen Kunden des Dienstleisters zugreifen können',
          ),
        ),
        levels: choiceList(
          ACCESS_LEVELS,
          d(
            'the levels at which permissions are granted, such as entry to premises, IT systems and applications',
            'die Ebenen, auf denen Berechtigungen vergeben werden, etwa Zutritt zu Räumen, Zugang zu IT-Systemen und Zugriff auf Anwendungen',
          ),
        ),
        provisioningProcess: text(
          d(
            'a defined procedure is needed for granting, managing and withdrawing permissions',
            'für Vergabe, Verwaltung und Entzug von Berechtigungen ist ein festgelegtes Verfahren nötig',
          ),
        ),
        timelyChanges: mustBeTrue(
          d(
            'permissions and user accounts have to be created, changed or removed without delay when people join, move or leave',
            'Berechtigungen und Benutzerkonten müssen unverzüglich angelegt, geändert oder gelöscht werden, wenn Personen hinzukommen, wechseln oder ausscheiden',
          ),
        ),
        defaultPasswordsChanged: bool(
          d(
            'factory default passwords have to be replaced at the latest when a system is first put into service',
            'voreingestellte Passwörter (Standardpasswörter) müssen spätestens bei der ersten Inbetriebnahme eines Systems ersetzt werden',
          ),
        ),
        authenticationTraining: mustBeTrue(
          d(
            'staff have to be taught how to use the authentication mechanisms correctly',
            'das Personal muss im richtigen Umgang mit den Authentisierungsverfahren geschult werden',
          ),
        ),
        changesDocumented: mustBeTrue(
          d(
            'every grant, change and removal of permissions and authentication means has to be recorded',
            'jede Vergabe, Änderung und Löschung von Berechtigungen und Authentisierungsmitteln muss dokumentiert werden',
          ),
        ),
      },
      should: {
        leastPrivilege: mustBeTrue(
          d(
            'people should receive only the permissions they need for their tasks',
            'Personen sollten nur die Berechtigungen erhalten, die sie für ihre Aufgaben benötigen',
          ),
        ),
        authenticationPolicy: object(
          d(
            'rules for how users and systems prove their identity before they get access',
            'Regelungen dazu, wie Benutzer und Systeme ihre Identität nachweisen, bevor sie Zugang erhalten',
          ),
          {
            must: {
              factors: textOrList(
                d(
                  'the kinds of proof accepted, e.g. something known, something owned or a biometric feature',
                  'die anerkannten Nachweise, z. B. Wissen, Besitz oder ein biometrisches Merkmal',
                ),
              ),
              passwordMinLength: integer(
                d(
                  'the smallest number of characters a password may have',
                  'die Mindestanzahl an Zeichen eines Passworts',
                ),
                1,
              ),
            },
          },
        ),
        roleBased: mustBeTrue(
          d(
            'permissions should follow the functions people hold, with roles kept suitably apart',
            'Berechtigungen sollten sich nach den Funktionen der Personen richten, mit angemessener Rollentrennung',
          ),
        ),
        auditorPermissions: text(
          d(
            'what auditors and inspectors sent by customers are allowed to see and do on site and on the systems',
            'was Prüfer und Auditoren, die von Kunden entsandt werden, vor Ort und auf den Systemen sehen und tun dürfen',
          ),
        ),
      },
    },
  ),
);
