/** High-entropy random tokens (refresh tokens) and the one-way hash under which they are stored. */
export interface OpaqueTokens {
  generate(): string;
  hash(token: string): string;
  newFamilyId(): string;
}
