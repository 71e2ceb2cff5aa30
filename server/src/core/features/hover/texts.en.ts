/** The English texts of hovers: fields, ids, measures and findings. */
export const en = {
  field: {
    obligation: {
      must: '**must**: required; a gap is an error',
      should: '**should**: recommended; a gap is a warning that a waiver can accept',
      optional: '**optional**: may be left out',
    },
    obligationWord: { must: 'must', should: 'should', optional: 'optional' },
    strength: { must: 'required', should: 'recommended', optional: 'required' },
    fromFirstStatus:
      '**{obligation}**: {strength} from status `{status}` on, that is in every status',
    fromStatus: '**{obligation}**: {strength} from status `{status}` on; optional before',
    measure: 'Measure {id}: {title}',
    expected: 'Expected: {type}.',
    standards: 'Kompendium requirement {kompendium} · ISO/IEC 27001:2022 controls: {controls}',
    noControls: 'none listed',
  },
  measure: {
    asks: 'What the measure asks for:',
  },
  controls: {
    annexA: '{id} {title}: `{relationship}` Grundschutz++ {controls}',
    noMapping: '{id} {title}: no Grundschutz++ mapping',
    grundschutz: 'Grundschutz++: {controls}',
    more: 'and {count} more, see `outsourcing-policy explain {measure}`',
    source:
      "_Measure → Annex A: this project's judgement; Annex A → Grundschutz++: BSI mapping collection {version}; titles as published by the BSI, in German. {attribution}_",
  },
  finding: {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    rule: 'Rule {link}',
    measure: ' · measure {measure}',
  },
  reference: {
    label: {
      name: 'Name',
      role: 'Role',
      party: 'Party',
      email: 'E-mail',
      phone: 'Phone',
      country: 'Country',
      type: 'Type',
      service: 'Service',
      contact: 'Contact',
      scope: 'Scope',
      allowed: 'May receive',
      title: 'Title',
      status: 'Status',
      file: 'File',
      scheme: 'Scheme',
    },
    unreachable: 'No e-mail address or phone number is recorded.',
    level: 'Level {rank} of {count}, from lowest to highest',
    undefinedInEngagement: 'No {kind} with this id is defined in the engagement.',
    undefinedInWorkspace: 'No {kind} with this id is defined in the workspace.',
  },
} as const;
