/** What a suggestion meets and misses, one line each, the icon doubled by words for screen readers. */
export function ExplanationLines({
  explanation,
}: {
  explanation: { met: readonly string[]; missing: readonly string[] };
}) {
  if (explanation.met.length === 0 && explanation.missing.length === 0) return null;
  return (
    <ul className="passerelle-explanation">
      {explanation.met.map((line) => (
        <li key={`met-${line}`}>
          <span className="fr-icon-check-line passerelle-met" aria-hidden="true" />
          <span>
            <span className="fr-sr-only">Rempli : </span>
            {line}
          </span>
        </li>
      ))}
      {explanation.missing.map((line) => (
        <li key={`missing-${line}`}>
          <span className="fr-icon-warning-line passerelle-missing" aria-hidden="true" />
          <span>
            <span className="fr-sr-only">Manquant : </span>
            {line}
          </span>
        </li>
      ))}
    </ul>
  );
}
