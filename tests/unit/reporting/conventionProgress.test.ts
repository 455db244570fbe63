import type { ConventionActuals } from '../../../shared/ports/ConventionFigures';
import type { ConventionTarget } from '../../../shared/domain/reporting/conventions/convention';
import { conventionProgress } from '../../../shared/domain/reporting/conventions/conventionProgress';

/** The calendar year 2026: 365 days, from 1 January 00:00 UTC to the end of 31 December. */
const year2026 = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') };
/** 2028 is a leap year: 366 days. */
const year2028 = { from: new Date('2028-01-01T00:00:00Z'), to: new Date('2028-12-31T00:00:00Z') };

function actuals(overrides: Partial<ConventionActuals> = {}): ConventionActuals {
  return { recruited: 0, trained: 0, peopleWithOutcome: 0, positiveOutcomes: 0, eventParticipants: null, ...overrides };
}

function progressOf(
  targets: ConventionTarget[],
  figures: ConventionActuals,
  now: string,
  period = year2026,
): ReturnType<typeof conventionProgress> {
  return conventionProgress({ period, targets }, figures, new Date(now));
}

const hundredRecruited: ConventionTarget[] = [{ kind: 'recruited', value: 100 }];

describe('progress of a count target over its period', () => {
  it('before the period starts, expects nothing and says when it starts', () => {
    const progress = progressOf(hundredRecruited, actuals(), '2025-12-31T23:59:59Z');

    expect(progress.status).toBe('not_started');
    expect(progress.elapsedShare).toBe(0);
    expect(progress.targets[0]).toMatchObject({
      target: 100,
      actual: 0,
      expectedNow: 0,
      status: 'not_started',
      explanation: 'Commence le 1er janvier 2026 : objectif de 100 personnes recrutées d’ici le 31 décembre 2026.',
    });
  });

  it('at the very start, expects 0 and is on track with nobody recruited yet', () => {
    const progress = progressOf(hundredRecruited, actuals(), '2026-01-01T00:00:00Z');

    expect(progress.elapsedShare).toBe(0);
    expect(progress.targets[0]).toMatchObject({ expectedNow: 0, status: 'on_track', shareReached: 0 });
  });

  it('a few days in, one person short of a tiny expected figure is not behind (tolerance of one person)', () => {
    // 3 days of 365: 100 × 3/365 = 0.82 expected.
    const progress = progressOf(hundredRecruited, actuals(), '2026-01-04T00:00:00Z');

    expect(progress.targets[0]).toMatchObject({ expectedNow: 0.8, status: 'on_track' });
  });

  it('at mid-period (2 July noon), expects 50 of 100: 45 is on track, 44 is behind (10 % of 50 = 5)', () => {
    const midYear = '2026-07-02T12:00:00Z';
    const onTrack = progressOf(hundredRecruited, actuals({ recruited: 45 }), midYear);
    const behind = progressOf(hundredRecruited, actuals({ recruited: 44 }), midYear);

    expect(onTrack.elapsedShare).toBe(0.5);
    expect(onTrack.targets[0]).toMatchObject({ expectedNow: 50, shareReached: 0.45, status: 'on_track' });
    expect(onTrack.targets[0]?.explanation).toBe('45 personnes recrutées sur 100 ; attendu à ce jour : 50.');
    expect(behind.status).toBe('behind');
    expect(behind.targets[0]).toMatchObject({ status: 'behind', shareReached: 0.44 });
    expect(behind.targets[0]?.explanation).toBe('En retard : 44 personnes recrutées sur 100 ; attendu à ce jour : 50.');
  });

  it('in a leap year, 2 July 00:00 is exactly half of 366 days', () => {
    // 1 January to 2 July 2028: 31 + 29 + 31 + 30 + 31 + 30 + 1 = 183 days of 366.
    const progress = progressOf(hundredRecruited, actuals({ recruited: 50 }), '2028-07-02T00:00:00Z', year2028);

    expect(progress.elapsedShare).toBe(0.5);
    expect(progress.targets[0]).toMatchObject({ expectedNow: 50, status: 'on_track' });
  });

  it('the last day still belongs to the period: at noon on 31 December it is not over yet', () => {
    // 364.5 days of 365: 65 × 364.5 / 365 = 64.91 expected; 60 is less than 10 % short.
    const progress = progressOf([{ kind: 'trained', value: 65 }], actuals({ trained: 60 }), '2026-12-31T12:00:00Z');

    expect(progress.targets[0]).toMatchObject({ expectedNow: 64.9, status: 'on_track' });
    expect(progress.status).toBe('on_track');
  });

  it('once the period has ended, a count short of its target is missed', () => {
    const progress = progressOf([{ kind: 'trained', value: 65 }], actuals({ trained: 60 }), '2027-01-01T00:00:00Z');

    expect(progress.elapsedShare).toBe(1);
    expect(progress.status).toBe('missed');
    expect(progress.targets[0]).toMatchObject({ expectedNow: 65, status: 'missed' });
    expect(progress.targets[0]?.explanation).toBe(
      'Objectif non atteint : 60 entrées en formation sur 65 au 31 décembre 2026, fin de la convention.',
    );
  });

  it('a leap of years past the end expects the target itself, not more', () => {
    const progress = progressOf(hundredRecruited, actuals({ recruited: 104 }), '2031-06-15T08:00:00Z');

    expect(progress.elapsedShare).toBe(1);
    expect(progress.targets[0]).toMatchObject({ expectedNow: 100, shareReached: 1.04, status: 'met' });
    expect(progress.targets[0]?.explanation).toBe(
      'Objectif atteint : 104 personnes recrutées pour un objectif de 100.',
    );
    expect(progress.status).toBe('met');
  });

  it('a count reached before the end is met already (counts only grow over the period)', () => {
    const progress = progressOf(hundredRecruited, actuals({ recruited: 100 }), '2026-09-01T00:00:00Z');

    expect(progress.targets[0]?.status).toBe('met');
  });

  it('recruited_or_trained adds both figures', () => {
    // 1 April 00:00: 90 days of 365, so 100 × 90/365 = 24.66 expected, behind below 24.66 − 2.47 = 22.19.
    const progress = progressOf(
      [{ kind: 'recruited_or_trained', value: 100 }],
      actuals({ recruited: 12, trained: 11 }),
      '2026-04-01T00:00:00Z',
    );

    expect(progress.targets[0]).toMatchObject({ actual: 23, expectedNow: 24.7, status: 'on_track' });
  });
});

