import { describe, expect, it } from "vitest";
import { navFor } from "./nav";

const keys = (caps: Parameters<typeof navFor>[0], isAdmin = false) => navFor(caps, isAdmin).map((i) => i.key);

describe("navFor", () => {
  it("shows nothing before onboarding", () => {
    expect(keys(null)).toEqual([]);
  });
  it("shows the member pages to a parent or supporter, without admin", () => {
    expect(keys({ capabilities: ["parent", "supporter"] })).toEqual([
      "home",
      "requests",
      "connections",
      "children",
      "groups",
      "meetups",
      "profile",
      "reliability",
      "settings",
    ]);
  });
  it("shows children only to parents", () => {
    expect(keys({ capabilities: ["supporter"] })).not.toContain("children");
  });
  it("shows admin pages only to admins, as lib/auth/admin decides", () => {
    expect(keys({ capabilities: ["admin"] }, true)).toContain("admin");
    expect(keys({ capabilities: ["organiser", "staff"] })).not.toContain("admin");
    // A platform admin named at setup, without the capability, and one who has not onboarded yet.
    expect(keys({ capabilities: ["parent"] }, true)).toContain("admin");
    expect(keys(null, true)).toEqual(["admin"]);
  });
});
