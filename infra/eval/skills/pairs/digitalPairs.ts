import { pairsOf, type SkillPair } from '../skillPair';

/** Digital offers (infra/eval/offers/digitalOffers.ts). */
export const digitalPairs: SkillPair[] = [
  // dig-devweb, dig-dev-alternance
  ...pairsOf(
    'JavaScript',
    [
      ['TypeScript', 'a superset of JavaScript'],
      ['JavaScript de base', 'basic level'],
    ],
    [
      ['PHP'],
      ['développement web', 'broader, does not name the language'],
      ['HTML CSS'],
      ['Java', 'another language: shares the letters'],
      ['SQL'],
      ['développement commercial'],
    ],
  ),
  ...pairsOf('React', [], [['JavaScript'], ['TypeScript'], ['WordPress'], ['Node.js']]),
  ...pairsOf('Node.js', [], [['JavaScript'], ['API REST'], ['PHP'], ['React']]),
  // dig-support
  ...pairsOf(
    'Assistance aux utilisateurs',
    [
      ['support utilisateurs'],
      ['assistance informatique'],
      ['hotline'],
      ['support informatique'],
      ['support N2'],
      ['support', 'IT support people'],
    ],
    [['relation client au téléphone'], ['Windows 10'], ['installation de PC']],
  ),
  ...pairsOf(
    'Diagnostic de panne informatique',
    [['dépannage de postes'], ['réparation d’ordinateurs'], ['diagnostic à distance'], ['dépannage PC']],
    [
      ['diagnostic mécanique', 'mechanics: shares the word'],
      ['diagnostic avec valise', 'car diagnosis'],
      ['saisie'],
      ['installation de PC'],
      ['Active Directory'],
    ],
  ),
  ...pairsOf(
    'Gestion de tickets',
    [['tickets GLPI'], ['tickets']],
    [['Excel'], ['saisie'], ['hotline'], ['gestion des retours', 'shares the word']],
  ),
  // dig-adminsys
  ...pairsOf(
    'Administration Linux',
    [['Linux'], ['administration systèmes', 'broader, includes Linux']],
    [['scripts bash'], ['VMware'], ['Windows'], ['Windows Server']],
  ),
  ...pairsOf(
    'Administration Windows Server',
    [['Windows Server'], ['Active Directory', 'a Windows Server role']],
    [['Windows', 'may be desktop Windows'], ['Windows 10', 'desktop system'], ['Linux']],
  ),
  ...pairsOf(
    'Réseaux TCP/IP',
    [['réseaux'], ['réseau']],
    [['réseaux sociaux', 'social media: shares the word'], ['virtualisation'], ['fibre optique'], ['sauvegardes']],
  ),
  // dig-webdesign
  ...pairsOf(
    'Maquettage',
    [['maquettes de sites'], ['Figma', 'the mock-up tool'], ['webdesign']],
    [['graphisme'], ['création de visuels'], ['montage vidéo'], ['peinture décorative']],
  ),
  ...pairsOf('Photoshop', [], [['Illustrator'], ['Canva'], ['graphisme'], ['peinture décorative']]),
  ...pairsOf(
    'HTML et CSS',
    [['HTML CSS'], ['intégration HTML/CSS'], ['HTML', 'HTML without CSS named']],
    [['WordPress'], ['JavaScript']],
  ),
  // dig-dev-alternance
  ...pairsOf(
    'Programmation',
    [['programmation Python'], ['Java'], ['JavaScript'], ['algorithmique', 'the basis of programming']],
    [
      ['scripts PowerShell', 'scripting, not application programming'],
      ['HTML', 'markup, not programming'],
      ['support informatique'],
      ['développement commercial', 'sales: "développement" shared'],
      ['prospection'],
    ],
  ),
  ...pairsOf('Bases de données', [['SQL']], [['logiciel de stock'], ['algorithmique'], ['Excel']]),
  // dig-exploitation
  ...pairsOf(
    'Supervision informatique',
    [
      ['supervision', 'IT operations people'],
      ['gestion des alertes', 'monitoring alerts'],
      ['pilotage de production informatique'],
    ],
    [['surveillance vidéo', 'security: another trade'], ['PC sécurité'], ['support'], ['surveillance']],
  ),
  ...pairsOf(
    'Exploitation des traitements',
    [['exploitation batch'], ['pilotage de production informatique'], ['exploitation']],
    [['Linux'], ['production agroalimentaire', 'shares the sense of production']],
  ),
  ...pairsOf(
    'Gestion des incidents',
    [['incidents'], ['tickets', 'level-1 incident handling'], ['gestion des alertes']],
    [['diagnostic'], ['sécurité incendie'], ['gestion de stock', 'shares the word']],
  ),
];
