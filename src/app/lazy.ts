/** A value computed on first use and kept: start-up touches only what a command needs. */
export function lazy<T>(create: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = create();
      made = true;
    }
    return value;
  };
}
