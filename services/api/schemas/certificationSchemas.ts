import { z } from 'zod';
import { certificationKinds } from '../../../shared/domain/reference/certifications';

export const certificationSchema = z
  .object({ code: z.string(), kind: z.enum(certificationKinds), label: z.string() })
  .meta({ id: 'Certification' });

export const certificationQuerySchema = z.strictObject({ kind: z.enum(certificationKinds).optional() });
