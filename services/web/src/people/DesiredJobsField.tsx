import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState } from 'react';
import type { ChosenJob } from './personForm';
import { RomeJobAutocomplete } from './RomeJobAutocomplete';

/** Up to ten jobs the person looks for; each chosen one becomes a tag to remove. */
export function DesiredJobsField({
  chosen,
  onChange,
  error,
}: {
  chosen: readonly ChosenJob[];
  onChange: (jobs: ChosenJob[]) => void;
  error: string | undefined;
}) {
  const [text, setText] = useState('');
  const full = chosen.length >= 10;
  return (
    <div className="fr-mb-3w">
      <RomeJobAutocomplete
        label="Métiers recherchés (répertoire ROME)"
        hint={
          full
            ? 'Dix métiers au plus : retirez-en un pour en ajouter un autre'
            : 'Tapez au moins 2 lettres (par exemple « cariste »), puis choisissez : le métier s’ajoute à la liste. Recommencez pour chacun.'
        }
        text={text}
        chosen={null}
        onTextChange={setText}
        onSelect={(job) => {
          if (!full && !chosen.some((other) => other.romeCode === job.romeCode && other.label === job.label)) {
            onChange([...chosen, job]);
          }
          setText('');
        }}
        error={error}
      />
      {chosen.length > 0 && (
        <ul className="fr-tags-group fr-mt-1w" aria-label="Métiers recherchés choisis">
          {chosen.map((job, index) => (
            <li key={`${job.romeCode}-${job.label}`}>
              <Tag
                dismissible
                nativeButtonProps={{
                  type: 'button',
                  'aria-label': `Retirer ${job.label}`,
                  onClick: () => onChange(chosen.filter((_, other) => other !== index)),
                }}
              >
                {`${job.label} (ROME ${job.romeCode})`}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
