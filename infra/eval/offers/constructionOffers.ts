import { offer } from '../buildEntries';

/** Construction (BTP) and green spaces. */
export const constructionOffers = [
  offer('btp-macon', 'construction', {
    title: 'Maçon en maisons individuelles (H/F)',
    job: '16250',
    commune: '62498',
    description:
      'Entreprise de construction du bassin minier : élévation de murs en parpaings, coffrage, coulage de dalles, lecture de plans. Chantiers autour de Lens.',
    requiredSkills: ['Montage de murs en parpaings', 'Coffrage et coulage de béton', 'Lecture de plans'],
    optionalSkills: ['Pose de linteaux'],
    minQualificationLevel: 3,
    minExperienceMonths: 12,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
    physicalDemands: ['heavy_lifting', 'outdoor_work'],
  }),
  offer('btp-manoeuvre', 'construction', {
    title: 'Manoeuvre de chantier en insertion (H/F)',
    job: '16352',
    commune: '59512',
    description:
      'Entreprise d’insertion du BTP à Roubaix : approvisionnement des postes, préparation et nettoyage du chantier, aide aux compagnons. Accompagnement socio-professionnel et formation pendant le contrat.',
    requiredSkills: ['Approvisionnement du chantier', 'Nettoyage du chantier', 'Port de charges'],
    optionalSkills: ['Gâchage du mortier'],
    contractType: 'cddi',
    durationMonths: 12,
    weeklyHours: 26,
    schedules: ['day'],
    trainingBeforeHiring: true,
    physicalDemands: ['heavy_lifting', 'outdoor_work'],
  }),
  offer('btp-paysagiste', 'construction', {
    title: 'Ouvrier paysagiste (H/F)',
    job: '17515',
    commune: '59009',
    description:
      'Entreprise du paysage à Villeneuve-d’Ascq : création et entretien de jardins et d’espaces verts, plantations, tonte, taille de haies, petite maçonnerie paysagère. Permis B exigé pour conduire le camion de l’équipe.',
    requiredSkills: ['Entretien des espaces verts', 'Plantation', 'Utilisation de matériel motorisé'],
    optionalSkills: ['Pose de pavés', 'Taille de haies'],
    requiredCertifications: ['PERMIS_B'],
    contractType: 'cdd',
    durationMonths: 6,
    weeklyHours: 35,
    schedules: ['day'],
    physicalDemands: ['outdoor_work'],
  }),
  offer('btp-electricien', 'construction', {
    title: 'Électricien du bâtiment (H/F)',
    job: '14635',
    commune: '94068',
    description:
      'Électricité générale en rénovation de logements à Saint-Maur-des-Fossés : passage de gaines, pose d’appareillage, raccordement de tableaux, mise en conformité.',
    requiredSkills: [
      'Pose d’appareillage électrique',
      'Raccordement de tableau électrique',
      'Lecture de schémas électriques',
    ],
    optionalSkills: ['Domotique'],
    minQualificationLevel: 3,
    minExperienceMonths: 12,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
  }),
  offer('btp-peintre', 'construction', {
    title: 'Peintre en bâtiment (H/F)',
    job: '17619',
    commune: '59599',
    description:
      'Mission d’intérim à Tourcoing : préparation des supports, enduits, ponçage, peinture intérieure de logements sociaux, pose de revêtements muraux.',
    requiredSkills: ['Préparation des supports', 'Application d’enduits', 'Peinture au rouleau'],
    optionalSkills: ['Pose de papier peint', 'Pose de toile de verre'],
    contractType: 'interim',
    weeklyHours: 35,
    schedules: ['day'],
  }),
  offer('btp-plombier', 'construction', {
    title: 'Aide plombier en contrat de professionnalisation (H/F)',
    job: '38414',
    commune: '94017',
    description:
      'Entreprise de plomberie-chauffage de Champigny-sur-Marne : vous secondez le plombier sur les chantiers de rénovation, pose de sanitaires, raccordements cuivre et PER. Formation en alternance.',
    requiredSkills: ['Pose de sanitaires', 'Raccordement de canalisations', 'Utilisation de l’outillage'],
    optionalSkills: ['Soudure cuivre'],
    contractType: 'professionalisation',
    durationMonths: 12,
    weeklyHours: 35,
    schedules: ['day'],
    trainingBeforeHiring: true,
  }),
];
