import { bearer } from './accounts';
import { aCandidate, anOffer } from './builders';
import type { ApiClient } from './testApp';
import { createCandidate, publishOffer } from './writes';

/** Through the API: one step of a match (a transition) by the holder of the token; expects the status. */
export function takeStep(
  testApp: ApiClient,
  token: string,
  matchId: string,
  body: Record<string, unknown>,
  status = 200,
) {
  return testApp
    .http()
    .post(`/api/v1/matches/${matchId}/transitions`)
    .set(...bearer(token))
    .send(body)
    .expect(status);
}

/**
 * Through the API: an employer's published offer, a consenting person who fits it, taken into the
 * pipeline by their adviser and taken through these steps (shortlisted and proposed by default).
 */
export async function aMatch(
  testApp: ApiClient,
  tokens: { employer: string; adviser: string },
  options: { offer?: Record<string, unknown>; candidate?: Record<string, unknown>; steps?: string[] } = {},
): Promise<{ offerId: string; candidateId: string; matchId: string }> {
  const offerId = await publishOffer(
    testApp,
    tokens.employer,
    anOffer()
      .with(options.offer ?? {})
      .build(),
  );
  const body = aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'], ...options.candidate })
    .build();
  const { id: candidateId } = await createCandidate(testApp, tokens.adviser, body);
  const match = await testApp
    .http()
    .post('/api/v1/matches')
    .set(...bearer(tokens.adviser))
    .send({ offerId, candidateId })
    .expect(201);
  const matchId = (match.body as { id: string }).id;
  for (const action of options.steps ?? ['shortlist', 'propose'])
    await takeStep(testApp, tokens.adviser, matchId, { action });
  return { offerId, candidateId, matchId };
}

/** A match proposed to the employer. */
export function aProposal(
  testApp: ApiClient,
  tokens: { employer: string; adviser: string },
  offerOverrides: Record<string, unknown> = {},
): Promise<{ offerId: string; candidateId: string; matchId: string }> {
  return aMatch(testApp, tokens, { offer: offerOverrides });
}
