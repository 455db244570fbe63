import type { Delivery } from './labels';

export const deliveryPageSize = 20;

/**
 * The API pages deliveries by offset and gives no total: a page asks for one more than it shows,
 * and that extra one says whether a next page exists.
 */
export function deliveryWindow(page: number, size = deliveryPageSize) {
  return { offset: (page - 1) * size, limit: size + 1 };
}

export function visibleDeliveries(fetched: readonly Delivery[], size = deliveryPageSize) {
  return { items: fetched.slice(0, size), hasNext: fetched.length > size };
}

/** The organisations whose members a page names: those of its deliveries to users, once each. */
export function userRecipientOrganizations(deliveries: readonly Delivery[]): string[] {
  return [
    ...new Set(
      deliveries
        .filter((delivery) => delivery.recipient.kind === 'user')
        .map((delivery) => delivery.recipient.organizationId),
    ),
  ];
}

/** A user's name when the members read for the page hold it (null: show the id only). */
export function recipientName(delivery: Delivery, names: ReadonlyMap<string, string>): string | null {
  if (delivery.recipient.kind !== 'user') return null;
  return names.get(delivery.recipient.id) ?? null;
}
