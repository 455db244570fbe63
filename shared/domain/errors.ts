/**
 * Domain errors know nothing of HTTP: the API maps each kind to a status in one table
 * (services/api/http/problemDetails.ts).
 */
export interface FieldProblem {
  field: string;
  reason: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind:
    'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_many_requests' | 'unavailable';
}

export class ValidationError extends DomainError {
  readonly kind = 'validation';
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A store the answer depends on cannot be reached: the caller may retry later (never a 500). */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
