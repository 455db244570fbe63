import type { Locator, Page } from 'playwright-core';

/** The organisation's settings: an invitation to a colleague, webhooks registered and deleted. */
export class OrganizationPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: /^Organisation :/ }).waitFor();
  }

  async inviteColleague(name: string, email: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Inviter une collègue ou un collègue' });
    await form.getByLabel('Nom et prénom').fill(name);
    await form.getByLabel('Adresse e-mail').fill(email);
    await form.getByRole('button', { name: 'Inviter' }).click();
    await this.page.getByText('Invitation envoyée.').waitFor();
  }

  /** Registers a webhook; returns the secret the page shows once. */
  async registerWebhook(url: string): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Enregistrer un webhook' });
    await form.getByLabel(/^Adresse à appeler/).fill(url);
    await form.getByRole('button', { name: 'Enregistrer le webhook' }).click();
    await this.page.getByRole('heading', { name: 'Copiez le secret maintenant' }).waitFor();
    return (await this.page.getByRole('code').innerText()).trim();
  }

  async copySecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copier le secret' }).click();
    await this.page.getByText('Secret copié dans le presse-papiers.').waitFor();
  }

  webhookRow(url: string): Locator {
    return this.page.getByRole('row').filter({ hasText: url });
  }

  async deleteWebhook(url: string): Promise<void> {
    await this.webhookRow(url).getByRole('button', { name: 'Supprimer' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Supprimer le webhook' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Supprimer le webhook' }).click();
    await this.webhookRow(url).waitFor({ state: 'detached' });
  }
}
