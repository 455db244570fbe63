import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import type { OfferFormValues } from './offerForm';
import { communeText } from './offerForm';
import { useAppellations, useCommunes } from './queries';

interface FieldProps {
  values: OfferFormValues;
  change: (changes: Partial<OfferFormValues>) => void;
  error: string | undefined;
}

/** The job among the ROME appellations: the person types a title, picks one, sees its ROME label. */
export function JobField({ values, change, error }: FieldProps) {
  const text = useDebounced(values.jobText);
  const appellations = useAppellations(values.job ? '' : text);
  return (
    <Autocomplete
      label="Métier (répertoire ROME)"
      hintText={
        values.job
          ? `Choisi : ${values.job.label}${values.job.romeLabel ? ` — fiche ROME ${values.job.romeCode} « ${values.job.romeLabel} »` : ` — fiche ROME ${values.job.romeCode}`}`
          : 'Tapez au moins 2 lettres de l’intitulé (par exemple « cariste »), puis choisissez dans la liste'
      }
      text={values.jobText}
      onTextChange={(jobText) => change({ jobText, job: null })}
      options={appellations.data ?? []}
      loading={appellations.isFetching}
      optionKey={(option) => option.code}
      renderOption={(option) => (
        <>
          {option.label}
          <small>
            ROME {option.romeCode} — {option.romeLabel}
          </small>
        </>
      )}
      onSelect={(option) =>
        change({
          job: {
            appellationCode: option.code,
            romeCode: option.romeCode,
            label: option.label,
            romeLabel: option.romeLabel,
          },
          jobText: option.label,
        })
      }
      error={error}
      noResults="Aucun métier trouvé : essayez un autre intitulé"
    />
  );
}

/** The workplace among the French communes, by name, postal code or INSEE code. */
export function CommuneField({ values, change, error }: FieldProps) {
  const text = useDebounced(values.communeText);
  const communes = useCommunes(values.commune ? '' : text);
  return (
    <Autocomplete
      label="Commune du lieu de travail"
      hintText={
        values.commune
          ? `Choisie : ${communeText(values.commune)}, code INSEE ${values.commune.inseeCode}`
          : 'Tapez le nom ou le code postal, puis choisissez dans la liste'
      }
      text={values.communeText}
      onTextChange={(communeText) => change({ communeText, commune: null })}
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
        const commune = { inseeCode: option.inseeCode, name: option.name, postalCode: option.postalCodes[0] ?? null };
        change({ commune, communeText: communeText(commune) });
      }}
      error={error}
      noResults="Aucune commune trouvée"
    />
  );
}
