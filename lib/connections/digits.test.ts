import { describe, expect, it } from "vitest";
import { digitsMatch, handshakeBlocker, parseDigits } from "./digits";

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

describe("handshakeBlocker", () => {
  const at = new Date("2026-11-30T10:00:00+09:00");
  const verified = { phone: "+819012345678", phoneVerifiedAt: at };
  const unverified = { phone: "+819012345678", phoneVerifiedAt: null };
  it("lets the handshake go on only when both numbers are verified", () => {
    expect(handshakeBlocker(verified, verified)).toBeNull();
    expect(handshakeBlocker(unverified, verified)).toBe("verify_your_phone");
    expect(handshakeBlocker({ phone: null, phoneVerifiedAt: null }, verified)).toBe("verify_your_phone");
    expect(handshakeBlocker(verified, unverified)).toBe("their_phone_unverified");
    expect(handshakeBlocker(unverified, unverified)).toBe("verify_your_phone");
  });
});
