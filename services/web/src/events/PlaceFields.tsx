import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { HomeCommuneField } from '../people/HomeCommuneField';
import type { EventFormValues } from './eventForm';
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
            <HomeCommuneField
              label="Commune"
              hint="Tapez le nom ou le code postal, puis choisissez dans la liste"
              commune={values.commune}
              text={values.communeText}
              onChange={change}
              error={[placeReason, reason('place.commune')].filter(Boolean).join(' ; ') || undefined}
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
