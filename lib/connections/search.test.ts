import { describe, expect, it } from "vitest";
import { HIRAGANA_CHARS, KATAKANA_CHARS, normaliseName, searchable, searchState } from "./search";

describe("normaliseName", () => {
  it.each([
    ["さとう ようこ", "さとうようこ"],
    ["サトウ　ヨウコ", "さとうようこ"],
    ["ｻﾄｳ ﾖｳｺ", "さとうようこ"],
    ["佐藤 陽子", "佐藤陽子"],
    ["ヴィオラ", "ゔぃおら"],
    ["ＳＡＴＯ Yoko", "satoyoko"],
    ["ケーキ", "けーき"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it("gives SQL the same katakana-to-hiragana table, character for character", () => {
    expect(KATAKANA_CHARS).toHaveLength(HIRAGANA_CHARS.length);
    expect(normaliseName(KATAKANA_CHARS)).toBe(HIRAGANA_CHARS);
  });
});

describe("searchState", () => {
  it("offers a request only to someone neither connected nor already asked", () => {
    const o = { connected: new Set(["a"]), pending: new Set(["a", "b"]) };
    expect(searchState("a", o)).toBe("connected");
    expect(searchState("b", o)).toBe("pending");
    expect(searchState("c", o)).toBe("none");
  });
});

describe("searchable", () => {
  it("needs two characters after normalising", () => {
    expect(searchable("さと")).toBe(true);
    expect(searchable("佐藤")).toBe(true);
    expect(searchable("さ")).toBe(false);
    expect(searchable("")).toBe(false);
  });
  it("does not count spaces, full-width ones included", () => {
    expect(searchable("さ ")).toBe(false);
    expect(searchable("さ\u3000")).toBe(false);
    expect(searchable("さ と")).toBe(true);
  });
  it("counts a character outside the basic plane once", () => {
    expect(searchable("𠮷")).toBe(false);
    expect(searchable("𠮷田")).toBe(true);
  });
});
