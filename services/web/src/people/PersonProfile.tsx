import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useCertifications } from '../offers/queries';
import { formatDate, formatDateTime, hourToTime, months } from '../ui/format';
import { contractTypeLabels, physicalDemandLabels, qualificationLabel, workScheduleLabels } from '../ui/labels';
import { ConsentRecord } from './ConsentRecord';
import {
  languageLevelLabels,
  languageName,
  sectorLabels,
  transportModeLabels,
  workingTimeLabels,
  type Candidate,
} from './labels';
import { PersonForm } from './PersonForm';
import { fromCandidate, toCandidateChanges } from './personForm';
import { useUpdateCandidate } from './queries';

const list = (items: readonly string[], none = 'non renseigné') => (items.length > 0 ? items.join(', ') : none);

function Facts({ title, facts }: { title: string; facts: [string, ReactNode][] }) {
  return (
    <section className="fr-col-12 fr-col-md-6">
      <h2 className="fr-h6 fr-mb-1w">{title}</h2>
      <dl className="passerelle-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The profile as read, or the form that edits it (`?modifier=1`, so that a reload stays in the form). */
export function PersonProfile({ candidate }: { candidate: Candidate }) {
  const [params, setParams] = useSearchParams();
  const editing = params.get('modifier') === '1';
  const [saved, setSaved] = useState(false);
  const update = useUpdateCandidate(candidate.id);
  const catalogue = useCertifications();
  const setEditing = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('modifier', '1');
        else next.delete('modifier');
        return next;
      },
      { replace: true },
    );

  if (editing) {
    return (
      <>
        <h2 className="fr-h4">Modifier le profil</h2>
        <PersonForm
          initial={fromCandidate(candidate)}
          submitLabel="Enregistrer les modifications"
          busy={update.isPending}
          error={update.error}
          consentRecord={<ConsentRecord consent={candidate.consent} />}
          onSubmit={(values) =>
            update.mutate(toCandidateChanges(values, candidate), {
              onSuccess: () => {
                setSaved(true);
                setEditing(false);
              },
            })
          }
          cancel={
            <Button type="button" priority="secondary" onClick={() => setEditing(false)}>
              Annuler
            </Button>
          }
        />
      </>
    );
  }

  const certification = (code: string) => catalogue.data?.find((item) => item.code === code)?.label ?? code;
  const { contact, mobility, availability } = candidate;
  const hours =
    availability.earliestStartHour !== null || availability.latestEndHour !== null
      ? `de ${hourToTime(availability.earliestStartHour) || '—'} à ${hourToTime(availability.latestEndHour) || '—'}`
      : 'sans contrainte';
  return (
    <>
      {saved && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description="Profil enregistré."
          closable
          onClose={() => setSaved(false)}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Facts
          title="Coordonnées"
          facts={[
            ['Adresse e-mail', contact.email ?? 'non renseignée'],
            ['Téléphone mobile', contact.mobile ?? 'non renseigné'],
            [
              'Commune de résidence',
              `${candidate.homeCommune.name}${candidate.homeCommune.postalCode ? ` (${candidate.homeCommune.postalCode})` : ''}`,
            ],
          ]}
        />
        <Facts
          title="Suivi"
          facts={[
            ['Consentement', <ConsentRecord key="consent" consent={candidate.consent} />],
            [
              'Dernière proposition',
              candidate.lastProposedAt ? formatDate(candidate.lastProposedAt) : 'jamais proposée',
            ],
            ['Mise à jour', formatDateTime(candidate.updatedAt)],
          ]}
        />
        <Facts
          title="Projet professionnel"
          facts={[
            ['Métiers recherchés', list(candidate.desiredJobs.map((job) => `${job.label} (ROME ${job.romeCode})`))],
            [
              'Secteurs',
              list(
                candidate.desiredSectors.map((sector) => sectorLabels[sector]),
                'ceux des métiers',
              ),
            ],
            ['Contrats acceptés', list(candidate.acceptedContractTypes.map((type) => contractTypeLabels[type]))],
          ]}
        />
        <Facts
          title="Compétences et parcours"
          facts={[
            ['Compétences', list(candidate.skills)],
            [
              'Expériences',
              list(
                candidate.experiences.map((experience) => `${experience.label} (${months(experience.months)})`),
                'aucune',
              ),
            ],
            [
              'Qualification',
              qualificationLabel(candidate.qualificationLevel).replace('aucun niveau exigé', 'aucun diplôme'),
            ],
            ['Permis et certifications', list(candidate.certifications.map(certification), 'aucun')],
            [
              'Langues',
              list(
                candidate.languages.map(
                  (language) => `${languageName(language.code)} : ${languageLevelLabels[language.level]}`,
                ),
              ),
            ],
          ]}
        />
        <Facts
          title="Mobilité"
          facts={[
            ['Distance maximale', `${mobility.maxDistanceKm} km`],
            ['Transports', list(mobility.transportModes.map((mode) => transportModeLabels[mode]))],
            ['Véhicule', mobility.hasVehicle ? 'oui' : 'non'],
          ]}
        />
        <Facts
          title="Disponibilités et contraintes"
          facts={[
            ['À partir du', availability.from ? formatDate(availability.from) : 'tout de suite'],
            ['Temps de travail', workingTimeLabels[availability.workingTime]],
            ['Horaires', list(availability.schedules.map((schedule) => workScheduleLabels[schedule]))],
            ['Heures', hours],
            [
              'Ne peut pas',
              list(
                candidate.workConstraints.map((demand) => physicalDemandLabels[demand]),
                'aucune contrainte partagée',
              ),
            ],
          ]}
        />
      </div>
      <Button className="fr-mt-2w" iconId="fr-icon-edit-line" onClick={() => setEditing(true)}>
        Modifier le profil
      </Button>
    </>
  );
}
