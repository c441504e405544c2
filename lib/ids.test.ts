import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { changeAnswerSchema, confirmSchema, reasonSchema, requestIdSchema, resolveSchema, thankYouSchema } from "@/lib/care/after/forms";
import { reportSchema } from "@/lib/care/after/report";
import { surveySchema } from "@/lib/care/after/survey";
import { timeChangeSchema } from "@/lib/care/change/time-change";
import { incidentIdSchema, incidentSchema, napCheckSchema } from "@/lib/care/during/schemas";
import {
  answerSchema,
  chooseSchema,
  notificationIdSchema,
  requestIdSchema as postRequestIdSchema,
  postRequestSchema,
} from "@/lib/care/post/schema";
import { childRemoveSchema, childUpdateSchema } from "@/lib/children/schema";
import { digitsSchema, memberSchema, requestSchema } from "@/lib/connections/schemas";
import { groupSchema } from "@/lib/groups/schemas";
import { ID_NOT_FOUND, isUuid, tokenField, uuidField } from "@/lib/ids";

const ID = "0b4c7a1e-2f33-4a52-9a7e-0c9f2d1b3a44";
const MALFORMED = [
  "not-a-uuid",
  "",
  "   ",
  "1; drop table care_requests",
  "0b4c7a1e2f334a529a7e0c9f2d1b3a44",
  `${ID}x`,
  "x".repeat(10_000),
];

const messagesAt = (schema: z.ZodType, input: Record<string, unknown>, field: string) =>
  (schema.safeParse(input).error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);

describe("uuidField", () => {
  it("accepts a UUID in any case, trimmed", () => {
    expect(uuidField().parse(` ${ID.toUpperCase()} `)).toBe(ID.toUpperCase());
    expect(isUuid(ID)).toBe(true);
  });

  it.each([...MALFORMED, undefined, 42, null])("answers %j with not_found", (value) => {
    const r = uuidField().safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([ID_NOT_FOUND]);
  });

  it("keeps a select's own message for a choice (an empty district is the person's mistake)", () => {
    expect(
      uuidField("choose_one")
        .safeParse("")
        .error?.issues.map((i) => i.message),
    ).toEqual(["choose_one"]);
  });
});

// Every id field of every action's form: a malformed id is "not found", never "invalid".
const NOW = new Date("2026-11-24T00:00:00Z");
const cases: [string, z.ZodType, string][] = [
  ["care after: requestIdSchema", requestIdSchema, "requestId"],
  ["care after: changeAnswerSchema.requestId", changeAnswerSchema, "requestId"],
  ["care after: changeAnswerSchema.changeId", changeAnswerSchema, "changeId"],
  ["care after: reasonSchema", reasonSchema, "requestId"],
  ["care after: confirmSchema", confirmSchema, "requestId"],
  ["care after: thankYouSchema", thankYouSchema, "requestId"],
  ["care after: resolveSchema", resolveSchema, "requestId"],
  ["care after: reportSchema", reportSchema, "requestId"],
  ["care after: surveySchema (first)", surveySchema(true), "requestId"],
  ["care after: surveySchema (repeat)", surveySchema(false), "requestId"],
  ["care change: timeChangeSchema", timeChangeSchema, "requestId"],
  ["care during: incidentSchema", incidentSchema, "requestId"],
  ["care during: napCheckSchema.requestId", napCheckSchema, "requestId"],
  ["care during: napCheckSchema.childId", napCheckSchema, "childId"],
  ["care during: incidentIdSchema", incidentIdSchema, "incidentId"],
  ["care post: answerSchema", answerSchema, "requestId"],
  ["care post: chooseSchema.requestId", chooseSchema, "requestId"],
  ["care post: chooseSchema.helperId", chooseSchema, "helperId"],
  ["care post: requestIdSchema", postRequestIdSchema, "requestId"],
  ["notifications: notificationIdSchema", notificationIdSchema, "id"],
  ["children: childRemoveSchema", childRemoveSchema, "id"],
  ["children: childUpdateSchema", childUpdateSchema("2026-11-24"), "id"],
  ["connections: memberSchema", memberSchema, "userId"],
  ["connections: requestSchema", requestSchema, "requestId"],
  ["connections: digitsSchema", digitsSchema, "requestId"],
  ["groups: groupSchema", groupSchema, "groupId"],
];

describe.each(cases)("%s", (_, schema, field) => {
  it.each(MALFORMED)("answers the id %j with not_found", (value) => {
    expect(messagesAt(schema, { [field]: value }, field)).toEqual([ID_NOT_FOUND]);
  });

  it("has no complaint about a well-formed id", () => {
    expect(messagesAt(schema, { [field]: ID }, field)).toEqual([]);
  });
});

describe("post a request: ids in lists and the group", () => {
  const post = postRequestSchema(NOW);
  it.each(MALFORMED.filter((v) => v.trim() !== ""))(
    "answers %j among the children, the recipients or as the group with not_found",
    (value) => {
      expect(messagesAt(post, { children: [ID, value] }, "children")).toEqual([ID_NOT_FOUND]);
      expect(messagesAt(post, { recipients: [value] }, "recipients")).toEqual([ID_NOT_FOUND]);
      expect(messagesAt(post, { audience: "group", groupId: value }, "groupId")).toEqual([ID_NOT_FOUND]);
    },
  );

  it("ignores blank entries in the lists", () => {
    expect(messagesAt(post, { children: [ID, ""] }, "children")).toEqual([]);
  });
});

describe("tokenField", () => {
  it("accepts a base64url token", () => {
    expect(tokenField().safeParse("rmAaoGtL-N_x9").success).toBe(true);
  });

  it.each(["", "a b", "a/b", "tok\u0000en", "%00", "x".repeat(101), "トークン"])("answers not found for %j, before any query", (bad) => {
    const r = tokenField().safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([ID_NOT_FOUND]);
  });
});
