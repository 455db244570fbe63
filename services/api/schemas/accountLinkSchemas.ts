import { z } from 'zod';
import { userRoles } from '../../../shared/domain/accounts/user';
import { newPasswordSchema } from './accountSchemas';
import { lineText } from './textSchemas';

/** The token of an e-mailed link (payload.signature, base64url). */
const linkToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'lien invalide')
  .max(1_000);

export const invitationBodySchema = z
  .strictObject({
    email: z.email().max(254),
    displayName: lineText(120),
    role: z.enum(userRoles),
  })
  .meta({ id: 'NewInvitation' });

export const invitationSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(userRoles),
    expiresAt: z.date(),
  })
  .meta({ id: 'Invitation' });

export const invitationTokenParamsSchema = z.strictObject({ token: linkToken });

export const openInvitationSchema = z
  .object({
    email: z.string(),
    displayName: z.string(),
    role: z.enum(userRoles),
    organizationName: z.string(),
    expiresAt: z.date(),
  })
  .meta({ id: 'OpenInvitation' });

export const acceptInvitationBodySchema = z
  .strictObject({ password: newPasswordSchema })
  .meta({ id: 'AcceptInvitation' });

export const passwordResetRequestBodySchema = z
  .strictObject({ email: z.email().max(254) })
  .meta({ id: 'PasswordResetRequest' });

export const passwordResetBodySchema = z
  .strictObject({ token: linkToken, password: newPasswordSchema })
  .meta({ id: 'PasswordReset' });
