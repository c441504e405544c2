import { describe, expect, it } from "vitest";
import { childFormSchema, childRemoveSchema, childUpdateSchema } from "./schema";

const TODAY = "2026-11-24";
const valid = { name: "佐藤 はると", nameKana: "さとう はると", birthDate: "2022-05-03" };

function parse(form: Record<string, unknown>) {
  const r = childFormSchema(TODAY).safeParse(form);
  if (r.success) return { data: r.data, errors: {} as Record<string, string> };
  const errors: Record<string, string> = {};
  for (const i of r.error.issues) errors[String(i.path[0])] ??= i.message;
  return { data: null, errors };
}
const errorsOf = (form: Record<string, unknown>) => parse(form).errors;

describe("a child's basic details", () => {
  it("accepts a child and trims what was typed", () => {
    const { data } = parse({ name: "  佐藤 はると ", nameKana: "サトウ ハルト", birthDate: " 2022-05-03 " });
    expect(data).toMatchObject({ name: "佐藤 はると", nameKana: "サトウ ハルト", birthDate: "2022-05-03", healthConsent: false });
    expect(data?.details).toEqual({
      allergies: "",
      medication: "",
      healthNotes: "",
      foodHabits: "",
      sleepHabits: "",
      mayNotEat: "",
      childSeatWanted: false,
      emergencyContacts: [],
      collectors: [],
    });
  });

  it.each([
    ["missing", {}],
    ["empty", { name: "", nameKana: "", birthDate: "" }],
    ["whitespace only", { name: " \u3000 ", nameKana: "   ", birthDate: "  " }],
  ])("refuses names and dates that are %s", (_case, form) => {
    expect(errorsOf(form)).toEqual({ name: "required", nameKana: "required", birthDate: "required" });
  });

  it("refuses over-long names, non-kana readings and control characters", () => {
    expect(errorsOf({ ...valid, name: "あ".repeat(41) }).name).toBe("too_long");
    expect(errorsOf({ ...valid, name: "あ".repeat(40) }).name).toBeUndefined();
    expect(errorsOf({ ...valid, nameKana: "Haruto" }).nameKana).toBe("kana_only");
    expect(errorsOf({ ...valid, name: "はると\u0007" }).name).toBe("invalid_characters");
  });

  it.each([
    ["2023-02-29", "invalid_date"],
    ["2022-13-01", "invalid_date"],
    ["2022/05/03", "invalid_date"],
    ["yesterday", "invalid_date"],
    ["2026-11-25", "date_in_future"],
    ["9999-01-01", "date_in_future"],
    ["2008-11-24", "child_age_range"],
    ["1900-01-01", "child_age_range"],
  ])("refuses the birth date %s (%s)", (birthDate, message) => {
    expect(errorsOf({ ...valid, birthDate }).birthDate).toBe(message);
  });

  it.each([
    ["born today", "2026-11-24"],
    ["a leap-day baby", "2024-02-29"],
    ["the day before turning 18", "2008-11-25"],
  ])("accepts a child %s: the profile holds ages 0–17", (_case, birthDate) => {
    expect(errorsOf({ ...valid, birthDate })).toEqual({});
  });
});

describe("health details and consent", () => {
  it("refuses health text without the consent box, and saves nothing else of the form", () => {
    for (const field of ["allergies", "medication", "healthNotes"]) {
      expect(parse({ ...valid, [field]: "卵" })).toEqual({ data: null, errors: { healthConsent: "child_health_consent" } });
    }
  });

  it("keeps health text with consent, and needs no consent when the health fields are blank", () => {
    const { data } = parse({ ...valid, allergies: "卵(加熱してもだめ)\r\nそば", healthConsent: "on" });
    expect(data?.details.allergies).toBe("卵(加熱してもだめ)\nそば");
    expect(data?.healthConsent).toBe(true);
    expect(errorsOf({ ...valid, allergies: "  \n ", foodHabits: "好き嫌いなし" })).toEqual({});
  });

  it("shows the consent error together with the other errors, so one try shows them all", () => {
    expect(
      errorsOf({
        name: "",
        nameKana: valid.nameKana,
        birthDate: valid.birthDate,
        medication: "薬",
        "contacts.0.name": "母",
        "contacts.0.phone": "12-34",
        "collectors.0.name": "祖母",
        "collectors.0.phone": "でんわ",
      }),
    ).toEqual({
      name: "required",
      healthConsent: "child_health_consent",
      "contacts.0.phone": "invalid_phone",
      "collectors.0.phone": "invalid_phone",
    });
  });

  it("refuses over-long text, a forged checkbox value and non-text", () => {
    expect(errorsOf({ ...valid, healthNotes: "あ".repeat(501), healthConsent: "on" }).healthNotes).toBe("too_long");
    expect(errorsOf({ ...valid, sleepHabits: "あ".repeat(500) })).toEqual({});
    expect(errorsOf({ ...valid, healthConsent: "yes" }).healthConsent).toBe("invalid");
    expect(errorsOf({ ...valid, foodHabits: ["a", "b"] }).foodHabits).toBe("invalid");
  });
});

