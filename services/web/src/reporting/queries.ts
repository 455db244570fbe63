import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { indicatorsQuery, type DashboardFilters } from './dashboardFilters';
import { saveBlob } from './downloadFile';
import { fileNameOf } from './fileName';
import type { NewConvention } from './labels';

const keys = {
  indicators: (filters: DashboardFilters) => ['reporting', 'indicators', filters] as const,
  conventions: ['conventions'] as const,
  convention: (id: string) => ['conventions', id] as const,
};

export function useIndicators(filters: DashboardFilters) {
  return useQuery({
    queryKey: keys.indicators(filters),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/reporting/indicators', { params: { query: indicatorsQuery(filters) } })),
  });
}

export type ExportRequest = { table: 'indicators' | 'funnel'; format: 'csv' | 'xlsx' };

/** Reads the export with the session's token (a plain link would carry none), then saves it. */
export function useExportIndicators(filters: DashboardFilters) {
  return useMutation({
    mutationFn: async ({ table, format }: ExportRequest) => {
      const request = api.GET('/api/v1/reporting/export', {
        params: { query: { ...indicatorsQuery(filters), table, format } },
        parseAs: 'blob',
      });
      const blob: unknown = await unwrap(request);
      const { response } = await request;
      if (!(blob instanceof Blob))
        throw new ApiProblem(0, { type: 'about:blank', status: 0, title: 'Export illisible' });
      const fallback = `passerelle-${table === 'funnel' ? 'parcours' : 'indicateurs'}-${filters.from}-${filters.to}.${format}`;
      saveBlob(blob, fileNameOf(response.headers.get('Content-Disposition'), fallback));
    },
  });
}

/** One page of 100: a territory signs a few conventions a year. */
export function useConventions() {
  return useQuery({
    queryKey: keys.conventions,
    queryFn: () => unwrap(api.GET('/api/v1/conventions', { params: { query: { limit: 100 } } })),
  });
}

export function useConvention(id: string) {
  return useQuery({
    queryKey: keys.convention(id),
    queryFn: () => unwrap(api.GET('/api/v1/conventions/{id}', { params: { path: { id } } })),
  });
}

export function useCreateConvention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConvention) => unwrap(api.POST('/api/v1/conventions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.conventions }),
  });
}
