import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ProblemAlert } from '../ui/ProblemAlert';
import { formatParisDay, fromParisInput } from './parisTime';
import { useCampaigns, useCreateCampaign } from './queries';
import { errorProps } from '../ui/formParts';

/** The territory's campaigns (series of events over a period), and a small form to name one. */
export function CampaignsSection() {
  const campaigns = useCampaigns();
  return (
    <section aria-labelledby="campaigns-title" className="fr-mt-6w">
      <h2 id="campaigns-title" className="fr-h4">
        Campagnes
      </h2>
      {campaigns.isPending ? (
        <p role="status">Chargement des campagnes…</p>
      ) : campaigns.isError ? (
        <ProblemAlert error={campaigns.error} />
      ) : campaigns.data.length === 0 ? (
        <p>Aucune campagne sur le territoire pour l’instant.</p>
      ) : (
        <ul>
          {campaigns.data.map((campaign) => (
            <li key={campaign.id}>
              <Link to={`/evenements/campagnes/${campaign.id}`}>{campaign.name}</Link>, du{' '}
              {formatParisDay(campaign.from)} au {formatParisDay(campaign.to)}
            </li>
          ))}
        </ul>
      )}
      <NewCampaignForm />
    </section>
  );
}

function NewCampaignForm() {
  const create = useCreateCampaign();
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const fields = { ...fieldErrorsOf(create.error), ...local };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The whole of both days, Paris time.
    const start = fromParisInput(`${from}T00:00`);
    const end = fromParisInput(`${to}T23:59`);
    const problems: Record<string, string> = {};
    if (!start) problems.from = 'indiquez le premier jour';
    if (!end) problems.to = 'indiquez le dernier jour';
    setLocal(problems);
    if (!start || !end) return;
    create.mutate(
      { name, from: start, to: end },
      {
        onSuccess: () => {
          setName('');
          setFrom('');
          setTo('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-campaign-title" className="fr-mt-3w">
      <h3 id="new-campaign-title" className="fr-h6">
        Nouvelle campagne
      </h3>
      <ProblemAlert error={create.error} shownFields={['name', 'from', 'to']} />
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Nom de la campagne"
            {...errorProps(reasonFor(fields, 'name'))}
            nativeInputProps={{ value: name, onChange: (event) => setName(event.target.value) }}
          />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input
            label="Du"
            {...errorProps(reasonFor(fields, 'from'))}
            nativeInputProps={{ type: 'date', value: from, onChange: (event) => setFrom(event.target.value) }}
          />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input
            label="Au"
            {...errorProps(reasonFor(fields, 'to'))}
            nativeInputProps={{ type: 'date', value: to, onChange: (event) => setTo(event.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Button type="submit" disabled={create.isPending} className="fr-mb-3w">
            Créer la campagne
          </Button>
        </div>
      </div>
      {create.isSuccess && (
        <p role="status" className="fr-valid-text">
          Campagne « {create.data.name} » créée.
        </p>
      )}
    </form>
  );
}
