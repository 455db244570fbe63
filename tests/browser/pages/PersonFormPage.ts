import type { Page } from 'playwright-core';
import { descriptionOf } from './AppHeader';

/**
 * A simple person, as an adviser types them: what the autocompletes are given and the option to
 * choose in their lists (the option's accessible name, a RegExp or an exact text).
 */
export interface SimplePerson {
  firstName: string;
  lastName: string;
  mobile: string;
  /** e.g. { typed: 'Roubaix', option: /^Roubaix \(/ } */
  commune: { typed: string; option: RegExp | string };
  /** e.g. { typed: 'cariste', option: /Cariste/ } */
  job: { typed: string; option: RegExp | string };
  /** Ticks the box "La personne accepte que son profil soit présenté à des employeurs" (true unless false). */
  consent?: boolean;
}

/**
 * The person form, at /personnes/nouvelle or in the Profil tab of a person's page after
 * "Modifier le profil". `createPerson(person)` is the one call another journey needs: it fills,
 * submits and waits for the person's page, and returns the new person's id.
 */
export class PersonFormPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/personnes/nouvelle`);
    await this.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Nouvelle personne' }).waitFor();
  }

  /** Fills the form for this person, without submitting it. */
  async fill(person: SimplePerson): Promise<void> {
    await this.page.getByLabel('Prénom', { exact: true }).fill(person.firstName);
    await this.page.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await this.setMobile(person.mobile);
    await this.chooseCommune(person.commune.typed, person.commune.option);
    await this.addDesiredJob(person.job.typed, person.job.option);
    if (person.consent !== false) await this.tickConsent();
  }

  /** Fills, saves, waits for the person's page (h1: first and last name); the new person's id. */
  async createPerson(person: SimplePerson): Promise<string> {
    await this.fill(person);
    return this.saveNew(`${person.firstName} ${person.lastName}`);
  }

  /** Saves a new person, waits for their page (h1: `name`) and returns their id. */
  async saveNew(name: string): Promise<string> {
    await this.save();
    await this.page.waitForURL(/\/personnes\/[0-9a-f]{24}$/);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    return /\/personnes\/([0-9a-f]{24})$/.exec(this.page.url())?.[1] ?? '';
  }

  async setMobile(mobile: string): Promise<void> {
    await this.page.getByLabel('Téléphone mobile').fill(mobile);
  }

  async chooseCommune(typed: string, option: RegExp | string): Promise<void> {
    await this.page.getByRole('combobox', { name: /Commune de résidence/ }).fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async addDesiredJob(typed: string, option: RegExp | string): Promise<void> {
    await this.page.getByRole('combobox', { name: /Métiers recherchés/ }).fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
    await this.page.getByRole('list', { name: 'Métiers recherchés choisis' }).waitFor();
  }

  async addCertification(typed: string, option: RegExp | string): Promise<void> {
    await this.page.getByRole('combobox', { name: /Permis, CACES et habilitations/ }).fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async setMaxDistance(km: string): Promise<void> {
    await this.page.getByLabel('Distance maximale domicile–travail (km)').fill(km);
  }

  async tickConsent(): Promise<void> {
    // The DSFR draws the box over the input, so the click goes to the input itself.
    await this.page.getByLabel(/La personne accepte que son profil soit présenté/).check({ force: true });
  }

  /** "Enregistrer la personne" on a creation, "Enregistrer les modifications" on an edit. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Enregistrer (la personne|les modifications)$/ }).click();
  }

  async errorUnder(label: string | RegExp): Promise<string> {
    return descriptionOf(this.page, this.page.getByLabel(label).first());
  }
}
