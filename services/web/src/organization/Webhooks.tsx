import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ConfirmAction } from '../ui/ConfirmModal';
import { formatDate } from '../ui/format';
import { webhookEventLabels, type WebhookEventType } from '../ui/labels';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useDeleteWebhook, useRegisterWebhook, useWebhooks, type CreatedWebhook } from './queries';

const eventTypes = Object.keys(webhookEventLabels) as WebhookEventType[];

/** The organisation's webhooks: signed POSTs of its events to its own systems. */
export function Webhooks({ organizationId }: { organizationId: string }) {
  const webhooks = useWebhooks(organizationId);
  const remove = useDeleteWebhook(organizationId);
  return (
    <section>
      <h2 className="fr-h4">Webhooks</h2>
      <p>
        Passerelle envoie à ces adresses un POST signé (HMAC-SHA256 avec le secret du webhook) pour chaque événement
        choisi : vos propres outils en sont informés sans attendre.
      </p>
      <ProblemAlert error={remove.error} />
      {webhooks.isPending ? (
        <Loading what="les webhooks" />
      ) : webhooks.isError ? (
        <ProblemAlert error={webhooks.error} />
      ) : webhooks.data.length === 0 ? (
        <p>Aucun webhook enregistré.</p>
      ) : (
        <Table
          caption="Webhooks enregistrés"
          headers={['Adresse', 'Événements', 'Enregistré le', 'Action']}
          data={webhooks.data.map((webhook) => [
            <span key="url" className="passerelle-secret">
              {webhook.url}
            </span>,
            webhook.eventTypes.map((type) => webhookEventLabels[type]).join(' ; '),
            formatDate(webhook.createdAt),
            <ConfirmAction
              key="delete"
              trigger="Supprimer"
              triggerProps={{ priority: 'tertiary', iconId: 'fr-icon-delete-line' }}
              title="Supprimer le webhook"
              confirm="Supprimer le webhook"
              busy={remove.isPending}
              onConfirm={() => remove.mutate(webhook.id)}
            >
              <p>Passerelle n’enverra plus rien à {webhook.url}. Cette action est définitive.</p>
            </ConfirmAction>,
          ])}
        />
      )}
      <RegisterWebhook organizationId={organizationId} />
    </section>
  );
}

function RegisterWebhook({ organizationId }: { organizationId: string }) {
  const register = useRegisterWebhook(organizationId);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['match.proposed']);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const fields = fieldErrorsOf(register.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      { url, events },
      {
        onSuccess: (webhook) => {
          setCreated(webhook);
          setUrl('');
        },
      },
    );
  };
  return (
    <div className="fr-mt-4w">
      <h3 className="fr-h5">Enregistrer un webhook</h3>
      {created && <SecretOnce webhook={created} onDone={() => setCreated(null)} />}
      <ProblemAlert error={register.error} shownFields={['url', 'events']} />
      <form onSubmit={submit} noValidate aria-label="Enregistrer un webhook">
        <Input
          label="Adresse à appeler"
          hintText="Une URL https:// de vos systèmes"
          state={reasonFor(fields, 'url') ? 'error' : 'default'}
          stateRelatedMessage={reasonFor(fields, 'url')}
          nativeInputProps={{ type: 'url', value: url, onChange: (event) => setUrl(event.target.value) }}
        />
        <Checkbox
          legend="Événements"
          state={reasonFor(fields, 'events') ? 'error' : 'default'}
          stateRelatedMessage={reasonFor(fields, 'events')}
          options={eventTypes.map((type) => ({
            label: webhookEventLabels[type],
            hintText: type,
            nativeInputProps: {
              checked: events.includes(type),
              onChange: (event) =>
                setEvents(event.target.checked ? [...events, type] : events.filter((other) => other !== type)),
            },
          }))}
        />
        <Button type="submit" disabled={register.isPending}>
          Enregistrer le webhook
        </Button>
      </form>
    </div>
  );
}

/** The signing secret, shown this once: the API never gives it again. */
function SecretOnce({ webhook, onDone }: { webhook: CreatedWebhook; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="fr-mb-4w">
      <Alert
        severity="warning"
        title="Copiez le secret maintenant"
        description={
          <>
            Il signe chaque envoi vers {webhook.url}. Il ne sera plus jamais affiché : conservez-le dans vos systèmes.
            <span className="fr-mt-1w" style={{ display: 'block' }}>
              Secret : <code className="passerelle-secret fr-text--bold">{webhook.secret}</code>
            </span>
          </>
        }
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <li>
          <Button
            iconId="fr-icon-clipboard-line"
            onClick={() =>
              void navigator.clipboard.writeText(webhook.secret).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copier le secret
          </Button>
        </li>
        <li>
          <Button priority="secondary" onClick={onDone}>
            J’ai conservé le secret
          </Button>
        </li>
      </ul>
      <p role="status" aria-live="polite" className="fr-text--sm">
        {copied ? 'Secret copié dans le presse-papiers.' : ''}
      </p>
    </div>
  );
}
