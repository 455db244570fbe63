import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Loaded } from '../ui/ErrorPages';
import { lockedCategoryReason, notificationCategoryLabels, type NotificationCategory } from '../ui/labels';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { usePreferences, useUpdatePreferences, type PreferenceChange, type PreferenceEntry } from './queries';

type EmailChoice = 'off' | 'immediate' | 'daily';
interface Choice {
  inApp: boolean;
  email: EmailChoice;
  locked: boolean;
}

function choicesOf(entries: PreferenceEntry[]): Map<NotificationCategory, Choice> {
  const choices = new Map<NotificationCategory, Choice>();
  for (const entry of entries) {
    const choice = choices.get(entry.category) ?? { inApp: false, email: 'off', locked: entry.locked };
    if (entry.channel === 'in_app') choice.inApp = entry.enabled;
    if (entry.channel === 'email') choice.email = entry.enabled ? entry.frequency : 'off';
    choice.locked ||= entry.locked;
    choices.set(entry.category, choice);
  }
  return choices;
}

function changesOf(choices: Map<NotificationCategory, Choice>): PreferenceChange[] {
  return [...choices.entries()]
    .filter(([, choice]) => !choice.locked)
    .flatMap(([category, choice]) => [
      { category, channel: 'in_app', enabled: choice.inApp, frequency: 'immediate' },
      {
        category,
        channel: 'email',
        enabled: choice.email !== 'off',
        frequency: choice.email === 'daily' ? 'daily' : 'immediate',
      },
    ]) as PreferenceChange[];
}

export function PreferencesPage() {
  const preferences = usePreferences();
  return <Loaded query={preferences}>{(entries) => <PreferencesForm entries={entries} />}</Loaded>;
}

function PreferencesForm({ entries }: { entries: PreferenceEntry[] }) {
  const update = useUpdatePreferences();
  const [choices, setChoices] = useState(() => choicesOf(entries));
  const set = (category: NotificationCategory, change: Partial<Choice>) =>
    setChoices((current) => {
      const next = new Map(current);
      const choice = next.get(category);
      if (choice) next.set(category, { ...choice, ...change });
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(changesOf(choices));
  };

  return (
    <Page title="Préférences de notification">
      <p>
        Pour chaque sorte de message, choisissez s’il apparaît dans l’application et s’il vous est envoyé par e-mail,
        tout de suite ou dans le récapitulatif quotidien de 8 h 30.
      </p>
      <ProblemAlert error={update.error} />
      {update.isSuccess && (
        <Alert severity="success" small description="Vos préférences sont enregistrées." className="fr-mb-3w" />
      )}
      <form onSubmit={submit} noValidate>
        {[...choices.entries()].map(([category, choice]) => (
          <fieldset key={category} className="fr-fieldset fr-mb-2w" disabled={choice.locked}>
            <legend className="fr-fieldset__legend fr-text--lg fr-text--bold">
              {notificationCategoryLabels[category]}
              {choice.locked && (
                <span className="fr-hint-text">
                  <span className="fr-icon-lock-line fr-icon--sm" aria-hidden="true" /> Non modifiable :{' '}
                  {lockedCategoryReason}
                </span>
              )}
            </legend>
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <Checkbox
                options={[
                  {
                    label: 'Dans l’application',
                    nativeInputProps: {
                      checked: choice.inApp,
                      onChange: (event) => set(category, { inApp: event.target.checked }),
                    },
                  },
                ]}
              />
            </div>
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <Select
                label="Par e-mail"
                nativeSelectProps={{
                  value: choice.email,
                  onChange: (event) => set(category, { email: event.target.value as EmailChoice }),
                }}
              >
                <option value="off">Jamais</option>
                <option value="immediate">Tout de suite</option>
                <option value="daily">Dans le récapitulatif quotidien</option>
              </Select>
            </div>
          </fieldset>
        ))}
        <Button type="submit" disabled={update.isPending}>
          Enregistrer mes préférences
        </Button>
      </form>
    </Page>
  );
}
