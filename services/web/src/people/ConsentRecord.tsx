import { useMe } from '../session/queries';
import { formatDate } from '../ui/format';
import type { Candidate } from './labels';

/**
 * Who recorded the person's answer about being shown to employers, and when. The API gives the
 * adviser's id only, and advisers cannot list their colleagues: a colleague is named by role.
 */
export function ConsentRecord({ consent }: { consent: Candidate['consent'] }) {
  const me = useMe();
  if (!consent) {
    return <p className="fr-mb-0">Aucune réponse enregistrée : la personne n’a pas encore été consultée.</p>;
  }
  const who =
    me.data && consent.recordedBy === me.data.user.id
      ? me.data.user.displayName
      : 'un autre conseiller de la structure';
  return (
    <p className="fr-mb-0">
      {consent.shareWithEmployers ? 'Consentement recueilli' : 'Refus ou retrait du consentement enregistré'} par {who}{' '}
      le {formatDate(consent.recordedAt)}
    </p>
  );
}
