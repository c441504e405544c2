import { describe, expect, it } from "vitest";
import { formatPhoneJa, lastFourDigits, normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["090-1234-5678", "+819012345678"],
    ["09012345678", "+819012345678"],
    ["０９０－１２３４－５６７８", "+819012345678"],
    ["+81 90 1234 5678", "+819012345678"],
    ["+81-90-1234-5678", "+819012345678"],
    ["080 1234 5678", "+818012345678"],
    ["070-1234-5678", "+817012345678"],
    ["050-1234-5678", "+815012345678"],
    ["03-1234-5678", "+81312345678"],
    ["(03) 1234-5678", "+81312345678"],
    ["0743-12-3456", "+81743123456"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["090-1234-567", "a mobile number one digit short"],
    ["090-1234-56789", "a mobile number one digit long"],
    ["03-1234-56789", "a landline one digit long"],
    ["1234567890", "no leading zero"],
    ["+1 415 555 0100", "a foreign number"],
    ["0090-1234-5678", "an international prefix"],
    ["090-abcd-5678", "letters"],
    ["090-1234-5678; drop table", "trailing junk"],
  ])("refuses %s (%s)", (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe("display helpers", () => {
  it("takes the last four digits", () => {
    expect(lastFourDigits("+819012345678")).toBe("5678");
  });
  it("formats mobile and landline numbers", () => {
    expect(formatPhoneJa("+819012345678")).toBe("090-1234-5678");
    expect(formatPhoneJa("+81312345678")).toBe("03-1234-5678");
  });
});
