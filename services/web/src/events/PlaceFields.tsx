import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useCommunes } from '../offers/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { communeText, type EventFormValues } from './eventForm';
import { errorProps } from '../ui/formParts';

/** Where: a commune (among the French communes) and an address, or online with an optional link. */
export function PlaceFields({
  values,
  change,
  reason,
  placeReason,
}: {
  values: EventFormValues;
  change: (changes: Partial<EventFormValues>) => void;
  reason: (...paths: string[]) => string | undefined;
  /** A reason for the place as a whole (« indiquez un lieu, ou « en ligne » »). */
  placeReason: string | undefined;
}) {
  const text = useDebounced(values.communeText);
  const communes = useCommunes(values.commune || values.online ? '' : text);
  return (
    <>
      <RadioButtons
        legend="Lieu"
        orientation="horizontal"
        {...errorProps(reason('place.online'))}
        options={[
          {
            label: 'Sur place',
            nativeInputProps: { checked: !values.online, onChange: () => change({ online: false }) },
          },
          {
            label: 'En ligne',
            nativeInputProps: { checked: values.online, onChange: () => change({ online: true }) },
          },
        ]}
      />
      {values.online ? (
        <Input
          label="Lien de la visioconférence"
          hintText="Facultatif : une adresse https://, envoyée avec l’invitation"
          {...errorProps(reason('place.url'))}
          nativeInputProps={{
            type: 'url',
            inputMode: 'url',
            value: values.url,
            onChange: (event) => change({ url: event.target.value }),
          }}
        />
      ) : (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-5">
            <Autocomplete
              label="Commune"
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
                const commune = {
                  inseeCode: option.inseeCode,
                  name: option.name,
                  postalCode: option.postalCodes[0] ?? null,
                };
                change({ commune, communeText: communeText(commune) });
              }}
              error={[placeReason, reason('place.commune')].filter(Boolean).join(' ; ') || undefined}
              noResults="Aucune commune trouvée"
            />
          </div>
          <div className="fr-col-12 fr-col-md-7">
            <Input
              label="Adresse"
              hintText="Numéro, rue, salle : « 12 rue de la Gare, salle polyvalente »"
              {...errorProps(reason('place.address'))}
              nativeInputProps={{
                value: values.address,
                autoComplete: 'street-address',
                onChange: (event) => change({ address: event.target.value }),
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
