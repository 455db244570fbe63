import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCommunes } from '../offers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { FacetFilter } from './FacetFilter';
import { OfferResult } from './OfferResult';
import { contractTypeLabels } from '../ui/labels';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';
import {
  criteriaParams,
  pageCount,
  parseCriteria,
  radiusChoices,
  toggled,
  withChange,
  type OfferCriteria,
} from './offerSearchParams';
import { searchPageSize, useFacetCounts, useOfferSearch } from './queries';

export function OfferSearchPage() {
  const [params, setParams] = useSearchParams();
  const criteria = parseCriteria(params);
  const search = useOfferSearch(criteria);
  const apply = (next: OfferCriteria) => setParams(criteriaParams(next));
  const change = (changes: Partial<Omit<OfferCriteria, 'page'>>) => apply(withChange(criteria, changes));
  const facets = search.data?.facets ?? {};
  const sectorCounts = useFacetCounts(criteria, 'sectors', 'sector') ?? facets.sector ?? {};
  const contractCounts = useFacetCounts(criteria, 'contracts', 'contractType') ?? facets.contractType ?? {};
  const total = search.data?.total ?? 0;

  return (
    <Page title="Offres">
      <p>
        Les offres publiées sur le territoire. Ouvrez une offre pour voir les personnes de votre organisation qui y
        correspondent.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SearchForm key={params.toString()} criteria={criteria} onChange={change} />
          <FacetFilter
            legend="Secteur"
            options={Object.entries(sectorLabels).map(([code, label]) => ({ code, label }))}
            counts={sectorCounts}
            chosen={criteria.sectors}
            onToggle={(code) =>
              change({ sectors: toggled(criteria.sectors, code as OfferCriteria['sectors'][number]) })
            }
          />
          <FacetFilter
            legend="Type de contrat"
            options={Object.entries(contractTypeLabels).map(([code, label]) => ({ code, label }))}
            counts={contractCounts}
            chosen={criteria.contracts}
            onToggle={(code) =>
              change({ contracts: toggled(criteria.contracts, code as OfferCriteria['contracts'][number]) })
            }
          />
          <Departments counts={facets.departmentCode ?? {}} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {search.isError ? (
            <ErrorPage error={search.error} />
          ) : search.isPending ? (
            <Loading what="les offres" />
          ) : (
            <>
              <p role="status" aria-live="polite" className="fr-text--bold">
                {total === 0
                  ? 'Aucune offre ne correspond à cette recherche.'
                  : `${total} offre${total > 1 ? 's' : ''}`}
              </p>
              <ul className="passerelle-plain-list">
                {search.data.items.map((item) => (
                  <li key={item.offer.id} className="fr-mb-2w">
                    <OfferResult item={item} />
                  </li>
                ))}
              </ul>
              {total > searchPageSize && (
                <Pagination
                  count={pageCount(total, searchPageSize)}
                  defaultPage={criteria.page}
                  getPageLinkProps={(page) => ({ to: `?${criteriaParams({ ...criteria, page }).toString()}` })}
                />
              )}
            </>
          )}
        </div>
      </div>
    </Page>
  );
}

/** Words, ROME code and place: typed, then applied together (the checkboxes apply at once). */
function SearchForm({
  criteria,
  onChange,
}: {
  criteria: OfferCriteria;
  onChange: (changes: Partial<Omit<OfferCriteria, 'page'>>) => void;
}) {
  const [q, setQ] = useState(criteria.q);
  const [rome, setRome] = useState(criteria.rome);
  const [communeText, setCommuneText] = useState(criteria.commune?.name ?? '');
  const [commune, setCommune] = useState(criteria.commune);
  const [radiusKm, setRadiusKm] = useState(criteria.radiusKm);
  const settled = useDebounced(communeText);
  const communes = useCommunes(commune ? '' : settled);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q, rome: rome.trim().toUpperCase(), commune: communeText.trim() ? commune : null, radiusKm });
  };

  return (
    <form onSubmit={submit} aria-label="Rechercher des offres" className="fr-mb-3w">
      <Input
        label="Mots-clés"
        hintText="Intitulé, métier, compétence"
        nativeInputProps={{ type: 'search', value: q, onChange: (event) => setQ(event.target.value) }}
      />
      <Input
        label="Code ROME"
        hintText="Par exemple N1101 (facultatif)"
        nativeInputProps={{ value: rome, maxLength: 5, onChange: (event) => setRome(event.target.value) }}
      />
      <Autocomplete
        label="Autour de la commune"
        hintText={
          commune
            ? `Choisie : ${commune.name}, code INSEE ${commune.inseeCode}`
            : 'Tapez le nom ou le code postal, puis choisissez'
        }
        text={communeText}
        onTextChange={(text) => {
          setCommuneText(text);
          setCommune(null);
        }}
        options={communes.data ?? []}
        loading={communes.isFetching}
        optionKey={(option) => option.inseeCode}
        renderOption={(option) => (
          <>
            {option.name} ({option.postalCodes.join(', ')})
            <small>
              {option.departmentName} ({option.departmentCode})
            </small>
          </>
        )}
        onSelect={(option) => {
          setCommune({ inseeCode: option.inseeCode, name: option.name });
          setCommuneText(option.name);
        }}
        noResults="Aucune commune trouvée"
      />
      <Select
        label="Rayon"
        disabled={!commune}
        nativeSelectProps={{ value: String(radiusKm), onChange: (event) => setRadiusKm(Number(event.target.value)) }}
      >
        {radiusChoices.map((km) => (
          <option key={km} value={km}>
            {km} km
          </option>
        ))}
      </Select>
      <Button type="submit" iconId="fr-icon-search-line">
        Rechercher
      </Button>
    </form>
  );
}

/** The department facet: the API filters by radius, not by department, so these counts inform only. */
function Departments({ counts }: { counts: Record<string, number> }) {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <p className="fr-text--sm passerelle-mention">
      Par département : {entries.map(([code, count]) => `${code} (${count})`).join(', ')}
    </p>
  );
}
