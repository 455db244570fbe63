import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';

/** A facet as checkboxes, each with its count among the results; a chosen value with no result stays. */
export function FacetFilter({
  legend,
  options,
  counts,
  chosen,
  onToggle,
}: {
  legend: string;
  options: { code: string; label: string }[];
  counts: Record<string, number>;
  chosen: readonly string[];
  onToggle: (code: string) => void;
}) {
  const shown = options.filter((option) => (counts[option.code] ?? 0) > 0 || chosen.includes(option.code));
  if (shown.length === 0) return null;
  return (
    <Checkbox
      small
      legend={legend}
      options={shown.map((option) => ({
        label: `${option.label} (${counts[option.code] ?? 0})`,
        nativeInputProps: {
          name: legend,
          value: option.code,
          checked: chosen.includes(option.code),
          onChange: () => onToggle(option.code),
        },
      }))}
    />
  );
}
