import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { EmployerMatch } from '../api/employerMatch';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import {
  chosenReasons,
  employerActionLabels,
  employerActionSubmitLabels,
  reasonLabels,
  type MatchAction,
  type ReasonCode,
} from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useTransition, type Transition } from './queries';

type EmployerAction = 'request_interview' | 'schedule_interview' | 'decline' | 'hire' | 'record_not_hired';
const employerActions: readonly EmployerAction[] = [
  'request_interview',
  'schedule_interview',
  'hire',
  'record_not_hired',
  'decline',
];
const isEmployerAction = (action: MatchAction): action is EmployerAction =>
  (employerActions as readonly string[]).includes(action);

type State = { state: 'default' | 'error'; stateRelatedMessage?: string };
const stateOf = (reason: string | undefined): State =>
  reason ? { state: 'error', stateRelatedMessage: reason } : { state: 'default' };

/**
 * The steps the API allows this employer now (`allowedActions`), each with its own small form:
 * the button opens it, its submit button takes the step.
 */
export function MatchActions({ match }: { match: EmployerMatch }) {
  const actions = employerActions.filter((action) => match.allowedActions.filter(isEmployerAction).includes(action));
  const [open, setOpen] = useState<EmployerAction | null>(null);
  const transition = useTransition(match.id);
  const formId = useId();
  if (actions.length === 0) return null;

  const take = (body: Transition) =>
    transition.mutate(body, {
      onSuccess: () => setOpen(null),
    });

  return (
    <section aria-label={`Répondre à la proposition`} className="fr-mt-2w">
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {actions.map((action) => (
          <li key={action}>
            <Button
              type="button"
              priority={action === actions[0] ? 'primary' : 'secondary'}
              nativeButtonProps={{ 'aria-expanded': open === action, 'aria-controls': `${formId}-${action}` }}
              onClick={() => {
                transition.reset();
                setOpen(open === action ? null : action);
              }}
            >
              {employerActionLabels[action]}
            </Button>
          </li>
        ))}
      </ul>
      {open && (
        <div id={`${formId}-${open}`} className="fr-p-3w fr-mb-2w passerelle-action-form">
          <ActionForm
            action={open}
            busy={transition.isPending}
            error={transition.error}
            onSubmit={take}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </section>
  );
}

function ActionForm({
  action,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  action: EmployerAction;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Transition) => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [action]);
  const fields = fieldErrorsOf(error);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState<ReasonCode | ''>('');
  const [shareReason, setShareReason] = useState(true);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [contactName, setContactName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: Transition = { action, ...(comment.trim() ? { comment } : {}) };
    if (action === 'decline' || action === 'record_not_hired') {
      if (reason) Object.assign(body, { reason, shareReason });
    }
    if (action === 'schedule_interview') {
      body.interview = {
        at: date && time ? new Date(`${date}T${time}`).toISOString() : '',
        place: place.trim() || null,
        videoUrl: videoUrl.trim() || null,
        contactName,
      };
    }
    onSubmit(body);
  };

  const commentInput = (label: string, hint: string) => (
    <Input
      label={label}
      hintText={hint}
      textArea
      {...stateOf(reasonFor(fields, 'comment'))}
      nativeTextAreaProps={{ value: comment, rows: 3, onChange: (event) => setComment(event.target.value) }}
    />
  );

  let content: ReactNode;
  switch (action) {
    case 'request_interview':
      content = commentInput('Message au conseiller', 'Facultatif : vos disponibilités, une question sur le profil');
      break;
    case 'schedule_interview':
      content = (
        <>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Date de l’entretien"
                {...stateOf(reasonFor(fields, 'interview.at', 'interview'))}
                nativeInputProps={{ type: 'date', value: date, onChange: (event) => setDate(event.target.value) }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Heure"
                nativeInputProps={{ type: 'time', value: time, onChange: (event) => setTime(event.target.value) }}
              />
            </div>
          </div>
          <Input
            label="Lieu"
            hintText="Adresse de l’entretien ; laissez vide pour un entretien en visio"
            {...stateOf(reasonFor(fields, 'interview.place'))}
            nativeInputProps={{
              value: place,
              autoComplete: 'street-address',
              onChange: (event) => setPlace(event.target.value),
            }}
          />
          <Input
            label="Lien de la visio"
            hintText="Une adresse https://, pour un entretien à distance"
            {...stateOf(reasonFor(fields, 'interview.videoUrl'))}
            nativeInputProps={{ type: 'url', value: videoUrl, onChange: (event) => setVideoUrl(event.target.value) }}
          />
          <Input
            label="Personne à demander"
            hintText="Qui reçoit la personne"
            {...stateOf(reasonFor(fields, 'interview.contactName'))}
            nativeInputProps={{ value: contactName, onChange: (event) => setContactName(event.target.value) }}
          />
          {commentInput('Message', 'Facultatif : ce qu’il faut apporter, comment venir')}
        </>
      );
      break;
    case 'decline':
    case 'record_not_hired':
      content = (
        <>
          <Select
            label={action === 'decline' ? 'Motif' : 'Motif (facultatif)'}
            {...stateOf(reasonFor(fields, 'reason'))}
            nativeSelectProps={{ value: reason, onChange: (event) => setReason(event.target.value as ReasonCode | '') }}
          >
            <option value="">— Choisir un motif —</option>
            {chosenReasons.map((code) => (
              <option key={code} value={code}>
                {reasonLabels[code]}
              </option>
            ))}
          </Select>
          <Checkbox
            options={[
              {
                label: 'La personne peut être informée de ce motif',
                nativeInputProps: { checked: shareReason, onChange: (event) => setShareReason(event.target.checked) },
              },
            ]}
          />
          {commentInput('Commentaire', reason === 'other' ? 'Précisez le motif' : 'Facultatif, lu par le conseiller')}
        </>
      );
      break;
    case 'hire':
      content = commentInput('Commentaire', 'Facultatif : date d’embauche, contrat');
      break;
  }

  return (
    <form onSubmit={submit} noValidate aria-label={employerActionLabels[action]}>
      <ProblemAlert error={error} shownFields={['comment', 'reason', 'interview']} />
      <div ref={first}>{content}</div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Button type="submit" disabled={busy}>
            {employerActionSubmitLabels[action]}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
