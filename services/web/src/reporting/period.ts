/** Months as the reporting API takes them: YYYY-MM, both ends included. */
export interface Period {
  from: string;
  to: string;
}

export type QuickPeriod = 'month' | 'quarter' | 'year' | 'last12';

export const quickPeriodLabels: Record<QuickPeriod, string> = {
  month: 'Ce mois-ci',
  quarter: 'Ce trimestre',
  year: 'Cette année',
  last12: '12 derniers mois',
};

function month(year: number, monthIndex: number): string {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The months of a quick choice, for the month `today` falls in (in the browser's time zone). */
export function quickPeriod(choice: QuickPeriod, today: Date): Period {
  const year = today.getFullYear();
  const index = today.getMonth();
  const current = month(year, index);
  switch (choice) {
    case 'month':
      return { from: current, to: current };
    case 'quarter': {
      const first = index - (index % 3);
      return { from: month(year, first), to: month(year, first + 2) };
    }
    case 'year':
      return { from: month(year, 0), to: month(year, 11) };
    case 'last12':
      return { from: month(year, index - 11), to: current };
  }
}

/** The quick choice these months are, if any (to mark it as chosen). */
export function quickPeriodOf(period: Period, today: Date): QuickPeriod | null {
  const choices = Object.keys(quickPeriodLabels) as QuickPeriod[];
  return (
    choices.find((choice) => {
      const candidate = quickPeriod(choice, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

export const isMonth = (value: string) => /^20\d{2}-(0[1-9]|1[0-2])$/.test(value);
