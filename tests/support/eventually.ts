/**
 * Polls until the assertion passes or the time is up, then fails with its last error: for
 * eventually-consistent effects (indexing), never a fixed sleep.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 2_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
