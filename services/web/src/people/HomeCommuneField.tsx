import { useCommunes } from '../offers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { communeText, type ChosenCommune } from './personForm';

/**
 * A commune among the French communes, chosen from the list: by default where the person lives
 * (the centre of their mobility radius); an event's place gives its own label and hint.
 */
export function HomeCommuneField({
  commune,
  text,
  onChange,
  error,
  label = 'Commune de résidence',
  hint = 'Tapez le nom ou le code postal, puis choisissez dans la liste ; sert de centre au rayon de mobilité',
}: {
  commune: ChosenCommune | null;
  text: string;
  onChange: (changes: { commune: ChosenCommune | null; communeText: string }) => void;
  error: string | undefined;
  label?: string;
  hint?: string;
}) {
  const settled = useDebounced(text);
  const communes = useCommunes(commune ? '' : settled);
  return (
    <Autocomplete
      label={label}
      hintText={commune ? `Choisie : ${communeText(commune)}, code INSEE ${commune.inseeCode}` : hint}
      text={text}
      onTextChange={(communeText) => onChange({ communeText, commune: null })}
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
        const chosen = { inseeCode: option.inseeCode, name: option.name, postalCode: option.postalCodes[0] ?? null };
        onChange({ commune: chosen, communeText: communeText(chosen) });
      }}
      error={error}
      noResults="Aucune commune trouvée"
    />
  );
}
