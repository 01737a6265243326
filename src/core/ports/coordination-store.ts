/** What replicas use to agree, through the database only, on who runs a scheduled job and where a cursor stands. */
export interface CoordinationStore {
  /**
   * Takes or renews the lease `name` for `holder` until `now + ttlMs`. Returns true while `holder`
   * holds it; another holder gets it only after it expires (the holder died).
   */
  acquireLease(name: string, holder: string, now: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
  /** Small durable values: the Zendesk poll cursor, when the last digest went out. */
  getState(key: string): Promise<string | null>;
  setState(key: string, value: string): Promise<void>;
}
