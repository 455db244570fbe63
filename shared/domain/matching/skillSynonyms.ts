import { contentStems, stemsMatch } from '../text/frenchWords';

/**
 * Ways advisers and employers in France write one skill, each mapped to one canonical phrasing.
 * Stemming joins "conduite" and "conduire"; only this table knows that a "cariste" drives a
 * forklift or that "la plonge" is washing the dishes.
 *
 * This table is a product decision, not a technical one: extend it as the recruiting teams meet new
 * wordings (the skills that advisers write and no offer matches are where to look). A canonical
 * phrase keeps the specific word when there is one ("TIG" becomes "soudure TIG", "Excel" becomes
 * "bureautique Excel"), so that related skills match and distinct ones (TIG and MIG, Excel and
 * Word) stay apart.
 */
export interface SynonymEntry {
  readonly canonical: string;
  readonly variants: readonly string[];
}

const transportAndLogistics: readonly SynonymEntry[] = [
  {
    canonical: 'préparation de commandes',
    variants: ['picking', 'order picking', 'préparateur de commandes', 'préparatrice de commandes'],
  },
  {
    canonical: 'conduite de chariot élévateur',
    variants: ['cariste', 'fenwick', 'caces r489', 'caces 1 3 5'],
  },
  { canonical: 'conduite', variants: ['conducteur', 'conductrice', 'chauffeur', 'chauffeuse', 'pilotage'] },
  { canonical: 'port de charges', variants: ['manutention', 'manutention manuelle', 'manutentionnaire'] },
  // Not "charger" alone: it would rewrite the "charges" of "port de charges".
  { canonical: 'chargement et déchargement', variants: ['déchargement', 'décharger'] },
  { canonical: 'transpalette', variants: ['tire-palette', 'tire-pal'] },
  { canonical: 'scanner', variants: ['douchette', 'lecteur de codes-barres', 'terminal radiofréquence'] },
  { canonical: 'gestion des stocks', variants: ['suivi des stocks', 'tenue des stocks'] },
  { canonical: 'livraison', variants: ['livreur', 'livreuse'] },
  { canonical: 'conditionnement', variants: ['emballage', 'empaquetage', 'ensachage', 'filmage', 'mise en carton'] },
  { canonical: 'poids lourd', variants: ['pl', 'camion porteur'] },
  { canonical: 'logistique', variants: ['supply chain'] },
  { canonical: 'personnes à mobilité réduite', variants: ['pmr', 'tpmr'] },
];

const industryAndAutomotive: readonly SynonymEntry[] = [
  { canonical: 'soudure', variants: ['soudage', 'soudeur', 'soudeuse'] },
  { canonical: 'soudure TIG', variants: ['tig'] },
  { canonical: 'soudure MIG', variants: ['mig'] },
  { canonical: 'soudure MAG', variants: ['mag'] },
  { canonical: 'soudure à l’arc', variants: ['électrode enrobée', 'mma'] },
  {
    canonical: 'lecture de plans',
    variants: ['lire un plan', 'déchiffrer un plan', 'lecture de dessins techniques', 'lire un dessin technique'],
  },
  { canonical: 'commande numérique', variants: ['cnc', 'cn', 'machine à commande numérique'] },
  { canonical: 'maintenance préventive', variants: ['entretien préventif'] },
  { canonical: 'maintenance des véhicules', variants: ['entretien des véhicules', 'entretien automobile'] },
  { canonical: 'maintenance industrielle', variants: ['entretien mécanique', 'dépannage industriel'] },
  { canonical: 'conduite de machines', variants: ['réglage de machines', 'surveillance de machines'] },
  { canonical: 'travail à la chaîne', variants: ['travail en ligne de production', 'production en série'] },
  { canonical: 'équipements de protection individuelle', variants: ['epi'] },
  { canonical: 'gestes et postures', variants: ['prap'] },
  { canonical: 'secourisme', variants: ['sst', 'sauveteur secouriste du travail', 'premiers secours', 'psc1'] },
  { canonical: 'règles de sécurité', variants: ['consignes de sécurité', 'normes de sécurité'] },
];

