import { describe, expect, it } from "vitest";
import { joinList, joinNames } from "./list";

describe("joinList", () => {
  it("joins with 中黒 in Japanese and commas in English", () => {
    expect(joinList(["依頼する(親)", "サポーター"], "ja")).toBe("依頼する(親)・サポーター");
    expect(joinList(["Parent", "Supporter"], "en")).toBe("Parent, Supporter");
    expect(joinList([], "en")).toBe("");
  });
});

describe("joinNames", () => {
  it("lists names with 、 in Japanese and commas in English", () => {
    expect(joinNames(["はると", "みお"], "ja")).toBe("はると、みお");
    expect(joinNames(["Haruto", "Mio", "Yui"], "en")).toBe("Haruto, Mio, Yui");
    expect(joinNames(["はると"], "en")).toBe("はると");
  });
});
