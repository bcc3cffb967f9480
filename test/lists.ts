// Lists checked item by item are first checked to hold items: a loop of expectations over an
// empty list passes without testing anything.
import { expect } from "vitest";

/** The list itself, once it is asserted to be non-empty. */
export function nonEmpty<T>(list: readonly T[], what = "the list"): readonly T[] {
  expect(list.length, `${what} is empty: the checks of its items would test nothing`).toBeGreaterThan(0);
  return list;
}
