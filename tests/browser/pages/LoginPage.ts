import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(credentials: { email: string; password: string }): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
    await this.page.getByLabel('Adresse e-mail').fill(credentials.email);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(credentials.password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }
}