describe('progress of the positive-outcome rate', () => {
  const ninetyPercent: ConventionTarget[] = [{ kind: 'positive_outcome_rate', value: 0.9 }];
  const midYear = '2026-07-02T12:00:00Z';

  it('with nobody having an outcome yet, has no rate and is not behind', () => {
    const progress = progressOf(ninetyPercent, actuals(), midYear);

    expect(progress.targets[0]).toMatchObject({
      actual: null,
      outOf: 0,
      expectedNow: 0.9,
      shareReached: null,
      status: 'on_track',
      explanation: 'Aucune sortie enregistrée pour l’instant ; objectif de 90\u00a0% de sorties positives.',
    });
  });

  it('with fewer than 5 people with an outcome, a low rate is not judged yet', () => {
    const progress = progressOf(ninetyPercent, actuals({ peopleWithOutcome: 4, positiveOutcomes: 1 }), midYear);

    expect(progress.targets[0]).toMatchObject({ actual: 0.25, outOf: 4, status: 'on_track' });
    expect(progress.status).toBe('on_track');
  });

  it('from 5 people with an outcome, a rate below the target is behind', () => {
    const progress = progressOf(ninetyPercent, actuals({ peopleWithOutcome: 5, positiveOutcomes: 4 }), midYear);

    expect(progress.targets[0]).toMatchObject({ actual: 0.8, status: 'behind' });
    expect(progress.targets[0]?.explanation).toBe(
      'En retard : 80\u00a0% de sorties positives (4 sur 5 personnes avec une sortie), pour un objectif de 90\u00a0%.',
    );
    expect(progress.status).toBe('behind');
  });

  it('9 of 10 meets a 90 % target exactly, without float rounding getting in the way', () => {
    const progress = progressOf(ninetyPercent, actuals({ peopleWithOutcome: 10, positiveOutcomes: 9 }), midYear);

    expect(progress.targets[0]).toMatchObject({ actual: 0.9, shareReached: 1, status: 'on_track' });
  });

  it('is met or missed only once the period has ended', () => {
    const end = '2027-01-01T00:00:00Z';
    const met = progressOf(ninetyPercent, actuals({ peopleWithOutcome: 20, positiveOutcomes: 19 }), end);
    const missed = progressOf(ninetyPercent, actuals({ peopleWithOutcome: 20, positiveOutcomes: 17 }), end);
    const nobody = progressOf(ninetyPercent, actuals(), end);

    expect(met.targets[0]?.status).toBe('met');
    expect(missed.targets[0]?.status).toBe('missed');
    expect(nobody.targets[0]).toMatchObject({
      status: 'missed',
      explanation: 'Objectif non atteint : aucune sortie enregistrée sur la période (objectif de 90\u00a0%).',
    });
  });
});

