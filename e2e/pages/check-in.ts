import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { e2eSettings } from "../settings";

export const PHONE = { width: 390, height: 844 };

const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
const FRAME = "scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:color=white";

/** A y4m video in `dir` showing each PNG for two seconds in turn (Chromium's fake camera loops it). */
function cameraVideo(dir: string, pngs: string[]): string {
  const out = join(dir, "tickets.y4m");
  const inputs = pngs.flatMap((p) => ["-loop", "1", "-t", "2", "-i", p]);
  const scaled = pngs.map((_, i) => `[${i}:v]${FRAME},setsar=1[v${i}]`).join(";");
  const concat = `${pngs.map((_, i) => `[v${i}]`).join("")}concat=n=${pngs.length}:v=1[out]`;
  execFileSync("/usr/bin/ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    ...inputs,
    "-filter_complex",
    `${scaled};${concat}`,
    "-map",
    "[out]",
    "-r",
    "10",
    "-pix_fmt",
    "yuv420p",
    out,
  ]);
  return out;
}

/**
 * A Chromium of its own whose camera films these PNGs (ticket QR codes shown on attendees'
 * screens) one after the other, in a loop: the organiser's phone at the desk.
 */
export async function cameraBrowserFilming(dir: string, pngs: string[]): Promise<Browser> {
  const video = cameraVideo(dir, pngs);
  return chromium.launch({
    executablePath: e2eSettings().chromium,
    args: [
      ...BASE_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

/** A phone-sized context on the camera browser, on the test server, in Japanese and Tokyo time. */
export function phoneContext(browser: Browser) {
  return browser.newContext({ baseURL: e2eSettings().baseURL, viewport: PHONE, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
}
