import { describe, expect, it } from "vitest";
import { codeSms, smsRequest } from "./sms";

const provider = {
  SMS_API_URL: "https://api.twilio.com/",
  TWILIO_ACCOUNT_SID: "AC123",
  TWILIO_AUTH_TOKEN: "secret",
  SMS_FROM: "+815012345678",
};

describe("smsRequest", () => {
  it("is Twilio's Messages API: form-encoded To, From and Body with HTTP Basic auth", () => {
    const r = smsRequest(provider, { to: "+819012345678", body: "コード 123456" })!;
    expect(r.url).toBe("https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json");
    expect(r.init.method).toBe("POST");
    const headers = r.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${Buffer.from("AC123:secret").toString("base64")}`);
    expect(headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
    const body = new URLSearchParams(r.init.body as string);
    expect(Object.fromEntries(body)).toEqual({ To: "+819012345678", From: "+815012345678", Body: "コード 123456" });
  });

  it("is null without a provider (the code goes to the development outbox)", () => {
    expect(smsRequest({ SMS_API_URL: "https://api.twilio.com" }, { to: "+819012345678", body: "x" })).toBeNull();
    expect(smsRequest({ ...provider, TWILIO_AUTH_TOKEN: undefined }, { to: "+819012345678", body: "x" })).toBeNull();
  });
});

describe("codeSms", () => {
  it("says the code and how long it lasts, in the member's language, in one SMS segment", () => {
    const ja = codeSms("+819012345678", "012345", 10, "ja");
    expect(ja.body).toContain("012345");
    expect(ja.body).toContain("10分");
    // A Japanese SMS segment holds 70 characters (UCS-2).
    expect(ja.body.length).toBeLessThanOrEqual(70);
    expect(codeSms("+819012345678", "012345", 10, "en").body).toMatch(/012345.*10 min/);
  });
});
