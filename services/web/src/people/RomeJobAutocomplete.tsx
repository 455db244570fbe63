import { useAppellations } from '../offers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import type { ChosenJob } from './personForm';

/** The ROME sheet of a chosen job, as the hint under its input says it. */
export function romeSheet(job: ChosenJob): string {
  return job.romeLabel ? `fiche ROME ${job.romeCode} « ${job.romeLabel} »` : `fiche ROME ${job.romeCode}`;
}

/**
 * A job among the ROME appellations, as the offer form's: the adviser types a title and picks one;
 * each suggestion shows its ROME sheet. `chosen` is the job picked (null while typing).
 */
export function RomeJobAutocomplete({
  label,
  hint,
  text,
  chosen,
  onTextChange,
  onSelect,
  error,
}: {
  label: string;
  hint: string;
  text: string;
  chosen: ChosenJob | null;
  onTextChange: (text: string) => void;
  onSelect: (job: ChosenJob) => void;
  error: string | undefined;
}) {
  const settled = useDebounced(text);
  const appellations = useAppellations(chosen ? '' : settled);
  return (
    <Autocomplete
      label={label}
      hintText={chosen ? `Choisi : ${chosen.label} — ${romeSheet(chosen)}` : hint}
      text={text}
      onTextChange={onTextChange}
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
        onSelect({
          appellationCode: option.code,
          romeCode: option.romeCode,
          label: option.label,
          romeLabel: option.romeLabel,
        })
      }
      error={error}
      noResults="Aucun métier trouvé : essayez un autre intitulé"
    />
  );
}
