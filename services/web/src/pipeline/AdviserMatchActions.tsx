import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { chosenReasons, reasonLabels, type ReasonCode } from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import type { AdviserMatch } from './adviserMatch';
import { adviserActionLabels, adviserActionsOf, adviserStatusLabels, type AdviserAction } from './board';
import { useAdviserStep, type Transition } from './queries';

/** Taking a suggestion into the pipeline without a step yet: the match starts as "suggested". */
type Choice = AdviserAction | 'take';
/** Steps taken at once; the others open their small form first. */
const immediate: readonly Choice[] = ['take', 'shortlist'];

const choiceLabels: Record<Choice, string> = { take: 'Ajouter au suivi', ...adviserActionLabels };
const submitLabels: Partial<Record<Choice, string>> = {
  propose: 'Envoyer la proposition',
  dismiss: 'Écarter',
  withdraw: 'Retirer la candidature',
  share_contact: 'Enregistrer l’accord',
  record_no_show: 'Enregistrer l’absence',
};

type State = { state: 'default' | 'error'; stateRelatedMessage?: string };
const stateOf = (reason: string | undefined): State =>
  reason ? { state: 'error', stateRelatedMessage: reason } : { state: 'default' };

/**
 * The adviser's steps on one person for one offer: those the API allows now (`allowedActions`),
 * or, for a suggestion not in the pipeline yet, follow, shortlist and dismiss. `subject` names the
 * person or the offer, for the buttons' accessible names in a list of cards.
 */
export function AdviserMatchActions({
  match,
  offerId,
  candidateId,
  subject,
  size = 'medium',
  stacked = false,
}: {
  match: AdviserMatch | null;
  offerId: string;
  candidateId: string;
  subject: string;
  size?: 'small' | 'medium';
  /** One button a line, for a narrow column. */
  stacked?: boolean;
}) {
  const choices: Choice[] = match
    ? adviserActionsOf(match.allowedActions, match.contactShared)
    : ['take', 'shortlist', 'dismiss'];
  const [open, setOpen] = useState<Choice | null>(null);
  const [done, setDone] = useState('');
  const step = useAdviserStep();
  const formId = useId();

  const take = (choice: Choice, transition: Transition | null) =>
    step.mutate(
      { match, offerId, candidateId, transition },
      {
        onSuccess: (after) => {
          setOpen(null);
          setDone(`${subject} : ${adviserStatusLabels[after.status]}.`);
        },
      },
    );

  return (
    <div className="passerelle-adviser-actions">
      <p className="fr-sr-only" role="status" aria-live="polite">
        {done}
      </p>
      {open === null && <ProblemAlert error={step.error} />}
      {choices.length > 0 && (
        <ul
          className={`fr-btns-group ${stacked ? '' : 'fr-btns-group--inline-sm'} fr-btns-group--${size === 'small' ? 'sm' : 'md'}`}
        >
          {choices.map((choice, index) => (
            <li key={choice}>
              <Button
                type="button"
                size={size}
                priority={index === 0 ? 'primary' : 'secondary'}
                disabled={step.isPending && immediate.includes(choice)}
                nativeButtonProps={{
                  'aria-label': `${choiceLabels[choice]} : ${subject}`,
                  ...(immediate.includes(choice)
                    ? {}
                    : { 'aria-expanded': open === choice, 'aria-controls': `${formId}-${choice}` }),
                }}
                onClick={() => {
                  step.reset();
                  if (immediate.includes(choice)) take(choice, choice === 'take' ? null : { action: 'shortlist' });
                  else setOpen(open === choice ? null : choice);
                }}
              >
                {choiceLabels[choice]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {open && open !== 'take' && open !== 'shortlist' && (
        <div id={`${formId}-${open}`} className="fr-p-2w fr-mb-2w passerelle-action-form">
          <StepForm
            action={open}
            subject={subject}
            busy={step.isPending}
            error={step.error}
            onSubmit={(transition) => take(open, transition)}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </div>
  );
}

function StepForm({
  action,
  subject,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  action: Exclude<AdviserAction, 'shortlist'>;
  subject: string;
  busy: boolean;
  error: unknown;
  onSubmit: (transition: Transition) => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [action]);
  const fields = fieldErrorsOf(error);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState<ReasonCode | ''>('');
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState('');
  const takesReason = action === 'dismiss' || action === 'withdraw';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'dismiss' && !reason) return setMissing('Choisissez un motif.');
    if (action === 'share_contact' && !agreed)
      return setMissing('Cochez la case pour confirmer l’accord de la personne.');
    setMissing('');
    onSubmit({
      action,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(takesReason && reason ? { reason } : {}),
    });
  };

  const commentLabel =
    action === 'propose' ? 'Message à l’employeur' : action === 'share_contact' ? 'Note (facultatif)' : 'Commentaire';
  const commentHint =
    action === 'propose'
      ? 'Ce que l’employeur doit savoir : parcours, disponibilités, accompagnement prévu'
      : 'Facultatif, gardé dans l’historique';

  return (
    <form onSubmit={submit} noValidate aria-label={`${adviserActionLabels[action]} : ${subject}`}>
      <ProblemAlert error={error} shownFields={['comment', 'reason']} />
      <div ref={first}>
        {action === 'share_contact' && (
          <Checkbox
            state={missing ? 'error' : 'default'}
            stateRelatedMessage={missing || undefined}
            options={[
              {
                label: 'La personne a accepté l’entretien et que ses coordonnées soient transmises à l’employeur',
                nativeInputProps: { checked: agreed, onChange: (event) => setAgreed(event.target.checked) },
              },
            ]}
          />
        )}
        {takesReason && (
          <Select
            label={action === 'dismiss' ? 'Motif' : 'Motif (facultatif)'}
            {...stateOf(reasonFor(fields, 'reason') ?? (action === 'dismiss' ? missing || undefined : undefined))}
            nativeSelectProps={{ value: reason, onChange: (event) => setReason(event.target.value as ReasonCode | '') }}
          >
            <option value="">— Choisir un motif —</option>
            {chosenReasons.map((code) => (
              <option key={code} value={code}>
                {reasonLabels[code]}
              </option>
            ))}
          </Select>
        )}
        <Input
          label={commentLabel}
          hintText={commentHint}
          textArea
          {...stateOf(reasonFor(fields, 'comment'))}
          nativeTextAreaProps={{ value: comment, rows: 3, onChange: (event) => setComment(event.target.value) }}
        />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mt-1w">
        <li>
          <Button type="submit" size="small" disabled={busy}>
            {submitLabels[action] ?? adviserActionLabels[action]}
          </Button>
        </li>
        <li>
          <Button type="button" size="small" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
