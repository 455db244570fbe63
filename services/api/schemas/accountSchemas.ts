import { z } from 'zod';
import { insertionStructureTypes, organizationKinds } from '../../../shared/domain/accounts/organization';
import { userRoles } from '../../../shared/domain/accounts/user';

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

export const newOrganizationBodySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('employer'),
      name: z.string().trim().min(2).max(200),
      siret: z.string().regex(/^\d{14}$/, '14 chiffres attendus'),
    }),
    z.strictObject({
      kind: z.literal('insertion'),
      name: z.string().trim().min(2).max(200),
      structureType: z.enum(insertionStructureTypes),
    }),
    z.strictObject({ kind: z.literal('territory'), name: z.string().trim().min(2).max(200) }),
  ])
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

export const newUserBodySchema = z
  .strictObject({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(userRoles),
    password: z.string().min(12, 'au moins 12 caractères').max(1024),
  })
  .meta({ id: 'NewUser' });

export const passwordChangeBodySchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(12, 'au moins 12 caractères').max(1024),
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
  })
  .meta({ id: 'User' });

export const meSchema = z.object({ user: userSchema, organization: organizationSchema }).meta({ id: 'Me' });
