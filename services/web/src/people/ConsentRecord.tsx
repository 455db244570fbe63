import { useMembers } from '../organization/queries';
import { useMe } from '../session/queries';
import { formatDate } from '../ui/format';
import type { Candidate } from './labels';

/** Who recorded the person's answer about being shown to employers (a colleague, by name), and when. */
export function ConsentRecord({ consent }: { consent: Candidate['consent'] }) {
  const me = useMe();
  const members = useMembers(me.data?.organization.id ?? '');
  if (!consent) {
    return <p className="fr-mb-0">Aucune réponse enregistrée : la personne n’a pas encore été consultée.</p>;
  }
  const recorder = members.data?.items.find((user) => user.id === consent.recordedBy);
  const who = recorder?.displayName ?? 'un conseiller de la structure';
  return (
    <p className="fr-mb-0">
      {consent.shareWithEmployers ? 'Consentement recueilli' : 'Refus ou retrait du consentement enregistré'} par {who}{' '}
      le {formatDate(consent.recordedAt)}
    </p>
  );
}
