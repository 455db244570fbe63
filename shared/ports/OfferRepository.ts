import type { PageRequest } from '../domain/common/page';
import type { Offer, OfferContent, OfferStatus } from '../domain/offers/offer';
import type { VersionedRepository } from './VersionedRepository';

export interface NewOffer extends OfferContent {
  organizationId: string;
  externalRef: string | null;
  createdBy: string;
}

export interface OfferChanges extends Partial<OfferContent> {
  status?: OfferStatus;
  publishedAt?: Date | null;
  closedAt?: Date | null;
}

export interface OfferRepository extends VersionedRepository<Offer> {
  /** Throws ConflictError when the organisation already has an offer with this external reference. */
  create(offer: NewOffer, now: Date): Promise<Offer>;
  /** Offers written as they are, with their lists (the bulk path of benchmarks); ids must be new. */
  insertAll(offers: readonly Offer[]): Promise<void>;
  /** The offers' lists (kept beside the database) rebuilt from the stored offers. */
  rebuildLists(): Promise<void>;
  /** From the database: what a writer checks before its write. */
  findInOrganization(organizationId: string, offerId: string): Promise<Offer | null>;
  findByExternalRef(organizationId: string, externalRef: string): Promise<Offer | null>;
  findPublished(offerId: string): Promise<Offer | null>;
  /** The same two reads for a page: from the offer's copy beside the database when there is one. */
  findInOrganizationToShow(organizationId: string, offerId: string): Promise<Offer | null>;
  findPublishedToShow(offerId: string): Promise<Offer | null>;
  listInOrganization(organizationId: string, filter: { status?: OfferStatus }, page: PageRequest): Promise<Offer[]>;
  listPublished(page: PageRequest): Promise<Offer[]>;
  /** The published ones among these ids, in no particular order (search results are hydrated from here). */
  listPublishedByIds(offerIds: string[]): Promise<Offer[]>;
  /**
   * Applies the changes when the offer is still in one of `fromStatuses`, bumping its version;
   * null when the offer does not exist in the organisation or has left those statuses.
   */
  update(
    organizationId: string,
    offerId: string,
    changes: OfferChanges,
    fromStatuses: readonly OfferStatus[],
    now: Date,
  ): Promise<Offer | null>;
  /** Deletes the offer when it is in one of `fromStatuses`; false otherwise. */
  delete(organizationId: string, offerId: string, fromStatuses: readonly OfferStatus[]): Promise<boolean>;
  /** Published offers whose end date has passed, for the expiry job. */
  listExpired(now: Date, limit: number): Promise<Offer[]>;
  /** Published offers ending before this date, for the reminders to their employers. */
  listPublishedEndingBefore(date: Date): Promise<Offer[]>;
}
