import { z } from 'zod';
import { certifications } from '../../../shared/domain/reference/certifications';
import { sectorLabels, sectors } from '../../../shared/domain/reference/sectors';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { certificationQuerySchema, certificationSchema } from '../schemas/certificationSchemas';
import { communeQuerySchema, communeSchema } from '../schemas/geographySchemas';
import { appellationQuerySchema, appellationSuggestionSchema, sectorSchema } from '../schemas/referenceSchemas';

export function registerReferenceRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'get',
    path: '/reference/appellations',
    summary: 'Suggest ROME job titles for a free-text title (typo-tolerant)',
    tags: ['reference'],
    access: 'authenticated',
    query: appellationQuerySchema,
    success: {
      status: 200,
      description: 'best matches first',
      schema: z.object({ items: z.array(appellationSuggestionSchema) }),
    },
    handle: async ({ query }) => ({
      status: 200,
      body: {
        items: await useCases.suggestAppellations.execute({
          text: query.q,
          limit: query.limit,
          ...(query.sector ? { sector: query.sector } : {}),
        }),
      },
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/reference/sectors',
    summary: 'The recruiting sectors, derived from ROME grands domaines',
    tags: ['reference'],
    access: 'authenticated',
    success: { status: 200, description: 'every sector', schema: z.object({ items: z.array(sectorSchema) }) },
    handle: () =>
      Promise.resolve({ status: 200, body: { items: sectors.map((code) => ({ code, label: sectorLabels[code] })) } }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/reference/certifications',
    summary: 'Driving licences, CACES, electrical clearances and other certifications offers may require',
    tags: ['reference'],
    access: 'authenticated',
    query: certificationQuerySchema,
    success: { status: 200, description: 'the catalogue', schema: z.object({ items: z.array(certificationSchema) }) },
    handle: ({ query }) =>
      Promise.resolve({
        status: 200,
        body: { items: certifications.filter((certification) => !query.kind || certification.kind === query.kind) },
      }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/reference/communes',
    summary: 'Suggest French communes for a name, an INSEE code or (the start of) a postal code',
    tags: ['reference'],
    access: 'authenticated',
    query: communeQuerySchema,
    success: { status: 200, description: 'best matches first', schema: z.object({ items: z.array(communeSchema) }) },
    handle: async ({ query }) => ({
      status: 200,
      body: { items: await useCases.suggestCommunes.execute({ text: query.q, limit: query.limit }) },
    }),
  });
}
