import { fakerFR as faker } from '@faker-js/faker';

/** What an offer says of the employer, the job and the way in, in the words of real French offers. */
const intros = [
  (company: string) => `${company}, entreprise implantée localement, renforce son équipe.`,
  (company: string) => `Pour accompagner sa croissance, ${company} recrute.`,
  (company: string) =>
    `${company} ouvre un poste dans le cadre d'un recrutement accompagné avec ses partenaires de l'emploi.`,
];
const welcomes = [
  'Vous serez accueilli(e) et formé(e) par un tuteur pendant vos premières semaines.',
  'Un parcours d’intégration est prévu, avec un point régulier avec votre responsable.',
  'Débutant(e)s motivé(e)s acceptés : la motivation compte autant que l’expérience.',
];
const perks = [
  'Tickets restaurant, mutuelle d’entreprise et prime de transport.',
  'Horaires connus à l’avance, équipe soudée, possibilité d’évolution.',
  'Rémunération selon la convention collective, heures supplémentaires payées.',
];

/** « de électricien » → « d’électricien ». */
function elided(word: string, next: string): string {
  return /^[aeiouyéèêàâîôh]/i.test(next) ? `${word.slice(0, -1)}’${next}` : `${word} ${next}`;
}

/** Deterministic with faker's seed, like the rest of the demo data. */
export function offerDescription(job: { title: string; skills: string[] }): string {
  const company = faker.company.name();
  const tasks = faker.helpers.arrayElements(job.skills, { min: 1, max: 3 }).join(', ').toLowerCase();
  return [
    faker.helpers.arrayElement(intros)(company),
    `Poste ${elided('de', job.title.toLowerCase())} (H/F) : ${tasks}.`,
    faker.helpers.arrayElement(welcomes),
    faker.helpers.arrayElement(perks),
  ].join(' ');
}
