import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useId, useState } from 'react';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading } from '../ui/Page';
import { contractTypeLabels } from '../ui/labels';
import { ExplanationLines } from './ExplanationLines';
import { useFit, useOfferTitles, usePeopleSearch, type FitAnswer } from './queries';
import { ScoreBreakdown } from './ScoreBreakdown';

interface Chosen {
  id: string;
  name: string;
}

/**
 * "Why not this person?" (for an offer) or "why not this offer?" (for a person): the adviser picks
 * the other side and reads the hard constraints that fail, or the score it would have now.
 */
export function WhyNotPanel(props: { offerId: string } | { candidateId: string }) {
  const forOffer = 'offerId' in props;
  const headingId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const fit = useFit(
    forOffer ? (chosen?.id ?? null) : props.candidateId,
    forOffer ? props.offerId : (chosen?.id ?? null),
  );
  return (
    <section className="fr-p-3w fr-mb-4w passerelle-action-form" aria-labelledby={headingId}>
      <h2 id={headingId} className="fr-h5">
        {forOffer ? 'Pourquoi pas cette personne ?' : 'Pourquoi pas cette offre ?'}
      </h2>
      <p className="fr-text--sm">
        {forOffer
          ? 'Choisissez une personne que suit votre organisation : Passerelle dit ce qui l’écarte de cette offre, ou le score qu’elle aurait.'
          : 'Choisissez une offre publiée : Passerelle dit ce qui écarte cette personne de l’offre, ou le score qu’elle aurait.'}
      </p>
      {forOffer ? <PersonChooser onChoose={setChosen} /> : <OfferChooser onChoose={setChosen} />}
      {chosen &&
        (fit.isPending ? (
          <Loading what="la réponse" />
        ) : fit.isError ? (
          <ErrorPage error={fit.error} />
        ) : (
          <FitResult fit={fit.data} name={chosen.name} />
        ))}
    </section>
  );
}

function FitResult({ fit, name }: { fit: FitAnswer; name: string }) {
  return (
    <div aria-live="polite" className="fr-mt-2w">
      {!fit.eligible ? (
        <Alert
          severity="warning"
          title={`${name} : ${fit.failures.length > 1 ? `${fit.failures.length} critères obligatoires ne sont pas remplis` : 'un critère obligatoire n’est pas rempli'}`}
          description={
            <ul>
              {fit.failures.map((failure) => (
                <li key={failure.code}>{failure.reason}</li>
              ))}
            </ul>
          }
        />
      ) : fit.assessment ? (
        <>
          <p className="fr-text--bold">{name} : aucun critère obligatoire ne l’écarte.</p>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <ScoreBreakdown score={fit.assessment.score} breakdown={fit.assessment.breakdown} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <ExplanationLines explanation={fit.assessment.explanation} />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}

function PersonChooser({ onChoose }: { onChoose: (chosen: Chosen | null) => void }) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState(false);
  const settled = useDebounced(text);
  const people = usePeopleSearch(picked ? '' : settled);
  return (
    <Autocomplete
      label="Personne"
      hintText="Tapez au moins 2 lettres du nom, puis choisissez dans la liste"
      text={text}
      onTextChange={(value) => {
        setText(value);
        setPicked(false);
        onChoose(null);
      }}
      options={people.data ?? []}
      loading={people.isFetching}
      optionKey={(option) => option.candidate.id}
      renderOption={({ candidate }) => (
        <>
          {candidate.contact.firstName} {candidate.contact.lastName}
          <small>
            {candidate.desiredJobs.map((job) => job.label).join(', ')} — {candidate.homeCommune.name}
          </small>
        </>
      )}
      onSelect={({ candidate }) => {
        const name = `${candidate.contact.firstName} ${candidate.contact.lastName}`;
        setText(name);
        setPicked(true);
        onChoose({ id: candidate.id, name });
      }}
      noResults="Aucune personne trouvée dans votre organisation"
    />
  );
}

function OfferChooser({ onChoose }: { onChoose: (chosen: Chosen | null) => void }) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState(false);
  const settled = useDebounced(text);
  const offers = useOfferTitles(picked ? '' : settled);
  return (
    <Autocomplete
      label="Offre"
      hintText="Tapez au moins 2 lettres de l’intitulé ou du métier, puis choisissez dans la liste"
      text={text}
      onTextChange={(value) => {
        setText(value);
        setPicked(false);
        onChoose(null);
      }}
      options={offers.data ?? []}
      loading={offers.isFetching}
      optionKey={(option) => option.offer.id}
      renderOption={({ offer }) => (
        <>
          {offer.title}
          <small>
            {contractTypeLabels[offer.contractType]} — {offer.location.name}
          </small>
        </>
      )}
      onSelect={({ offer }) => {
        setText(offer.title);
        setPicked(true);
        onChoose({ id: offer.id, name: `« ${offer.title} »` });
      }}
      noResults="Aucune offre publiée trouvée"
    />
  );
}
