import type { Locator, Page } from 'playwright-core';

/** The header every page has: the organisation, the notifications link with its count, the user's menu. */
export class AppHeader {
  constructor(private readonly page: Page) {}

  private get banner(): Locator {
    return this.page.getByRole('banner');
  }

  /** The quick-access link, which carries the count (the main navigation has one too, without it). */
  notificationsLink(): Locator {
    return this.banner.getByRole('link', { name: /^Notifications/ }).first();
  }

  /** The count of "3 non lues", 0 when nothing is unread (or not loaded yet: see shownUnreadCount). */
  async unreadCount(): Promise<number> {
    const text = (await this.notificationsLink().innerText()).replace(/\s+/g, ' ');
    const match = /(\d+)/.exec(text);
    return match ? Number(match[1]) : 0;
  }

  /**
   * The count once the header shows one: the header asks for it apart from the page, so a page whose
   * content has loaded may not show it yet.
   */
  async shownUnreadCount(): Promise<number> {
    await this.notificationsLink()
      .filter({ hasText: /non lues?/ })
      .waitFor();
    return this.unreadCount();
  }

  async organisationName(): Promise<string> {
    return (await this.banner.getByRole('paragraph').last().innerText()).trim();
  }

  async openNotifications(): Promise<void> {
    await this.notificationsLink().click();
    await this.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.banner.getByRole('button', { name: 'Se déconnecter' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
  }
}

export async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** The message shown under an input (its aria-describedby), as a screen reader reads it. */
export async function descriptionOf(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').trim();
}
