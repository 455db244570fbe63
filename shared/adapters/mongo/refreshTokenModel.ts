import { Schema, type Connection } from 'mongoose';
import type { RefreshTokenRecord } from '../../domain/accounts/session';

const refreshTokenSchema = new Schema<RefreshTokenRecord>(
  {
    tokenHash: { type: String, required: true },
    familyId: { type: String, required: true },
    userId: { type: String, required: true },
    organizationId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    rotatedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

// Serves findByHash and markRotated on every refresh.
refreshTokenSchema.index({ tokenHash: 1 }, { unique: true });
// Serves revokeFamily on logout and on reuse detection.
refreshTokenSchema.index({ familyId: 1 });
// Serves revokeAllForUser after a password change.
refreshTokenSchema.index({ userId: 1 });
// Serves the expiry sweeper (FerretDB has no TTL index).
refreshTokenSchema.index({ expiresAt: 1 });

export function refreshTokenModel(connection: Connection) {
  return connection.model<RefreshTokenRecord>('RefreshToken', refreshTokenSchema, 'refresh_tokens');
}
