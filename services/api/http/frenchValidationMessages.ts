import { z } from 'zod';

/**
 * Validation messages in French wherever a schema gives none of its own (the API's users read
 * them next to their fields): zod's own French locale, set once for the process.
 */
export function useFrenchValidationMessages(): void {
  z.config(z.locales.fr());
}
