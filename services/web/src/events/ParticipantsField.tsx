import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { addOffer, type ParticipantValues } from './eventForm';
import { useEmployerOffers, useOfferTitle, useTerritoryEmployers } from './queries';

interface Props {
  participants: ParticipantValues[];
  onChange: (participants: ParticipantValues[]) => void;
  /** Both choose among the territory's employers; an adviser may also find one through its offers. */
  role: 'adviser' | 'admin';
  error: string | undefined;
}

const shortId = (id: string) => id.slice(-6);

function participantName(participant: ParticipantValues, names: ReadonlyMap<string, string>): string {
  if (participant.name) return participant.name;
  const known = names.get(participant.organizationId);
  if (known) return known;
  const firstTitle = participant.offers.find((offer) => offer.title)?.title;
  return firstTitle ? `Employeur de l’offre « ${firstTitle} »` : `Employeur n° ${shortId(participant.organizationId)}`;
}

function OfferLabel({ id, title, enabled }: { id: string; title: string | null; enabled: boolean }) {
  const known = useOfferTitle(id, enabled && title === null);
  return <>{title ?? known.data ?? `Offre n° ${shortId(id)}`}</>;
}

/** The employers asked to take part, each with the offers it brings (it confirms, and may add its own). */
export function ParticipantsField({ participants, onChange, role, error }: Props) {
  const employers = useTerritoryEmployers();
  const names = new Map((employers.data ?? []).map((employer) => [employer.id, employer.name]));
  const nameOf = (participant: ParticipantValues) => participantName(participant, names);
  const update = (organizationId: string, changes: Partial<ParticipantValues>) =>
    onChange(participants.map((item) => (item.organizationId === organizationId ? { ...item, ...changes } : item)));
  return (
    <>
      <p className="fr-hint-text fr-mb-2w">
        Chaque employeur reçoit la demande et confirme sa participation ; il peut alors choisir lui-même les offres
        qu’il présente.
      </p>
      {error && (
        <p className="fr-error-text fr-mb-2w" id="participants-error">
          {error}
        </p>
      )}
      {participants.length === 0 ? (
        <p>Aucun employeur pour l’instant.</p>
      ) : (
        <ul className="passerelle-event-participants">
          {participants.map((participant) => (
            <li key={participant.organizationId} className="fr-p-2w fr-mb-2w passerelle-event-participant">
              {participant.offers.length > 0 ? (
                <Checkbox
                  legend={nameOf(participant)}
                  hintText="Les offres présentées : les personnes à inviter sont cherchées parmi celles qui y correspondent"
                  small
                  options={participant.offers.map((offer) => ({
                    label: <OfferLabel id={offer.id} title={offer.title} enabled={role === 'adviser'} />,
                    nativeInputProps: {
                      checked: participant.offerIds.includes(offer.id),
                      onChange: (event) =>
                        update(participant.organizationId, {
                          offerIds: event.target.checked
                            ? [...participant.offerIds, offer.id]
                            : participant.offerIds.filter((id) => id !== offer.id),
                        }),
                    },
                  }))}
                />
              ) : (
                <p className="fr-text--bold fr-mb-1w">
                  {nameOf(participant)}
                  <span className="fr-hint-text">Il choisira ses offres en confirmant sa participation.</span>
                </p>
              )}
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => onChange(participants.filter((item) => item !== participant))}
              >
                Retirer<span className="fr-sr-only"> {nameOf(participant)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <EmployerSelect participants={participants} onChange={onChange} />
      {role === 'adviser' && <OfferFinder participants={participants} onChange={onChange} names={names} />}
    </>
  );
}

/** An adviser types words of an offer; choosing one adds its employer with it. */
function OfferFinder({
  participants,
  onChange,
  names,
}: Pick<Props, 'participants' | 'onChange'> & { names: ReadonlyMap<string, string> }) {
  const [text, setText] = useState('');
  const settled = useDebounced(text);
  const offers = useEmployerOffers(settled);
  return (
    <Autocomplete
      label="Ajouter un employeur par l’une de ses offres publiées"
      hintText="Tapez l’intitulé d’une offre (par exemple « cariste »), puis choisissez : son employeur est ajouté avec elle"
      text={text}
      onTextChange={setText}
      options={offers.data ?? []}
      loading={offers.isFetching}
      optionKey={(offer) => offer.id}
      renderOption={(offer) => (
        <>
          {offer.title}
          <small>
            {offer.location.name} — {names.get(offer.organizationId) ?? `employeur n° ${shortId(offer.organizationId)}`}
            {participants.some((item) => item.organizationId === offer.organizationId) ? ' (déjà ajouté)' : ''}
          </small>
        </>
      )}
      onSelect={(offer) => {
        const added = addOffer(participants, {
          id: offer.id,
          title: offer.title,
          organizationId: offer.organizationId,
        });
        onChange(
          added.map((item) =>
            item.organizationId === offer.organizationId && !item.name
              ? { ...item, name: names.get(offer.organizationId) ?? item.name }
              : item,
          ),
        );
        setText('');
      }}
      error={undefined}
      noResults="Aucune offre publiée trouvée"
    />
  );
}

/** The territory's employers not asked yet. */
function EmployerSelect({ participants, onChange }: Pick<Props, 'participants' | 'onChange'>) {
  const organizations = useTerritoryEmployers();
  const employers = (organizations.data ?? []).filter(
    (organization) => !participants.some((item) => item.organizationId === organization.id),
  );
  return (
    <Select
      label="Inviter un employeur du territoire"
      nativeSelectProps={{
        value: '',
        onChange: (event) => {
          const chosen = employers.find((organization) => organization.id === event.target.value);
          if (!chosen) return;
          onChange([...participants, { organizationId: chosen.id, name: chosen.name, offers: [], offerIds: [] }]);
        },
      }}
    >
      <option value="">{organizations.isPending ? 'Chargement des employeurs…' : 'Choisir un employeur'}</option>
      {employers.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </Select>
  );
}
