import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { languageLevelLabels, languageName, languageNames, type LanguageLevel } from './labels';

type Language = { code: string; level: LanguageLevel };

/** The languages the person speaks, each with a level of the European framework (CECRL). */
export function LanguagesField({
  languages,
  onChange,
  error,
}: {
  languages: readonly Language[];
  onChange: (languages: Language[]) => void;
  error: string | undefined;
}) {
  const update = (index: number, changes: Partial<Language>) =>
    onChange(languages.map((language, other) => (other === index ? { ...language, ...changes } : language)));
  const unused = Object.keys(languageNames).find((code) => !languages.some((language) => language.code === code));
  return (
    <fieldset className="fr-fieldset fr-mb-3w" aria-describedby="languages-hint">
      <legend className="fr-fieldset__legend fr-text--regular">Langues parlées</legend>
      <p id="languages-hint" className="fr-hint-text fr-fieldset__element">
        Niveau du cadre européen (CECRL), tel que la personne l’estime ou qu’un test l’a mesuré.
      </p>
      {error && (
        <p className="fr-error-text fr-fieldset__element" role="alert">
          {error}
        </p>
      )}
      {languages.map((language, index) => (
        <div key={index} className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-sm-5">
              <Select
                label={`Langue ${index + 1}`}
                nativeSelectProps={{
                  value: language.code,
                  onChange: (event) => update(index, { code: event.target.value }),
                }}
              >
                {!(language.code in languageNames) && (
                  <option value={language.code}>{languageName(language.code)}</option>
                )}
                {Object.entries(languageNames).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-8 fr-col-sm-5">
              <Select
                label={`Niveau en ${languageName(language.code).toLowerCase()}`}
                nativeSelectProps={{
                  value: language.level,
                  onChange: (event) => update(index, { level: event.target.value as LanguageLevel }),
                }}
              >
                {Object.entries(languageLevelLabels).map(([level, label]) => (
                  <option key={level} value={level}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-4 fr-col-sm-2">
              <Button
                type="button"
                priority="tertiary"
                iconId="fr-icon-delete-line"
                title={`Retirer ${languageName(language.code).toLowerCase()}`}
                onClick={() => onChange(languages.filter((_, other) => other !== index))}
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
          disabled={languages.length >= 10 || unused === undefined}
          onClick={() => onChange([...languages, { code: unused ?? 'en', level: 'A2' }])}
        >
          Ajouter une langue
        </Button>
      </div>
    </fieldset>
  );
}
