// Workbook requests run one at a time, in order of arrival: nothing changes the workbook while a save streams
// it, and a flood of requests (another page firing downloads) cannot pile up work: past `limit` waiting, a
// request is answered "busy" at once.
export class BusyError extends Error {
  constructor() {
    super('The preview is busy with earlier requests; try again in a moment.');
  }
}

export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly limit: number) {}

  run<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.waiting >= this.limit) return Promise.reject(new BusyError());
    this.waiting++;
    const turn = this.tail.then(work).finally(() => this.waiting--);
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}
