import type { Page } from 'playwright-core';

/** An event an employer is asked to (/evenements/:id, the employer's view). */
export class EmployerEventPage {
  constructor(private readonly page: Page) {}

  async waitFor(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  private get participation() {
    return this.page.getByRole('region', { name: 'Votre participation' });
  }

  async participationIs(label: string): Promise<void> {
    await this.participation.getByText(label, { exact: true }).waitFor();
  }

  async bringsOffer(title: string): Promise<boolean> {
    return this.participation.getByRole('checkbox', { name: title }).isChecked();
  }

  async accept(): Promise<void> {
    await this.participation.getByRole('button', { name: 'Accepter' }).click();
  }

  private get metPeople() {
    return this.page.getByRole('region', { name: 'Personnes rencontrées' });
  }

  async hasMet(name: string): Promise<void> {
    await this.metPeople.getByRole('heading', { level: 3, name }).waitFor();
  }

  async requestInterview(name: string): Promise<void> {
    await this.metPeople.getByRole('button', { name: new RegExp(`^Demander un entretien.* avec ${name}$`) }).click();
  }

  async openMatch(name: string): Promise<void> {
    await this.metPeople.getByRole('link', { name: `Voir la mise en relation avec ${name}` }).click();
  }
}
