import { Input } from '@codegouvfr/react-dsfr/Input';

/** A new password typed twice; the API says what it requires (12 characters at least). */
export function PasswordFields({
  password,
  confirmation,
  onChange,
  error,
  mismatch,
}: {
  password: string;
  confirmation: string;
  onChange: (values: { password: string; confirmation: string }) => void;
  error: string | undefined;
  mismatch: boolean;
}) {
  return (
    <>
      <Input
        label="Nouveau mot de passe"
        hintText="12 caractères au moins ; une phrase de plusieurs mots est plus facile à retenir"
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          type: 'password',
          autoComplete: 'new-password',
          value: password,
          onChange: (event) => onChange({ password: event.target.value, confirmation }),
        }}
      />
      <Input
        label="Confirmez le mot de passe"
        state={mismatch ? 'error' : 'default'}
        stateRelatedMessage={mismatch ? 'les deux mots de passe diffèrent' : undefined}
        nativeInputProps={{
          type: 'password',
          autoComplete: 'new-password',
          value: confirmation,
          onChange: (event) => onChange({ password, confirmation: event.target.value }),
        }}
      />
    </>
  );
}
