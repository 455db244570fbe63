import { Schema, type Connection, type Types } from 'mongoose';
import { userRoles, type UserRole } from '../../domain/accounts/user';

export interface UserDocument {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  createdAt: Date;
  /** Fingerprints of the devices the account signed in from (to tell the user of a new one). */
  knownDevices?: string[];
  /** Absent while the account is active. */
  deactivatedAt?: Date;
}

const userSchema = new Schema<UserDocument>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: userRoles, required: true },
    passwordHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    knownDevices: { type: [String], default: undefined },
    deactivatedAt: { type: Date, default: undefined },
  },
  { versionKey: false },
);

// Serves login (findByEmail) and makes an email belong to one account only.
userSchema.index({ email: 1 }, { unique: true });
// Serves listInOrganization and findInOrganization, paged on _id.
userSchema.index({ organizationId: 1, _id: 1 });
// Serves countWithRole('admin') at start-up.
userSchema.index({ role: 1 });

export function userModel(connection: Connection) {
  return connection.model<UserDocument>('User', userSchema, 'users');
}
