/** Where to go after sign-in: only a path of this app, never another site named in a link someone sent. */
export function safeNext(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}
