import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

// A text message as Otagai writes it, and the request that hands it to a Twilio-compatible API
// (lib/notify/workflows/send-sms.ts sends it).
export interface Sms {
  /** E.164. */
  to: string;
  body: string;
}

export interface SmsSettings {
  SMS_API_URL: string;
  TWILIO_ACCOUNT_SID?: string;
  TWILIO_AUTH_TOKEN?: string;
  SMS_FROM?: string;
}

/** The one-time code message, in the member's language; short enough for one SMS segment in Japanese. */
export function codeSms(to: string, code: string, minutes: number, locale: Locale): Sms {
  return { to, body: translator(locale)("phone.sms.code", { code, minutes }) };
}

/** The HTTP request for Twilio's Messages API (POST …/2010-04-01/Accounts/{sid}/Messages.json), or null with no provider. */
export function smsRequest(settings: SmsSettings, sms: Sms): { url: string; init: RequestInit } | null {
  const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token, SMS_FROM: from } = settings;
  if (!sid || !token || !from) return null;
  const base = settings.SMS_API_URL.replace(/\/+$/, "");
  return {
    url: `${base}/2010-04-01/Accounts/${encodeURIComponent(sid)}/Messages.json`,
    init: {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: new URLSearchParams({ To: sms.to, From: from, Body: sms.body }).toString(),
    },
  };
}
