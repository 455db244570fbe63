import { aCandidate } from '../../support/builders';
import { bearer } from '../../support/accounts';
import { takeStep } from '../../support/proposals';
import type { ApiClient } from '../../support/testApp';
import { createCandidate } from '../../support/writes';

/**
 * What an adviser does through the API while the employer uses the app: a consenting person who
 * fits the offer, taken into the pipeline, shortlisted and proposed with a word for the employer.
 */
export async function proposeSomeone(api: ApiClient, adviserToken: string, offerId: string, comment: string) {
  const body = aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
    .build();
  const { id: candidateId } = await createCandidate(api, adviserToken, body);
  const created = await api
    .http()
    .post('/api/v1/matches')
    .set(...bearer(adviserToken))
    .send({ offerId, candidateId })
    .expect(201);
  const matchId = (created.body as { id: string }).id;
  await takeStep(api, adviserToken, matchId, { action: 'shortlist' });
  await takeStep(api, adviserToken, matchId, { action: 'propose', comment });
  return { matchId, candidateId };
}

/** The adviser records that the person accepted the interview and agreed to share their contact. */
export async function shareContact(api: ApiClient, adviserToken: string, matchId: string): Promise<void> {
  await takeStep(api, adviserToken, matchId, { action: 'share_contact' });
}
