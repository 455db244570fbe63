import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

/** A value that settles: the text a person stopped typing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

interface AutocompleteProps<T> {
  label: string;
  hintText?: ReactNode;
  text: string;
  onTextChange: (text: string) => void;
  options: readonly T[];
  loading: boolean;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  error?: string | undefined;
  /** Said when the list is empty for a long enough text. */
  noResults: string;
  minLength?: number;
}

/**
 * An input with a list of suggestions, as the WAI-ARIA combobox pattern: the arrow keys move in
 * the list, Enter picks, Escape closes; a screen reader hears how many suggestions there are.
 */
export function Autocomplete<T>(props: AutocompleteProps<T>) {
  const { options, text, minLength = 2 } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && text.trim().length >= minLength && (options.length > 0 || !props.loading);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const pick = (option: T) => {
    props.onSelect(option);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && expanded && active >= 0 && options[active] !== undefined) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const status = !expanded
    ? ''
    : options.length === 0
      ? props.noResults
      : `${options.length} suggestion${options.length > 1 ? 's' : ''}, flèches haut et bas pour choisir`;

  return (
    <div className="passerelle-combobox">
      <Input
        label={props.label}
        hintText={props.hintText}
        state={props.error ? 'error' : 'default'}
        stateRelatedMessage={props.error}
        nativeInputProps={{
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': expanded,
          'aria-controls': listId,
          ...(expanded && active >= 0 ? { 'aria-activedescendant': optionId(active) } : {}),
          autoComplete: 'off',
          value: text,
          onChange: (event) => {
            props.onTextChange(event.target.value);
            setOpen(true);
            setActive(-1);
          },
          onKeyDown,
          onBlur: () => setTimeout(() => setOpen(false), 150),
        }}
      />
      <p className="fr-sr-only" role="status" aria-live="polite">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label={props.label} className="passerelle-combobox__list" hidden={!expanded}>
        {options.length === 0 && expanded && (
          <li className="passerelle-combobox__option" role="option" aria-selected={false} aria-disabled>
            {props.noResults}
          </li>
        )}
        {options.map((option, index) => (
          <li
            key={props.optionKey(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="passerelle-combobox__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {props.renderOption(option)}
          </li>
        ))}
      </ul>
    </div>
  );
}
