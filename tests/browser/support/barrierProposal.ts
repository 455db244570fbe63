import { bearer } from '../../support/accounts';
import { aCandidate } from '../../support/builders';
import { takeStep } from '../../support/proposals';
import type { ApiClient } from '../../support/testApp';
import { createCandidate } from '../../support/writes';

/**
 * Through the API: an adviser records a person with a barrier to employment (a frein, known to
 * their organisation's advisers only) whose notes carry `marker`, then proposes that person on the
 * employer's offer, as proposeSomeone does.
 */
export async function proposeSomeoneWithABarrier(
  api: ApiClient,
  adviserToken: string,
  offerId: string,
  marker: string,
): Promise<{ candidateId: string; matchId: string }> {
  const body = aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
    .build();
  const { id: candidateId } = await createCandidate(api, adviserToken, body);
  await api
    .http()
    .post(`/api/v1/candidates/${candidateId}/barriers`)
    .set(...bearer(adviserToken))
    .send({ kind: 'housing', notes: `Hébergée chez sa sœur jusqu’en mars (${marker}).` })
    .expect(201);
  const created = await api
    .http()
    .post('/api/v1/matches')
    .set(...bearer(adviserToken))
    .send({ offerId, candidateId })
    .expect(201);
  const matchId = (created.body as { id: string }).id;
  await takeStep(api, adviserToken, matchId, { action: 'shortlist' });
  await takeStep(api, adviserToken, matchId, {
    action: 'propose',
    comment: 'Samia connaît bien la région ; disponible dès lundi.',
  });
  return { candidateId, matchId };
}
