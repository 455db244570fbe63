import { toCsv } from '../../../shared/adapters/reporting/csvExport';
import { toXlsx } from '../../../shared/adapters/reporting/xlsxExport';
import { classifyOutcome } from '../../../shared/domain/reporting/outcomes/outcomeClass';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema } from '../schemas/commonSchemas';
import {
  exportQuerySchema,
  indicatorsQuerySchema,
  indicatorsSchema,
  newOutcomeBodySchema,
  outcomeSchema,
} from '../schemas/reportingSchemas';
import { z } from 'zod';

const everyRole = ['admin', 'adviser', 'employer'] as const;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerReportingRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'get',
    path: '/reporting/indicators',
    summary: 'Indicators of a period from the reporting counters (territory, organisation or own offers)',
    description:
      'Administrators: their territory, or one organisation of it; advisers: the people their organisation follows; employers: their own offers. Months in Europe/Paris.',
    tags: ['reporting'],
    access: everyRole,
    query: indicatorsQuerySchema,
    success: { status: 200, description: 'the figures', schema: indicatorsSchema },
    // An organisation outside the caller's scope (another territory's, or not theirs) is not found.
    problems: ['not_found'],
    handle: async ({ actor, query }) => {
      const indicators = await useCases.getIndicators.execute({ actor, query });
      return {
        status: 200,
        body: {
          rows: indicators.rows,
          total: indicators.total,
          funnel: indicators.funnel,
          filters: indicators.tables.indicators.filters,
        },
      };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/reporting/export',
    summary: 'The indicators or the funnel as CSV or XLSX, with the filters written at the top',
    description: 'Aggregate figures only; a cell counting fewer than 5 people is written « < 5 ».',
    tags: ['reporting'],
    access: everyRole,
    query: exportQuerySchema,
    success: { status: 200, description: 'the file', fileTypes: ['text/csv', xlsxType] },
    problems: ['not_found'],
    handle: async ({ actor, query }) => {
      const { table, format, ...indicatorsQuery } = query;
      const indicators = await useCases.getIndicators.execute({ actor, query: indicatorsQuery });
      const chosen = indicators.tables[table];
      const fileName = `passerelle-${table === 'funnel' ? 'parcours' : 'indicateurs'}-${query.from}-${query.to}.${format}`;
      return {
        status: 200,
        file:
          format === 'csv'
            ? { contentType: 'text/csv; charset=utf-8', fileName, content: toCsv(chosen) }
            : { contentType: xlsxType, fileName, content: await toXlsx(chosen) },
      };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/candidates/:id/outcomes',
    summary: 'Record what became of a person the organisation follows',
    tags: ['reporting'],
    access: ['adviser'],
    params: idParamsSchema,
    body: newOutcomeBodySchema,
    success: { status: 201, description: 'recorded', schema: outcomeSchema },
    handle: async ({ actor, params, body }) => {
      const outcome = await useCases.recordOutcome.execute({ actor, candidateId: params.id, outcome: body });
      return { status: 201, body: { ...outcome, outcomeClass: classifyOutcome(outcome) } };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id/outcomes',
    summary: 'The outcomes of a person the organisation follows, each with its class',
    tags: ['reporting'],
    access: ['adviser'],
    params: idParamsSchema,
    success: { status: 200, description: 'oldest first', schema: z.object({ items: z.array(outcomeSchema) }) },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: { items: await useCases.listOutcomes.execute({ actor, candidateId: params.id }) },
    }),
  });
}
