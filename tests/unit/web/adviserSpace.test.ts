import {
  criteriaParams,
  pageCount,
  parseCriteria,
  toApiQuery,
  toggled,
  withChange,
} from '../../../services/web/src/adviserOffers/offerSearchParams';
import { duration, listSummary } from '../../../services/web/src/adviserOffers/listSummary';
import { breakdownBars, type CriterionScore } from '../../../services/web/src/adviserOffers/scoreBreakdown';
import {
  adviserActionsOf,
  byColumn,
  daysWaiting,
  lastStepAt,
  nextStep,
  waitingFor,
} from '../../../services/web/src/pipeline/board';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const hour = 3600 * 1000;
const day = 24 * hour;

describe('how long a match has waited since its last step', () => {
  it('says less than an hour, then hours, days, weeks and months, in French with plurals', () => {
    expect(waitingFor(ago(10 * 60 * 1000), now)).toBe('depuis moins d’une heure');
    expect(waitingFor(ago(hour), now)).toBe('depuis 1 heure');
    expect(waitingFor(ago(5 * hour), now)).toBe('depuis 5 heures');
    expect(waitingFor(ago(day), now)).toBe('depuis 1 jour');
    expect(waitingFor(ago(13 * day), now)).toBe('depuis 13 jours');
    expect(waitingFor(ago(15 * day), now)).toBe('depuis 2 semaines');
    expect(waitingFor(ago(90 * day), now)).toBe('depuis 3 mois');
    expect(waitingFor(null, now)).toBe('—');
  });

  it('counts from the last line of the history, or the creation when there is none', () => {
    const history = [{ at: ago(5 * day) }, { at: ago(2 * day) }];

    expect(lastStepAt({ history, createdAt: ago(9 * day) })).toBe(ago(2 * day));
    expect(lastStepAt({ history: [], createdAt: ago(9 * day) })).toBe(ago(9 * day));
    expect(daysWaiting(ago(2 * day + hour), now)).toBe(2);
  });
});

describe('the next step a card expects', () => {
  it('names who acts: the adviser before the proposal, the employer after it', () => {
    expect(nextStep({ status: 'suggested', contactShared: false })).toMatch(/^À vous : présélectionner/);
    expect(nextStep({ status: 'shortlisted', contactShared: false })).toMatch(/^À vous : proposer/);
    expect(nextStep({ status: 'proposed', contactShared: false })).toBe('Réponse de l’employeur attendue');
  });

  it('asks for the person’s agreement once the interview is scheduled, until it is recorded', () => {
    expect(nextStep({ status: 'interview_scheduled', contactShared: false })).toMatch(/recueillir l’accord/);
    expect(nextStep({ status: 'interview_scheduled', contactShared: true })).toMatch(/suite de l’employeur/);
  });

  it('expects nothing once the match has its outcome', () => {
    for (const status of ['hired', 'not_hired', 'declined', 'dismissed', 'cancelled', 'expired'] as const) {
      expect(nextStep({ status, contactShared: false })).toBeNull();
    }
  });

  it('keeps the adviser’s actions among those allowed, in button order, leaving the employer’s out', () => {
    expect(adviserActionsOf(['dismiss', 'request_interview', 'shortlist'])).toEqual(['shortlist', 'dismiss']);
    expect(adviserActionsOf(['hire', 'share_contact', 'withdraw', 'record_no_show'])).toEqual([
      'share_contact',
      'record_no_show',
      'withdraw',
    ]);
  });

  it('no longer offers to record the agreement to share the contact once it is recorded', () => {
    expect(adviserActionsOf(['share_contact', 'withdraw'], true)).toEqual(['withdraw']);
  });
});

describe('the board’s columns', () => {
  const match = (id: string, status: 'suggested' | 'hired', daysAgo: number) => ({
    id,
    status,
    history: [{ at: ago(daysAgo * day) }],
  });

  it('puts each match under its status: the longest waiting first, the latest outcome first', () => {
    const columns = byColumn([
      match('a', 'suggested', 1),
      match('b', 'suggested', 6),
      match('c', 'hired', 9),
      match('d', 'hired', 2),
    ]);

    expect(columns.get('suggested')?.map((item) => item.id)).toEqual(['b', 'a']);
    expect(columns.get('hired')?.map((item) => item.id)).toEqual(['d', 'c']);
    expect(columns.get('proposed')).toEqual([]);
    expect(columns.size).toBe(13);
  });
});

