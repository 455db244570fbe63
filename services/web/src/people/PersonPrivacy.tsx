import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate } from 'react-router';
import { ConfirmAction } from '../ui/ConfirmModal';
import { ProblemAlert } from '../ui/ProblemAlert';
import { downloadJson } from './downloadJson';
import { exportFileName } from './exportFile';
import type { Candidate } from './labels';
import { useEraseCandidate, useExportCandidate } from './queries';

/**
 * The person's rights (RGPD): a copy of everything held (access, portability) and erasure. What
 * the erasure says it removes and keeps is what EraseCandidate does (shared/domain/candidates).
 */
export function PersonPrivacy({ candidate }: { candidate: Candidate }) {
  const navigate = useNavigate();
  const exported = useExportCandidate(candidate.id);
  const erase = useEraseCandidate(candidate.id);
  const name = `${candidate.contact.firstName} ${candidate.contact.lastName}`;

  return (
    <>
      <h2 className="fr-h4">Données personnelles</h2>
      <section className="fr-mb-6w">
        <h3 className="fr-h6">Droit d’accès et portabilité</h3>
        <p>
          Un fichier JSON avec tout ce que Passerelle conserve sur la personne : son profil, ses freins périphériques et
          ses mises en relation. Remettez-le-lui si elle le demande ; ne le transmettez à personne d’autre.
        </p>
        <ProblemAlert error={exported.error} />
        <Button
          iconId="fr-icon-download-line"
          priority="secondary"
          disabled={exported.isPending}
          onClick={() =>
            exported.mutate(undefined, {
              onSuccess: (data) => downloadJson(data, exportFileName(candidate.contact, new Date())),
            })
          }
        >
          Télécharger l’export (JSON)
        </Button>
      </section>

      <section>
        <h3 className="fr-h6">Droit à l’effacement</h3>
        <p>
          À la demande de la personne, ou quand son accompagnement est terminé et que rien ne justifie de garder ses
          données. L’effacement est définitif.
        </p>
        <ConfirmAction
          trigger="Effacer la personne"
          triggerProps={{ priority: 'secondary', iconId: 'fr-icon-delete-line' }}
          title={`Effacer ${name} ?`}
          confirm="Effacer définitivement"
          busy={erase.isPending}
          keepOpen
          onConfirm={(close) =>
            erase.mutate(undefined, {
              onSuccess: () => {
                close();
                void navigate('/personnes', { state: { erased: name } });
              },
            })
          }
        >
          <ProblemAlert error={erase.error} />
          <p>
            <strong>Sont effacés :</strong>
          </p>
          <ul>
            <li>son profil : coordonnées, projet, parcours, mobilité, disponibilités, contraintes et consentement ;</li>
            <li>ses freins périphériques et leurs notes ;</li>
            <li>
              toutes ses mises en relation, y compris chez les employeurs à qui elle a été proposée : ils n’en gardent
              rien ;
            </li>
            <li>les messages que Passerelle lui a envoyés (SMS, e-mails) et le journal de leur acheminement ;</li>
            <li>sa fiche dans la recherche, retirée dans les minutes qui suivent.</li>
          </ul>
          <p>
            <strong>Sont conservés :</strong>
          </p>
          <ul>
            <li>
              un décompte anonyme pour les statistiques : votre structure, le mois de l’effacement et sa dernière
              situation, sans nom ni identifiant. Les messages déjà reçus restent, bien sûr, sur son téléphone ou dans
              sa messagerie.
            </li>
          </ul>
          <p className="fr-mb-0">
            Pensez à télécharger l’export d’abord si la personne souhaite garder une copie de ses données.
          </p>
        </ConfirmAction>
      </section>
    </>
  );
}
