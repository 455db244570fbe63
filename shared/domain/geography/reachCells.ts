import geohash from 'ngeohash';
import { earthRadiusKm, type GeoPoint } from './geoPoint';

/**
 * Geohash cells, so that "the workplace lies within the radius this person declared" becomes a
 * filter a search engine can run on one field: a person's document lists the cells their circle
 * reaches (its bounding box), a workplace is known by the cells it lies in, and the two share a
 * cell whenever the workplace is inside the circle. A superset, never a miss: the exact distance
 * is checked afterwards. Fine cells (~25 × 20 km here) for radii up to 60 km, coarse ones
 * (~100 × 156 km) beyond, so that no person lists more than a few dozen cells.
 */
const fine = { precision: 4, prefix: 'g4:' } as const;
const coarse = { precision: 3, prefix: 'g3:' } as const;
const fineUpToKm = 60;
const degrees = (radians: number) => (radians * 180) / Math.PI;

/** Work that is done from anywhere: it lies in every circle. */
export const anywhereCell = 'anywhere';

export function reachCells(home: GeoPoint, radiusKm: number): string[] {
  const level = radiusKm <= fineUpToKm ? fine : coarse;
  // The spherical cap's exact extent (as the haversine distance sees it), with a 1 % margin.
  const angle = (radiusKm / earthRadiusKm) * 1.01;
  const latitudeSpan = degrees(angle);
  const sine = Math.sin(angle) / Math.cos((home.lat * Math.PI) / 180);
  const longitudeSpan = sine >= 1 ? 180 : degrees(Math.asin(sine));
  const cells = geohash.bboxes(
    Math.max(home.lat - latitudeSpan, -90),
    Math.max(home.lng - longitudeSpan, -180),
    Math.min(home.lat + latitudeSpan, 90),
    Math.min(home.lng + longitudeSpan, 180),
    level.precision,
  );
  return cells.map((cell) => level.prefix + cell);
}

/** The cells a workplace lies in, one per level; anywhere for full remote work. */
export function workplaceCells(workplace: GeoPoint, fullRemote: boolean): string[] {
  if (fullRemote) return [anywhereCell];
  return [fine, coarse].map((level) => level.prefix + geohash.encode(workplace.lat, workplace.lng, level.precision));
}
