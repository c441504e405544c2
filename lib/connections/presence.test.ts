import { describe, expect, it } from "vitest";
import { isPresent, linkView, msUntilNextCode, PRESENCE_CODE_LENGTH, presenceCode } from "./presence";

const key = "k".repeat(40);
const token = "AbCdEfGhIjKlMnOpQrStUvWx";
const at = (iso: string) => new Date(iso);
const shown = at("2026-11-30T10:00:20+09:00");

describe("presence code", () => {
  const code = presenceCode(key, token, shown);

  it("is a short URL-safe code that is the same all minute long", () => {
    expect(code).toMatch(/^[\w-]+$/);
    expect(code).toHaveLength(PRESENCE_CODE_LENGTH);
    expect(presenceCode(key, token, at("2026-11-30T10:00:00+09:00"))).toBe(code);
    expect(presenceCode(key, token, at("2026-11-30T10:00:59.999+09:00"))).toBe(code);
    expect(presenceCode(key, token, at("2026-11-30T10:01:00+09:00"))).not.toBe(code);
  });

  it("is accepted at once", () => {
    expect(isPresent(key, token, code, shown)).toBe(true);
  });

  it("is accepted across the step boundary, until the end of the next minute", () => {
    expect(isPresent(key, token, code, at("2026-11-30T10:01:00+09:00"))).toBe(true);
    expect(isPresent(key, token, code, at("2026-11-30T10:01:59.999+09:00"))).toBe(true);
  });

  it("has expired two minutes on", () => {
    expect(isPresent(key, token, code, at("2026-11-30T10:02:00+09:00"))).toBe(false);
    expect(isPresent(key, token, code, at("2026-11-30T10:02:20+09:00"))).toBe(false);
  });

  it("is not accepted before it was made", () => {
    expect(isPresent(key, token, code, at("2026-11-30T09:59:59+09:00"))).toBe(false);
  });

  it("belongs to one token and one key", () => {
    expect(isPresent(key, "AbCdEfGhIjKlMnOpQrStUvWy", code, shown)).toBe(false);
    expect(isPresent("x".repeat(40), token, code, shown)).toBe(false);
  });

  it("refuses a tampered, shortened, padded or missing code", () => {
    const flipped = `${code.slice(0, 5)}${code[5] === "A" ? "B" : "A"}${code.slice(6)}`;
    expect(isPresent(key, token, flipped, shown)).toBe(false);
    expect(isPresent(key, token, code.slice(0, -1), shown)).toBe(false);
    expect(isPresent(key, token, `${code}A`, shown)).toBe(false);
    expect(isPresent(key, token, "!".repeat(PRESENCE_CODE_LENGTH), shown)).toBe(false);
    expect(isPresent(key, token, "", shown)).toBe(false);
    expect(isPresent(key, token, undefined, shown)).toBe(false);
  });

  it("tells the screen when to ask for the next code", () => {
    expect(msUntilNextCode(shown)).toBe(40_000);
    expect(msUntilNextCode(at("2026-11-30T10:00:00+09:00"))).toBe(60_000);
  });
});

describe("what a personal link shows", () => {
  const stranger = { self: false, blocked: false, targetActive: true, connected: false };

  it("a stranger's link: connect when live, scan again when stale, ask at a distance without a code", () => {
    expect(linkView(stranger, "live", false)).toBe("connect");
    expect(linkView(stranger, "stale", false)).toBe("expired");
    expect(linkView(stranger, "none", false)).toBe("distance");
  });

  it("one's own link, whatever the code", () => {
    expect(linkView({ ...stranger, self: true }, "live", false)).toBe("own");
    expect(linkView({ ...stranger, self: true }, "none", false)).toBe("own");
  });

  it("an unknown, blocked or suspended member's link is not found, even with a live code", () => {
    expect(linkView(null, "live", false)).toBe("not_found");
    expect(linkView({ ...stranger, blocked: true }, "live", false)).toBe("not_found");
    expect(linkView({ ...stranger, targetActive: false }, "live", false)).toBe("not_found");
  });

  it("a connection's link: record the meeting when live and not yet met, else nothing to do", () => {
    const connected = { ...stranger, connected: true };
    expect(linkView(connected, "live", false)).toBe("meet");
    expect(linkView(connected, "live", true)).toBe("connected");
    expect(linkView(connected, "stale", false)).toBe("connected");
    expect(linkView(connected, "none", false)).toBe("connected");
  });
});
