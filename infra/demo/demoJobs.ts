import type { Sector } from '../../shared/domain/reference/sectors';

/**
 * The recruiting sectors of Passerelle's first territories, each with jobs that employers there
 * post: a ROME appellation, the skills offers ask for, the certifications they require and the
 * physical demands of the work. Demo data only: realistic, not exhaustive.
 */
export interface DemoJob {
  sector: Sector;
  appellationCode: string;
  title: string;
  skills: string[];
  certifications: string[][];
  physicalDemands: string[];
  schedules: string[][];
}

export const demoJobs: DemoJob[] = [
  {
    sector: 'transport_logistics',
    appellationCode: '13132',
    title: 'Conducteur poids lourd',
    skills: ['Conduite de poids lourd', 'Arrimage des charges', 'Chronotachygraphe', 'Livraison en zone urbaine'],
    certifications: [
      ['PERMIS_C', 'FIMO_MARCHANDISES'],
      ['PERMIS_CE', 'FCO_MARCHANDISES'],
    ],
    physicalDemands: ['outdoor_work'],
    schedules: [['day'], ['night'], ['day', 'weekends']],
  },
  {
    sector: 'transport_logistics',
    appellationCode: '11679',
    title: 'Cariste',
    skills: ['Conduite de chariot élévateur', 'Gestion des stocks', 'Chargement et déchargement', 'Inventaire'],
    certifications: [['CACES_R489_3'], ['CACES_R489_1A', 'CACES_R489_3'], ['CACES_R489_5']],
    physicalDemands: ['prolonged_standing'],
    schedules: [['day'], ['shifts']],
  },
  {
    sector: 'transport_logistics',
    appellationCode: '17993',
    title: 'Préparateur de commandes',
    skills: ['Préparation de commandes', 'Lecture de bons de commande', 'Scanner code-barres', 'Emballage'],
    certifications: [[], ['CACES_R485_1']],
    physicalDemands: ['heavy_lifting', 'prolonged_standing', 'repetitive_motion'],
    schedules: [['day'], ['shifts'], ['night']],
  },
  {
    sector: 'transport_logistics',
    appellationCode: '11999',
    title: 'Chauffeur-livreur',
    skills: ['Livraison de colis', 'Relation client', 'Optimisation de tournée'],
    certifications: [['PERMIS_B']],
    physicalDemands: ['heavy_lifting', 'outdoor_work'],
    schedules: [['day'], ['day', 'weekends']],
  },
  {
    sector: 'construction',
    appellationCode: '16250',
    title: 'Maçon',
    skills: ['Maçonnerie', 'Lecture de plans', 'Coffrage', 'Pose de parpaings'],
    certifications: [[], ['SST']],
    physicalDemands: ['heavy_lifting', 'outdoor_work', 'work_at_height'],
    schedules: [['day']],
  },
  {
    sector: 'construction',
    appellationCode: '14635',
    title: 'Électricien du bâtiment',
    skills: ['Installation électrique', 'Lecture de schémas', 'Tirage de câbles', 'Mise en conformité'],
    certifications: [['HABILITATION_B1V', 'HABILITATION_BR'], ['HABILITATION_B1V']],
    physicalDemands: ['work_at_height'],
    schedules: [['day']],
  },
  {
    sector: 'construction',
    appellationCode: '17837',
    title: 'Plombier chauffagiste',
    skills: ['Plomberie', 'Soudure cuivre', 'Installation sanitaire', 'Dépannage'],
    certifications: [[], ['PERMIS_B']],
    physicalDemands: ['heavy_lifting'],
    schedules: [['day']],
  },
  {
    sector: 'construction',
    appellationCode: '17619',
    title: 'Peintre en bâtiment',
    skills: ['Préparation des supports', 'Peinture', 'Pose de revêtements muraux'],
    certifications: [[]],
    physicalDemands: ['work_at_height', 'prolonged_standing'],
    schedules: [['day']],
  },
  {
    sector: 'industry',
    appellationCode: '16829',
    title: 'Monteur en ligne automobile',
    skills: ['Montage mécanique', 'Lecture de gammes', 'Contrôle qualité', 'Visseuse pneumatique'],
    certifications: [[]],
    physicalDemands: ['repetitive_motion', 'prolonged_standing', 'noisy_environment'],
    schedules: [['shifts'], ['day']],
  },
  {
    sector: 'industry',
    appellationCode: '19459',
    title: 'Soudeur semi-automatique',
    skills: ['Soudure MIG MAG', 'Lecture de plans', 'Meulage', 'Contrôle des soudures'],
    certifications: [[]],
    physicalDemands: ['noisy_environment', 'prolonged_standing'],
    schedules: [['day'], ['shifts']],
  },
  {
    sector: 'industry',
    appellationCode: '16446',
    title: 'Mécanicien automobile',
    skills: ['Diagnostic électronique', 'Entretien des véhicules', 'Freinage', 'Distribution'],
    certifications: [['PERMIS_B']],
    physicalDemands: ['prolonged_standing'],
    schedules: [['day']],
  },
  {
    sector: 'industry',
    appellationCode: '17072',
    title: 'Opérateur de conditionnement',
    skills: ['Conditionnement', 'Respect des règles d’hygiène', 'Contrôle visuel'],
    certifications: [[]],
    physicalDemands: ['repetitive_motion', 'prolonged_standing'],
    schedules: [['shifts'], ['night']],
  },
  {
    sector: 'home_services',
    appellationCode: '11453',
    title: 'Auxiliaire de vie',
    skills: ['Aide à la toilette', 'Préparation des repas', 'Accompagnement des personnes âgées', 'Transferts'],
    certifications: [['PERMIS_B'], []],
    physicalDemands: ['heavy_lifting'],
    schedules: [['day'], ['day', 'weekends']],
  },
  {
    sector: 'home_services',
    appellationCode: '10857',
    title: 'Aide ménager à domicile',
    skills: ['Entretien du logement', 'Repassage', 'Courses'],
    certifications: [[]],
    physicalDemands: ['prolonged_standing'],
    schedules: [['day']],
  },
  {
    sector: 'home_services',
    appellationCode: '15196',
    title: 'Garde d’enfants à domicile',
    skills: ['Garde d’enfants', 'Aide aux devoirs', 'Préparation des repas'],
    certifications: [['SST'], []],
    physicalDemands: [],
    schedules: [['day']],
  },
  {
    sector: 'digital',
    appellationCode: '14156',
    title: 'Développeur web',
    skills: ['JavaScript', 'HTML CSS', 'SQL', 'Git', 'React'],
    certifications: [[]],
    physicalDemands: [],
    schedules: [['day']],
  },
  {
    sector: 'digital',
    appellationCode: '10497',
    title: 'Technicien de maintenance informatique',
    skills: ['Installation de postes', 'Support utilisateurs', 'Réseaux', 'Windows'],
    certifications: [['PERMIS_B'], []],
    physicalDemands: [],
    schedules: [['day']],
  },
  {
    sector: 'digital',
    appellationCode: '19981',
    title: 'Technicien d’exploitation informatique',
    skills: ['Supervision', 'Linux', 'Sauvegardes', 'Scripts shell'],
    certifications: [[]],
    physicalDemands: [],
    schedules: [['day'], ['shifts']],
  },
];
