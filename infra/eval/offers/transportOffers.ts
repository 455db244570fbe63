import { offer } from '../buildEntries';

/** Transport and logistics: licences and CACES here are legal or insurance requirements. */
export const transportOffers = [
  offer('log-pl', 'transport_logistics', {
    title: 'Conducteur poids lourd régional (H/F)',
    job: '13132',
    commune: '59343',
    description:
      'Transporteur régional basé à Lesquin : livraisons en porteur et semi-remorque dans les Hauts-de-France, retour chaque soir. Chargement, arrimage, documents de transport.',
    requiredSkills: ['Conduite de poids lourd', 'Arrimage des charges', 'Utilisation du chronotachygraphe'],
    optionalSkills: ['Hayon élévateur'],
    requiredCertifications: ['PERMIS_C', 'FIMO_MARCHANDISES', 'CARTE_CONDUCTEUR'],
    contractType: 'cdi',
    weeklyHours: 39,
    schedules: ['day'],
  }),
  offer('log-cariste', 'transport_logistics', {
    title: 'Cariste en entrepôt (H/F)',
    job: '11679',
    commune: '62498',
    description:
      'Plateforme logistique de la grande distribution près de Lens : chargement et déchargement de camions, mise en stock en hauteur, inventaires. Travail en 2x8.',
    requiredSkills: ['Conduire un chariot élévateur', 'Chargement et déchargement de camions', 'Gestion des stocks'],
    optionalSkills: ['Utilisation d’un scanner', 'Inventaire'],
    requiredCertifications: ['CACES_R489_3'],
    contractType: 'interim',
    weeklyHours: 35,
    schedules: ['shifts'],
  }),
  offer('log-prepa-nuit', 'transport_logistics', {
    title: 'Préparateur de commandes de nuit (H/F)',
    job: '17993',
    commune: '94081',
    description:
      'Entrepôt de produits frais à Vitry-sur-Seine : préparation de commandes à la commande vocale, de 22 h à 5 h, filmage des palettes, chargement des camions de livraison du matin.',
    requiredSkills: ['Préparation de commandes', 'Commande vocale', 'Filmage des palettes'],
    optionalSkills: ['Transpalette électrique'],
    requiredCertifications: [],
    contractType: 'interim',
    weeklyHours: 35,
    schedules: ['night'],
    physicalDemands: ['heavy_lifting'],
  }),
  offer('log-livreur', 'transport_logistics', {
    title: 'Chauffeur-livreur VL (H/F)',
    job: '11999',
    commune: '94028',
    description:
      'Livraison de colis aux particuliers et aux entreprises en véhicule utilitaire léger, tournées sur le Val-de-Marne au départ de Créteil. Scan, remise en main propre, relation client.',
    requiredSkills: ['Livraison de colis', 'Organisation d’une tournée', 'Relation client'],
    optionalSkills: ['Utilisation d’un terminal de livraison'],
    requiredCertifications: ['PERMIS_B'],
    contractType: 'cdd',
    durationMonths: 6,
    weeklyHours: 35,
    schedules: ['day'],
  }),
  offer('log-bus', 'transport_logistics', {
    title: 'Conducteur de bus urbain (H/F)',
    job: '12896',
    commune: '62193',
    description:
      'Réseau de transport urbain du Calaisis : conduite de bus sur lignes régulières, accueil et information des voyageurs, vente de titres. Services en horaires décalés et week-ends.',
    requiredSkills: ['Conduite de bus', 'Accueil des voyageurs', 'Sécurité des passagers'],
    requiredCertifications: ['PERMIS_D', 'FIMO_VOYAGEURS'],
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['shifts', 'weekends'],
  }),
  offer('log-manut', 'transport_logistics', {
    title: 'Manutentionnaire à temps partiel (H/F)',
    job: '16361',
    commune: '59512',
    description:
      'Atelier de logistique solidaire à Roubaix : réception de marchandises, tri, mise en carton, étiquetage, 26 heures par semaine en matinée. Accompagnement par un encadrant technique.',
    requiredSkills: ['Manutention de colis', 'Tri et étiquetage', 'Réception de marchandises'],
    contractType: 'cddi',
    durationMonths: 8,
    weeklyHours: 26,
    schedules: ['day'],
    trainingBeforeHiring: true,
  }),
];
