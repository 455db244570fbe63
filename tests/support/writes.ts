import { bearer } from './accounts';
import { aCandidate, anOffer } from './builders';
import type { ApiClient } from './testApp';

type Body = Record<string, unknown>;

/** Through the API: an employer writes an offer and publishes it; returns its id. */
export async function publishOffer(
  testApp: ApiClient,
  employer: string,
  body: Body = anOffer().build(),
): Promise<string> {
  const created = await testApp
    .http()
    .post('/api/v1/offers')
    .set(...bearer(employer))
    .send(body)
    .expect(201);
  const id = (created.body as { id: string }).id;
  await testApp
    .http()
    .post(`/api/v1/offers/${id}/publish`)
    .set(...bearer(employer))
    .expect(200);
  return id;
}

/** Through the API: an adviser creates a profile in their organisation. */
export async function createCandidate(
  testApp: ApiClient,
  adviser: string,
  body: Body = aCandidate().build(),
): Promise<{ id: string; organizationId: string }> {
  const created = await testApp
    .http()
    .post('/api/v1/candidates')
    .set(...bearer(adviser))
    .send(body)
    .expect(201);
  return created.body as { id: string; organizationId: string };
}
