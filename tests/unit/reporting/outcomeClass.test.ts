import { classifyOutcome, isPositive } from '../../../shared/domain/reporting/outcomes/outcomeClass';

const employment = (contractType: string, durationMonths: number | null, subsidised = false) =>
  classifyOutcome({
    kind: 'employment',
    contractType: contractType as 'cdi',
    durationMonths,
    subsidised,
    qualifying: null,
  });
const other = (
  kind: 'training' | 'business_creation' | 'other_positive' | 'no_solution',
  qualifying: boolean | null = null,
) => classifyOutcome({ kind, contractType: null, durationMonths: null, subsidised: false, qualifying });

describe('classes of outcomes, as the statistics of insertion class exits', () => {
  it('counts a CDI, a contract of 6 months or more and a business creation as lasting employment', () => {
    expect(employment('cdi', null)).toBe('lasting_employment');
    expect(employment('cdd', 6)).toBe('lasting_employment');
    expect(employment('interim', 12)).toBe('lasting_employment');
    expect(employment('apprenticeship', 24)).toBe('lasting_employment');
    expect(other('business_creation')).toBe('lasting_employment');
  });

  it('counts shorter contracts and subsidised ones as transitional employment', () => {
    expect(employment('cdd', 5)).toBe('transitional_employment');
    expect(employment('interim', null)).toBe('transitional_employment');
    expect(employment('cddi', 24)).toBe('transitional_employment');
    expect(employment('cdi', null, true)).toBe('transitional_employment');
  });

  it('counts a qualifying training and another structure as positive exits, the rest apart', () => {
    expect(other('training', true)).toBe('positive_exit');
    expect(other('other_positive')).toBe('positive_exit');
    expect(other('training', false)).toBe('other_exit');
    expect(employment('pmsmp', 1)).toBe('other_exit');
    expect(other('no_solution')).toBe('no_solution');
  });

  it('calls positive the lasting and transitional employment and the positive exits only', () => {
    expect(
      (['lasting_employment', 'transitional_employment', 'positive_exit', 'other_exit', 'no_solution'] as const).map(
        isPositive,
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
