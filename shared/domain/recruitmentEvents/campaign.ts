/** A named series of events over a period in a territory ("Les clés pour réussir 2027"). */
export interface Campaign {
  id: string;
  territoryId: string;
  name: string;
  from: Date;
  to: Date;
  createdBy: string;
  createdAt: Date;
}