const construction: readonly SynonymEntry[] = [
  { canonical: 'peinture', variants: ['peindre', 'peintre'] },
  {
    canonical: 'pose de plaques de plâtre',
    variants: ['plaquiste', 'placo', 'placoplâtre', 'cloisons sèches', 'plâtrerie sèche'],
  },
  {
    canonical: 'conduite d’engins de chantier',
    variants: ['engins de chantier', 'pelleteuse', 'pelle hydraulique', 'mini-pelle', 'tractopelle'],
  },
  { canonical: 'voirie et réseaux divers', variants: ['vrd'] },
  { canonical: 'bâtiment et travaux publics', variants: ['btp'] },
  { canonical: 'gros œuvre', variants: ['gros-oeuvre'] },
  { canonical: 'montage d’échafaudages', variants: ['échafaudage', 'échafaudeur'] },
];

const digital: readonly SynonymEntry[] = [
  {
    canonical: 'support utilisateurs',
    variants: [
      'helpdesk',
      'help desk',
      'hotline',
      'service desk',
      'assistance aux utilisateurs',
      'assistance informatique',
      'support technique',
    ],
  },
  { canonical: 'développement', variants: ['dev'] },
  { canonical: 'développement front-end', variants: ['frontend', 'front end'] },
  { canonical: 'développement back-end', variants: ['backend', 'back end'] },
  { canonical: 'javascript', variants: ['js'] },
  { canonical: 'typescript', variants: ['ts'] },
  // Written with "javascript" because "js" in "node.js" is itself rewritten.
  { canonical: 'node javascript', variants: ['nodejs', 'node.js'] },
  { canonical: 'base de données', variants: ['bdd'] },
  { canonical: 'bureautique', variants: ['pack office', 'suite office', 'microsoft office', 'ms office'] },
  { canonical: 'bureautique Excel', variants: ['excel', 'tableur'] },
  { canonical: 'bureautique Word', variants: ['word', 'traitement de texte'] },
  { canonical: 'saisie de données', variants: ['saisie informatique', 'encodage de données'] },
  {
    canonical: 'cybersécurité',
    variants: ['sécurité informatique', 'cyber sécurité', 'sécurité des systèmes d’information'],
  },
  { canonical: 'référencement naturel', variants: ['seo'] },
  { canonical: 'gestion de projet', variants: ['conduite de projet', 'pilotage de projet', 'chef de projet'] },
  { canonical: 'maintenance informatique', variants: ['dépannage informatique', 'réparation informatique'] },
  { canonical: 'gestion des réseaux sociaux', variants: ['community management', 'community manager'] },
  { canonical: 'test logiciel', variants: ['recette logicielle', 'qa'] },
  { canonical: 'programmation', variants: ['codage'] },
];

const homeServicesAndCleaning: readonly SynonymEntry[] = [
  {
    canonical: 'nettoyage',
    variants: ['ménage', 'faire le ménage', 'entretien ménager', 'propreté', 'aide ménagère'],
  },
  {
    canonical: 'nettoyage des locaux',
    variants: ['entretien des locaux', 'nettoyage de bureaux', 'entretien de bureaux'],
  },
  {
    canonical: 'nettoyage des sols',
    variants: ['entretien des sols', 'lavage des sols', 'lavage à plat', 'balayage humide'],
  },
  { canonical: 'autolaveuse', variants: ['auto-laveuse', 'machine de lavage des sols'] },
  { canonical: 'monobrosse', variants: ['mono-brosse'] },
  {
    canonical: 'nettoyage des sanitaires',
    variants: ['entretien des sanitaires', 'nettoyage des toilettes', 'entretien des toilettes', 'wc'],
  },
  {
    canonical: 'nettoyage des vitres',
    variants: ['vitrerie', 'vitres', 'lavage des vitres', 'laveur de vitres', 'carreaux'],
  },
  {
    canonical: 'lavage de la vaisselle',
    variants: ['plonge', 'plongeur', 'plongeuse', 'vaisselle', 'faire la vaisselle'],
  },
  {
    canonical: 'entretien du linge',
    variants: ['repassage', 'repasser', 'linge', 'lavage du linge', 'blanchisserie', 'lingerie'],
  },
  {
    canonical: 'hygiène corporelle',
    variants: ['toilette', 'aide à la toilette', 'soins d’hygiène', 'aide à l’hygiène'],
  },
  {
    canonical: 'hygiène alimentaire',
    variants: ['haccp', 'hygiène et sécurité alimentaire', 'sécurité alimentaire'],
  },
  { canonical: 'préparation des repas', variants: ['aide aux repas', 'cuisine familiale', 'confection des repas'] },
  { canonical: 'aide à domicile', variants: ['auxiliaire de vie', 'avs', 'maintien à domicile'] },
  { canonical: 'garde d’enfants', variants: ['baby-sitting', 'babysitting', 'nounou'] },
  {
    canonical: 'entretien des espaces verts',
    variants: ['jardinage', 'jardinier', 'tonte de pelouse', 'taille de haies'],
  },
];

