import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useOfferTitles, usePeopleSearch } from '../adviserOffers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { useMe } from '../session/queries';
import { useMembers } from '../organization/queries';
import { useCandidate, useOfferTitlesById } from './queries';

export interface BoardFilter {
  offerId?: string | undefined;
  candidateId?: string | undefined;
  /** Only the people this adviser of the organisation is the referent of. */
  adviserId?: string | undefined;
}

/** The board's filters: one offer, one person (both by autocomplete), the people of one adviser. */
export function PipelineFilters({ filter, onChange }: { filter: BoardFilter; onChange: (next: BoardFilter) => void }) {
  return (
    <form
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
      aria-label="Filtrer les mises en relation"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="fr-col-12 fr-col-md-4">
        <OfferFilter offerId={filter.offerId} onChange={(offerId) => onChange({ ...filter, offerId })} />
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <PersonFilter
          candidateId={filter.candidateId}
          onChange={(candidateId) => onChange({ ...filter, candidateId })}
        />
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <AdviserFilter adviserId={filter.adviserId} onChange={(adviserId) => onChange({ ...filter, adviserId })} />
      </div>
    </form>
  );
}

function Chosen({ label, onClear }: { label: string; onClear: () => void }) {
  return (
    <div className="fr-mb-3w">
      <p className="fr-mb-1w">{label}</p>
      <Button type="button" size="small" priority="tertiary" iconId="fr-icon-close-line" onClick={onClear}>
        Retirer ce filtre
      </Button>
    </div>
  );
}

function OfferFilter({
  offerId,
  onChange,
}: {
  offerId: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const [text, setText] = useState('');
  const settled = useDebounced(text);
  const offers = useOfferTitles(offerId ? '' : settled);
  const title = useOfferTitlesById(offerId ? [offerId] : []).get(offerId ?? '');
  if (offerId) return <Chosen label={`Offre : « ${title ?? '…'} »`} onClear={() => onChange(undefined)} />;
  return (
    <Autocomplete
      label="Offre"
      hintText="Tapez au moins 2 lettres de l’intitulé"
      text={text}
      onTextChange={setText}
      options={offers.data ?? []}
      loading={offers.isFetching}
      optionKey={(option) => option.offer.id}
      renderOption={({ offer }) => (
        <>
          {offer.title}
          <small>{offer.location.name}</small>
        </>
      )}
      onSelect={({ offer }) => {
        setText('');
        onChange(offer.id);
      }}
      noResults="Aucune offre publiée trouvée"
    />
  );
}

function PersonFilter({
  candidateId,
  onChange,
}: {
  candidateId: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const [text, setText] = useState('');
  const settled = useDebounced(text);
  const people = usePeopleSearch(candidateId ? '' : settled);
  const person = useCandidate(candidateId ?? '');
  if (candidateId) {
    const name = person.data ? `${person.data.contact.firstName} ${person.data.contact.lastName}` : '…';
    return <Chosen label={`Personne : ${name}`} onClear={() => onChange(undefined)} />;
  }
  return (
    <Autocomplete
      label="Personne"
      hintText="Tapez au moins 2 lettres du nom"
      text={text}
      onTextChange={setText}
      options={people.data ?? []}
      loading={people.isFetching}
      optionKey={(option) => option.candidate.id}
      renderOption={({ candidate }) => (
        <>
          {candidate.contact.firstName} {candidate.contact.lastName}
          <small>{candidate.homeCommune.name}</small>
        </>
      )}
      onSelect={({ candidate }) => {
        setText('');
        onChange(candidate.id);
      }}
      noResults="Aucune personne trouvée dans votre organisation"
    />
  );
}

/** The advisers of the organisation, the signed-in one first: whose people the board shows. */
function AdviserFilter({
  adviserId,
  onChange,
}: {
  adviserId: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const me = useMe();
  const members = useMembers(me.data?.organization.id ?? '');
  const myId = me.data?.user.id;
  const colleagues = (members.data?.items ?? []).filter((user) => user.role === 'adviser' && user.id !== myId);
  return (
    <Select
      label="Référent ou référente"
      nativeSelectProps={{ value: adviserId ?? '', onChange: (event) => onChange(event.target.value || undefined) }}
    >
      <option value="">Toute l’organisation</option>
      {myId && <option value={myId}>Les personnes que je suis</option>}
      {colleagues.map((user) => (
        <option key={user.id} value={user.id}>
          {user.displayName}
          {user.deactivatedAt ? ' (compte désactivé)' : ''}
        </option>
      ))}
    </Select>
  );
}
