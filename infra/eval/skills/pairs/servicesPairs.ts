import { pairsOf, type SkillPair } from '../skillPair';

/** Cleaning and home-services offers (infra/eval/offers/servicesOffers.ts). */
export const servicesPairs: SkillPair[] = [
  // srv-proprete-bureaux, srv-proprete-collectivite
  ...pairsOf(
    'Entretien des sols',
    [['lavage des sols'], ['entretien des locaux', 'premises cleaning includes floors'], ['ménage'], ['balayage']],
    [
      ['autolaveuse', 'listed apart by the offer'],
      ['vitres'],
      ['repassage'],
      ['entretien espaces verts', 'shares the word'],
      ['entretien de véhicules', 'shares the word'],
      ['surveillance', 'security agent'],
      ['rondes'],
      ['nettoyage des écoles', 'broader, does not name floors'],
      ['propreté urbaine'],
    ],
  ),
  ...pairsOf(
    'Nettoyage des sanitaires',
    [['sanitaires', 'written by cleaners']],
    [
      ['nettoyage des bureaux', 'broader, does not name them'],
      ['plonge'],
      ['pose de sanitaires', 'plumbing: shares the word'],
      ['rondes'],
      ['nettoyage du réfectoire'],
    ],
  ),
  ...pairsOf(
    'Respect des protocoles d’hygiène',
    [
      ['protocoles d’hygiène'],
      ['hygiène'],
      ['désinfection', 'applies hygiene protocols'],
      ['règles HACCP', 'a hygiene protocol'],
    ],
    [['nettoyage de la cuisine'], ['surveillance'], ['consignes de sécurité', 'safety, not hygiene']],
  ),
  // srv-nettoyage-indus
  ...pairsOf(
    'Nettoyage haute pression',
    [['Kärcher', 'the brand of high-pressure washer']],
    [
      ['nettoyage des lignes', 'does not name the method'],
      ['autolaveuse'],
      ['nettoyage industriel', 'broader'],
      ['blanchisserie'],
    ],
  ),
  ...pairsOf(
    'Désinfection des équipements',
    [
      ['désinfection'],
      ['nettoyage des machines', 'food plants: cleaning includes disinfection'],
      ['nettoyage des lignes'],
    ],
    [['produits chimiques'], ['soins d’hygiène', 'personal care'], ['tri du linge']],
  ),
  ...pairsOf(
    'Respect des consignes de sécurité',
    [['consignes de sécurité']],
    [
      ['sécurité', 'security guard'],
      ['sécurité incendie'],
      ['produits chimiques'],
      ['gardiennage de site industriel'],
      ['HACCP'],
      ['contrôle d’accès'],
    ],
  ),
  // srv-aide-domicile
  ...pairsOf(
    'Entretien du logement',
    [['ménage'], ['ménage chez les particuliers'], ['entretien des locaux', 'same gestures']],
    [['repassage'], ['courses'], ['aide au quotidien', 'broader'], ['entretien de véhicules', 'shares the word']],
  ),
  ...pairsOf(
    'Préparation des repas',
    [['repas'], ['cuisine en collectivité'], ['préparation des repas en collectivité'], ['cuisine traditionnelle']],
    [
      ['service des repas en EHPAD', 'serving, not cooking'],
      ['préparation de commandes', 'shares the word'],
      ['aide aux repas', 'helping someone eat'],
      ['courses'],
    ],
  ),
  ...pairsOf(
    'Accompagnement des personnes âgées',
    [
      ['accompagnement personnes âgées'],
      ['compagnie'],
      ['aide à domicile', 'home help is with elderly people'],
      ['accompagnement de personnes dépendantes'],
      ['aide au quotidien'],
    ],
    [['garde d’enfants'], ['service des repas en EHPAD'], ['accueil des voyageurs']],
  ),
  // srv-auxvie
  ...pairsOf(
    'Aide à la toilette',
    [['toilette'], ['soins d’hygiène']],
    [['toilette des enfants', 'children, not dependent adults'], ['transferts'], ['aide à domicile'], ['sanitaires']],
  ),
  ...pairsOf(
    'Aide aux repas',
    [['repas'], ['service des repas en EHPAD', 'serving elderly people their meals']],
    [['préparation des repas', 'cooking, not helping to eat'], ['courses'], ['cuisine en collectivité']],
  ),
  ...pairsOf(
    'Accompagnement de personnes dépendantes',
    [['accompagnement personnes âgées'], ['aide à domicile'], ['auxiliaire de vie', 'the job title includes it']],
    [['transferts', 'one care act'], ['garde d’enfants'], ['accueil des mécaniciens']],
  ),
  // srv-menage-hotel
  ...pairsOf(
    'Nettoyage des chambres',
    [
      ['ménage des chambres'],
      ['femme de chambre'],
      ['ménage hôtel'],
      ['ménage chez les particuliers', 'same gestures'],
    ],
    [
      ['nettoyage de bureaux', 'offices, no beds'],
      ['réassort'],
      ['bagagerie'],
      ['accueil des clients', 'hotel concierge'],
    ],
  ),
  ...pairsOf(
    'Changement du linge',
    [['changement des draps'], ['linge'], ['lits']],
    [['pliage du linge', 'laundry, not rooms'], ['blanchisserie'], ['repassage'], ['tri du linge']],
  ),
  // srv-proprete-collectivite
  ...pairsOf(
    'Désinfection des surfaces',
    [['désinfection']],
    [['nettoyage des écoles', 'broader'], ['cantine scolaire'], ['contrôle des accès'], ['balayage']],
  ),
];
