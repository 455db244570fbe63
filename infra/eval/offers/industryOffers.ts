import { offer } from '../buildEntries';

/** Automotive and industry: Nord, Pas-de-Calais, Val-de-Marne. */
export const industryOffers = [
  offer('ind-mecano-pl', 'industry', {
    title: 'Mécanicien poids lourds (H/F)',
    job: '16528',
    commune: '59343',
    description:
      'Garage de concession poids lourds à Lesquin. Entretien et réparation de tracteurs routiers et porteurs : diagnostic, freinage, moteurs, hydraulique. Équipe de 8 mécaniciens, tutorat à l’arrivée.',
    requiredSkills: ['Diagnostic mécanique', 'Entretien des systèmes de freinage', 'Réparation moteur diesel'],
    optionalSkills: ['Hydraulique', 'Lecture de schémas électriques'],
    minQualificationLevel: 3,
    minExperienceMonths: 12,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
  }),
  offer('ind-soudeur', 'industry', {
    title: 'Soudeur semi-automatique MAG (H/F)',
    job: 'H2913',
    commune: '59183',
    description:
      'Chaudronnerie industrielle sur le port de Dunkerque : soudage MAG de pièces acier pour la sidérurgie, lecture de plans, contrôle visuel des cordons. Mission longue, horaires en 2x8.',
    requiredSkills: ['Soudage MAG', 'Lecture de plans', 'Contrôle visuel des soudures'],
    optionalSkills: ['Soudage TIG', 'Meulage'],
    minQualificationLevel: 3,
    contractType: 'interim',
    weeklyHours: 35,
    schedules: ['shifts'],
    physicalDemands: ['noisy_environment'],
  }),
  offer('ind-ligne-alim', 'industry', {
    title: 'Conducteur de ligne de production alimentaire (H/F)',
    job: '12985',
    commune: '62041',
    description:
      'Usine de plats cuisinés près d’Arras. Vous conduisez une ligne de fabrication : réglages, respect des recettes, hygiène HACCP, traçabilité. Formation interne de quatre semaines avant la prise de poste.',
    requiredSkills: ['Conduite de ligne de production', 'Respect des règles d’hygiène HACCP', 'Réglage des machines'],
    optionalSkills: ['Nettoyage des équipements', 'Traçabilité des lots'],
    minQualificationLevel: 3,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['shifts'],
    trainingBeforeHiring: true,
    physicalDemands: ['prolonged_standing'],
  }),
  offer('ind-montage-auto', 'industry', {
    title: 'Opérateur de montage sur ligne automobile (H/F)',
    job: '16829',
    commune: '59178',
    description:
      'Usine de véhicules électriques de Douai : montage de sous-ensembles sur chaîne, contrôle qualité au poste, respect des cadences. Débutants acceptés, formation au poste assurée.',
    requiredSkills: ['Montage de pièces mécaniques', 'Travail à la chaîne', 'Autocontrôle qualité'],
    optionalSkills: ['Vissage', 'Lecture de gammes de montage'],
    contractType: 'interim',
    weeklyHours: 35,
    schedules: ['shifts'],
    trainingBeforeHiring: true,
    physicalDemands: ['repetitive_motion', 'prolonged_standing'],
  }),
  offer('ind-carrossier', 'industry', {
    title: 'Carrossier réparateur (H/F)',
    job: '11698',
    commune: '94028',
    description:
      'Carrosserie indépendante de Créteil : redressage, remplacement d’éléments, préparation avant peinture, travail avec les experts d’assurance.',
    requiredSkills: [
      'Redressage de tôle',
      'Remplacement d’éléments de carrosserie',
      'Préparation des surfaces avant peinture',
    ],
    optionalSkills: ['Peinture automobile'],
    minQualificationLevel: 3,
    minExperienceMonths: 12,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
  }),
  offer('ind-maintenance', 'industry', {
    title: 'Technicien de maintenance industrielle (H/F)',
    job: 'I1310',
    commune: '94081',
    description:
      'Site de production d’emballages à Vitry-sur-Seine : maintenance préventive et curative des lignes, dépannage mécanique, pneumatique et électrique de premier niveau.',
    requiredSkills: ['Maintenance préventive', 'Dépannage mécanique', 'Pneumatique'],
    optionalSkills: ['Électricité industrielle', 'GMAO'],
    minQualificationLevel: 4,
    minExperienceMonths: 24,
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
  }),
];
