import { describe, expect, it } from "vitest";
import { digitsMatch, parseDigits } from "./digits";

describe("parseDigits", () => {
  it.each([
    ["1234", "1234"],
    ["0007", "0007"],
    ["１２３４", "1234"],
    ["１2３4", "1234"],
    ["  5678 ", "5678"],
    ["\u30005678\u3000", "5678"],
  ])("accepts %j as %s", (input, expected) => {
    expect(parseDigits(input)).toBe(expected);
  });

  it.each(["", "123", "12345", "12 34", "12-34", "abcd", "１２３", "١٢٣٤", "12.4", "-123", "+1234", "1234\n5", "0x12"])(
    "refuses %j",
    (input) => {
      expect(parseDigits(input)).toBeNull();
    },
  );
});

describe("digitsMatch", () => {
  it("matches the last four digits of the number and nothing else", () => {
    expect(digitsMatch("5678", "+819012345678")).toBe(true);
    expect(digitsMatch("1234", "+819012345678")).toBe(false);
    expect(digitsMatch("678", "+819012345678")).toBe(false);
  });
});
