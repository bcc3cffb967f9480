// Parameter types shared by every route, so that each is checked for its meaning, not only its
// shape: a whole number is written in decimal digits and lies in its range ("0x10", "1e3",
// "16.0", " " and "" are 400s, not 16, 1000 or 0), and a text parameter has a character that is
// not a space.
import { z } from "zod";

const DIGITS = /^-?\d{1,15}$/;

/** A whole number between min and max, written in digits; documented as an integer. */
export function integerParam(min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && DIGITS.test(value) ? Number(value) : value),
    z
      .number({ error: `expected a whole number from ${min} to ${max}, in digits` })
      .int()
      .min(min)
      .max(max),
  );
}

/** Free text of at most `max` characters with something in it besides spaces. */
export function textParam(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((value) => value.trim().length > 0, { message: "is blank" });
}

/** An id, or a name where the parameter takes names: 1 to 200 characters. */
export function idParam() {
  return z.string().min(1).max(200);
}
