import { describe, expect, it } from "vitest";
import { adminEmailFrom } from "./setup";

describe("db:setup's command line", () => {
  it("takes the first admin's e-mail after --admin, in either form, lower-cased", () => {
    expect(adminEmailFrom([])).toBeNull();
    expect(adminEmailFrom(["--admin", "Boss@Example.jp"])).toBe("boss@example.jp");
    expect(adminEmailFrom(["--admin=boss@example.jp"])).toBe("boss@example.jp");
  });
  it("refuses anything else, saying how to call it", () => {
    expect(() => adminEmailFrom(["--admin"])).toThrow(/not an e-mail address/);
    expect(() => adminEmailFrom(["--admin", "nobody"])).toThrow(/usage: npm run db:setup/);
    expect(() => adminEmailFrom(["boss@example.jp"])).toThrow(/unexpected arguments/);
  });
});
