import { describe, expect, it } from "vitest";
import { messagesFor, translator } from "@/lib/i18n/messages";
import { notificationTarget, notificationText } from "./notification-text";

const ja = translator("ja");
const t = Object.assign((key: string, values?: Record<string, string | number>) => ja(`notifications.${key}`, values), {
  has: (key: string) =>
    `notifications.${key}`.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messagesFor("ja")) !==
    undefined,
});

describe("notificationText", () => {
  it("fills the kind's message from its data, the start as a Tokyo date and time", () => {
    const text = notificationText(t, "care_request_received", { name: "佐藤 陽子", start: "2026-11-25T08:00:00.000Z" }, "ja");
    expect(text).toBe("佐藤 陽子さんから、2026年11月25日(水) 17:00のお願いが届きました。");
  });

  it("never names the helper in 'solved'", () => {
    expect(notificationText(t, "care_solved", { start: "2026-11-25T08:00:00.000Z" }, "ja")).toBe(
      "2026年11月25日(水) 17:00のお願いは解決しました。ありがとうございました。",
    );
  });

  it("still says something for a kind it does not know", () => {
    expect(notificationText(t, "no_such_kind", null, "ja")).toBe("お知らせがあります。");
  });

  it("writes a certification's end date in the reader's language, and leads to the profile", () => {
    expect(notificationText(t, "standing.certification_ending", { until: "2026-12-31" }, "ja")).toBe(
      "認定サポーターの認定は2026年12月31日までです。更新の申請をお忘れなく。",
    );
    expect(notificationTarget({ kind: "standing.certified", requestId: null, data: null })).toBe("/profile#standing");
    expect(notificationTarget({ kind: "care_solved", requestId: null, data: null })).toBe("/notifications");
    expect(notificationTarget({ kind: "contact.answered", requestId: null, data: { threadId: "x" } })).toBe("/contact");
    const reportId = "0b7c1a52-4a57-4d3e-9d0e-2f1d5a9c8e11";
    expect(notificationTarget({ kind: "safety.urgent_report", requestId: null, data: { reportId } })).toBe(`/admin/reports/${reportId}`);
  });
});

describe("notificationTarget", () => {
  it("leads to the care request, else the meetup, else the list", () => {
    const id = "6f1c1a4e-4a53-4b8e-9f00-000000000001";
    expect(notificationTarget({ kind: "meetup_promoted", requestId: id, data: {} })).toBe(`/requests/${id}`);
    expect(notificationTarget({ kind: "meetup_promoted", requestId: null, data: { meetupId: id } })).toBe(`/meetups/${id}`);
    expect(notificationTarget({ kind: "meetup_promoted", requestId: null, data: { meetupId: "../x" } })).toBe("/notifications");
    expect(notificationTarget({ kind: "attendance.met_request", requestId: null, data: { meetupId: id } })).toBe(`/meetups/${id}/people`);
    expect(notificationTarget({ kind: "meetup_promoted", requestId: null, data: null })).toBe("/notifications");
  });

  it("leads an admin to the incident at the desk for a serious incident", () => {
    const id = "6f1c1a4e-4a53-4b8e-9f00-000000000002";
    expect(notificationTarget({ kind: "safety_serious_incident", requestId: null, data: { incidentId: id } })).toBe(
      `/admin/incidents/${id}`,
    );
    expect(notificationTarget({ kind: "safety_serious_incident", requestId: null, data: { incidentId: "x/../y" } })).toBe("/notifications");
  });
});
