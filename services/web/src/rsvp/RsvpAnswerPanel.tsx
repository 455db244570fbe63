import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import type { ButtonProps } from '@codegouvfr/react-dsfr/Button';
import { ProblemAlert } from '../ui/ProblemAlert';
import type { RsvpAnswer, RsvpOutcome } from './rsvpOutcome';

const buttonOf = (answer: RsvpAnswer, busy: boolean, onAnswer: (answer: RsvpAnswer) => void): ButtonProps =>
  answer === 'yes'
    ? { children: 'Je viens', iconId: 'fr-icon-check-line', disabled: busy, onClick: () => onAnswer('yes') }
    : {
        children: 'Je ne viens pas',
        iconId: 'fr-icon-close-line',
        priority: 'secondary',
        disabled: busy,
        onClick: () => onAnswer('no'),
      };

/** The question and the big buttons for the answers the person may still give, or why they may not. */
export function RsvpAnswerPanel({
  outcome,
  busy,
  error,
  onAnswer,
}: {
  outcome: RsvpOutcome;
  busy: boolean;
  error: unknown;
  onAnswer: (answer: RsvpAnswer) => void;
}) {
  const [first, ...others] = outcome.offer.map((answer) => buttonOf(answer, busy, onAnswer));
  return (
    <div className="fr-mb-4w">
      <ProblemAlert error={error} />
      {outcome.closed && (
        <Alert
          severity={outcome.closed.severity}
          title={outcome.closed.title}
          description={outcome.closed.description}
          as="h2"
        />
      )}
      {outcome.question && first && (
        <>
          <h2 className={outcome.hint ? 'fr-h4 fr-mb-1w' : 'fr-h4'}>{outcome.question}</h2>
          {outcome.hint && <p>{outcome.hint}</p>}
          <ButtonsGroup buttonsSize="large" inlineLayoutWhen="md and up" buttons={[first, ...others]} />
        </>
      )}
    </div>
  );
}
