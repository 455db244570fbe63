import { ConflictError, NotFoundError } from '../../errors';
import type { EventInvitation, InvitationStatus } from '../eventInvitation';
import { decline, register } from '../fillFromWaitingList';
import { registrationOpen, type RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

export interface RsvpView {
  firstName: string;
  event: Pick<RecruitmentEvent, 'kind' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'place' | 'status'> & {
    employers: string[];
  };
  status: InvitationStatus;
  open: boolean;
}

const linkNotValid = () =>
  new NotFoundError('Ce lien n’est plus valable. Contactez votre conseiller pour recevoir une nouvelle invitation.');

/** What a personal link opens: the token, signed over the invitation and until the event's end, is all it takes. */
async function open(deps: RecruitmentEventDeps, token: string) {
  const now = deps.clock.now();
  const id = deps.linkTokens.verify('event_rsvp', token, now);
  const invitation = id ? await deps.invitations.findById(id) : null;
  const event = invitation ? await deps.recruitmentEvents.findById(invitation.eventId) : null;
  const profile = invitation ? await deps.candidates.findById(invitation.candidateId) : null;
  if (!invitation || !event || !profile) throw linkNotValid();
  return { invitation, event, firstName: profile.contact.firstName, now };
}

function view(event: RecruitmentEvent, invitation: EventInvitation, firstName: string, now: Date): RsvpView {
  const { kind, title, description, startsAt, endsAt, place, status } = event;
  return {
    firstName,
    event: {
      kind,
      title,
      description,
      startsAt,
      endsAt,
      place,
      status,
      employers: event.participants.filter((item) => item.status !== 'declined').map((item) => item.organizationName),
    },
    status: invitation.status,
    open: registrationOpen(event, now) && !['attended', 'no_show'].includes(invitation.status),
  };
}

export class GetRsvp {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { token: string }): Promise<RsvpView> {
    const { invitation, event, firstName, now } = await open(this.deps, input.token);
    return view(event, invitation, firstName, now);
  }
}

/** « Je viens » / « Je ne viens pas », from the link, without an account; the answer may change while open. */
export class AnswerRsvp {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { token: string; answer: 'yes' | 'no' }): Promise<RsvpView> {
    const { invitation, event, firstName, now } = await open(this.deps, input.token);
    if (!view(event, invitation, firstName, now).open) {
      throw new ConflictError('Les réponses à cet événement sont closes.');
    }
    const answered =
      input.answer === 'yes'
        ? await register(this.deps, event, invitation)
        : await decline(this.deps, event, invitation);
    return view(event, answered, firstName, this.deps.clock.now());
  }
}
