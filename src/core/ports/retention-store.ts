/** Housekeeping of the delivery tables, run by the retention purge. */
export interface RetentionStore {
  /**
   * Deletes outbox messages delivered before `before` and inbox deliveries completed before it.
   * Dead and failed rows stay for an operator. Returns how many rows of each were deleted.
   */
  pruneProcessed(opts: { before: string }): Promise<{ outbox: number; inbox: number }>;
}