describe("emergency contacts and collectors as rows", () => {
  const contact = (i: number, name: string, phone: string, relation = "") => ({
    [`contacts.${i}.name`]: name,
    [`contacts.${i}.relation`]: relation,
    [`contacts.${i}.phone`]: phone,
  });

  it("normalises phone numbers and drops blank rows", () => {
    const { data } = parse({
      ...valid,
      ...contact(0, "", ""),
      ...contact(1, "佐藤 一郎", "０９０−１２３４−５６７８", "祖父"),
      "collectors.0.name": "佐藤 花",
      "collectors.0.relation": "祖母",
      "collectors.0.phone": "",
    });
    expect(data?.details.emergencyContacts).toEqual([{ name: "佐藤 一郎", relation: "祖父", phone: "+819012345678" }]);
    expect(data?.details.collectors).toEqual([{ name: "佐藤 花", relation: "祖母", phone: null }]);
  });

  it("names the row and field of each problem", () => {
    expect(errorsOf({ ...valid, ...contact(0, "母", "090-1234-5678"), ...contact(1, "", "12-34") })).toEqual({
      "contacts.1.name": "required",
      "contacts.1.phone": "invalid_phone",
    });
    expect(errorsOf({ ...valid, ...contact(0, "父", "") })).toEqual({ "contacts.0.phone": "required" });
    expect(errorsOf({ ...valid, "collectors.2.name": "あ", "collectors.2.phone": "abc" })).toEqual({
      "collectors.2.phone": "invalid_phone",
    });
    expect(errorsOf({ ...valid, ...contact(0, "父", "090-1234-5678", "あ".repeat(21)) })).toEqual({
      "contacts.0.relation": "too_long",
    });
  });

  it.each(["12-34", "+1 212 555 0100", "0120-12-345", "090-1234-56789", "電話", "0".repeat(40)])(
    "refuses the malformed phone %s",
    (phone) => {
      expect(errorsOf({ ...valid, ...contact(0, "父", phone) })).toEqual({ "contacts.0.phone": "invalid_phone" });
    },
  );

  it("accepts five rows of each and refuses a sixth", () => {
    const five = Object.assign({}, ...[0, 1, 2, 3, 4].map((i) => contact(i, `人${i}`, "03-1234-5678")));
    expect(parse({ ...valid, ...five }).data?.details.emergencyContacts).toHaveLength(5);
    expect(errorsOf({ ...valid, ...five, ...contact(5, "六人目", "03-1234-5678") })).toEqual({ contacts: "child_rows_max" });
    const collectors = Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [`collectors.${i}.name`, `人${i}`]));
    expect(errorsOf({ ...valid, ...collectors })).toEqual({ collectors: "child_rows_max" });
  });

  it("ignores keys that are not rows, and does not let a huge index make a huge array", () => {
    const { data } = parse({ ...valid, "contacts.999.name": "x", "contacts.x.name": "y", contacts: "z" });
    expect(data?.details.emergencyContacts).toEqual([]);
  });
});

describe("update and remove", () => {
  const CHILD = "0b4c7a1e-2f33-4a52-9a7e-0c9f2d1b3a44";
  const idMessages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    r.error?.issues.filter((i) => i.path[0] === "id").map((i) => i.message);

  it("carry the child's id; an unknown one is 'not found' later", () => {
    const r = childUpdateSchema(TODAY).safeParse({ ...valid, id: CHILD });
    expect(r.success && r.data.id).toBe(CHILD);
    expect(childRemoveSchema.parse({ id: ` ${CHILD} ` })).toEqual({ id: CHILD });
  });

  it.each(["not-a-uuid", "x", "", "x".repeat(101), "1; drop table children", undefined])(
    "answer the malformed id %j with not_found",
    (id) => {
      expect(idMessages(childRemoveSchema.safeParse({ id }))).toEqual(["not_found"]);
      expect(idMessages(childUpdateSchema(TODAY).safeParse({ ...valid, id }))).toEqual(["not_found"]);
    },
  );
});
