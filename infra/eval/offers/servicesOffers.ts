import { offer } from '../buildEntries';

/** Home services and cleaning. */
export const servicesOffers = [
  offer('srv-proprete-bureaux', 'home_services', {
    title: 'Agent de propreté de bureaux (H/F)',
    job: '10571',
    commune: '59350',
    description:
      'Entreprise de propreté lilloise : entretien de bureaux et de parties communes en début de matinée, aspiration, lavage des sols, vidage des corbeilles, sanitaires. 24 heures par semaine.',
    requiredSkills: ['Entretien des sols', 'Nettoyage des sanitaires', 'Respect des protocoles d’hygiène'],
    optionalSkills: ['Utilisation d’une autolaveuse'],
    contractType: 'cdi',
    weeklyHours: 24,
    schedules: ['day'],
  }),
  offer('srv-nettoyage-indus', 'home_services', {
    title: 'Agent de nettoyage industriel (H/F)',
    job: '10537',
    commune: '59183',
    description:
      'Nettoyage de sites industriels agroalimentaires près de Dunkerque : lavage haute pression, désinfection des lignes de production, respect des consignes de sécurité. Horaires postés.',
    requiredSkills: ['Nettoyage haute pression', 'Désinfection des équipements', 'Respect des consignes de sécurité'],
    optionalSkills: ['Utilisation d’une autolaveuse'],
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['shifts'],
    physicalDemands: ['noisy_environment'],
  }),
  offer('srv-aide-domicile', 'home_services', {
    title: 'Aide à domicile (H/F)',
    job: '10805',
    commune: '62119',
    description:
      'Association d’aide à domicile du Béthunois : entretien du logement, courses, préparation des repas, accompagnement de personnes âgées. Permis B indispensable pour se rendre chez les bénéficiaires.',
    requiredSkills: ['Entretien du logement', 'Préparation des repas', 'Accompagnement des personnes âgées'],
    requiredCertifications: ['PERMIS_B'],
    contractType: 'cdi',
    weeklyHours: 28,
    schedules: ['day', 'weekends'],
  }),
  offer('srv-auxvie', 'home_services', {
    title: 'Auxiliaire de vie sociale (H/F)',
    job: '11453',
    commune: '94028',
    description:
      'Service d’aide et d’accompagnement à domicile de Créteil : aide à la toilette, au lever et au coucher, aux repas, accompagnement de personnes en perte d’autonomie. Un week-end sur deux.',
    requiredSkills: ['Aide à la toilette', 'Aide aux repas', 'Accompagnement de personnes dépendantes'],
    optionalSkills: ['Transferts lit-fauteuil'],
    minQualificationLevel: 3,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day', 'weekends'],
  }),
  offer('srv-menage-hotel', 'home_services', {
    title: 'Femme ou valet de chambre en hôtel (H/F)',
    job: '14775',
    commune: '94080',
    description:
      'Hôtel de 80 chambres à Vincennes : nettoyage et remise en état des chambres, changement du linge, réassort des produits d’accueil, contrôle de la propreté. Travail le week-end.',
    requiredSkills: ['Nettoyage des chambres', 'Changement du linge', 'Respect des protocoles d’hygiène'],
    contractType: 'cdd',
    durationMonths: 6,
    weeklyHours: 35,
    schedules: ['day', 'weekends'],
  }),
  offer('srv-proprete-collectivite', 'home_services', {
    title: 'Agent de nettoyage en collectivité (H/F)',
    job: '10686',
    commune: '94081',
    description:
      'Nettoyage de locaux municipaux (écoles, gymnases) à Vitry-sur-Seine : lavage des sols, désinfection, sanitaires, gestion des produits. 30 heures par semaine.',
    requiredSkills: ['Entretien des sols', 'Désinfection des surfaces', 'Nettoyage des sanitaires'],
    contractType: 'cdd',
    durationMonths: 10,
    weeklyHours: 30,
    schedules: ['day'],
  }),
];
