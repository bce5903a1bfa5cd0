// Menu actions hold the document lock so two users clicking at once cannot interleave (docs/rules.md, Platform).
const LOCK_WAIT_MS = 30_000;

export class LockBusyError extends Error {}

/** Runs `action` while holding the document lock; waits up to 30 s for another run to finish. */
export function withDocumentLock<T>(action: () => T, busyMessage: string): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) throw new LockBusyError(busyMessage);
  try {
    return action();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
