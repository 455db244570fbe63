import { OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

export function buildOpenApiDocument(registry: OpenAPIRegistry, serverUrl: string) {
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Passerelle API',
      version: '1',
      description:
        'Matching and recruitment for professional insertion. Errors are RFC 9457 problem+json; ' +
        'validation problems list each field and its reason in `errors`.',
    },
    servers: [{ url: serverUrl }],
  });
}
