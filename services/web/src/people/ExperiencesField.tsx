import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ExperienceValues } from './personForm';
import { RomeJobAutocomplete } from './RomeJobAutocomplete';

/** Past jobs, each a ROME job and a number of months; `reason(path)` gives the error of an input. */
export function ExperiencesField({
  experiences,
  onChange,
  reason,
}: {
  experiences: readonly ExperienceValues[];
  onChange: (experiences: ExperienceValues[]) => void;
  reason: (path: string) => string | undefined;
}) {
  const update = (index: number, changes: Partial<ExperienceValues>) =>
    onChange(experiences.map((experience, other) => (other === index ? { ...experience, ...changes } : experience)));
  return (
    <fieldset className="fr-fieldset fr-mb-3w" aria-describedby="experiences-hint">
      <legend className="fr-fieldset__legend fr-text--regular">Expériences professionnelles</legend>
      <p id="experiences-hint" className="fr-hint-text fr-fieldset__element">
        Emplois, stages, immersions ou bénévolat : le métier le plus proche dans le répertoire ROME et la durée cumulée.
      </p>
      {experiences.map((experience, index) => (
        <div key={index} className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-7">
              <RomeJobAutocomplete
                label={`Métier de l’expérience ${index + 1}`}
                hint="Tapez l’intitulé, puis choisissez dans la liste"
                text={experience.jobText}
                chosen={experience.job}
                onTextChange={(jobText) => update(index, { jobText, job: null })}
                onSelect={(job) => update(index, { job, jobText: job.label })}
                error={reason(`experiences.${index}.romeCode`)}
              />
            </div>
            <div className="fr-col-8 fr-col-md-3">
              <Input
                label={`Durée de l’expérience ${index + 1} (mois)`}
                state={reason(`experiences.${index}.months`) ? 'error' : 'default'}
                stateRelatedMessage={reason(`experiences.${index}.months`)}
                nativeInputProps={{
                  value: experience.months,
                  inputMode: 'numeric',
                  onChange: (event) => update(index, { months: event.target.value }),
                }}
              />
            </div>
            <div className="fr-col-4 fr-col-md-2">
              <Button
                type="button"
                priority="tertiary"
                iconId="fr-icon-delete-line"
                title={`Retirer l’expérience ${index + 1}`}
                onClick={() => onChange(experiences.filter((_, other) => other !== index))}
              />
            </div>
          </div>
        </div>
      ))}
      <div className="fr-fieldset__element">
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-add-line"
          disabled={experiences.length >= 30}
          onClick={() => onChange([...experiences, { job: null, jobText: '', months: '' }])}
        >
          Ajouter une expérience
        </Button>
      </div>
    </fieldset>
  );
}
