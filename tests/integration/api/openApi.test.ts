import { apiDocument } from '../../../services/api/openapi/apiDocument';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document listing every route with its security and problem responses', async () => {
    const response = await testApp.http().get('/api/v1/openapi.json').expect(200);
    const document = response.body;

    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /healthz',
        'GET /readyz',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/logout',
        'POST /api/v1/auth/browser/login',
        'POST /api/v1/auth/browser/refresh',
        'POST /api/v1/auth/browser/logout',
        'POST /api/v1/auth/password-reset',
        'POST /api/v1/auth/password-reset/confirm',
        'GET /api/v1/invitations/{token}',
        'POST /api/v1/invitations/{token}/accept',
        'POST /api/v1/organizations/{id}/invitations',
        'GET /api/v1/me',
        'POST /api/v1/organizations',
        'GET /api/v1/organizations',
        'POST /api/v1/organizations/{id}/users',
        'GET /api/v1/organizations/{id}/users',
        'POST /api/v1/organizations/{id}/users/{userId}/deactivate',
        'POST /api/v1/organizations/{id}/users/{userId}/reactivate',
        'GET /api/v1/reference/appellations',
        'GET /api/v1/reference/sectors',
        'GET /api/v1/reference/certifications',
        'GET /api/v1/reference/communes',
        'POST /api/v1/offers',
        'GET /api/v1/offers',
        'GET /api/v1/offers/search',
        'GET /api/v1/offers/{id}',
        'PATCH /api/v1/offers/{id}',
        'DELETE /api/v1/offers/{id}',
        'POST /api/v1/offers/{id}/publish',
        'POST /api/v1/offers/{id}/close',
        'POST /api/v1/candidates',
        'GET /api/v1/candidates',
        'GET /api/v1/candidates/search',
        'GET /api/v1/candidates/caseload',
        'GET /api/v1/candidates/{id}/fit',
        'GET /api/v1/candidates/{id}',
        'PATCH /api/v1/candidates/{id}',
        'DELETE /api/v1/candidates/{id}',
        'GET /api/v1/candidates/{id}/export',
        'GET /api/v1/candidates/{id}/barriers',
        'POST /api/v1/candidates/{id}/barriers',
        'PATCH /api/v1/candidates/{id}/barriers/{barrierId}',
        'DELETE /api/v1/candidates/{id}/barriers/{barrierId}',
        'GET /api/v1/offers/{id}/suggestions',
        'GET /api/v1/candidates/{id}/suggestions',
        'POST /api/v1/offers/{id}/suggestions/refresh',
        'POST /api/v1/candidates/{id}/suggestions/refresh',
        'POST /api/v1/matches',
        'GET /api/v1/matches',
        'GET /api/v1/matches/{id}',
        'POST /api/v1/matches/{id}/transitions',
        'GET /api/v1/me/notifications',
        'POST /api/v1/me/notifications/read-all',
        'POST /api/v1/me/notifications/{id}/read',
        'POST /api/v1/me/password',
        'GET /api/v1/reporting/indicators',
        'GET /api/v1/reporting/export',
        'POST /api/v1/candidates/{id}/outcomes',
        'GET /api/v1/candidates/{id}/outcomes',
        'POST /api/v1/conventions',
        'GET /api/v1/conventions',
        'GET /api/v1/conventions/{id}',
        'PATCH /api/v1/conventions/{id}',
        'POST /api/v1/recruitment-events',
        'GET /api/v1/recruitment-events',
        'GET /api/v1/territory/employers',
        'GET /api/v1/recruitment-events/{id}',
        'PATCH /api/v1/recruitment-events/{id}',
        'POST /api/v1/recruitment-events/{id}/status',
        'POST /api/v1/recruitment-events/{id}/participation',
        'GET /api/v1/recruitment-events/{id}/invitees',
        'POST /api/v1/recruitment-events/{id}/invitations',
        'GET /api/v1/recruitment-events/{id}/attendance',
        'POST /api/v1/recruitment-events/{id}/attendance/{invitationId}',
        'POST /api/v1/recruitment-events/{id}/walk-ins',
        'GET /api/v1/recruitment-events/{id}/met-people',
        'POST /api/v1/recruitment-events/{id}/interview-requests',
        'GET /api/v1/recruitment-events/{id}/figures',
        'POST /api/v1/recruitment-campaigns',
        'GET /api/v1/recruitment-campaigns',
        'GET /api/v1/recruitment-campaigns/{id}/figures',
        'GET /api/v1/rsvp/{token}',
        'POST /api/v1/rsvp/{token}',
        'GET /api/v1/me/notification-preferences',
        'PUT /api/v1/me/notification-preferences',
        'GET /api/v1/notifications/deliveries',
        'POST /api/v1/organizations/{id}/webhooks',
        'GET /api/v1/organizations/{id}/webhooks',
        'DELETE /api/v1/organizations/{id}/webhooks/{webhookId}',
        'POST /api/v1/webhooks/sms-status',
      ].sort(),
    );
    const listUsers = document.paths['/api/v1/organizations/{id}/users'].get;
    expect(listUsers.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(listUsers.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '500', '503']),
    );
    expect(listUsers.responses['403'].content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
  });

  describe('declares what the server answers', () => {
    type Operation = {
      responses: Record<string, unknown>;
      parameters?: { name: string; schema: Record<string, unknown> }[];
      requestBody?: { required?: boolean };
    };
    let document: {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    const operations = () =>
      Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          label: `${method.toUpperCase()} ${path}`,
          path,
          operation,
        })),
      );

    beforeAll(async () => {
      document = (await testApp.http().get('/api/v1/openapi.json').expect(200)).body;
    });

    it('ObjectId patterns without a regex flag leaking into the string', () => {
      const patterns = JSON.stringify(document).match(/"pattern":"[^"]*"/g) ?? [];

      expect(patterns.filter((pattern) => /\/[a-z]*"$/.test(pattern))).toEqual([]);
      expect(document.paths['/api/v1/offers/{id}']?.get?.parameters?.[0]?.schema.pattern).toBe('^[0-9a-fA-F]{24}$');
    });

    it('404 on every route with a path parameter, 413 and 415 on every route with a body', () => {
      const missing = operations().flatMap(({ label, path, operation }) => [
        ...(path.includes('{') && !operation.responses['404'] ? [`${label}: 404`] : []),
        ...(operation.requestBody && !operation.responses['413'] ? [`${label}: 413`] : []),
        ...(operation.requestBody && !operation.responses['415'] ? [`${label}: 415`] : []),
      ]);

      expect(missing).toEqual([]);
    });

    it('both successes of POST /matches, 429 where sign-ins are limited, 503 on /readyz', () => {
      expect(Object.keys(document.paths['/api/v1/matches']?.post?.responses ?? {})).toEqual(
        expect.arrayContaining(['200', '201', '404']),
      );
      expect(document.paths['/api/v1/auth/login']?.post?.responses['429']).toBeDefined();
      expect(document.paths['/api/v1/me/password']?.post?.responses['429']).toBeDefined();
      expect(document.paths['/readyz']?.get?.responses['503']).toBeDefined();
    });

    it('a body is required only where an empty one is refused', () => {
      expect(document.paths['/api/v1/offers']?.post?.requestBody?.required).toBe(true);
      expect(document.paths['/api/v1/offers/{id}']?.patch?.requestBody?.required).toBe(false);
    });

    it('the rules the server enforces, as structure: one of job or commune fields, flags, kinds, channels', () => {
      expect(document.components.schemas.JobInput?.anyOf).toHaveLength(2);
      expect(document.components.schemas.CommuneInput?.anyOf).toHaveLength(3);
      const unread = document.paths['/api/v1/me/notifications']?.get?.parameters?.find(({ name }) => name === 'unread');
      expect(unread?.schema.enum).toEqual(['true', 'false']);
      const kinds = JSON.stringify(document.components.schemas.NewOrganization);
      expect(kinds).toContain('"employer"');
      expect(kinds).not.toContain('"territory"');
      const preferences = JSON.stringify(document.components.schemas.NotificationPreferenceChanges);
      expect(preferences).toContain('"in_app"');
      expect(preferences).not.toContain('"sms"');
      expect(preferences).not.toContain('"webhook"');
    });
  });

  it('is the same document as the one written without a server for the web app’s types', async () => {
    const served = (await testApp.http().get('/api/v1/openapi.json').expect(200)).body as { servers: unknown };
    const written = JSON.parse(JSON.stringify(apiDocument(testApp.deps.config.PUBLIC_BASE_URL))) as unknown;
    expect(written).toEqual(served);
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await testApp.http().get('/docs/').expect(200);

    expect(response.text).toContain('swagger-ui');
  });
});