describe('targets without figures and the convention’s overall status', () => {
  it('event participants without figures are unmeasured, never behind, even after the end', () => {
    const targets: ConventionTarget[] = [{ kind: 'event_participants', value: 300 }];
    const during = progressOf(targets, actuals(), '2026-07-02T12:00:00Z');
    const after = progressOf(targets, actuals(), '2027-03-01T00:00:00Z');

    expect(during.targets[0]).toMatchObject({
      actual: null,
      shareReached: null,
      expectedNow: 150,
      status: 'unmeasured',
    });
    expect(during.targets[0]?.explanation).toBe(
      'Pas encore mesuré dans Passerelle : objectif de 300 participants aux événements de recrutement.',
    );
    expect(during.status).toBe('unmeasured');
    expect(after.targets[0]?.status).toBe('unmeasured');
  });

  it('event participants with figures are judged like any count', () => {
    const progress = progressOf(
      [{ kind: 'event_participants', value: 300 }],
      actuals({ eventParticipants: 100 }),
      '2026-07-02T12:00:00Z',
    );

    expect(progress.targets[0]).toMatchObject({ actual: 100, expectedNow: 150, status: 'behind' });
  });

  it('is behind when any target is, whatever the others', () => {
    const progress = progressOf(
      [
        { kind: 'recruited', value: 100 },
        { kind: 'trained', value: 65 },
        { kind: 'event_participants', value: 300 },
      ],
      actuals({ recruited: 60, trained: 10 }),
      '2026-07-02T12:00:00Z',
    );

    expect(progress.targets.map((target) => target.status)).toEqual(['on_track', 'behind', 'unmeasured']);
    expect(progress.status).toBe('behind');
  });

  it('is met when every measured target is met; the unmeasured one does not hold it back', () => {
    const progress = progressOf(
      [
        { kind: 'recruited', value: 100 },
        { kind: 'event_participants', value: 300 },
      ],
      actuals({ recruited: 100 }),
      '2027-01-01T00:00:00Z',
    );

    expect(progress.status).toBe('met');
  });

  it('is missed after the end when one target was missed and none is behind', () => {
    const progress = progressOf(
      [
        { kind: 'recruited', value: 100 },
        { kind: 'trained', value: 65 },
      ],
      actuals({ recruited: 120, trained: 30 }),
      '2027-01-01T00:00:00Z',
    );

    expect(progress.status).toBe('missed');
  });
});
