import type { Page } from 'playwright-core';

/** The pages an e-mailed link opens: an invitation, a password reset; and the request for one. */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Bienvenue sur Passerelle' }).waitFor();
  }

  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel(/^Nouveau mot de passe/).fill(password);
    await this.page.getByLabel('Confirmez le mot de passe').fill(password);
    await this.page.getByRole('button', { name: 'Créer mon mot de passe et me connecter' }).click();
  }
}

export class ForgotPasswordPage {
  constructor(private readonly page: Page) {}

  async ask(email: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await this.page.getByLabel(/^Adresse e-mail/).fill(email);
    await this.page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await this.page.getByRole('heading', { name: 'Demande envoyée' }).waitFor();
  }
}

export class ResetPasswordPage {
  constructor(private readonly page: Page) {}

  async choose(password: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await this.page.getByLabel(/^Nouveau mot de passe/).fill(password);
    await this.page.getByLabel('Confirmez le mot de passe').fill(password);
    await this.page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await this.page.getByRole('heading', { name: 'Mot de passe changé' }).waitFor();
  }
}
