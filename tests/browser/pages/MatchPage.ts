import type { Page } from 'playwright-core';

/** One proposed person, as the employer answers: an interview asked for, then scheduled. */
export class MatchPage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async status(label: string): Promise<void> {
    await this.page.getByRole('main').getByText(label, { exact: true }).first().waitFor();
  }

  async askForAnInterview(message: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Demander un entretien' }).click();
    const form = this.page.getByRole('form', { name: 'Demander un entretien' });
    await form.getByLabel('Message au conseiller').fill(message);
    await form.getByRole('button', { name: 'Envoyer la demande d’entretien' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async scheduleTheInterview(interview: {
    date: string;
    time: string;
    place: string;
    contact: string;
    message: string;
  }) {
    await this.page.getByRole('button', { name: 'Planifier l’entretien' }).click();
    const form = this.page.getByRole('form', { name: 'Planifier l’entretien' });
    await form.getByLabel('Date de l’entretien').fill(interview.date);
    await form.getByLabel('Heure').fill(interview.time);
    await form.getByLabel(/^Lieu/).fill(interview.place);
    await form.getByLabel('Personne à demander').fill(interview.contact);
    await form.getByLabel(/^Message/).fill(interview.message);
    await form.getByRole('button', { name: 'Envoyer la convocation' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async contactSection(): Promise<string> {
    return (await this.page.getByRole('region', { name: 'Coordonnées' }).innerText()).trim();
  }
}
