import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { candidateStatusLabels, sectorLabels, type CandidateStatus, type Sector } from './labels';
import type { ConsentFilter, PeopleFilters } from './peopleFilters';

/** The list's search and filters, applied together when the adviser asks (the URL then holds them). */
export function PeopleFiltersForm({
  filters,
  onApply,
}: {
  filters: PeopleFilters;
  onApply: (filters: PeopleFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const change = (changes: Partial<PeopleFilters>) => setDraft((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, scope: filters.scope, page: 1 });
  };
  const reset = () => {
    const cleared: PeopleFilters = {
      scope: filters.scope,
      q: '',
      status: '',
      sector: '',
      consent: '',
      hasSuggestions: false,
      waitingForAnswer: false,
      page: 1,
    };
    setDraft(cleared);
    onApply(cleared);
  };

  return (
    <form role="search" aria-label="Chercher et filtrer les personnes" onSubmit={submit} className="fr-mb-3w">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input
            label="Nom ou prénom"
            nativeInputProps={{
              type: 'search',
              value: draft.q,
              onChange: (event) => change({ q: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select
            label="Situation"
            nativeSelectProps={{
              value: draft.status,
              onChange: (event) => change({ status: event.target.value as CandidateStatus | '' }),
            }}
          >
            <option value="">Toutes</option>
            {Object.entries(candidateStatusLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select
            label="Secteur recherché"
            nativeSelectProps={{
              value: draft.sector,
              onChange: (event) => change({ sector: event.target.value as Sector | '' }),
            }}
          >
            <option value="">Tous</option>
            {Object.entries(sectorLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select
            label="Consentement"
            nativeSelectProps={{
              value: draft.consent,
              onChange: (event) => change({ consent: event.target.value as ConsentFilter | '' }),
            }}
          >
            <option value="">Peu importe</option>
            <option value="given">Accepte d’être présentée</option>
            <option value="not_given">Sans consentement</option>
          </Select>
        </div>
      </div>
      <Checkbox
        orientation="horizontal"
        className="fr-mt-2w"
        options={[
          {
            label: 'A des suggestions en cours',
            nativeInputProps: {
              checked: draft.hasSuggestions,
              onChange: (event) => change({ hasSuggestions: event.target.checked }),
            },
          },
          {
            label: 'En attente de réponse d’un employeur',
            nativeInputProps: {
              checked: draft.waitingForAnswer,
              onChange: (event) => change({ waitingForAnswer: event.target.checked }),
            },
          },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-2w">
        <li>
          <Button type="submit" iconId="fr-icon-search-line">
            Rechercher
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={reset}>
            Effacer les filtres
          </Button>
        </li>
      </ul>
    </form>
  );
}