/** The whole table, read by its tests (each variant must come out as its canonical phrase). */
export const skillSynonyms: readonly SynonymEntry[] = [
  ...transportAndLogistics,
  ...industryAndAutomotive,
  ...construction,
  ...digital,
  ...homeServicesAndCleaning,
];

interface Rewrite {
  readonly variant: readonly string[];
  readonly canonical: readonly string[];
}

/**
 * The table in stems, longest variant first: at each place of a phrase the most specific wording
 * wins ("machine de lavage des sols" before "lavage des sols"). Sorting is stable, so among equally
 * long variants the table's order decides, and the result never depends on anything else.
 */
function compileRewrites(table: readonly SynonymEntry[]): readonly Rewrite[] {
  const rewrites = table.flatMap(({ canonical, variants }) =>
    variants.map((variant) => {
      const stems = contentStems(variant);
      // A variant of stop words only would match everywhere: refuse it when the module loads.
      if (stems.length === 0) throw new Error(`Skill synonym "${variant}" has no content word`);
      return { variant: stems, canonical: contentStems(canonical) };
    }),
  );
  return rewrites.sort((a, b) => b.variant.length - a.variant.length);
}

/**
 * Two stems can match only when equal or when they share their first 4 characters (see
 * stemsMatch), so the rewrites are filed under that start: a phrase looks at a handful of them
 * rather than the whole table.
 */
function startOf(stem: string): string {
  return stem.length < 4 ? stem : stem.slice(0, 4);
}

function indexRewrites(all: readonly Rewrite[]): ReadonlyMap<string, readonly Rewrite[]> {
  const index = new Map<string, Rewrite[]>();
  for (const rewrite of all) {
    const key = startOf(rewrite.variant[0] ?? '');
    const filed = index.get(key);
    if (filed) filed.push(rewrite);
    else index.set(key, [rewrite]);
  }
  return index;
}

const rewritesByStart = indexRewrites(compileRewrites(skillSynonyms));

function matchesAt(stems: readonly string[], start: number, variant: readonly string[]): boolean {
  if (start + variant.length > stems.length) return false;
  return variant.every((stem, offset) => stemsMatch(stems[start + offset] ?? '', stem));
}

function rewriteAt(stems: readonly string[], position: number): Rewrite | undefined {
  const filed = rewritesByStart.get(startOf(stems[position] ?? ''));
  return filed?.find(({ variant }) => matchesAt(stems, position, variant));
}

/**
 * A phrase's content stems with every known variant replaced by its canonical stems, read left to
 * right; a canonical phrase is not rewritten again. Working on stems rather than on raw text lets
 * one variant cover its plurals, accents and articles ("lire un plan", "lire les plans").
 */
export function canonicalStems(stems: readonly string[]): string[] {
  const result: string[] = [];
  let position = 0;
  while (position < stems.length) {
    const rewrite = rewriteAt(stems, position);
    if (rewrite) {
      result.push(...rewrite.canonical);
      position += rewrite.variant.length;
    } else {
      result.push(stems[position] ?? '');
      position += 1;
    }
  }
  return result;
}
