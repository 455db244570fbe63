/** DSFR colour tokens read from the page (they follow the light or dark scheme), with light fallbacks. */
export function dsfrColour(token: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function chartPalette() {
  return {
    text: dsfrColour('--text-default-grey', '#3a3a3a'),
    grid: dsfrColour('--border-default-grey', '#dddddd'),
    blue: dsfrColour('--background-action-high-blue-france', '#000091'),
    green: dsfrColour('--background-action-high-green-emeraude', '#00a95f'),
    red: dsfrColour('--background-action-high-red-marianne', '#c9191e'),
  };
}
