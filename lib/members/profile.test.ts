import { describe, expect, it } from "vitest";
import { ageOnDate, isRealDate } from "@/lib/time/dates";
import { onboardingSchema } from "./profile";

const today = "2026-11-24";
const schema = onboardingSchema(today, 18);
const valid = {
  displayName: "佐藤 陽子",
  nameKana: "さとう ようこ",
  municipalityId: "7d9c3a5e-1f2b-4c3d-8e9f-0a1b2c3d4e5f",
  districtId: "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d",
  birthDate: "1989-04-12",
  phone: "090-1234-5678",
  capabilities: ["parent", "supporter"],
  acceptTerms: "on",
};

function errorsOf(input: Record<string, unknown>) {
  const r = schema.safeParse(input);
  if (r.success) return {};
  // The first problem of each field is the one shown, as in the action wrapper.
  return Object.fromEntries(r.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
}

describe("onboarding input", () => {
  it("accepts a complete profile and normalises the phone number", () => {
    const r = schema.parse(valid);
    expect(r.phone).toBe("+819012345678");
    expect(r.capabilities).toEqual(["parent", "supporter"]);
  });

  it("accepts katakana names and the long-vowel mark", () => {
    expect(errorsOf({ ...valid, nameKana: "サトウ ヨーコ" })).toEqual({});
  });

  it.each([
    [{ displayName: "" }, "displayName", "required"],
    [{ displayName: "   " }, "displayName", "required"],
    [{ displayName: "あ".repeat(41) }, "displayName", "too_long"],
    [{ nameKana: "Sato Yoko" }, "nameKana", "kana_only"],
    [{ nameKana: "佐藤" }, "nameKana", "kana_only"],
    [{ municipalityId: "" }, "municipalityId", "choose_one"],
    [{ districtId: "not-a-uuid" }, "districtId", "choose_one"],
    [{ birthDate: "" }, "birthDate", "required"],
    [{ birthDate: "1990-02-30" }, "birthDate", "invalid_date"],
    [{ birthDate: "1990-13-01" }, "birthDate", "invalid_date"],
    [{ birthDate: "2027-01-01" }, "birthDate", "date_in_future"],
    [{ birthDate: "1890-01-01" }, "birthDate", "invalid_date"],
    [{ birthDate: "2008-11-25" }, "birthDate", "under_adult_age"],
    [{ phone: "12345" }, "phone", "invalid_phone"],
    [{ phone: "" }, "phone", "required"],
    [{ capabilities: [] }, "capabilities", "choose_at_least_one"],
    [{ capabilities: ["admin"] }, "capabilities.0", "invalid"],
    [{ acceptTerms: undefined }, "acceptTerms", "must_accept"],
  ])("refuses %j", (patch, field, key) => {
    expect(errorsOf({ ...valid, ...patch })[field]).toBe(key);
  });

  it("accepts a member on their 18th birthday, not the day before", () => {
    expect(errorsOf({ ...valid, birthDate: "2008-11-24" })).toEqual({});
    expect(errorsOf({ ...valid, birthDate: "2008-11-25" }).birthDate).toBe("under_adult_age");
  });

  it("follows a configured adult age of 20", () => {
    const r = onboardingSchema(today, 20).safeParse({ ...valid, birthDate: "2006-11-25" });
    expect(r.success).toBe(false);
  });
});

describe("dates", () => {
  it("knows real calendar dates", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("2024-2-9")).toBe(false);
  });
  it("counts whole years", () => {
    expect(ageOnDate("2000-11-24", "2026-11-24")).toBe(26);
    expect(ageOnDate("2000-11-25", "2026-11-24")).toBe(25);
  });
});
