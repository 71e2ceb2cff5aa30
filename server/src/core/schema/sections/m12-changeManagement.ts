/** OPS.3.1.M12: controlled, security-aware changes to the systems operated for the customer. */
import { d, choiceList, measure, mustBeTrue, object, requireValues, text } from '../dsl';

export const CHANGE_STAGES = [
  'planned',
  'prioritized',
  'rated',
  'implemented',
  'tested',
  'approved',
  'documented',
  'reviewed',
] as const;

export const changeManagementSchema = measure(
  'OPS.3.1.M12',
  object(
    d(
      'how changes to hardware, software and configuration are handled without weakening security',
      'wie Änderungen an Hardware, Software und Konfiguration gehandhabt werden, ohne die Sicherheit zu schwächen',
    ),
    {
      must: {
        lifecycle: requireValues(
          choiceList(
            CHANGE_STAGES,
            d(
              'the stages every change passes through; the standard process has to cover all eight, from planning to review',
              'die Stufen, die jede Änderung durchläuft; der Standardprozess muss alle acht abdecken, von der Planung bis zur Nachbetrachtung',
            ),
          ),
          CHANGE_STAGES,
        ),
        impactAnalysisForSignificantChanges: mustBeTrue(
          d(
            'before a major hardware or software change, its effect on the security of the whole system has to be examined',
            'vor einer größeren Hard- oder Softwareänderung muss ihre Auswirkung auf die Sicherheit des Gesamtsystems untersucht werden',
          ),
        ),
        noDegradationOfMeasures: mustBeTrue(
          d(
            'a change must never make an existing security measure less effective',
            'eine Änderung darf die Wirksamkeit einer bestehenden Sicherheitsmaßnahme niemals verringern',
          ),
        ),
        preApprovalTests: mustBeTrue(
          d(
            'checks and tests have to show that security holds during and after a change before it is approved',
            'Prüfungen und Tests müssen zeigen, dass die Sicherheit während und nach einer Änderung gewahrt bleibt, bevor sie freigegeben wird',
          ),
        ),
        decisionsDocumented: mustBeTrue(
          d(
            'every change and the reasons behind the decision have to be written down, in production and test alike',
            'jede Änderung und die Gründe für die Entscheidung müssen dokumentiert werden, im Produktivbetrieb wie im Test',
          ),
        ),
        fallback: object(
          d(
            'the way back when a change might endanger availability',
            'der Rückweg, falls eine Änderung die Verfügbarkeit gefährden könnte',
          ),
          {
            must: {
              requiredWhenAvailabilityRisk: mustBeTrue(
                d(
                  'a change whose availability risk cannot be excluded has to come with a planned fallback',
                  'eine Änderung, bei der ein Risiko für die Verfügbarkeit nicht auszuschließen ist, braucht eine geplante Rückfallmöglichkeit',
                ),
              ),
              criteria: text(
                d(
                  'the conditions under which the fallback is put into effect',
                  'die Bedingungen, unter denen auf die Rückfallmöglichkeit zurückgegriffen wird',
                ),
              ),
            },
          },
        ),
      },
      should: {
        restrictedChangeAccess: mustBeTrue(
          d(
            'access to the affected system areas should be limited to the people permitted to carry out the change',
            'der Zugang zu den betroffenen Systembereichen sollte auf die Personen beschränkt sein, die die Änderung durchführen dürfen',
          ),
        ),
        ismInvolvementForMajorChanges: mustBeTrue(
          d(
            'the security management of both provider and customer should take part in major changes',
            'das Sicherheitsmanagement von Dienstleister und Auftraggeber sollte an größeren Änderungen beteiligt werden',
          ),
        ),
      },
    },
  ),
);
