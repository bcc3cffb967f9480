// Bounded memos for the question engine's pure, word-level work (a word's spelling fix, whether
// it is English, a name's fuzzy matches): the same words recur across questions, so each is
// worked out once and remembered. Never a question's answer: only functions of a word or a short
// text (and of the dataset, for `perIndex`). Bounded by entries: a full memo is emptied.

/** A memo of a pure function, emptied when it holds `max` entries. */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K, make: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = make(key);
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/**
 * A value worked out once per owner (a dataset's index, a claim) and dropped with it: for what
 * depends on the dataset alone, built on first use rather than on every question.
 */
export function oncePer<O extends object, V>(make: (owner: O) => V): (owner: O) => V {
  const made = new WeakMap<O, V>();
  return (owner) => {
    if (made.has(owner)) return made.get(owner) as V;
    const value = make(owner);
    made.set(owner, value);
    return value;
  };
}

/**
 * One memo per dataset's index (or any object built once per dataset), dropped with it: for what
 * depends on the dataset's words as well as on the word asked about.
 */
export function perIndex<K, V>(max: number): (owner: object) => Memo<K, V> {
  const memos = new WeakMap<object, Memo<K, V>>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) {
      memo = new Memo<K, V>(max);
      memos.set(owner, memo);
    }
    return memo;
  };
}
