/**
 * Licences and certifications that offers require and people hold. Codes are stable identifiers
 * stored on offers and profiles; labels are what people read (in explanations of a match too).
 */
export const certificationKinds = ['driving_licence', 'caces', 'electrical_clearance', 'transport', 'safety'] as const;
export type CertificationKind = (typeof certificationKinds)[number];

export interface Certification {
  code: string;
  kind: CertificationKind;
  label: string;
}

const drivingLicences: Certification[] = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
].map((category) => ({ code: `PERMIS_${category}`, kind: 'driving_licence', label: `Permis ${category}` }));

/** CACES: recommendation (R482 site machinery, R489 lift trucks, …) and category. */
const cacesCategories: Record<string, { title: string; categories: string[] }> = {
  R482: { title: 'engins de chantier', categories: ['A', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D', 'E', 'F', 'G'] },
  R483: { title: 'grues mobiles', categories: ['A', 'B'] },
  R484: { title: 'ponts roulants et portiques', categories: ['1', '2'] },
  R485: { title: 'chariots de manutention à conducteur accompagnant', categories: ['1', '2'] },
  R486: { title: 'plates-formes élévatrices mobiles de personnes', categories: ['A', 'B', 'C'] },
  R487: { title: 'grues à tour', categories: ['1', '2', '3'] },
  R489: { title: 'chariots élévateurs', categories: ['1A', '1B', '2A', '2B', '3', '4', '5', '6', '7'] },
  R490: { title: 'grues de chargement', categories: ['standard'] },
};

const caces: Certification[] = Object.entries(cacesCategories).flatMap(([recommendation, { title, categories }]) =>
  categories.map((category) => ({
    code: `CACES_${recommendation}_${category.toUpperCase()}`,
    kind: 'caces' as const,
    label: category === 'standard' ? `CACES ${recommendation} (${title})` : `CACES ${recommendation} cat. ${category}`,
  })),
);

/** Habilitations électriques (NF C18-510). */
const electricalClearances: Certification[] = [
  'B0',
  'H0',
  'H0V',
  'BS',
  'BE',
  'HE',
  'B1',
  'B1V',
  'B2',
  'B2V',
  'BR',
  'BC',
  'H1',
  'H1V',
  'H2',
  'H2V',
  'HC',
].map((level) => ({
  code: `HABILITATION_${level}`,
  kind: 'electrical_clearance',
  label: `Habilitation électrique ${level}`,
}));

const transport: Certification[] = [
  { code: 'FIMO_MARCHANDISES', kind: 'transport', label: 'FIMO marchandises' },
  { code: 'FCO_MARCHANDISES', kind: 'transport', label: 'FCO marchandises' },
  { code: 'FIMO_VOYAGEURS', kind: 'transport', label: 'FIMO voyageurs' },
  { code: 'FCO_VOYAGEURS', kind: 'transport', label: 'FCO voyageurs' },
  { code: 'ADR_BASE', kind: 'transport', label: 'ADR base (matières dangereuses)' },
  { code: 'CARTE_CONDUCTEUR', kind: 'transport', label: 'Carte conducteur (chronotachygraphe)' },
];

const safety: Certification[] = [
  { code: 'SST', kind: 'safety', label: 'Sauveteur secouriste du travail (SST)' },
  { code: 'AIPR_OPERATEUR', kind: 'safety', label: 'AIPR opérateur' },
  { code: 'TRAVAIL_EN_HAUTEUR', kind: 'safety', label: 'Travail en hauteur' },
  { code: 'SSIAP_1', kind: 'safety', label: 'SSIAP 1 (sécurité incendie)' },
];

export const certifications: readonly Certification[] = [
  ...drivingLicences,
  ...caces,
  ...electricalClearances,
  ...transport,
  ...safety,
];

export const certificationsByCode: ReadonlyMap<string, Certification> = new Map(
  certifications.map((certification) => [certification.code, certification]),
);
