import { describe, expect, it } from "vitest";
import { needlesOf, SCRUBBED, scrubJson, scrubText } from "./scrub";

describe("scrubbing a deleted member's strings", () => {
  it("cuts every occurrence, longest needle first", () => {
    const needles = needlesOf(["花子", "山田花子", null, " ", "x"]);
    expect(needles).toEqual(["山田花子", "花子"]);
    expect(scrubText("山田花子さんと花子ちゃん", needles)).toBe(`${SCRUBBED}さんと${SCRUBBED}ちゃん`);
    expect(scrubText("関係のない文", needles)).toBe("関係のない文");
  });

  it("keeps a JSON value's shape and scrubs every string in it", () => {
    const value = { name: "花子", n: 3, list: ["a 花子", { deep: "花子" }], flag: true, none: null };
    expect(scrubJson(value, ["花子"])).toEqual({
      name: SCRUBBED,
      n: 3,
      list: [`a ${SCRUBBED}`, { deep: SCRUBBED }],
      flag: true,
      none: null,
    });
  });
});
