import { pairsOf, type SkillPair } from '../skillPair';

/** Automotive and industry offers (infra/eval/offers/industryOffers.ts). */
export const industryPairs: SkillPair[] = [
  // ind-mecano-pl
  ...pairsOf(
    'Diagnostic mécanique',
    [
      ['diagnostic moteur diesel'],
      ['diagnostic avec valise', 'electronic diagnosis tool of garages'],
      ['aide au diagnostic', 'junior level of the same skill'],
    ],
    [['vidanges'], ['hydraulique'], ['dépannage PC', 'IT repair: another trade']],
  ),
  ...pairsOf(
    'Entretien des systèmes de freinage',
    [['freins poids lourds'], ['changement de plaquettes', 'a brake maintenance task'], ['freinage']],
    [['entretien de véhicules', 'broader, does not name brakes'], ['pneus'], ['vidange']],
  ),
  ...pairsOf(
    'Réparation moteur diesel',
    [
      ['moteurs diesel'],
      ['diagnostic moteur diesel', 'diagnosis of the same engines: counted by recruiters'],
      ['réparation de tracteurs', 'tractors are heavy diesel engines'],
      ['mécanique poids lourds', 'the trade includes diesel engines'],
    ],
    [['hydraulique'], ['soudure de dépannage'], ['réparation d’ordinateurs', 'repair of another thing']],
  ),
  // ind-soudeur
  ...pairsOf(
    'Soudage MAG',
    [['soudure MAG'], ['soudage MIG MAG'], ['soudage semi-automatique', 'MAG is semi-automatic welding']],
    [
      ['soudage TIG', 'another process: recruiters tell them apart'],
      ['pointage à la soudure', 'tack welding only'],
      ['soudure à l’arc', 'usually stick (MMA) welding'],
      ['aide au soudage'],
      ['meulage'],
      ['soudure cuivre', 'plumber’s brazing: shares the word'],
      ['brasure'],
    ],
  ),
  ...pairsOf(
    'Lecture de plans',
    [['lecture de plan']],
    [['chaudronnerie'], ['préparation des pièces'], ['maçonnerie']],
  ),
  ...pairsOf(
    'Contrôle visuel des soudures',
    [['contrôle des soudures']],
    [['meulage'], ['soudage TIG'], ['contrôle des accès', 'security: shares the word']],
  ),
  // ind-ligne-alim
  ...pairsOf(
    'Conduite de ligne de production',
    [
      ['conduite de ligne'],
      ['pilotage de ligne'],
      ['conduite de machine de conditionnement', 'packaging line: same line work'],
    ],
    [
      ['production agroalimentaire', 'operator in the sector, not driving a line'],
      ['travail en usine alimentaire'],
      ['nettoyage des machines'],
      ['emballage'],
      ['conduite PL', 'truck driving: shares the word'],
    ],
  ),
  ...pairsOf(
    'Respect des règles d’hygiène HACCP',
    [
      ['règles HACCP'],
      ['hygiène alimentaire HACCP'],
      ['HACCP'],
      ['hygiène', 'generic, but written for food-industry people'],
    ],
    [['fabrication du pain'], ['nettoyage des machines'], ['contrôle qualité'], ['consignes de sécurité']],
  ),
  ...pairsOf(
    'Réglage des machines',
    [['réglages machine'], ['changement de format', 'a format changeover is a machine setting']],
    [
      ['gestion des cuissons'],
      ['conduite de machine de conditionnement', 'operating, not setting'],
      ['respect des cadences'],
    ],
  ),
  // ind-montage-auto
  ...pairsOf(
    'Montage de pièces mécaniques',
    [['assemblage de pièces'], ['montage sur chaîne'], ['montage automobile'], ['montage', 'generic, factory context']],
    [
      ['vissage', 'one gesture, listed apart by the offer'],
      ['tri de pièces'],
      ['habile de ses mains'],
      ['montage vidéo', 'video editing: shares the word'],
      ['montage de meubles', 'furniture, not mechanical parts'],
    ],
  ),
  ...pairsOf(
    'Travail à la chaîne',
    [['montage sur chaîne'], ['cadence', 'the pace of line work'], ['respect des cadences']],
    [['travail en équipe'], ['manutention'], ['emballage']],
  ),
  ...pairsOf(
    'Autocontrôle qualité',
    [['autocontrôle'], ['contrôle qualité'], ['contrôle visuel', 'visual check of parts at the station']],
    [['ponctuel'], ['tri de pièces'], ['contrôle propreté', 'cleanliness check in a hotel']],
  ),
  // ind-carrossier
  ...pairsOf(
    'Redressage de tôle',
    [['redressage'], ['débosselage'], ['carrosserie', 'the trade name includes it']],
    [['ponçage'], ['peinture carrosserie'], ['pliage de tôle', 'boilermaking: shares the word']],
  ),
  ...pairsOf(
    'Remplacement d’éléments de carrosserie',
    [['remplacement d’éléments'], ['carrosserie peinture', 'body repairer-painter']],
    [['démontage', 'dismantling only'], ['mécanique auto'], ['entretien courant']],
  ),
  ...pairsOf(
    'Préparation des surfaces avant peinture',
    [['préparation peinture'], ['préparation des surfaces'], ['ponçage'], ['masquage']],
    [['teintes'], ['préparation des murs', 'building walls, not car bodies'], ['peinture intérieure']],
  ),
  // ind-maintenance
  ...pairsOf(
    'Maintenance préventive',
    [['entretien préventif']],
    [['GMAO'], ['changement de roulements'], ['maintenance informatique', 'IT: shares the word']],
  ),
  ...pairsOf(
    'Dépannage mécanique',
    [
      ['dépannage de lignes', 'breakdowns of production lines'],
      ['changement de roulements', 'a mechanical repair'],
      ['mécanique industrielle'],
      ['diagnostic mécanique', 'first step of the repair'],
    ],
    [
      ['dépannage électrique'],
      ['électromécanique', 'broader, mostly electrical'],
      ['dépannage PC', 'IT: shares the word'],
    ],
  ),
  ...pairsOf(
    'Pneumatique',
    [],
    [['hydraulique', 'neighbouring fluid power'], ['automatismes'], ['pneus', 'tyres: shares the root']],
  ),
];
