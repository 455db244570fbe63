import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { isProblem } from '../api/problem';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { RsvpAnswerPanel } from './RsvpAnswerPanel';
import { RsvpEventFacts } from './RsvpEventFacts';
import { RsvpInvalidLink } from './RsvpInvalidLink';
import { useAnswerRsvp, useRsvp } from './queries';
import { rsvpOutcome, type RsvpAnswer, type RsvpView } from './rsvpOutcome';

/**
 * The page a personal invitation link opens (SMS or e-mail), without an account: the event in
 * plain words, « Je viens » or « Je ne viens pas », and what became of the answer.
 */
export function RsvpPage() {
  const { token = '' } = useParams();
  const rsvp = useRsvp(token);
  const answer = useAnswerRsvp(token);
  // 400: a token of the wrong length never reaches the lookup; for the person, the same dead link.
  if (isProblem(rsvp.error, 400, 404) || isProblem(answer.error, 404)) return <RsvpInvalidLink />;
  return (
    <Loaded query={rsvp}>
      {(view) => (
        <RsvpInvitation
          view={view}
          busy={answer.isPending}
          error={answer.error}
          onAnswer={(choice, done) => answer.mutate(choice, { onSuccess: done })}
        />
      )}
    </Loaded>
  );
}

function RsvpInvitation({
  view,
  busy,
  error,
  onAnswer,
}: {
  view: RsvpView;
  busy: boolean;
  error: unknown;
  onAnswer: (answer: RsvpAnswer, done: () => void) => void;
}) {
  const outcome = rsvpOutcome(view);
  const result = useRef<HTMLDivElement>(null);
  const [answered, setAnswered] = useState(0);
  // After an answer the buttons change: focus goes to what the server recorded, which is read out.
  useEffect(() => {
    if (answered > 0) result.current?.focus();
  }, [answered]);

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Votre invitation" heading={`Bonjour ${view.firstName},`}>
          <p className="fr-text--lead">Vous êtes invité(e) à rencontrer des employeurs.</p>
          <div ref={result} tabIndex={-1} aria-live="polite" className="passerelle-rsvp-result">
            {outcome.answer && (
              <Alert
                className="fr-mb-4w"
                severity={outcome.answer.severity}
                title={outcome.answer.title}
                description={outcome.answer.description}
                as="h2"
              />
            )}
          </div>
          <RsvpEventFacts event={view.event} />
          <RsvpAnswerPanel
            outcome={outcome}
            busy={busy}
            error={error}
            onAnswer={(choice) => onAnswer(choice, () => setAnswered((count) => count + 1))}
          />
        </Page>
      </div>
    </div>
  );
}
