import type { Model } from 'mongoose';
import { isDuplicateKeyError } from './isDuplicateKeyError';

/**
 * Inserts documents keyed by `_id`, leaving those already there as they are (a writer run again
 * after a crash): unordered, so every new one is inserted and the duplicates are the only errors.
 * Returns how many were inserted.
 */
export async function insertAllIfAbsent<T>(model: Model<T>, documents: readonly object[]): Promise<number> {
  if (documents.length === 0) return 0;
  try {
    // A document the schema refuses must fail the writer, not vanish: mongoose skips such
    // documents of an unordered insert without a word unless told otherwise.
    const inserted = await model.insertMany(documents, {
      ordered: false,
      rawResult: true,
      throwOnValidationError: true,
    });
    return inserted.insertedCount;
  } catch (error) {
    const bulk = error as {
      insertedDocs?: unknown[];
      writeErrors?: unknown[];
      validationErrors?: unknown[];
      result?: { insertedCount?: number };
    };
    if (bulk.validationErrors && bulk.validationErrors.length > 0) throw error;
    if (!isDuplicateKeyError(error) && !bulk.writeErrors) throw error;
    return bulk.result?.insertedCount ?? bulk.insertedDocs?.length ?? 0;
  }
}
