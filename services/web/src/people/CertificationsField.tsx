import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState } from 'react';
import { useCertifications } from '../offers/queries';
import { Autocomplete } from '../ui/Autocomplete';
import { certificationKindLabels } from '../ui/labels';
import { searchCertifications } from './certificationSearch';
import type { PersonFormValues } from './personForm';

type Code = PersonFormValues['certifications'][number];

/** The person's licences and certifications, found in the catalogue by typing; each is a tag to remove. */
export function CertificationsField({
  chosen,
  onChange,
  error,
}: {
  chosen: readonly Code[];
  onChange: (codes: Code[]) => void;
  error: string | undefined;
}) {
  const catalogue = useCertifications();
  const [text, setText] = useState('');
  const items = catalogue.data ?? [];
  const label = (code: string) => items.find((item) => item.code === code)?.label ?? code;
  const options = searchCertifications(items, text, chosen);
  return (
    <div className="fr-mb-3w">
      <Autocomplete
        label="Permis, CACES et habilitations"
        hintText="Tapez au moins 2 lettres (« permis », « CACES R489 », « SST »…), puis choisissez : chacun s’ajoute à la liste"
        text={text}
        onTextChange={setText}
        options={options}
        loading={catalogue.isFetching}
        optionKey={(option) => option.code}
        renderOption={(option) => (
          <>
            {option.label}
            <small>{certificationKindLabels[option.kind]}</small>
          </>
        )}
        onSelect={(option) => {
          onChange([...chosen, option.code as Code]);
          setText('');
        }}
        error={error}
        noResults="Aucun titre de ce nom dans le catalogue"
      />
      {chosen.length > 0 && (
        <ul className="fr-tags-group fr-mt-1w" aria-label="Permis et certifications choisis">
          {chosen.map((code) => (
            <li key={code}>
              <Tag
                dismissible
                nativeButtonProps={{
                  type: 'button',
                  'aria-label': `Retirer ${label(code)}`,
                  onClick: () => onChange(chosen.filter((other) => other !== code)),
                }}
              >
                {label(code)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
