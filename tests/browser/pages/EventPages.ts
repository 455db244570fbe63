import type { Locator, Page } from 'playwright-core';

/** /evenements: the list, the « Organiser un événement » button, the campaigns. */
export class EventsPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Événements de recrutement' }).waitFor();
  }

  async organise(): Promise<void> {
    await this.page.getByRole('link', { name: 'Organiser un événement' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Organiser un événement' }).waitFor();
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async createCampaign(name: string, from: string, to: string): Promise<void> {
    await this.page.getByLabel('Nom de la campagne').fill(name);
    await this.page.getByLabel('Du', { exact: true }).fill(from);
    await this.page.getByLabel('Au', { exact: true }).fill(to);
    await this.page.getByRole('button', { name: 'Créer la campagne' }).click();
    await this.page.getByRole('link', { name }).waitFor();
  }
}

export interface SimpleEvent {
  kind: string;
  title: string;
  description: string;
  /** datetime-local values, Paris time: « 2026-03-10T09:30 » */
  startsAt: string;
  endsAt: string;
  commune: { typed: string; option: RegExp | string };
  address: string;
  sector: string;
  capacity: string;
  campaign?: string;
  /** An employer found through one of its published offers. */
  offer: { typed: string; option: RegExp | string };
}

/** The organiser's form, filled as a person does: typing, then choosing in the autocompletes' lists. */
export class EventFormPage {
  constructor(private readonly page: Page) {}

  async fill(event: SimpleEvent): Promise<void> {
    await this.page.getByLabel('Type d’événement').selectOption({ label: event.kind });
    await this.page.getByLabel(/^Titre/).fill(event.title);
    await this.page.getByLabel(/^Description/).fill(event.description);
    await this.page.getByLabel(/^Début/).fill(event.startsAt);
    await this.page.getByLabel(/^Fin\s*Heure de Paris/).fill(event.endsAt);
    await this.page.getByRole('combobox', { name: /^Commune/ }).fill(event.commune.typed);
    await this.page.getByRole('option', { name: event.commune.option }).first().click();
    await this.page.getByLabel(/^Adresse/).fill(event.address);
    // The DSFR draws the box over the input: the click goes to the input itself.
    await this.page.getByLabel(event.sector, { exact: true }).check({ force: true });
    await this.page.getByLabel(/^Nombre de places/).fill(event.capacity);
    if (event.campaign) await this.page.getByLabel(/^Campagne/).selectOption({ label: event.campaign });
    await this.page.getByRole('combobox', { name: /^Ajouter un employeur/ }).fill(event.offer.typed);
    await this.page.getByRole('option', { name: event.offer.option }).first().click();
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  }
}

/** /evenements/:id for its organiser: the status buttons, the invitees, the figures. */
export class EventPage {
  constructor(private readonly page: Page) {}

  async waitFor(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publier', exact: true }).click();
    await this.page.getByText(/^Événement publié/).waitFor();
  }

  invitees(): Locator {
    return this.page.getByRole('region', { name: 'Personnes à inviter' });
  }

  invitee(name: string): Locator {
    return this.invitees().getByRole('row').filter({ hasText: name });
  }

  async choose(name: string): Promise<void> {
    await this.invitees().getByLabel(`Inviter ${name}`).check({ force: true });
  }

  async inviteSelection(): Promise<void> {
    await this.invitees()
      .getByRole('button', { name: /^Inviter la sélection/ })
      .click();
  }

  figures(): Locator {
    return this.page.getByRole('region', { name: 'Chiffres' });
  }

  /** A step of the funnel (« Inscrits », « Présents »…) as its box shows it. */
  async figure(label: string): Promise<string> {
    const box = this.figures()
      .getByRole('list', { name: 'Du nombre d’invités aux embauches' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(label, { exact: true }) });
    return (await box.innerText()).replace(label, '').trim();
  }

  /** « Annuler l’événement », then the modal's own button. */
  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Annuler l’événement' }).first().click();
    const modal = this.page.getByRole('dialog', { name: 'Annuler l’événement ?' });
    await modal.waitFor();
    await modal.getByRole('button', { name: 'Annuler l’événement' }).click();
    await this.page.getByText(/^Événement annulé/).waitFor();
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Modifier « / }).waitFor();
  }

  async openAttendance(): Promise<void> {
    await this.page.getByRole('link', { name: /^Liste d’émargement/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Émargement/ }).waitFor();
  }
}

/** /evenements/:id/emargement, on a phone at the door. */
export class AttendancePage {
  constructor(private readonly page: Page) {}

  async counters(): Promise<string> {
    return (
      await this.page
        .getByRole('status')
        .filter({ hasText: /présent/ })
        .first()
        .innerText()
    ).replace(/\s+/g, ' ');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Chercher par nom').fill(text);
  }

  presentSwitch(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Présent(e) : ${name}` });
  }

  /** Taps the switch: it moves at once, and stays once the server has recorded the check-in. */
  async checkIn(name: string): Promise<void> {
    await this.presentSwitch(name).click({ force: true });
  }

  row(name: string): Locator {
    return this.page
      .getByRole('list', { name: /^Liste d’émargement/ })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  async addGuest(firstName: string, lastName: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Ajouter une personne venue sans inscription' });
    await form.getByLabel('Une autre personne').check({ force: true });
    await form.getByLabel('Prénom', { exact: true }).fill(firstName);
    await form.getByLabel('Nom', { exact: true }).fill(lastName);
    await form.getByRole('button', { name: 'Ajouter, présent(e)' }).click();
    await this.page.getByText(`${firstName} ${lastName} est ajouté(e) à la liste, présent(e).`).waitFor();
  }

  async addFollowedPerson(typed: string, option: RegExp | string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Ajouter une personne venue sans inscription' });
    await form.getByLabel('Une personne que ma structure suit').check({ force: true });
    await form.getByRole('combobox', { name: /^Nom de la personne/ }).fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
    await form.getByRole('button', { name: 'Ajouter, présent(e)' }).click();
  }
}
