import { Schema } from 'mongoose';

/** Sub-schemas shared by offers and candidate profiles. */
export const placeSchema = new Schema(
  {
    inseeCode: { type: String, required: true },
    name: { type: String, required: true },
    postalCode: { type: String, default: null },
    departmentCode: { type: String, required: true },
    location: { lat: { type: Number, required: true }, lng: { type: Number, required: true } },
    approximate: { type: Boolean, required: true },
  },
  { _id: false },
);

export const jobDesignationSchema = new Schema(
  {
    appellationCode: { type: String, default: null },
    romeCode: { type: String, required: true },
    label: { type: String, required: true },
    sector: { type: String, required: true },
  },
  { _id: false },
);

/** Fields of every versioned aggregate (see ports/VersionedRepository). */
export const versionFields = {
  version: { type: Number, required: true },
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
} as const;
