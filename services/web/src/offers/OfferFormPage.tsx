import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate, useParams } from 'react-router';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { OfferForm } from './OfferForm';
import { emptyOffer, fromOffer, toBody } from './offerForm';
import { useCreateOffer, useOffer, useUpdateOffer, type Offer } from './queries';

export function OfferFormPage() {
  const { id } = useParams();
  return id ? <EditOffer id={id} /> : <NewOffer />;
}

function NewOffer() {
  const navigate = useNavigate();
  const create = useCreateOffer();
  return (
    <Page
      title="Nouvelle offre"
      before={
        <Breadcrumb
          currentPageLabel="Nouvelle offre"
          segments={[{ label: 'Mes offres', linkProps: { to: '/offres' } }]}
        />
      }
    >
      <p>
        L’offre est enregistrée comme brouillon : vous la relirez, puis la publierez pour que les conseillers la voient
        et que Passerelle cherche les personnes qui y correspondent.
      </p>
      <OfferForm
        initial={emptyOffer}
        submitLabel="Enregistrer le brouillon"
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toBody(values), { onSuccess: (offer) => void navigate(`/offres/${offer.id}`) })
        }
        cancel={
          <Button priority="secondary" linkProps={{ to: '/offres' }}>
            Annuler
          </Button>
        }
      />
    </Page>
  );
}

function EditOffer({ id }: { id: string }) {
  const offer = useOffer(id);
  return (
    <Loaded query={offer} what="Cette offre">
      {(loaded) => <EditLoadedOffer offer={loaded} />}
    </Loaded>
  );
}

function EditLoadedOffer({ offer }: { offer: Offer }) {
  const navigate = useNavigate();
  const update = useUpdateOffer(offer.id);
  const title = `Modifier l’offre « ${offer.title} »`;
  return (
    <Page
      title={title}
      before={
        <Breadcrumb
          currentPageLabel="Modifier"
          segments={[
            { label: 'Mes offres', linkProps: { to: '/offres' } },
            { label: offer.title, linkProps: { to: `/offres/${offer.id}` } },
          ]}
        />
      }
    >
      <OfferForm
        initial={fromOffer(offer)}
        submitLabel="Enregistrer les modifications"
        busy={update.isPending}
        error={update.error}
        onSubmit={(values) => update.mutate(toBody(values), { onSuccess: () => void navigate(`/offres/${offer.id}`) })}
        cancel={
          <Button priority="secondary" linkProps={{ to: `/offres/${offer.id}` }}>
            Annuler
          </Button>
        }
      />
    </Page>
  );
}
