import "server-only";
import QRCode from "qrcode";
import { msUntilNextCode, presenceCode } from "@/lib/connections/presence";
import { presenceKey } from "@/lib/connections/presence-key";

/** What the owner's screen shows for one minute: the personal link with the minute's presence code, as a QR code. */
export interface LiveQrCode {
  url: string;
  svg: string;
  /** When to ask for the next code. */
  refreshInMs: number;
}

export async function liveQrCode(origin: string, token: string, now: Date): Promise<LiveQrCode> {
  const url = `${origin}/c/${token}?p=${presenceCode(presenceKey(), token, now)}`;
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
    color: { dark: "#1c1917", light: "#ffffff" },
  });
  return { url, svg, refreshInMs: msUntilNextCode(now) };
}
