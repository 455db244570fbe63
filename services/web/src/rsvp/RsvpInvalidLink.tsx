import { Page } from '../ui/Page';

/** A forged, expired or unknown answer link: no technical words, and who can help. */
export function RsvpInvalidLink() {
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Lien plus valable" heading="Ce lien n’est plus valable">
          <p className="fr-text--lead">Ce lien n’est plus valable : il a peut-être expiré, ou il a été mal copié.</p>
          <p>
            Pour répondre à une invitation, contactez votre conseiller : il pourra vous inscrire ou vous envoyer un
            nouveau lien.
          </p>
        </Page>
      </div>
    </div>
  );
}
