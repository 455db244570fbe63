import { z } from 'zod';
import { insertionStructureTypes, organizationKinds } from '../../../shared/domain/accounts/organization';
import { userRoles } from '../../../shared/domain/accounts/user';
import { lineText } from './textSchemas';
import { objectIdSchema } from './commonSchemas';

export const loginBodySchema = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });

export const refreshBodySchema = z
  .strictObject({ refreshToken: z.string().min(1).max(512) })
  .meta({ id: 'RefreshRequest' });

export const sessionTokensSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().meta({ description: 'seconds' }),
    refreshToken: z.string(),
    refreshExpiresIn: z.number().int().meta({ description: 'seconds' }),
  })
  .meta({ id: 'SessionTokens' });

/** What a browser session gives the page: the refresh token stays in its HttpOnly cookie. */
export const browserSessionSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().meta({ description: 'seconds' }),
  })
  .meta({ id: 'BrowserSession' });

const organizationName = lineText(200, { min: 2 });

export const newOrganizationBodySchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('employer'),
        name: organizationName,
        siret: z.string().regex(/^\d{14}$/, '14 chiffres attendus'),
      }),
      z.strictObject({
        kind: z.literal('insertion'),
        name: organizationName,
        structureType: z.enum(insertionStructureTypes),
      }),
    ],
    // Territories are made at installation (ensureFirstAdmin), so the API takes these two kinds only.
    { error: (issue) => (issue.code === 'invalid_union' ? 'employer ou insertion attendu' : undefined) },
  )
  .meta({ id: 'NewOrganization' });

export const organizationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(organizationKinds),
    name: z.string(),
    territoryId: z.string(),
    siret: z.string().optional(),
    structureType: z.enum(insertionStructureTypes).optional(),
    createdAt: z.date(),
  })
  .meta({ id: 'Organization' });

/** A password someone chooses. */
export const newPasswordSchema = z.string().min(12, 'au moins 12 caractères').max(1024);

export const newUserBodySchema = z
  .strictObject({
    email: z.email().max(254),
    displayName: lineText(120),
    role: z.enum(userRoles),
    password: newPasswordSchema,
  })
  .meta({ id: 'NewUser' });

export const passwordChangeBodySchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: newPasswordSchema,
  })
  .meta({ id: 'PasswordChange' });

export const userSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(userRoles),
    createdAt: z.date(),
    deactivatedAt: z
      .date()
      .nullable()
      .meta({ description: 'set while the account is deactivated: no sign-in, no refresh, sessions ended' }),
  })
  .meta({ id: 'User' });

export const userParamsSchema = z.strictObject({ id: objectIdSchema, userId: objectIdSchema });

export const meSchema = z.object({ user: userSchema, organization: organizationSchema }).meta({ id: 'Me' });
