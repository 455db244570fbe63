import { isFilterable, type Condition, type FieldType, type IndexDefinition } from '../../../ports/SearchEngine';

/** Meilisearch keeps one geo point per document, under the reserved `_geo` attribute. */
export const meiliGeoField = '_geo';

function literal(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Translates one condition of the port into a Meilisearch filter expression, or null when it matches everything. */
export function toMeiliFilter(definition: IndexDefinition, condition: Condition): string | null {
  const type: FieldType | undefined = definition.fields[condition.field];
  if (!type) throw new Error(`unknown field ${condition.field} in index ${definition.name}`);
  if (!isFilterable(type)) throw new Error(`field ${condition.field} of index ${definition.name} is not filterable`);
  const field = condition.field;

  if ('equals' in condition) return `${field} = ${literal(condition.equals)}`;
  if ('anyOf' in condition) return `${field} IN [${condition.anyOf.map(literal).join(', ')}]`;
  if ('allOf' in condition) {
    return condition.allOf.length === 0
      ? null
      : `(${condition.allOf.map((value) => `${field} = ${literal(value)}`).join(' AND ')})`;
  }
  if ('within' in condition) {
    const { lat, lng, radiusMeters } = condition.within;
    return `_geoRadius(${lat}, ${lng}, ${radiusMeters})`;
  }
  const bounds = [
    ...(condition.atLeast !== undefined ? [`${field} >= ${condition.atLeast}`] : []),
    ...(condition.atMost !== undefined ? [`${field} <= ${condition.atMost}`] : []),
  ];
  return bounds.length === 0 ? null : bounds.join(' AND ');
}
