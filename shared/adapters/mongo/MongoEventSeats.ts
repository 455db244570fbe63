import type { Collection, Connection } from 'mongoose';
import type { EventSeats } from '../../ports/EventInvitationRepository';
import { isDuplicateKeyError } from './isDuplicateKeyError';

interface SeatDocument {
  _id: string;
  eventId: string;
  /** A place: who holds it. A holder's record: which place it holds. */
  invitationId?: string;
  seatId?: string;
}

const seatKey = (eventId: string, index: number) => `seat:${eventId}#${index}`;
const holderKey = (invitationId: string) => `holder:${invitationId}`;

/**
 * Places as records keyed `seat:<event>#<n>`, n from 1 to the capacity: inserting one is atomic
 * on any MongoDB-compatible server (a unique `_id`), so concurrent answers can never take more
 * than the capacity. A second record, keyed by the invitation, says which place it holds, so that
 * answering twice takes one place. A place taken by a process that stopped before writing its
 * holder is found again (by the invitation) the next time that person answers.
 */
export class MongoEventSeats implements EventSeats {
  private readonly collection: Collection<SeatDocument>;

  constructor(connection: Connection) {
    this.collection = connection.collection<SeatDocument>('eventSeats');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ eventId: 1 });
  }

  async take(eventId: string, capacity: number, invitationId: string): Promise<boolean> {
    if (await this.heldSeat(eventId, invitationId)) return true;
    // The places seen taken are skipped (one insertion per answer, not one per place before it);
    // one taken meanwhile by someone else fails its insertion and the next is tried.
    const taken = new Set(
      (
        await this.collection.find({ eventId, invitationId: { $exists: true } }, { projection: { _id: 1 } }).toArray()
      ).map((seat) => seat._id),
    );
    for (let index = 1; index <= capacity; index += 1) {
      const seatId = seatKey(eventId, index);
      if (taken.has(seatId)) continue;
      if (!(await this.insert({ _id: seatId, eventId, invitationId }))) continue;
      if (await this.insert({ _id: holderKey(invitationId), eventId, seatId })) return true;
      // The same person, answering twice at once, got another place first: this one goes back.
      await this.collection.deleteOne({ _id: seatId, invitationId });
      return true;
    }
    return false;
  }

  async release(eventId: string, invitationId: string): Promise<void> {
    const seatId = await this.heldSeat(eventId, invitationId);
    if (seatId) await this.collection.deleteOne({ _id: seatId, invitationId });
    await this.collection.deleteOne({ _id: holderKey(invitationId) });
  }

  /** The place the invitation holds: its holder's record, else a place taken without one. */
  private async heldSeat(eventId: string, invitationId: string): Promise<string | null> {
    const holder = await this.collection.findOne({ _id: holderKey(invitationId) });
    if (holder?.seatId) {
      const seat = await this.collection.findOne({ _id: holder.seatId });
      if (seat?.invitationId === invitationId) return holder.seatId;
      await this.collection.deleteOne({ _id: holderKey(invitationId) });
      return null;
    }
    const orphan = await this.collection.findOne({ eventId, invitationId });
    if (!orphan) return null;
    if (await this.insert({ _id: holderKey(invitationId), eventId, seatId: orphan._id })) return orphan._id;
    return this.heldSeat(eventId, invitationId);
  }

  private async insert(document: SeatDocument): Promise<boolean> {
    try {
      await this.collection.insertOne(document);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
