// Which of many patterns occur in a text, in one pass over the text (Aho–Corasick). A `contains` criterion
// with thousands of alternatives would otherwise test every alternative against every cell item.

/** Finds, in one pass over a text, every pattern that occurs in it as a substring. */
export class TextSearch {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each state, including those reached through fail links. */
  private readonly found: number[][] = [[]];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (const char of pattern) {
        let to = this.next[state].get(char);
        if (to === undefined) {
          to = this.next.push(new Map()) - 1;
          this.fail.push(0);
          this.found.push([]);
          this.next[state].set(char, to);
        }
        state = to;
      }
      this.found[state].push(id);
    });
    this.link();
  }

  /** Breadth first, so a state's fail target is complete before the state's own children are linked. */
  private link(): void {
    const queue = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [char, child] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(char)) f = this.fail[f];
        const target = this.next[f].get(char);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        if (this.found[this.fail[child]].length) this.found[child] = [...this.found[child], ...this.found[this.fail[child]]];
        queue.push(child);
      }
    }
  }

  /** Calls `visit` with the id of each pattern found in `text` (an id may come more than once). */
  search(text: string, visit: (pattern: number) => void): void {
    let state = 0;
    for (const char of text) {
      let to = this.next[state].get(char);
      while (to === undefined && state !== 0) {
        state = this.fail[state];
        to = this.next[state].get(char);
      }
      state = to ?? 0;
      const found = this.found[state];
      for (let i = 0; i < found.length; i++) visit(found[i]);
    }
  }
}
