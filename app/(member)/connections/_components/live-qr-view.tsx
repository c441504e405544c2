"use client";

import { useEffect, useState } from "react";
import type { LiveQrCode } from "./live-qr";
import { QrCode } from "./qr-code";

const PRESENCE_CODE_PATH = "/api/connections/presence-code";
// Ask a little after the minute turns, so the server has surely moved on to the next code.
const MARGIN_MS = 500;
const RETRY_MS = 10_000;

/** The owner's QR code, replaced by a fresh one every minute (and on coming back to the tab) without reloading the page. */
export function LiveQr({ initial, label, failed }: { initial: LiveQrCode; label: string; failed: string }) {
  const [code, setCode] = useState(initial);
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(load, ms + MARGIN_MS);
    };
    async function load() {
      try {
        const response = await fetch(PRESENCE_CODE_PATH, { cache: "no-store" });
        if (!response.ok) throw new Error(`presence code: ${response.status}`);
        const next = (await response.json()) as LiveQrCode;
        if (stopped) return;
        setCode(next);
        setBroken(false);
        schedule(next.refreshInMs);
      } catch {
        if (stopped) return;
        setBroken(true);
        schedule(RETRY_MS);
      }
    }
    const onVisible = () => {
      if (document.visibilityState === "visible") void load();
    };
    schedule(initial.refreshInMs);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [initial.refreshInMs]);
  return (
    <div className="flex flex-col items-center gap-2">
      <QrCode svg={code.svg} url={code.url} label={label} />
      {broken && (
        <p role="status" className="text-sm font-medium text-red-800">
          {failed}
        </p>
      )}
    </div>
  );
}
