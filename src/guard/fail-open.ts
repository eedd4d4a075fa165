/** Logs a failure the guard stepped aside from (fail open): the event goes on as if the guard were not there. */
export type FailOpen = (where: string, error: unknown) => void;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A FailOpen on the guard's log that can never throw itself: logging must not become a second failure. */
export function createFailOpen(log: (where: string, message: string) => void): FailOpen {
  return (where, error) => {
    try {
      log(where, describe(error));
    } catch {
      // Nothing more to do: the press already goes on untouched.
    }
  };
}
