import { useCommunes } from '../offers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { communeText, type ChosenCommune } from './personForm';

/** Where the person lives, among the French communes: the centre of their mobility radius. */
export function HomeCommuneField({
  commune,
  text,
  onChange,
  error,
}: {
  commune: ChosenCommune | null;
  text: string;
  onChange: (changes: { commune: ChosenCommune | null; communeText: string }) => void;
  error: string | undefined;
}) {
  const settled = useDebounced(text);
  const communes = useCommunes(commune ? '' : settled);
  return (
    <Autocomplete
      label="Commune de résidence"
      hintText={
        commune
          ? `Choisie : ${communeText(commune)}, code INSEE ${commune.inseeCode}`
          : 'Tapez le nom ou le code postal, puis choisissez dans la liste ; sert de centre au rayon de mobilité'
      }
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
