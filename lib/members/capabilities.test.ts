import { describe, expect, it } from "vitest";
import { canHelp, withChosenCapabilities } from "./capabilities";

describe("withChosenCapabilities", () => {
  it.each([
    [["parent", "supporter"], ["parent"], ["parent"]],
    [["parent"], ["parent", "supporter"], ["parent", "supporter"]],
    [["parent", "supporter"], ["supporter"], ["supporter"]],
    // Granted capabilities stay, whatever is chosen.
    [["supporter", "organiser"], ["parent"], ["parent", "organiser"]],
    [["parent", "admin", "staff"], ["supporter"], ["supporter", "admin", "staff"]],
  ] as const)("%j choosing %j gives %j", (current, chosen, expected) => {
    expect(withChosenCapabilities(current, chosen)).toEqual(expected);
  });

  it("nothing chosen is refused (null), even with a granted capability", () => {
    expect(withChosenCapabilities(["parent", "admin"], [])).toBeNull();
  });

  it("a granted capability cannot be chosen in", () => {
    // The form's schema admits only parent and supporter; should anything else arrive, it is ignored.
    expect(withChosenCapabilities(["parent"], ["parent", "admin" as never])).toEqual(["parent"]);
  });
});

describe("canHelp", () => {
  it("only supporters", () => {
    expect(canHelp(["parent", "supporter"])).toBe(true);
    expect(canHelp(["supporter"])).toBe(true);
    expect(canHelp(["parent"])).toBe(false);
    expect(canHelp(["parent", "organiser", "admin"])).toBe(false);
  });
});
