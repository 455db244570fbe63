import { grade as g, keyed, person as p, pooled, trap as t } from '../buildEntries';

const studyContracts = ['apprenticeship', 'professionalisation', 'cdd', 'cdi'] as const;

/** People followed for digital jobs. */
export const digitalProfiles = keyed('dig', [
  // Développeur web full stack, Lille, bac+2, hybride
  p(
    'Antoine Delval',
    '59350',
    ['14156'],
    { skills: ['JavaScript', 'React', 'Node.js', 'Git'], exp: [['M1805', 24]], level: 5, km: 20 },
    [
      g('dig-devweb', 3, 'full-stack JS developer, BTS SIO, 2 years'),
      pooled(
        'dig-support',
        0,
        'full-stack developer with 2 years: project is development, level-1 support is another job',
      ),
    ],
  ),
  p(
    'Chloé Vermersch',
    '59009',
    ['14156'],
    { skills: ['TypeScript', 'React', 'API REST', 'SQL'], exp: [['M1805', 18]], level: 6, km: 20 },
    [
      g('dig-devweb', 3, 'web developer with a licence, React and TS'),
      pooled('dig-support', 0, 'web developer with a licence: project is development, not user support'),
    ],
  ),
  p(
    'Mounir Kaci',
    '59512',
    ['M1805'],
    { skills: ['développement web', 'Javascript', 'PHP'], exp: [['M1805', 12]], level: 5, km: 20 },
    [
      g('dig-devweb', 2, 'web developer, PHP more than Node'),
      pooled('dig-support', 0, 'web developer, 1 year: project is development, not user support'),
    ],
  ),
  p(
    'Lucie Fournier',
    '59350',
    ['14156'],
    { skills: ['HTML CSS', 'JavaScript', 'React'], exp: [['M1805', 8]], level: 4, km: 20 },
    [g('dig-devweb', 2, 'bootcamp graduate (level 4), 8 months of React: one level below, with experience')],
  ),
  p(
    'Pierre-Louis Ramez',
    '59378',
    ['E1205'],
    { skills: ['intégration HTML/CSS', 'WordPress', 'JavaScript de base'], exp: [['E1205', 24]], level: 5, km: 20 },
    [g('dig-devweb', 1, 'web integrator moving to development')],
  ),
  p(
    'Franck Boulet',
    '59350',
    ['140962'],
    { skills: ['développement commercial', 'prospection', 'négociation'], exp: [['M1707', 48]], level: 6, km: 20 },
    [g('dig-devweb', 0, 'business developer: "développement" shared, sales job (near-miss)')],
  ),
  p(
    'Sarah Benhamou',
    '59350',
    ['14156'],
    { skills: ['React', 'Node.js'], exp: [['M1805', 24]], level: 5, km: 20, time: 'part_time' },
    [t('dig-devweb', 'part_time_only', 'part time only; 35 h asked')],
  ),
  p(
    'Victor Lambin',
    '94080',
    ['14156'],
    { skills: ['JavaScript', 'React', 'Node.js'], exp: [['M1805', 36]], level: 6, km: 20 },
    [
      t('dig-devweb', 'too_far', 'lives in Vincennes, offer is hybrid not remote'),
      pooled('dig-adminsys', 0, 'web developer: project is development, no server or network administration'),
    ],
  ),
  // Technicien support N1, Roubaix, bac
  p(
    'Nicolas Hennion',
    '59512',
    ['M1802'],
    { skills: ['support utilisateurs', 'dépannage de postes', 'tickets GLPI'], exp: [['M1802', 24]], level: 4, km: 15 },
    [g('dig-support', 3, 'helpdesk technician, bac pro, 2 years')],
  ),
  p(
    'Yasmine Hamidi',
    '59599',
    ['38884'],
    { skills: ['assistance informatique', 'Windows 10', 'Active Directory'], exp: [['I1401', 18]], level: 5, km: 15 },
    [g('dig-support', 3, 'desktop support technician, BTS, close by')],
  ),
  p(
    'Julien Vanderhaeghe',
    '59350',
    ['20276'],
    { skills: ['hotline', 'diagnostic à distance', 'relation client'], exp: [['H1101', 24]], level: 4, km: 20 },
    [g('dig-support', 2, 'technical hotline for equipment: same helpdesk work')],
  ),
  p(
    'Kenza Ait',
    '59512',
    ['I1401'],
    { skills: ['installation de PC', 'réparation d’ordinateurs'], exp: [['I1401', 12]], km: 15 },
    [
      g('dig-support', 2, 'PC repairer without the bac, a year of experience'),
      pooled('ind-mecano-pl', 0, 'PC repairer: "réparation" shared, not truck mechanics (near-miss)'),
    ],
  ),
  p(
    'Maxence Duriez',
    '59512',
    ['D1401'],
    { skills: ['relation client au téléphone', 'saisie', 'Excel'], exp: [['D1401', 24]], level: 4, km: 15 },
    [g('dig-support', 1, 'phone customer service; IT basics to learn')],
  ),
  p(
    'Benjamin Lecomte',
    '59512',
    ['M1802'],
    { skills: ['support informatique'], exp: [['M1802', 24]], level: 4, km: 15, contracts: ['cdi'] },
    [t('dig-support', 'contract_not_accepted', 'CDI only; the job is a CDD')],
  ),
  p(
    'Hélène Dhainaut',
    '59512',
    ['M1802'],
    { skills: ['support'], exp: [['M1802', 24]], level: 4, km: 15, consent: false },
    [t('dig-support', 'no_consent', 'no consent recorded')],
  ),
  p(
    'Tony Gomes',
    '59512',
    ['M1801'],
    { skills: ['administration Linux', 'réseaux', 'virtualisation'], exp: [['M1801', 48]], level: 6, km: 15 },
    [
      g('dig-support', 1, 'sysadmin: over-qualified for level 1 support'),
      pooled('dig-devweb', 0, 'systems administrator: project is administration, not JS development'),
    ],
  ),
  // Administrateur systèmes et réseaux, Créteil, bac+2, 2 ans
  p(
    'Stéphane Moreau',
    '94028',
    ['M1801'],
    {
      skills: ['administration Linux', 'Windows Server', 'réseaux TCP/IP', 'sauvegardes'],
      exp: [['M1801', 60]],
      level: 5,
      km: 15,
    },
    [g('dig-adminsys', 3, 'sysadmin for 5 years, BTS, Créteil')],
  ),
  p(
    'Nadège Koné',
    '94041',
    ['M1801'],
    { skills: ['Linux', 'VMware', 'scripts bash', 'supervision'], exp: [['M1801', 36]], level: 6, km: 15 },
    [g('dig-adminsys', 3, 'sysadmin, licence, 3 years')],
  ),
  p(
    'Quentin Perrot',
    '94068',
    ['M1810'],
    { skills: ['exploitation', 'Linux', 'gestion des incidents'], exp: [['M1810', 36]], level: 5, km: 15 },
    [g('dig-adminsys', 2, 'operations technician growing into administration')],
  ),
  p(
    'Fatima Zahra Idrissi',
    '94017',
    ['M1802'],
    { skills: ['support N2', 'Active Directory', 'réseau'], exp: [['M1802', 30]], level: 5, km: 15 },
    [g('dig-adminsys', 2, 'level-2 support with AD and network')],
  ),
  p(
    'Rémy Charpentier',
    '94028',
    ['M1801'],
    { skills: ['réseaux', 'Windows'], exp: [['M1801', 18]], level: 4, km: 15 },
    [g('dig-adminsys', 1, 'bac only and 18 months: below both asks')],
  ),
  p('Paul Vidal', '94028', ['14156'], { skills: ['JavaScript', 'PHP'], exp: [['M1805', 24]], level: 5, km: 15 }, [
    g('dig-adminsys', 0, 'web developer, not systems'),
  ]),
  p(
    'Denis Royer',
    '94028',
    ['M1801'],
    { skills: ['administration systèmes'], exp: [['M1801', 60]], level: 5, km: 15, contracts: ['interim', 'cdd'] },
    [t('dig-adminsys', 'contract_not_accepted', 'no CDI wanted')],
  ),
  p('Laure Besson', '59350', ['M1801'], { skills: ['Linux', 'réseaux'], exp: [['M1801', 48]], level: 5, km: 30 }, [
    t('dig-adminsys', 'too_far', 'lives in Lille'),
    pooled('dig-support', 1, 'sysadmin: over-qualified for level-1 support, but knows the incidents'),
    pooled('dig-devweb', 0, 'systems administrator (Linux, networks): not a developer'),
  ]),
  // Webdesigner en alternance, Tourcoing
  p(
    'Manon Desrousseaux',
    '59599',
    ['E1205'],
    { skills: ['Photoshop', 'Illustrator', 'maquettes de sites'], level: 4, km: 15, contracts: [...studyContracts] },
    [
      g('dig-webdesign', 3, 'bac STD2A, portfolio, wants a work-study contract'),
      pooled('dig-dev-alternance', 0, 'graphic and web designer: project is design, no programming'),
    ],
  ),
  p(
    'Enzo Carlier',
    '59512',
    ['E1205'],
    {
      skills: ['Figma', 'HTML et CSS', 'graphisme'],
      exp: [['E1205', 6]],
      level: 5,
      km: 15,
      contracts: [...studyContracts],
    },
    [
      g('dig-webdesign', 3, 'web design, bac+2, 6 months internship'),
      pooled('dig-devweb', 0, 'web designer: HTML and CSS but no JavaScript, React or Node.js'),
      pooled(
        'dig-dev-alternance',
        1,
        'web designer with HTML and CSS: a bridge to front-end, but no programming and his project is design',
      ),
    ],
  ),
  p(
    'Jade Morel',
    '59009',
    ['E1104'],
    { skills: ['création de visuels', 'réseaux sociaux', 'Canva'], level: 4, km: 20, contracts: [...studyContracts] },
    [g('dig-webdesign', 2, 'multimedia content creator: social-media visuals')],
  ),
  p(
    'Ilyes Bouaziz',
    '59599',
    ['E1103'],
    { skills: ['communication', 'montage vidéo', 'Photoshop'], level: 4, km: 15, contracts: [...studyContracts] },
    [g('dig-webdesign', 1, 'communication assistant with Photoshop')],
  ),
  p('Océane Leclerc', '59599', ['E1205'], { skills: ['graphisme'], level: 4, km: 15, contracts: ['cdi'] }, [
    t('dig-webdesign', 'contract_not_accepted', 'CDI only; this is an apprenticeship'),
  ]),
  p(
    'Mathis Dupire',
    '59599',
    ['E1205'],
    { skills: ['webdesign'], level: 4, km: 15, contracts: [...studyContracts], time: 'part_time' },
    [t('dig-webdesign', 'part_time_only', 'part time only; 35 h asked')],
  ),
  p(
    'Bruno Delattre',
    '59599',
    ['17619'],
    { skills: ['peinture décorative', 'trompe-l’œil'], exp: [['F1606', 60]], km: 15, contracts: [...studyContracts] },
    [g('dig-webdesign', 0, 'decorative painter: "design" of walls, not web (near-miss)')],
  ),
  // Développeur en alternance, Villeneuve-d'Ascq
  p(
    'Adam Benchikh',
    '59009',
    ['M1805'],
    { skills: ['programmation Python', 'JavaScript', 'SQL'], level: 4, km: 20, contracts: [...studyContracts] },
    [
      g('dig-dev-alternance', 3, 'self-taught developer with a bac, wants work-study'),
      pooled('dig-webdesign', 0, 'developer (Python, JS): no design or graphics tools, project is development'),
      pooled(
        'dig-support',
        1,
        'self-taught developer with a bac, no experience: level-1 support with training is an entry door into IT, not his project',
      ),
      pooled(
        'dig-devweb',
        1,
        'self-taught developer with JavaScript and SQL: right project, but bac only and no experience where bac+2 and 6 months are asked',
      ),
    ],
  ),
  p(
    'Camille Roussel',
    '59350',
    ['14156'],
    {
      skills: ['JavaScript', 'HTML', 'bases de données'],
      exp: [['M1805', 3]],
      level: 5,
      km: 20,
      contracts: [...studyContracts],
    },
    [
      g('dig-dev-alternance', 3, 'web dev training, internship, work-study wanted'),
      g('dig-devweb', 1, 'junior, 3 months only'),
      pooled(
        'dig-webdesign',
        1,
        'junior web developer with HTML: the integration part fits, but no design tools and project is development',
      ),
    ],
  ),
  p(
    'Wassim Larbi',
    '59512',
    ['M1805'],
    { skills: ['Java', 'algorithmique'], level: 4, km: 20, contracts: [...studyContracts] },
    [
      g('dig-dev-alternance', 2, 'bac STI2D, Java at school'),
      pooled('dig-webdesign', 0, 'Java student: no design, graphics or HTML skills'),
      pooled(
        'dig-support',
        1,
        'bac STI2D, Java at school: support with training could be a first IT job, not his project',
      ),
    ],
  ),
  p(
    'Léa Dumortier',
    '59009',
    ['M1802'],
    {
      skills: ['support informatique', 'scripts PowerShell'],
      exp: [['M1802', 12]],
      level: 4,
      km: 20,
      contracts: [...studyContracts],
    },
    [
      g('dig-dev-alternance', 1, 'support technician with scripting; wants to move to development'),
      pooled('dig-support', 3, 'support technician for a year, bac, 6 km: the job she asks for'),
    ],
  ),
  p('Hugo Masset', '59009', ['M1805'], { skills: ['programmation'], level: 4, km: 20, contracts: ['cdi', 'cdd'] }, [
    t('dig-dev-alternance', 'contract_not_accepted', 'no apprenticeship wanted'),
    pooled(
      'dig-support',
      1,
      'bac, wants development, no experience: level-1 support with training is an entry door, not his project',
    ),
    pooled(
      'dig-devweb',
      0,
      'wants development but only generic programming, bac, no experience: far from a full-stack JS CDI',
    ),
  ]),
  p(
    'Noah Duquesne',
    '59009',
    ['M1805'],
    { skills: ['JavaScript'], level: 4, km: 20, contracts: [...studyContracts], consent: false },
    [t('dig-dev-alternance', 'no_consent', 'no consent recorded')],
  ),
  p(
    'Dorian Lefranc',
    '59009',
    ['140962'],
    { skills: ['développement commercial', 'CRM'], level: 5, km: 20, contracts: [...studyContracts] },
    [
      g('dig-dev-alternance', 0, 'business developer, sales (near-miss)'),
      pooled('dig-devweb', 0, 'business developer, sales: "développeur" shared, not software (near-miss)'),
    ],
  ),
  // Technicien d'exploitation, Ivry, 3x8
  p(
    'Rachid Meddah',
    '94041',
    ['M1810'],
    {
      skills: ['supervision', 'exploitation batch', 'gestion des alertes'],
      exp: [['M1810', 36]],
      level: 4,
      km: 15,
      schedules: ['day', 'shifts'],
    },
    [
      g('dig-exploitation', 3, 'operations technician in 3x8 for 3 years'),
      pooled(
        'dig-adminsys',
        1,
        'IT operations technician, 3 years: supervision close to the job, but no server administration and a bac where bac+2 is asked',
      ),
    ],
  ),
  p(
    'Sophie Gaillard',
    '94081',
    ['M1810'],
    {
      skills: ['pilotage de production informatique', 'Linux', 'incidents'],
      exp: [['M1810', 24]],
      level: 5,
      km: 15,
      schedules: ['day', 'shifts', 'night'],
    },
    [
      g('dig-exploitation', 3, 'IT operations, shifts fine, 3 km'),
      pooled(
        'dig-adminsys',
        1,
        'IT operations, bac+2, Linux: a step towards administration, but no Windows Server or networks, project is operations',
      ),
    ],
  ),
  p(
    'Karl Obame',
    '94022',
    ['M1802'],
    {
      skills: ['support', 'diagnostic', 'tickets'],
      exp: [['M1802', 24]],
      level: 4,
      km: 15,
      schedules: ['day', 'shifts'],
    },
    [
      g('dig-exploitation', 2, 'support technician, accepts shifts'),
      pooled(
        'dig-adminsys',
        0,
        'level-1 support technician: no server or network administration, bac where bac+2 and 2 years are asked',
      ),
    ],
  ),
  p(
    'Mélanie Roux',
    '94046',
    ['K2503'],
    {
      skills: ['surveillance vidéo', 'PC sécurité', 'rondes'],
      exp: [['K2503', 36]],
      km: 15,
      schedules: ['day', 'shifts', 'night'],
    },
    [
      g('dig-exploitation', 0, 'security monitoring: "surveillance" shared, not IT (near-miss)'),
      pooled('srv-proprete-collectivite', 0, 'security guard: nothing of cleaning'),
    ],
  ),
  p(
    'Bilal Touati',
    '94041',
    ['M1810'],
    { skills: ['exploitation'], exp: [['M1810', 24]], level: 4, km: 15, schedules: ['day'] },
    [t('dig-exploitation', 'incompatible_schedule', 'no shift work')],
  ),
  p(
    'Estelle Noël',
    '94041',
    ['M1810'],
    {
      skills: ['supervision'],
      exp: [['M1810', 24]],
      level: 4,
      km: 15,
      schedules: ['day', 'shifts'],
      time: 'part_time',
    },
    [t('dig-exploitation', 'part_time_only', 'part time only')],
  ),
]);
