import type { Page } from 'playwright-core';
import { descriptionOf } from './AppHeader';

/** The offer form, filled as a person does: typing, then choosing in the autocompletes' lists. */
export class OfferFormPage {
  constructor(private readonly page: Page) {}

  async fillTitle(title: string): Promise<void> {
    await this.page.getByLabel('Intitulé de l’offre').fill(title);
  }

  async chooseJob(typed: string, option: RegExp | string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: /Métier/ });
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async chooseCommune(typed: string, option: RegExp | string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: /Commune du lieu de travail/ });
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async describe(text: string): Promise<void> {
    await this.page.getByLabel('Description du poste et de l’entreprise').fill(text);
  }

  async setWeeklyHours(hours: string): Promise<void> {
    await this.page.getByLabel('Heures par semaine').fill(hours);
  }

  async setRequiredSkills(skills: string[]): Promise<void> {
    await this.page.getByLabel('Compétences exigées').fill(skills.join('\n'));
  }

  async requireCertification(label: string): Promise<void> {
    await this.page.getByLabel('Permis, CACES et habilitations exigés').selectOption({ label });
    await this.page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  }

  async errorUnder(label: string): Promise<string> {
    return descriptionOf(this.page, this.page.getByLabel(label));
  }

  async alertTitle(): Promise<string> {
    return (await this.page.getByRole('heading', { name: 'Requête invalide' }).innerText()).trim();
  }
}
