/** The English words around the related controls of a measure (explain, hover, docs, reports). */
export const en = {
  heading: 'Related controls',
  kompendium: 'IT-Grundschutz-Kompendium 2022: {id}',
  annexA: 'ISO/IEC 27001:2022 Annex A',
  annexAFacts: 'ISO/IEC 27001:2022 Annex A: {controls}',
  grundschutz: 'Grundschutz++',
  grundschutzFacts: 'Grundschutz++: {controls}',
  mapsTo: '{relationship} Grundschutz++ (BSI mapping entry {mapUuid}):',
  noMapping: 'no Grundschutz++ mapping',
  notInCatalog: 'not in the catalog version',
  titlesInGerman: 'Grundschutz++ titles as published by the BSI, in German.',
  measureToAnnexA: "Measure → Annex A: this project's judgement.",
  annexAToGrundschutz:
    'Annex A → Grundschutz++: BSI mapping collection "{title}", version {version}; `subset-of` means the Annex A control covers a part of what the Grundschutz++ controls ask, `equivalent-to` the same.',
  more: 'and {count} more, see `outsourcing-policy explain {measure}`',
  reachedBy: 'Measures that reach {id} (via Annex A, BSI mapping):',
  details: 'Titles and sources: `outsourcing-policy explain {measure}`',
} as const;
