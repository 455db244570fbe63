import type { Page } from 'playwright-core';

/** The public page a personal invitation link opens (no account). */
export class RsvpPage {
  constructor(private readonly page: Page) {}

  async greets(firstName: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Bonjour ${firstName},` }).waitFor();
  }

  async answer(label: 'Je viens' | 'Je ne viens pas'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  /** The answer as recorded, the title of its alert (« Vous êtes inscrit(e) »…). */
  async says(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: title }).waitFor();
  }

  async offers(label: 'Je viens' | 'Je ne viens pas'): Promise<boolean> {
    return this.page.getByRole('button', { name: label, exact: true }).isVisible();
  }

  async showsDeadLink(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' }).waitFor();
  }
}
