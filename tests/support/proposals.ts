import { bearer } from './accounts';
import { aCandidate, anOffer } from './builders';
import type { TestApp } from './testApp';

/**
 * Through the API: an employer's published offer, a consenting person who fits it, taken into the
 * pipeline and proposed by their adviser. Returns the ids.
 */
export async function aProposal(
  testApp: TestApp,
  tokens: { employer: string; adviser: string },
  offerOverrides: Record<string, unknown> = {},
): Promise<{ offerId: string; candidateId: string; matchId: string }> {
  const offer = await testApp
    .http()
    .post('/api/v1/offers')
    .set(...bearer(tokens.employer))
    .send(anOffer().with(offerOverrides).build())
    .expect(201);
  const offerId = (offer.body as { id: string }).id;
  await testApp
    .http()
    .post(`/api/v1/offers/${offerId}/publish`)
    .set(...bearer(tokens.employer))
    .expect(200);
  const body = aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
    .build();
  const candidate = await testApp
    .http()
    .post('/api/v1/candidates')
    .set(...bearer(tokens.adviser))
    .send(body)
    .expect(201);
  const candidateId = (candidate.body as { id: string }).id;
  const match = await testApp
    .http()
    .post('/api/v1/matches')
    .set(...bearer(tokens.adviser))
    .send({ offerId, candidateId })
    .expect(201);
  const matchId = (match.body as { id: string }).id;
  for (const action of ['shortlist', 'propose']) {
    await testApp
      .http()
      .post(`/api/v1/matches/${matchId}/transitions`)
      .set(...bearer(tokens.adviser))
      .send({ action })
      .expect(200);
  }
  return { offerId, candidateId, matchId };
}
