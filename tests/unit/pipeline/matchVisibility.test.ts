import type { Actor } from '../../../shared/domain/accounts/session';
import type { CandidateProfile } from '../../../shared/domain/candidates/candidateProfile';
import { notificationIntents } from '../../../shared/domain/notifications/notificationRules';
import { webhookEventType } from '../../../shared/domain/notifications/webhook';
import { applyTransition } from '../../../shared/domain/pipeline/applyTransition';
import { employerViewsOf } from '../../../shared/domain/pipeline/employerViewsOf';
import type { Match } from '../../../shared/domain/pipeline/match';
import { canSee } from '../../../shared/domain/pipeline/matchVisibility';
import { transitionEvent } from '../../../shared/domain/pipeline/pipelineEvents';
import { transitionRules, type MatchAction } from '../../../shared/domain/pipeline/pipelineStates';
import { sharedProfileOf } from '../../../shared/domain/pipeline/sharedProfile';
import type { CandidateRepository } from '../../../shared/ports/CandidateRepository';
import { actors, aMatch, requestFor } from '../../support/matchBuilders';

const now = new Date('2026-11-24T10:00:00Z');
const employer: Actor = { userId: 'employer-1', organizationId: 'company', role: 'employer' };
const otherEmployer: Actor = { userId: 'employer-2', organizationId: 'other-company', role: 'employer' };
const adviser: Actor = { userId: 'adviser-1', organizationId: 'structure', role: 'adviser' };

const person = {
  id: 'candidate-1',
  contact: { firstName: 'Inès', lastName: 'Martin', email: 'ines@example.org', mobile: '+33612345678' },
  desiredJobs: [],
  skills: ['cariste'],
  experiences: [],
  qualificationLevel: null,
  certifications: [],
  availability: { from: null, workingTime: 'full_time', schedules: [], earliestStartHour: null, latestEndHour: null },
  consent: { shareWithEmployers: true, recordedBy: 'adviser-1', recordedAt: now },
} as unknown as CandidateProfile;

/**
 * Every way a match can go, from its creation: each path of the transition table (the proposal
 * writes what the employer is shown, as TransitionMatch does).
 */
function everyPath(): { actions: MatchAction[]; match: Match }[] {
  const paths: { actions: MatchAction[]; match: Match }[] = [];
  const walk = (match: Match, actions: MatchAction[]) => {
    paths.push({ actions, match });
    for (const rule of transitionRules.filter((candidate) => candidate.from.includes(match.status))) {
      if (rule.to === null && actions.includes(rule.action)) continue; // share_contact once
      const outcome = applyTransition(match, requestFor(rule.action), actors[rule.by], now);
      if (outcome.kind !== 'applied') continue;
      const next =
        rule.action === 'propose' ? { ...outcome.match, sharedProfile: sharedProfileOf(person, now) } : outcome.match;
      walk(next, [...actions, rule.action]);
    }
  };
  walk(aMatch('suggested'), []);
  return paths;
}

const paths = everyPath().map(({ actions, match }) => ({
  path: ['created', ...actions].join(' → '),
  actions,
  match,
  proposed: actions.includes('propose'),
}));

function candidatesWith(profile: CandidateProfile | null): CandidateRepository {
  return { findById: () => Promise.resolve(profile) } as unknown as CandidateRepository;
}

describe('what an employer may see of a match', () => {
  it('walks every status of the pipeline', () => {
    const statuses = new Set(paths.map(({ match }) => match.status));
    expect([...statuses].sort()).toEqual(
      [
        'suggested',
        'shortlisted',
        'dismissed',
        'proposed',
        'interview_requested',
        'interview_scheduled',
        'hired',
        'not_hired',
        'declined',
        'expired',
        'withdrawn',
        'no_show',
        'cancelled',
      ].sort(),
    );
    // Cancelled both before and after a proposal: the case an outside probe found.
    expect(paths.some(({ match, proposed }) => match.status === 'cancelled' && !proposed)).toBe(true);
    expect(paths.some(({ match, proposed }) => match.status === 'cancelled' && proposed)).toBe(true);
  });

  it.each(paths)('$path: the offer’s employer sees it only if it was proposed', async ({ match, proposed }) => {
    expect(canSee(employer, match)).toBe(proposed);
    expect(canSee(otherEmployer, match)).toBe(false);
    expect(canSee(adviser, match)).toBe(true);
    const views = await employerViewsOf([match], candidatesWith(person));
    expect(views).toHaveLength(proposed ? 1 : 0);
  });

  it.each(paths.filter(({ actions }) => actions.length > 0))(
    '$path: the employer is notified of the last step only if it was proposed',
    ({ match, proposed }) => {
      const last = match.history.at(-1);
      if (!last) throw new Error('no step');
      const event = transitionEvent(match, last);
      const toEmployer = notificationIntents(event).filter((intent) => intent.audience === 'employer_members');
      if (!proposed) {
        expect(toEmployer).toEqual([]);
        expect(webhookEventType(event)).toBeNull();
      }
      if (last.action === 'cancel') expect(toEmployer.length > 0).toBe(proposed);
    },
  );

  const proposedPaths = paths.filter(({ proposed }) => proposed);

  it.each(proposedPaths)('$path: the person as proposed, never the live profile', async ({ match }) => {
    const edited = { ...person, skills: ['soudure'], contact: { ...person.contact, firstName: 'Autre' } };
    const [view] = await employerViewsOf([match], candidatesWith(edited));
    if (view?.view !== 'employer') throw new Error('no employer view');
    expect(view.candidate.firstName).toBe('Inès');
    expect(view.candidate.lastNameInitial).toBe('M.');
    expect(view.candidate.skills).toEqual(['cariste']);
  });

  it.each(proposedPaths)('$path: contact data only while shared and consented', async ({ match }) => {
    const shared = match.contactShared && match.interview !== null;
    const withConsent = await employerViewsOf([match], candidatesWith(person));
    const withdrawn = await employerViewsOf(
      [match],
      candidatesWith({ ...person, consent: { ...person.consent!, shareWithEmployers: false } }),
    );
    const erased = await employerViewsOf([match], candidatesWith(null));
    const contactOf = (views: typeof withConsent) =>
      views[0]?.view === 'employer' ? views[0].candidate.contact : 'none';
    expect(contactOf(withConsent)).toEqual(shared ? { email: 'ines@example.org', mobile: '+33612345678' } : null);
    expect(contactOf(withdrawn)).toBeNull();
    expect(contactOf(erased)).toBeNull();
  });
});
