import { bestF1Threshold, classificationAt, rocAuc, type ScoredLabel } from '../../../infra/eval/skills/skillMetrics';
import { bootstrapAucDifference, crossValidated, type GroupedScore } from '../../../infra/eval/skills/skillResampling';

const item = (score: number, same: boolean): ScoredLabel => ({ score, same });

// Scores, best first: 0.9 S, 0.8 D, 0.7 S, 0.6 S, 0.4 D, 0.2 D (S = same, D = different).
const six = [item(0.9, true), item(0.8, false), item(0.7, true), item(0.6, true), item(0.4, false), item(0.2, false)];

describe('classificationAt', () => {
  it('calls a pair same at score ≥ threshold', () => {
    // At 0.7: called 0.9 S, 0.8 D, 0.7 S → TP 2 of 3 called, 2 of 3 same.
    const at = classificationAt(six, 0.7);
    expect(at.precision).toBeCloseTo(2 / 3);
    expect(at.recall).toBeCloseTo(2 / 3);
    expect(at.f1).toBeCloseTo(2 / 3);
  });

  it('gives precision and F1 0 when nothing is called same', () => {
    expect(classificationAt(six, 0.95)).toEqual({ threshold: 0.95, precision: 0, recall: 0, f1: 0 });
  });

  it('gives recall 1 and precision the base rate at the lowest threshold', () => {
    const at = classificationAt(six, 0);
    expect(at.precision).toBeCloseTo(0.5);
    expect(at.recall).toBe(1);
    expect(at.f1).toBeCloseTo(2 / 3);
  });
});

describe('bestF1Threshold', () => {
  it('picks the observed score with the highest F1', () => {
    // At 0.6: called 4 (3 S) → P 3/4, R 1, F1 6/7 ≈ 0.857, the best of the six.
    const best = bestF1Threshold(six);
    expect(best?.threshold).toBe(0.6);
    expect(best?.f1).toBeCloseTo(6 / 7);
  });

  it('prefers the higher threshold on a tie', () => {
    const exactTie = [item(0.9, true), item(0.8, false), item(0.7, false), item(0.6, true)];
    // At 0.9: P 1, R 1/2, F1 2/3. At 0.8: P 1/2, R 1/2, F1 1/2. At 0.7: P 1/3, R 1/2, F1 2/5.
    // At 0.6: P 1/2, R 1, F1 2/3 → a tie with 0.9, which is kept.
    expect(bestF1Threshold(exactTie)?.threshold).toBe(0.9);
  });

  it('is null on no items', () => {
    expect(bestF1Threshold([])).toBeNull();
  });
});

describe('rocAuc', () => {
  it('counts the same-above-different orderings', () => {
    // 3 S × 3 D = 9 orderings; S 0.9 beats 3 D, S 0.7 beats 2, S 0.6 beats 2 → 7/9.
    expect(rocAuc(six)).toBeCloseTo(7 / 9);
  });

  it('counts a tie as one half', () => {
    // S 0.5 vs D 0.5 tie (1/2), S 0.5 vs D 0.1 win (1) → 1.5 / 2.
    expect(rocAuc([item(0.5, true), item(0.5, false), item(0.1, false)])).toBeCloseTo(0.75);
  });

  it('is 1 for a perfect order, 0 for a reversed one, null for one class', () => {
    expect(rocAuc([item(0.9, true), item(0.1, false)])).toBe(1);
    expect(rocAuc([item(0.1, true), item(0.9, false)])).toBe(0);
    expect(rocAuc([item(0.1, true), item(0.9, true)])).toBeNull();
  });
});

describe('crossValidated', () => {
  it('applies to each fold the threshold chosen on the others', () => {
    // Two folds (groups sorted: a → 0, b → 1).
    // Fold 0 (a) is scored with the threshold learnt on b: b = 0.8 S, 0.3 D → best 0.8.
    //   a: 0.9 S (called), 0.5 S (missed), 0.85 D (called).
    // Fold 1 (b) with the threshold learnt on a: a = 0.9 S, 0.85 D, 0.5 S → F1 at 0.9 is 2/3,
    //   at 0.5 it is 0.8 → 0.5. b: 0.8 S (called), 0.3 D (not called).
    // Pooled: called 3 (2 S), same 3 → P 2/3, R 2/3.
    const items: GroupedScore[] = [
      { group: 'a', score: 0.9, same: true },
      { group: 'a', score: 0.5, same: true },
      { group: 'a', score: 0.85, same: false },
      { group: 'b', score: 0.8, same: true },
      { group: 'b', score: 0.3, same: false },
    ];
    const result = crossValidated(items, 2);
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
  });
});

describe('bootstrapAucDifference', () => {
  it('is zero for a method compared with itself, and the same on every run', () => {
    const grouped = six.map((entry, index) => ({ ...entry, group: `g${index % 3}` }));
    expect(bootstrapAucDifference(grouped, six, 200, 7)).toEqual({ low: 0, high: 0 });
    const reversed = six.map((entry) => ({ ...entry, score: -entry.score }));
    const first = bootstrapAucDifference(grouped, reversed, 200, 7);
    expect(bootstrapAucDifference(grouped, reversed, 200, 7)).toEqual(first);
    expect(first.high).toBeLessThan(0);
  });
});
