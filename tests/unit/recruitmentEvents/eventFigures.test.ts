import type { EventInvitation } from '../../../shared/domain/recruitmentEvents/eventInvitation';
import { eventFigures, sumFigures } from '../../../shared/domain/recruitmentEvents/eventFigures';

const startsAt = new Date('2026-12-15T08:00:00Z');
let counter = 0;

function anInvitation(status: EventInvitation['status'], channel: EventInvitation['channel'] = 'sms'): EventInvitation {
  counter += 1;
  return {
    id: `event:${counter}`,
    eventId: 'event',
    candidateId: `person-${counter}`,
    guestName: null,
    organizationId: 'structure',
    invitedBy: 'adviser',
    invitedAt: new Date('2026-12-01'),
    channel,
    status,
    offerIds: [],
    answeredAt: null,
    waitlistedAt: null,
    checkedInAt: null,
    updatedAt: new Date('2026-12-01'),
  };
}

const interviewAt = (at: string) => ({ action: 'request_interview' as const, at: new Date(at) });

describe('eventFigures', () => {
  const came = anInvitation('attended');
  const cameToo = anInvitation('attended');
  const invitations = [
    came,
    cameToo,
    anInvitation('no_show'),
    anInvitation('registered'),
    anInvitation('declined'),
    anInvitation('invited'),
    anInvitation('waitlisted'),
    anInvitation('attended', 'walk_in'),
  ];

  it('counts the funnel: invited, registered (those who came included), attended (walk-ins too), no-shows', () => {
    const figures = eventFigures({ startsAt, invitations, matches: [], outcomes: [] });
    expect(figures).toMatchObject({
      invited: 7,
      registered: 4,
      waitlisted: 1,
      declined: 1,
      attended: 3,
      noShows: 1,
      walkIns: 1,
      interviews: 0,
      positiveOutcomes: 0,
    });
    expect(figures.rates).toEqual({ registration: 0.571, attendance: 0.5, interview: 0, positiveOutcome: 0 });
  });

  it('counts interviews and positive outcomes of attendees only, once per person, within three months of the event', () => {
    const figures = eventFigures({
      startsAt,
      invitations,
      matches: [
        { candidateId: came.candidateId, offerId: 'a', history: [interviewAt('2026-12-16')] as never },
        { candidateId: came.candidateId, offerId: 'b', history: [interviewAt('2026-12-17')] as never },
        // Before the event: not the event's.
        { candidateId: cameToo.candidateId, offerId: 'a', history: [interviewAt('2026-12-01')] as never },
        // Not an attendee.
        { candidateId: 'someone-else', offerId: 'a', history: [interviewAt('2026-12-16')] as never },
      ],
      outcomes: [
        { candidateId: came.candidateId, kind: 'employment', date: new Date('2027-01-05') },
        { candidateId: cameToo.candidateId, kind: 'training', date: new Date('2027-03-14') },
        { candidateId: cameToo.candidateId, kind: 'employment', date: new Date('2027-03-16') },
        { candidateId: 'someone-else', kind: 'employment', date: new Date('2027-01-05') },
      ],
    });
    expect(figures).toMatchObject({ interviews: 1, hires: 1, trainings: 1, positiveOutcomes: 2 });
    expect(figures.rates.positiveOutcome).toBe(0.667);
  });

  it('gives null rates on an empty base, and sums several events with their rates computed again', () => {
    const empty = eventFigures({ startsAt, invitations: [], matches: [], outcomes: [] });
    expect(empty.rates).toEqual({ registration: null, attendance: null, interview: null, positiveOutcome: null });
    const one = eventFigures({ startsAt, invitations, matches: [], outcomes: [] });
    const total = sumFigures([one, one, empty]);
    expect(total).toMatchObject({ invited: 14, registered: 8, attended: 6, walkIns: 2 });
    expect(total.rates.attendance).toBe(0.5);
  });
});
