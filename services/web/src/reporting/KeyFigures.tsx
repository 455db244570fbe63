import { formatCount, formatCounted, formatDays, formatRate } from './format';
import type { IndicatorRow } from './labels';

/** The period's key figures, each a box with its value and what it counts. */
export function KeyFigures({ total }: { total: IndicatorRow }) {
  // People are followed by structures: an employer's figures have none.
  const people =
    total.peopleFollowed === null
      ? []
      : [
          {
            label: 'Personnes suivies',
            value: formatCount(total.peopleFollowed),
            hint: `en fin de période, dont ${formatCount(total.peopleWithSuggestion ?? 0)} ayant déjà reçu une suggestion`,
          },
        ];
  const figures = [
    ...people,
    {
      label: 'Offres publiées',
      value: formatCount(total.offersPublished),
      hint: formatCounted(total.openings, 'poste', 'postes'),
    },
    {
      label: 'Offres pourvues',
      value: formatCount(total.offersFilled),
      hint: `délai médian : ${formatDays(total.medianDaysToFill)}`,
    },
    {
      label: 'Propositions',
      value: formatCount(total.proposals),
      hint: formatCounted(total.answers, 'réponse', 'réponses'),
    },
    { label: 'Taux de réponse', value: formatRate(total.answerRate), hint: 'des propositions faites aux employeurs' },
    { label: 'Délai médian de réponse', value: formatDays(total.medianDaysToAnswer), hint: 'de l’employeur' },
    {
      label: 'Embauches',
      value: formatCount(total.hires),
      hint: formatCounted(total.interviews, 'entretien', 'entretiens'),
    },
    {
      label: 'Taux de sorties positives',
      value: formatRate(total.positiveOutcomeRate),
      hint: `${formatCount(total.positiveOutcomes)} sur ${formatCounted(total.outcomes, 'sortie', 'sorties')}`,
    },
  ];
  return (
    <section aria-labelledby="key-figures-title" className="fr-mb-6w">
      <h2 id="key-figures-title" className="fr-h4">
        Chiffres clés
      </h2>
      <ul className="passerelle-key-figures">
        {figures.map((figure) => (
          <li key={figure.label} className="passerelle-key-figure fr-p-2w">
            <p className="fr-text--sm fr-mb-1v">{figure.label}</p>
            <p className="passerelle-key-figure__value fr-mb-1v">{figure.value}</p>
            <p className="fr-text--xs fr-mb-0 passerelle-key-figure__hint">{figure.hint}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
