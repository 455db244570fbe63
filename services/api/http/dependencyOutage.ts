/**
 * Whether an error says that Redis or the database cannot be reached right now (not that the
 * request is wrong, nor that the code is): the answer is then 503 with Retry-After, which a
 * client may retry, instead of a 500 that says nothing of the kind.
 */
export function isDependencyOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // ioredis without its offline queue, and its retries per request exhausted.
  if (error.message === "Stream isn't writeable and enableOfflineQueue options is false") return true;
  if (error.name === 'MaxRetriesPerRequestError' || error.message === 'Connection is closed.') return true;
  // The MongoDB driver (and mongoose's own wrapper) when no server answers.
  if (/^Mongo(ose)?(ServerSelection|Network|NetworkTimeout|TopologyClosed|NotConnected)Error$/.test(error.name)) {
    return true;
  }
  return 'code' in error && (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET');
}
