import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useTerritoryOrganizations } from '../administration/queries';
import type { DashboardFilters, GroupBy } from './dashboardFilters';
import { sectorLabels, type Sector } from './labels';
import { quickPeriod, quickPeriodLabels, quickPeriodOf, type QuickPeriod } from './period';
import { LabelOptions } from '../ui/LabelOptions';

/**
 * The period (a quick choice applies at once; two months for any other), the sector, the grouping
 * and, for an administrator, one organisation of the territory.
 */
export function DashboardFiltersForm({
  filters,
  isAdmin,
  onApply,
}: {
  filters: DashboardFilters;
  isAdmin: boolean;
  onApply: (filters: DashboardFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const [periodError, setPeriodError] = useState<string | undefined>();
  const change = (changes: Partial<DashboardFilters>) => setDraft((current) => ({ ...current, ...changes }));
  const today = new Date();
  const chosen = quickPeriodOf(filters, today);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setPeriodError('Indiquez un mois de début qui précède ou égale le mois de fin.');
      return;
    }
    setPeriodError(undefined);
    onApply(draft);
  };
  const choose = (choice: QuickPeriod) => {
    const next = { ...draft, ...quickPeriod(choice, today) };
    setDraft(next);
    setPeriodError(undefined);
    onApply(next);
  };

  return (
    <form
      role="search"
      aria-label="Filtrer les indicateurs"
      onSubmit={submit}
      noValidate
      className="passerelle-action-form passerelle-person-form fr-p-3w fr-mb-4w"
    >
      <fieldset className="fr-fieldset fr-mb-0" aria-labelledby="dashboard-quick-periods">
        <legend id="dashboard-quick-periods" className="fr-fieldset__legend fr-text--regular fr-pb-1w">
          Période
        </legend>
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {(Object.keys(quickPeriodLabels) as QuickPeriod[]).map((choice) => (
            <li key={choice}>
              <Button
                type="button"
                size="small"
                priority={chosen === choice ? 'primary' : 'secondary'}
                nativeButtonProps={{ 'aria-pressed': chosen === choice }}
                onClick={() => choose(choice)}
              >
                {quickPeriodLabels[choice]}
              </Button>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
          <Input
            label="Du mois"
            hintText="Format : AAAA-MM"
            state={periodError ? 'error' : 'default'}
            stateRelatedMessage={periodError}
            nativeInputProps={{
              type: 'month',
              name: 'from',
              value: draft.from,
              min: '2000-01',
              onChange: (event) => change({ from: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
          <Input
            label="Au mois (inclus)"
            hintText="Format : AAAA-MM"
            nativeInputProps={{
              type: 'month',
              name: 'to',
              value: draft.to,
              min: '2000-01',
              onChange: (event) => change({ to: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
          <Select
            label="Secteur"
            nativeSelectProps={{
              value: draft.sector,
              onChange: (event) => change({ sector: event.target.value as Sector | '' }),
            }}
          >
            <option value="">Tous les secteurs</option>
            <LabelOptions labels={sectorLabels} />
          </Select>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
          <Select
            label="Regrouper par"
            nativeSelectProps={{
              value: draft.groupBy,
              onChange: (event) => change({ groupBy: event.target.value as GroupBy }),
            }}
          >
            <option value="month">Mois</option>
            <option value="sector">Secteur</option>
            {isAdmin && <option value="organization">Organisation</option>}
          </Select>
        </div>
        {isAdmin && (
          <div className="fr-col-12 fr-col-md-6">
            <OrganizationSelect
              value={draft.organizationId}
              onChange={(organizationId) => change({ organizationId })}
            />
          </div>
        )}
      </div>
      <Button type="submit" iconId="fr-icon-filter-line" iconPosition="left">
        Afficher les indicateurs
      </Button>
    </form>
  );
}

function OrganizationSelect({ value, onChange }: { value: string; onChange: (organizationId: string) => void }) {
  const organizations = useTerritoryOrganizations();
  const members = (organizations.data?.items ?? []).filter((organization) => organization.kind !== 'territory');
  return (
    <Select
      label="Organisation"
      hint={organizations.isPending ? 'Chargement des organisations…' : 'Employeur ou structure d’insertion'}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
    >
      <option value="">Tout le territoire</option>
      {members.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </Select>
  );
}
