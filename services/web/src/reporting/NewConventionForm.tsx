import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTerritoryOrganizations } from '../administration/queries';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ProblemAlert } from '../ui/ProblemAlert';
import {
  conventionBody,
  emptyConventionDraft,
  targetErrors,
  targetKinds,
  type ConventionDraft,
} from './conventionForm';
import { conventionTargetLabels, sectorLabels, type ConventionTargetKind, type Sector } from './labels';
import { useCreateConvention } from './queries';
import { LabelOptions } from '../ui/LabelOptions';

const shownFields = ['name', 'partnerIds', 'sector', 'departmentCode', 'period', 'targets'];

/** The administrator's form: the convention, its partners, its scope and period, a target of each kind wanted. */
export function NewConventionForm() {
  const create = useCreateConvention();
  const navigate = useNavigate();
  const organizations = useTerritoryOrganizations();
  const partners = (organizations.data?.items ?? []).filter((organization) => organization.kind !== 'territory');
  const [draft, setDraft] = useState<ConventionDraft>(emptyConventionDraft);
  const [targetOrder, setTargetOrder] = useState<ConventionTargetKind[]>([]);
  const fields = fieldErrorsOf(create.error);
  const byKind = targetErrors(fields, targetOrder);
  const change = (changes: Partial<ConventionDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const state = (...paths: string[]) => {
    const reason = reasonFor(fields, ...paths);
    return { state: reason ? ('error' as const) : ('default' as const), stateRelatedMessage: reason };
  };
  const targetsReason = fields.targets;
  // `period` alone (the end before the start) is shown with the start; `period.to` with the end.
  const periodFromReason = [fields['period.from'], fields.period].filter(Boolean).join(' ; ') || undefined;
  const periodFromState = {
    state: periodFromReason ? ('error' as const) : ('default' as const),
    stateRelatedMessage: periodFromReason,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, targetOrder: order } = conventionBody(draft);
    setTargetOrder(order);
    create.mutate(body, { onSuccess: (created) => void navigate(`/conventions/${created.id}`) });
  };
  const togglePartner = (id: string, checked: boolean) =>
    change({ partnerIds: checked ? [...draft.partnerIds, id] : draft.partnerIds.filter((other) => other !== id) });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-convention-title"
      className="passerelle-action-form passerelle-person-form fr-p-3w fr-mt-4w"
    >
      <h2 id="new-convention-title" className="fr-h4">
        Nouvelle convention
      </h2>
      <ProblemAlert error={create.error} shownFields={shownFields} />
      <Input
        label="Nom de la convention"
        hintText="Par exemple : Convention logistique Métropole 2026"
        {...state('name')}
        nativeInputProps={{
          name: 'name',
          value: draft.name,
          onChange: (event) => change({ name: event.target.value }),
        }}
      />
      {partners.length === 0 ? (
        <p className="fr-text--sm">
          {organizations.isPending
            ? 'Chargement des organisations du territoire…'
            : 'Aucune organisation dans le territoire : créez d’abord les employeurs et les structures partenaires.'}
        </p>
      ) : (
        <Checkbox
          legend="Organisations partenaires"
          hintText="Employeurs et structures d’insertion du territoire dont la convention compte les résultats"
          className="passerelle-partner-list"
          {...state('partnerIds')}
          options={partners.map((organization) => ({
            label: organization.name,
            nativeInputProps: {
              checked: draft.partnerIds.includes(organization.id),
              onChange: (event) => togglePartner(organization.id, event.target.checked),
            },
          }))}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Secteur"
            {...state('sector')}
            nativeSelectProps={{
              value: draft.sector,
              onChange: (event) => change({ sector: event.target.value as Sector | '' }),
            }}
          >
            <option value="">Tous les secteurs</option>
            <LabelOptions labels={sectorLabels} />
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Département"
            hintText="Code INSEE (59, 2A, 974) ; vide pour tout le territoire"
            {...state('departmentCode')}
            nativeInputProps={{
              name: 'departmentCode',
              value: draft.departmentCode,
              maxLength: 3,
              onChange: (event) => change({ departmentCode: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Début de la période"
            hintText="Format : JJ/MM/AAAA"
            {...periodFromState}
            nativeInputProps={{
              type: 'date',
              name: 'period.from',
              value: draft.from,
              onChange: (event) => change({ from: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Fin de la période (incluse)"
            hintText="Format : JJ/MM/AAAA"
            {...state('period.to')}
            nativeInputProps={{
              type: 'date',
              name: 'period.to',
              value: draft.to,
              onChange: (event) => change({ to: event.target.value }),
            }}
          />
        </div>
      </div>
      <fieldset
        className="fr-fieldset"
        aria-labelledby="convention-targets-legend"
        {...(targetsReason ? { 'aria-describedby': 'convention-targets-error' } : {})}
      >
        <legend id="convention-targets-legend" className="fr-fieldset__legend">
          Objectifs
          <span className="fr-hint-text">Remplissez ceux que la convention fixe, laissez les autres vides.</span>
        </legend>
        {targetsReason && (
          <div className="fr-fieldset__element">
            <p id="convention-targets-error" className="fr-error-text fr-mt-0">
              {targetsReason}
            </p>
          </div>
        )}
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            {targetKinds.map((kind) => (
              <div key={kind} className="fr-col-12 fr-col-md-6">
                <Input
                  label={conventionTargetLabels[kind]}
                  hintText={
                    kind === 'positive_outcome_rate' ? 'En pourcentage, par exemple 60' : 'Nombre sur la période'
                  }
                  state={byKind[kind] ? 'error' : 'default'}
                  stateRelatedMessage={byKind[kind]}
                  nativeInputProps={{
                    inputMode: kind === 'positive_outcome_rate' ? 'decimal' : 'numeric',
                    name: `targets.${kind}`,
                    value: draft.targets[kind],
                    onChange: (event) => change({ targets: { ...draft.targets, [kind]: event.target.value } }),
                  }}
                />
              </div>
            ))}
          </div>
        </div>
      </fieldset>
      <Button type="submit" disabled={create.isPending} iconId="fr-icon-add-line" iconPosition="left">
        Créer la convention
      </Button>
    </form>
  );
}
