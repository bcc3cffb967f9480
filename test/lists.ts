// Lists checked item by item are first checked to hold items: a loop of expectations over an
// empty list passes without testing anything. Values a test goes on to use are first checked to
// be there, so that a missing one fails as an assertion naming it, not as a TypeError.
import { assert, expect } from "vitest";

/** The list itself, once it is asserted to be non-empty. */
export function nonEmpty<T>(list: readonly T[], what = "the list"): readonly T[] {
  expect(list.length, `${what} is empty: the checks of its items would test nothing`).toBeGreaterThan(0);
  return list;
}

/** The value itself, once it is asserted to be neither undefined nor null. */
export function present<T>(value: T, what = "the value"): NonNullable<T> {
  assert.exists(value, `${what} is missing`);
  return value;
}

/** Each item with the one after it: [a, b], [b, c], … (none for fewer than two items). */
export function consecutive<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i): [T, T][] => {
    const b = list[i + 1];
    return b === undefined ? [] : [[a, b]];
  });
}
