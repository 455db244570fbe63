import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState } from 'react';
import { certificationKindLabels, type CertificationKind } from '../ui/labels';
import type { OfferFormValues } from './offerForm';
import { useCertifications } from './queries';

type Code = OfferFormValues['requiredCertifications'][number];

/** Licences and certifications from the catalogue, grouped by kind; each chosen one is a tag to remove. */
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
  const [selected, setSelected] = useState('');
  const items = catalogue.data ?? [];
  const label = (code: string) => items.find((item) => item.code === code)?.label ?? code;
  const kinds = Object.keys(certificationKindLabels) as CertificationKind[];

  return (
    <div className="fr-mb-3w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-8">
          <Select
            label="Permis, CACES et habilitations exigés"
            hint="Choisissez-en un, puis « Ajouter » ; recommencez pour chacun"
            state={error ? 'error' : 'default'}
            stateRelatedMessage={error}
            nativeSelectProps={{ value: selected, onChange: (event) => setSelected(event.target.value) }}
          >
            <option value="">— Choisir —</option>
            {kinds.map((kind) => (
              <optgroup key={kind} label={certificationKindLabels[kind]}>
                {items
                  .filter((item) => item.kind === kind && !chosen.includes(item.code as Code))
                  .map((item) => (
                    <option key={item.code} value={item.code}>
                      {item.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button
            type="button"
            priority="secondary"
            disabled={!selected}
            onClick={() => {
              onChange([...chosen, selected as Code]);
              setSelected('');
            }}
          >
            Ajouter
          </Button>
        </div>
      </div>
      {chosen.length > 0 && (
        <ul className="fr-tags-group fr-mt-2w" aria-label="Exigés">
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
