import type { Match } from '../../../shared/domain/pipeline/match';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { shapeErrors } from '../../support/documentedShape';
import { takeStep } from '../../support/proposals';
import { queuesSettled } from '../../support/queues';
import { createCandidate as createCandidateAs, publishOffer as publishOfferAs } from '../../support/writes';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let employer: string;
let otherEmployer: string;
let adviser: string;
let otherAdviser: string;

type Body = Record<string, unknown>;

beforeAll(async () => {
  testApp = await startTestApp({ env: { MATCHING_DEBOUNCE_MS: '20' } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  otherEmployer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  otherAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

const fittingCandidate = () =>
  aCandidate()
    .consenting()
    .with({
      contact: { firstName: 'Samia', lastName: 'benali', email: 'samia@example.test', mobile: '06 12 34 56 78' },
      certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'],
    });

const publishOffer = (body: Body = anOffer().build()) => publishOfferAs(testApp, employer, body);

const createCandidate = async (body: Body = fittingCandidate().build()) =>
  (await createCandidateAs(testApp, adviser, body)).id;

async function startMatch(offerId: string, candidateId: string): Promise<string> {
  const response = await testApp
    .http()
    .post('/api/v1/matches')
    .set(...bearer(adviser))
    .send({ offerId, candidateId })
    .expect(201);
  return (response.body as { id: string }).id;
}

const step = (token: string, matchId: string, body: Body, status = 200) =>
  takeStep(testApp, token, matchId, body, status);

const interview = {
  at: '2027-01-10T09:30:00Z',
  place: 'Entrepôt Nord, 12 rue de Lille, Roubaix',
  contactName: 'Mme Roux',
};

/** A match proposed to the employer. */
async function aProposal(): Promise<{ offerId: string; candidateId: string; matchId: string }> {
  const offerId = await publishOffer();
  const candidateId = await createCandidate();
  const matchId = await startMatch(offerId, candidateId);
  await step(adviser, matchId, { action: 'shortlist' });
  await step(adviser, matchId, { action: 'propose', comment: 'Très motivée, disponible tôt le matin.' });
  return { offerId, candidateId, matchId };
}

describe('the recruitment pipeline', () => {
  it('goes from suggestion to hiring, each side acting in turn, with the whole history', async () => {
    const { offerId, matchId } = await aProposal();
    await step(employer, matchId, { action: 'request_interview' });
    await step(employer, matchId, { action: 'schedule_interview', interview });
    await step(adviser, matchId, { action: 'share_contact' });
    const hired = await step(employer, matchId, { action: 'hire' });

    expect(hired.body).toEqual(expect.objectContaining({ view: 'employer', status: 'hired', allowedActions: [] }));
    const full = (
      await testApp
        .http()
        .get(`/api/v1/matches/${matchId}`)
        .set(...bearer(adviser))
        .expect(200)
    ).body as Match;
    expect(full.history.map((line) => [line.action, line.from, line.to, line.actor.kind])).toEqual([
      ['shortlist', 'suggested', 'shortlisted', 'adviser'],
      ['propose', 'shortlisted', 'proposed', 'adviser'],
      ['request_interview', 'proposed', 'interview_requested', 'employer'],
      ['schedule_interview', 'interview_requested', 'interview_scheduled', 'employer'],
      ['share_contact', 'interview_scheduled', 'interview_scheduled', 'adviser'],
      ['hire', 'interview_scheduled', 'hired', 'employer'],
    ]);
    expect(full.history.every((line) => line.actor.userId && line.actor.organizationId && line.at)).toBe(true);
    // One opening, one hire: the offer is filled.
    const offer = await testApp
      .http()
      .get(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .expect(200);
    expect(offer.body.status).toBe('filled');
    const events = await testApp.deps.mongo.collection('domainEvents').find({ 'data.matchId': matchId }).toArray();
    expect(events.map((event) => event.data.action).sort()).toEqual(
      ['hire', 'propose', 'request_interview', 'schedule_interview', 'share_contact', 'shortlist'].sort(),
    );
  });

  it('shows the employer exactly the agreed fields of a proposed person, contact data only once agreed', async () => {
    const { matchId } = await aProposal();

    const view = (
      await testApp
        .http()
        .get(`/api/v1/matches/${matchId}`)
        .set(...bearer(employer))
        .expect(200)
    ).body as Record<string, unknown> & { candidate: Record<string, unknown>; explanation: { met: string[] } };
    expect(Object.keys(view).sort()).toEqual(
      [
        'view',
        'allowedActions',
        'id',
        'offerId',
        'status',
        'proposedAt',
        'candidate',
        'score',
        'explanation',
        'adviserComment',
        'interview',
        'history',
      ].sort(),
    );
    expect(Object.keys(view.candidate).sort()).toEqual(
      [
        'sharedAt',
        'firstName',
        'lastNameInitial',
        'desiredJobs',
        'skills',
        'experiences',
        'qualificationLevel',
        'certifications',
        'availability',
        'contact',
      ].sort(),
    );
    expect(view.candidate).toEqual(
      expect.objectContaining({ firstName: 'Samia', lastNameInitial: 'B.', contact: null }),
    );
    expect(view.adviserComment).toBe('Très motivée, disponible tôt le matin.');
    expect(view.explanation.met).toContain('dans son rayon de mobilité');
    expect(JSON.stringify(view)).not.toMatch(/km|Roubaix|59100|benali|samia@|\+336/i);

    await step(employer, matchId, { action: 'request_interview' });
    await step(employer, matchId, { action: 'schedule_interview', interview });
    const beforeAgreement = await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(employer));
    expect(beforeAgreement.body.candidate.contact).toBeNull();
    await step(adviser, matchId, { action: 'share_contact' });
    const after = await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(employer));
    expect(after.body.candidate.contact).toEqual({ email: 'samia@example.test', mobile: '+33612345678' });

    // An adviser's comment on a withdrawal stays with the advisers.
    await step(adviser, matchId, { action: 'withdraw', comment: 'Problème de santé, reprise dans un mois.' });
    const withdrawn = await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(employer))
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(JSON.stringify(withdrawn.body)).not.toMatch(/santé/);
  });

  it('answers an illegal step with 409 and the allowed actions, the other side’s step with 403', async () => {
    const offerId = await publishOffer();
    const matchId = await startMatch(offerId, await createCandidate());

    const illegal = await step(adviser, matchId, { action: 'propose' }, 409);
    expect(illegal.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(illegal.body.allowedActions).toEqual(['shortlist', 'dismiss']);
    await step(adviser, matchId, { action: 'shortlist' });
    await step(adviser, matchId, { action: 'propose' });
    await step(adviser, matchId, { action: 'request_interview' }, 403);
    await step(employer, matchId, { action: 'decline' }, 400);
    await step(employer, matchId, { action: 'decline', reason: 'no_position', shareReason: true });
  });

  it('keeps each side to its own: employers see nothing before the proposal, others nothing at all', async () => {
    const offerId = await publishOffer();
    const matchId = await startMatch(offerId, await createCandidate());

    await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(employer))
      .expect(404);
    await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(otherAdviser))
      .expect(404);
    const listed = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}`)
      .set(...bearer(employer))
      .expect(200);
    expect(listed.body.items).toEqual([]);

    await step(adviser, matchId, { action: 'shortlist' });
    await step(adviser, matchId, { action: 'propose' });
    const proposed = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}`)
      .set(...bearer(employer))
      .expect(200);
    expect(proposed.body.items.map((item: { id: string }) => item.id)).toEqual([matchId]);
    await testApp
      .http()
      .get(`/api/v1/matches/${matchId}`)
      .set(...bearer(otherEmployer))
      .expect(404);
    const adviserList = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}&status=proposed`)
      .set(...bearer(adviser))
      .expect(200);
    expect(adviserList.body.items).toHaveLength(1);
  });

  it('requires the person’s consent to propose them', async () => {
    const offerId = await publishOffer();
    const candidateId = await createCandidate();
    const matchId = await startMatch(offerId, candidateId);
    await step(adviser, matchId, { action: 'shortlist' });
    await testApp
      .http()
      .patch(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .send({ shareWithEmployers: false })
      .expect(200);

    await step(adviser, matchId, { action: 'propose' }, 409);
    const noConsent = await createCandidate(fittingCandidate().consenting(false).build());
    const refused = await testApp
      .http()
      .post('/api/v1/matches')
      .set(...bearer(adviser))
      .send({ offerId, candidateId: noConsent })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'no_consent' })]);
  });

  it('changes nothing when the same step is asked twice (double click)', async () => {
    const offerId = await publishOffer();
    const matchId = await startMatch(offerId, await createCandidate());

    const first = await step(adviser, matchId, { action: 'shortlist' });
    const second = await step(adviser, matchId, { action: 'shortlist' });

    expect(second.body).toEqual(first.body);
    expect((second.body as Match).history).toHaveLength(1);
    // Starting the same match twice gives the one there.
    const again = await testApp
      .http()
      .post('/api/v1/matches')
      .set(...bearer(adviser))
      .send({ offerId, candidateId: (first.body as Match).candidateId })
      .expect(200);
    expect(again.body.id).toBe(matchId);
  });

  it('dates the proposal on the profile, exports the pipeline with the person and erases it with them', async () => {
    const { candidateId, matchId } = await aProposal();

    const profile = await testApp
      .http()
      .get(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .expect(200);
    expect(profile.body.lastProposedAt).toEqual(expect.any(String));
    const exported = await testApp
      .http()
      .get(`/api/v1/candidates/${candidateId}/export`)
      .set(...bearer(adviser))
      .expect(200);
    expect(exported.body.matches.map((match: { id: string }) => match.id)).toEqual([matchId]);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .expect(204);
    expect(await testApp.deps.mongo.collection('matches').countDocuments({ candidateId })).toBe(0);
  });

  it('cancels the open matches of an offer that is closed, with the reason', async () => {
    const { offerId, matchId } = await aProposal();

    await testApp
      .http()
      .post(`/api/v1/offers/${offerId}/close`)
      .set(...bearer(employer))
      .expect(200);
    await queuesSettled(testApp);

    const match = (
      await testApp
        .http()
        .get(`/api/v1/matches/${matchId}`)
        .set(...bearer(adviser))
        .expect(200)
    ).body as Match;
    expect(match.status).toBe('cancelled');
    expect(match.history.at(-1)).toEqual(
      expect.objectContaining({
        action: 'cancel',
        reason: 'offer_closed',
        actor: { kind: 'system', userId: null, organizationId: null },
      }),
    );
    // The job that cancels runs again after every write: the second time, nothing is left to cancel.
    expect(await testApp.deps.useCases.cancelObsoleteMatches.execute({ entity: 'offer', id: offerId })).toBe(0);
  });

  it('flags stale, with the reason, a suggestion in the pipeline that a recomputation no longer finds', async () => {
    const offerId = await publishOffer();
    const candidateId = await createCandidate();
    await queuesSettled(testApp);
    await startMatch(offerId, candidateId);
    await testApp
      .http()
      .patch(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .send({ certifications: ['PERMIS_B'] })
      .expect(200);
    await queuesSettled(testApp);

    const suggestions = await testApp
      .http()
      .get(`/api/v1/offers/${offerId}/suggestions`)
      .set(...bearer(adviser))
      .expect(200);
    const kept = (suggestions.body.items as { candidateId: string; stale: { reason: string } | null }[]).find(
      (item) => item.candidateId === candidateId,
    );
    expect(kept?.stale?.reason).toMatch(/Permis C manquant/);
  });
});

describe('the API document', () => {
  it('describes each side’s view of a match exactly as the API answers it, at every step', async () => {
    const { offerId, matchId } = await aProposal();
    const read = async (token: string) => {
      const one = await testApp
        .http()
        .get(`/api/v1/matches/${matchId}`)
        .set(...bearer(token))
        .expect(200);
      const page = await testApp
        .http()
        .get(`/api/v1/matches?offerId=${offerId}`)
        .set(...bearer(token))
        .expect(200);
      return [one.body as unknown, ...(page.body as { items: unknown[] }).items];
    };
    const check = async () => {
      for (const body of await read(adviser)) {
        expect(shapeErrors('AdviserMatch', body)).toEqual([]);
        expect(shapeErrors('Match', body)).toEqual([]);
        expect(shapeErrors('EmployerMatch', body)).not.toEqual([]);
      }
      for (const body of await read(employer)) {
        expect(shapeErrors('EmployerMatch', body)).toEqual([]);
        expect(shapeErrors('Match', body)).toEqual([]);
      }
    };
    await check();
    await step(employer, matchId, { action: 'request_interview' });
    await step(employer, matchId, { action: 'schedule_interview', interview });
    await step(adviser, matchId, { action: 'share_contact' });
    await check();
    await step(employer, matchId, { action: 'hire' });
    await check();
  });
});
