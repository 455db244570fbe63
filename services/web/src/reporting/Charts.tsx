import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { chartPalette } from './chartColours';
import type { TrendSeries } from './chartSummaries';
import { formatCount, formatRate } from './format';
import type { FunnelStep } from './labels';

// Only the parts these two charts draw: the bundle leaves the rest of chart.js out.
ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const frenchLocale = 'fr-FR';

/** The funnel as horizontal bars, one per step; the tooltip says the drop from the step before. */
export function FunnelChart({ steps, summary }: { steps: FunnelStep[]; summary: string }) {
  const palette = chartPalette();
  return (
    <div className="passerelle-chart passerelle-chart--funnel">
      <Bar
        role="img"
        aria-label={summary}
        data={{
          labels: steps.map((step) => step.label),
          datasets: [{ label: 'Personnes', data: steps.map((step) => step.count), backgroundColor: palette.blue }],
        }}
        options={{
          indexAxis: 'y',
          locale: frenchLocale,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                afterLabel: (item) => {
                  const drop = steps[item.dataIndex]?.dropFromPrevious;
                  return drop === null || drop === undefined
                    ? ''
                    : `Perte depuis l’étape précédente : ${formatRate(drop)}`;
                },
              },
            },
          },
          scales: {
            x: {
              beginAtZero: true,
              ticks: { color: palette.text, precision: 0, callback: (value) => formatCount(Number(value)) },
              grid: { color: palette.grid },
            },
            y: { ticks: { color: palette.text }, grid: { display: false } },
          },
        }}
      />
    </div>
  );
}

/** The months as a line per measure (proposals, hires, positive outcomes). */
export function TrendChart({ labels, series, summary }: { labels: string[]; series: TrendSeries[]; summary: string }) {
  const palette = chartPalette();
  const colours = [palette.blue, palette.green, palette.red];
  const dashes = [[], [6, 4], [2, 3]];
  return (
    <div className="passerelle-chart">
      <Line
        role="img"
        aria-label={summary}
        data={{
          labels,
          datasets: series.map((one, index) => ({
            label: one.label,
            data: one.values,
            borderColor: colours[index % colours.length],
            backgroundColor: colours[index % colours.length],
            // Not by colour alone: each line has its own dash and point shape.
            borderDash: dashes[index % dashes.length] ?? [],
            pointStyle: (['circle', 'rect', 'triangle'] as const)[index % 3],
            pointRadius: 4,
            tension: 0.2,
          })),
        }}
        options={{
          locale: frenchLocale,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          plugins: { legend: { position: 'bottom', labels: { color: palette.text, usePointStyle: true } } },
          scales: {
            x: { ticks: { color: palette.text }, grid: { color: palette.grid } },
            y: {
              beginAtZero: true,
              ticks: { color: palette.text, precision: 0, callback: (value) => formatCount(Number(value)) },
              grid: { color: palette.grid },
            },
          },
        }}
      />
    </div>
  );
}
