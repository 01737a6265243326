/** A support ticket as the core needs it; the Zendesk adapter maps its API to this. */
export interface Ticket {
  id: string;
  subject: string;
  description: string;
  createdAt: string;
  requester: { id: string; email: string | null } | null;
  tags: string[];
}

export interface TicketUpdate {
  addTags?: string[];
  removeTags?: string[];
  comment?: { body: string; public: boolean };
}

/** Reads and updates tickets. Failures throw `DeliveryError` (retryable unless permanent). */
export interface TicketGateway {
  getTicket(id: string): Promise<Ticket | null>;
  updateTicket(id: string, update: TicketUpdate): Promise<void>;
}
