/** The only source of "now" for the core. Tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}
