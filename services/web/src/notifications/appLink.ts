/**
 * Where a notification leads in the app. The API's links are the app's own paths; older
 * notifications, written before the app existed, carry API paths, read here as their page.
 */
export function appLink(link: string): string {
  const legacy: [RegExp, (match: RegExpExecArray) => string][] = [
    [/^\/api\/v1\/me$/, () => '/compte'],
    [/^\/api\/v1\/me\/notification-preferences$/, () => '/preferences'],
    [/^\/api\/v1\/matches\/([0-9a-f]{24})$/, (match) => `/mises-en-relation/${match[1] ?? ''}`],
    [/^\/api\/v1\/offers\/([0-9a-f]{24})(\/.*)?$/, (match) => `/offres/${match[1] ?? ''}`],
  ];
  for (const [pattern, target] of legacy) {
    const match = pattern.exec(link);
    if (match) return target(match);
  }
  return /^\/(?![/\\])/.test(link) ? link : '/notifications';
}
