import { isFilterable, type Condition, type FieldType, type IndexDefinition } from '../../../ports/SearchEngine';

type OramaWhere = Record<string, unknown>;

/** Translates one condition of the port into Orama's `where` clause, or null when it matches everything. */
export function toOramaCondition(definition: IndexDefinition, condition: Condition): OramaWhere | null {
  const type: FieldType | undefined = definition.fields[condition.field];
  if (!type) throw new Error(`unknown field ${condition.field} in index ${definition.name}`);
  if (!isFilterable(type)) throw new Error(`field ${condition.field} of index ${definition.name} is not filterable`);
  const field = condition.field;

  if ('equals' in condition) {
    if (type === 'keyword[]') return { [field]: { containsAny: [condition.equals] } };
    if (type === 'boolean') return { [field]: condition.equals };
    return { [field]: { eq: condition.equals } };
  }
  if ('anyOf' in condition) {
    return { [field]: type === 'keyword[]' ? { containsAny: condition.anyOf } : { in: condition.anyOf } };
  }
  if ('allOf' in condition) {
    return condition.allOf.length === 0 ? null : { [field]: { containsAll: condition.allOf } };
  }
  if ('within' in condition) {
    const { lat, lng, radiusMeters } = condition.within;
    return {
      [field]: {
        radius: { coordinates: { lat, lon: lng }, value: radiusMeters, unit: 'm', inside: true, highPrecision: true },
      },
    };
  }
  // Orama takes one operator per clause: both bounds make a `between`.
  const { atLeast, atMost } = condition;
  if (atLeast !== undefined && atMost !== undefined) return { [field]: { between: [atLeast, atMost] } };
  if (atLeast !== undefined) return { [field]: { gte: atLeast } };
  if (atMost !== undefined) return { [field]: { lte: atMost } };
  return null;
}
