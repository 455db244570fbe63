/** One holder at a time for a named role across processes, kept alive while its holder runs. */
export interface ProcessLease {
  /**
   * Takes the lease, waiting up to one lease period for a holder that stopped without releasing
   * it (a crash); false when a live process keeps renewing it.
   */
  acquire(): Promise<boolean>;
  /** Takes the lease only if nobody holds it now, without waiting (a periodic job that another process runs already). */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
}
