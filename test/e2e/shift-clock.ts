/**
 * Preloaded into a replica's process (`node --import tsx --import ./test/e2e/shift-clock.ts …`) by
 * tests that need "now" to be a particular working day: moves the wall clock by
 * TEST_CLOCK_SHIFT_MS, as if the host's clock said so. Timers are untouched (they are monotonic).
 * Test-only: the production code has no clock switch.
 */
const shift = Number(process.env.TEST_CLOCK_SHIFT_MS ?? 0);
if (shift) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
