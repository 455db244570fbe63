import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useState } from 'react';
import { useOfferTitles, usePeopleSearch } from '../adviserOffers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { useCandidate, useOfferTitlesById } from './queries';

export interface BoardFilter {
  offerId?: string | undefined;
  candidateId?: string | undefined;
  /** Only the people whose referent adviser is the signed-in one. */
  mine: boolean;
}

/** The board's filters: one offer, one person (both by autocomplete), and "my people only". */
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
        <Checkbox
          options={[
            {
              label: 'Seulement les personnes dont je suis référent ou référente',
              nativeInputProps: {
                checked: filter.mine,
                onChange: (event) => onChange({ ...filter, mine: event.target.checked }),
              },
            },
          ]}
        />
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
