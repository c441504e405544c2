import { describe, expect, it } from "vitest";
import { HIRAGANA_CHARS, KATAKANA_CHARS, normaliseName, searchState } from "./search";

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
