import { lazy, Suspense, type ComponentProps } from 'react';

// chart.js is loaded with the first chart shown, not with the app: most pages draw none.
const FunnelChartLazy = lazy(() => import('./Charts').then((module) => ({ default: module.FunnelChart })));
const TrendChartLazy = lazy(() => import('./Charts').then((module) => ({ default: module.TrendChart })));

const fallback = <p className="passerelle-chart passerelle-chart--loading">Chargement du graphique…</p>;

export function FunnelChart(props: ComponentProps<typeof FunnelChartLazy>) {
  return (
    <Suspense fallback={fallback}>
      <FunnelChartLazy {...props} />
    </Suspense>
  );
}

export function TrendChart(props: ComponentProps<typeof TrendChartLazy>) {
  return (
    <Suspense fallback={fallback}>
      <TrendChartLazy {...props} />
    </Suspense>
  );
}
