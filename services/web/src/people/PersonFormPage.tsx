import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate } from 'react-router';
import { Page } from '../ui/Page';
import { PersonForm } from './PersonForm';
import { emptyPerson, toNewCandidate } from './personForm';
import { useCreateCandidate } from './queries';

/** A new person the organisation follows, with the signed-in adviser as referent. */
export function PersonFormPage() {
  const navigate = useNavigate();
  const create = useCreateCandidate();
  return (
    <Page
      title="Nouvelle personne"
      before={
        <Breadcrumb
          currentPageLabel="Nouvelle personne"
          segments={[{ label: 'Personnes suivies', linkProps: { to: '/personnes' } }]}
        />
      }
    >
      <p>
        Vous serez son conseiller référent. Passerelle lui cherchera des offres dès l’enregistrement ; elle ne pourra
        être proposée à un employeur qu’avec son accord, noté en bas du formulaire.
      </p>
      <PersonForm
        initial={emptyPerson}
        submitLabel="Enregistrer la personne"
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toNewCandidate(values), {
            onSuccess: (candidate) => void navigate(`/personnes/${candidate.id}`),
          })
        }
        cancel={
          <Button priority="secondary" linkProps={{ to: '/personnes' }}>
            Annuler
          </Button>
        }
      />
    </Page>
  );
}
