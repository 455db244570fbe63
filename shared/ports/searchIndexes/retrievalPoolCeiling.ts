/**
 * The most documents one matching computation may read from the engine (MATCHING_RETRIEVAL_POOL
 * at most), and so the `maxTotalHits` of the indexes it reads: a pool is never cut by the engine.
 */
export const retrievalPoolCeiling = 20_000;