describe('a score’s breakdown as bars', () => {
  const part = (criterion: CriterionScore['criterion'], weight: number, value: number): CriterionScore => ({
    criterion,
    weight,
    value,
    points: Math.round(weight * value * 10) / 10,
    explanation: 'ce qui le justifie',
  });

  it('fills each bar with the share met and sizes its track by the weight, the heaviest full length', () => {
    const [job, skills] = breakdownBars([part('desiredJob', 35, 0.8), part('skills', 25, 0.5)]);

    expect(job).toMatchObject({ label: 'Métier recherché', percent: 80, weightPercent: 100, figures: '28 / 35' });
    expect(skills).toMatchObject({ label: 'Compétences', percent: 50, weightPercent: 71, figures: '12,5 / 25' });
  });

  it('says the figures in words for a screen reader', () => {
    const [waiting] = breakdownBars([part('waiting', 10, 0.333)]);

    expect(waiting?.spoken).toBe('Temps d’attente : 3,3 points sur 10 (33 %)');
  });

  it('keeps a bar within its track whatever the value', () => {
    const [over] = breakdownBars([{ ...part('distance', 10, 1.2), points: 12 }]);

    expect(over?.percent).toBe(100);
  });
});

describe('the facts of a list of suggestions', () => {
  const list = {
    currentVersion: 4,
    computedVersion: 3,
    computedAt: '2026-03-10T09:30:00Z',
    durationMs: 84,
    retrieved: 12,
    eligible: 1,
  };

  it('tells when, how fast, on which version, and how many were read and kept', () => {
    const text = listSummary(list, 'l’offre');

    expect(text).toContain('en 84 ms');
    expect(text).toContain('sur la version 3 de l’offre (version actuelle : 4)');
    expect(text).toContain('12 résultats pour les critères obligatoires, dont 1 éligible.');
  });

  it('says when a list was never computed', () => {
    expect(listSummary({ ...list, computedAt: null, computedVersion: null }, 'le profil')).toBe(
      'Les suggestions du profil n’ont pas encore été calculées.',
    );
  });

  it('gives durations over a second in seconds', () => {
    expect(duration(1530)).toBe('1,5 s');
  });
});

describe('the offer search in the address', () => {
  it('reads back what it wrote, leaving defaults out', () => {
    const criteria = withChange(parseCriteria(new URLSearchParams()), {
      q: ' cariste ',
      sectors: ['transport_logistics'],
      contracts: ['cdi', 'interim'],
      rome: 'N1101',
      commune: { inseeCode: '59350', name: 'Lille' },
      radiusKm: 50,
    });

    const params = criteriaParams(criteria);

    expect(params.toString()).toBe(
      'q=cariste&secteur=transport_logistics&contrat=cdi&contrat=interim&rome=N1101&commune=59350&nom=Lille&rayon=50',
    );
    expect(parseCriteria(params)).toEqual({ ...criteria, q: 'cariste' });
    expect(criteriaParams(parseCriteria(new URLSearchParams())).toString()).toBe('');
  });

  it('drops what is not a sector, a contract, a ROME code, a commune code or a page', () => {
    const criteria = parseCriteria(
      new URLSearchParams('secteur=spatial&contrat=cdi&rome=xyz&commune=Lille&rayon=9999&page=-2'),
    );

    expect(criteria).toMatchObject({ sectors: [], contracts: ['cdi'], rome: '', commune: null, radiusKm: 30, page: 1 });
  });

  it('asks the API for the page’s slice and the radius only around a commune', () => {
    const criteria = { ...parseCriteria(new URLSearchParams('q=soudeur&page=3')), radiusKm: 50 };

    expect(toApiQuery(criteria, 20)).toEqual({ q: 'soudeur', limit: 20, offset: 40 });
    expect(pageCount(41, 20)).toBe(3);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1_000_000, 20)).toBe(500);
  });

  it('goes back to the first page when a filter changes, and toggles a facet value', () => {
    const onPage3 = parseCriteria(new URLSearchParams('page=3'));

    expect(withChange(onPage3, { q: 'x' }).page).toBe(1);
    expect(toggled(['cdi'], 'cdd')).toEqual(['cdi', 'cdd']);
    expect(toggled(['cdi', 'cdd'], 'cdi')).toEqual(['cdd']);
  });
});
