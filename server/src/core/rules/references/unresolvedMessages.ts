/** The message ids of `reference/unresolved`, by the kind of id that is not defined. */
import type { EngagementRefKind } from '../../domain/references';
import type { RuleContext } from '../defineRule';
import type { en } from './texts.en';

export type UnresolvedMessageId = keyof (typeof en)['reference/unresolved']['messages'];
export type UnresolvedContext = RuleContext<UnresolvedMessageId>;

interface KindMessages {
  /** Other ids are defined, none close to the value. */
  unknown: UnresolvedMessageId;
  /** Another id is close to the value: did you mean it? */
  suggested: UnresolvedMessageId;
  /** No id of the kind is defined at all. */
  none: UnresolvedMessageId;
}

export const UNRESOLVED: Record<EngagementRefKind, KindMessages> = {
  party: { unknown: 'unknownParty', suggested: 'unknownPartySuggested', none: 'noPartyDefined' },
  contact: {
    unknown: 'unknownContact',
    suggested: 'unknownContactSuggested',
    none: 'noContactDefined',
  },
  dependency: {
    unknown: 'unknownDependency',
    suggested: 'unknownDependencySuggested',
    none: 'noDependencyDefined',
  },
  partner: {
    unknown: 'unknownPartner',
    suggested: 'unknownPartnerSuggested',
    none: 'noPartnerDefined',
  },
  classification: {
    unknown: 'unknownClassification',
    suggested: 'unknownClassificationSuggested',
    none: 'noClassificationDefined',
  },
};
