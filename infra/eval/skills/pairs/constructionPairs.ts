import { pairsOf, type SkillPair } from '../skillPair';

/** Construction and green-space offers (infra/eval/offers/constructionOffers.ts). */
export const constructionPairs: SkillPair[] = [
  // btp-macon
  ...pairsOf(
    'Montage de murs en parpaings',
    [['maçonnerie parpaing'], ['montage de murs'], ['montage de parpaings'], ['maçonnerie', 'the trade includes it']],
    [
      ['aide maçon', 'a job title, not the gesture'],
      ['gâchage'],
      ['démolition'],
      ['enduits'],
      ['montage de meubles', 'shares the word'],
    ],
  ),
  ...pairsOf(
    'Coffrage et coulage de béton',
    [['coffrage'], ['coffrage bois'], ['coulage béton'], ['dalles béton']],
    [['ferraillage', 'rebar: next to it, not it'], ['gâchage'], ['rénovation']],
  ),
  // btp-manoeuvre
  ...pairsOf(
    'Approvisionnement du chantier',
    [['manutention sur chantier', 'moving materials to the posts']],
    [
      ['aider les ouvriers', 'general help, does not name supplying'],
      ['aide sur chantier'],
      ['porter des charges'],
      ['surveillance de chantier', 'security: shares the word'],
    ],
  ),
  ...pairsOf(
    'Nettoyage du chantier',
    [
      ['nettoyer le chantier'],
      ['nettoyage de chantier'],
      ['évacuation des gravats', 'clearing rubble is site cleaning'],
      ['nettoyage', 'generic cleaning'],
    ],
    [['démolition'], ['ramassage des feuilles'], ['surveillance de chantier']],
  ),
  ...pairsOf(
    'Port de charges',
    [
      ['porter des charges'],
      ['manutention'],
      ['costaud', 'a trait, but it is what is asked'],
      ['port de meubles'],
      ['porter des cartons'],
    ],
    [['monter des échafaudages'], ['motivé'], ['rondes']],
  ),
  // btp-paysagiste
  ...pairsOf(
    'Entretien des espaces verts',
    [
      ['entretien espaces verts'],
      ['entretien de jardins'],
      ['espaces verts'],
      ['paysagisme'],
      ['tonte', 'a core task of it'],
      ['débroussaillage'],
    ],
    [['maraîchage'], ['travail en extérieur'], ['entretien des locaux', 'premises: shares the word']],
  ),
  ...pairsOf(
    'Plantation',
    [['plantations'], ['création de massifs']],
    [['semis', 'sowing crops'], ['arrosage'], ['récolte'], ['taille de la vigne']],
  ),
  ...pairsOf(
    'Utilisation de matériel motorisé',
    [['débroussailleuse'], ['souffleur'], ['tonte', 'done with a mower']],
    [
      ['arrosage automatique'],
      ['ramassage des déchets'],
      ['conduite de chariot', 'motorised, but not green-space equipment'],
    ],
  ),
  // btp-electricien
  ...pairsOf(
    'Pose d’appareillage électrique',
    [
      ['pose d’appareillage'],
      ['pose de prises et interrupteurs'],
      ['pose de luminaires'],
      ['électricité', 'the trade, for an electrician'],
    ],
    [['câblage'], ['tirage de câbles'], ['pose de sanitaires', 'shares the word']],
  ),
  ...pairsOf(
    'Raccordement de tableau électrique',
    [['tableau électrique']],
    [
      ['raccordement', 'network connection here, not a panel'],
      ['câblage'],
      ['mise en conformité'],
      ['dépannage électrique'],
      ['raccordements', 'plumbing connections'],
    ],
  ),
  ...pairsOf(
    'Lecture de schémas électriques',
    [['lecture de schémas']],
    [['électricité'], ['passage de gaines'], ['lecture de plans', 'building plans, not wiring diagrams']],
  ),
  // btp-peintre
  ...pairsOf(
    'Préparation des supports',
    [['préparation des murs'], ['ponçage'], ['rebouchage']],
    [['papier peint'], ['peinture carrosserie'], ['préparation des surfaces', 'car bodies in a body shop']],
  ),
  ...pairsOf(
    'Application d’enduits',
    [['enduits'], ['enduits extérieurs']],
    [['rebouchage', 'a small part of it'], ['toile de verre'], ['ravalement de façade']],
  ),
  ...pairsOf(
    'Peinture au rouleau',
    [['peinture intérieure'], ['peinture'], ['peinture décorative']],
    [['peinture carrosserie', 'car painting: spray gun, another trade'], ['vernis'], ['pose de revêtements muraux']],
  ),
  // btp-plombier
  ...pairsOf(
    'Pose de sanitaires',
    [['pose de lavabos'], ['sanitaires', 'written by a plumbing beginner'], ['plomberie']],
    [['pose de cuisines'], ['chauffage'], ['soudure cuivre'], ['nettoyage des bureaux']],
  ),
  ...pairsOf(
    'Raccordement de canalisations',
    [['raccordements'], ['plomberie']],
    [
      ['soudure cuivre', 'listed apart by the offer'],
      ['raccordement', 'fibre connection'],
      ['perçage'],
      ['tirage de câbles'],
    ],
  ),
  ...pairsOf(
    'Utilisation de l’outillage',
    [['outillage'], ['bricolage', 'a handy person uses the tools'], ['perçage']],
    [['montage de meubles'], ['habile de ses mains']],
  ),
];
