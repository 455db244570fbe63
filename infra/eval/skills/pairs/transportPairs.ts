import { pairsOf, type SkillPair } from '../skillPair';

/** Transport and logistics offers (infra/eval/offers/transportOffers.ts). */
export const transportPairs: SkillPair[] = [
  // log-pl
  ...pairsOf(
    'Conduite de poids lourd',
    [
      ['conduite PL'],
      ['conduite de porteur'],
      ['conduite porteur'],
      ['conduite poids lourd'],
      ['semi-remorque'],
      ['livraison en semi'],
      ['permis C obtenu récemment', 'holds the HGV licence'],
    ],
    [
      ['livraison'],
      ['conduite de véhicule de tourisme', 'VTC: shares the word'],
      ['conduite utilitaire', 'light van'],
      ['conduite de bus', 'passengers, licence D'],
      ['conduite de chariot', 'forklift: shares the word'],
      ['conduite de ligne', 'production line: shares the word'],
      ['conduite de voiture'],
    ],
  ),
  ...pairsOf(
    'Arrimage des charges',
    [['arrimage']],
    [['chargement', 'loading, not securing'], ['manutention'], ['hayon']],
  ),
  ...pairsOf(
    'Utilisation du chronotachygraphe',
    [['chronotachygraphe']],
    [['documents de transport'], ['GPS'], ['longue distance']],
  ),
  // log-cariste
  ...pairsOf(
    'Conduire un chariot élévateur',
    [['conduite de chariot'], ['cariste'], ['chariot élévateur'], ['conduite de chariot élévateur']],
    [
      ['CACES 1', 'category 1 is a rider pallet truck, not a forklift'],
      ['transpalette électrique'],
      ['réparation de chariots élévateurs', 'repairs them, the phrase is not driving'],
      ['conduite PL'],
    ],
  ),
  ...pairsOf(
    'Chargement et déchargement de camions',
    [['chargement de camions'], ['déchargement'], ['chargement'], ['quai', 'dock work is loading trucks']],
    [['manutention', 'broader'], ['réception des livraisons'], ['conduite poids lourd']],
  ),
  ...pairsOf(
    'Gestion des stocks',
    [['gestion de stock'], ['gestion de stock de pièces'], ['logiciel de stock']],
    [
      ['inventaire', 'listed apart by the offer'],
      ['scanner'],
      ['préparation de commandes'],
      ['gestion des cuissons', 'shares the word'],
    ],
  ),
  // log-prepa-nuit
  ...pairsOf(
    'Préparation de commandes',
    [['picking'], ['préparation de colis'], ['préparation', 'warehouse context']],
    [
      ['mise en rayon'],
      ['manutention'],
      ['préparation des repas', 'shares the word'],
      ['préparation des pièces', 'welding: shares the word'],
    ],
  ),
  ...pairsOf(
    'Commande vocale',
    [],
    [
      ['scanner', 'another picking aid'],
      ['picking'],
      ['préparation de commandes', 'the task, not the method'],
      ['relation client au téléphone'],
    ],
  ),
  ...pairsOf(
    'Filmage des palettes',
    [['filmage']],
    [['palettisation', 'building pallets, not wrapping them'], ['emballage'], ['chargement']],
  ),
  // log-livreur
  ...pairsOf(
    'Livraison de colis',
    [
      ['livraisons'],
      ['livraison'],
      ['livraison à vélo', 'another vehicle, same job'],
      ['coursier'],
      ['tournées de livraison'],
    ],
    [
      ['préparation de colis'],
      ['conduite utilitaire'],
      ['livraison en semi', 'HGV freight, not parcels'],
      ['réception des livraisons', 'receiving, not delivering'],
    ],
  ),
  ...pairsOf(
    'Organisation d’une tournée',
    [['tournée'], ['tournées de livraison']],
    [['conduite en ville'], ['GPS'], ['application de livraison']],
  ),
  ...pairsOf(
    'Relation client',
    [['accueil client'], ['accueil des clients'], ['relation client au téléphone']],
    [['ponctualité'], ['prospection', 'sales'], ['négociation']],
  ),
  // log-bus
  ...pairsOf(
    'Conduite de bus',
    [['conduite d’autocar'], ['conduite de car'], ['transport scolaire', 'school bus driving']],
    [['conduite de voiture'], ['conduite poids lourd'], ['vente de titres'], ['conduite de véhicule de tourisme']],
  ),
  ...pairsOf(
    'Accueil des voyageurs',
    [['accueil client']],
    [['vente de titres'], ['transport scolaire'], ['bagagerie']],
  ),
  ...pairsOf(
    'Sécurité des passagers',
    [],
    [
      ['transport scolaire'],
      ['sécurité', 'security guard'],
      ['sécurité incendie'],
      ['conduite de bus'],
      ['surveillance'],
    ],
  ),
  // log-manut
  ...pairsOf(
    'Manutention de colis',
    [['manutention'], ['porter des cartons'], ['manutention sur chantier', 'manual handling elsewhere']],
    [['tri de colis', 'listed apart by the offer'], ['ranger'], ['préparation de commandes']],
  ),
  ...pairsOf(
    'Tri et étiquetage',
    [['tri de colis'], ['étiquetage']],
    [['tri de pièces', 'quality sorting in a factory'], ['tri du linge'], ['mise en carton'], ['conditionnement']],
  ),
  ...pairsOf(
    'Réception de marchandises',
    [['réception marchandises'], ['réception des livraisons']],
    [['déchargement'], ['mise en rayon'], ['gestion des retours']],
  ),
];
