"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<{ name: string }>>;
type Entry = { id: number; ok: boolean; text: string };
type Phase = "idle" | "starting" | "scanning" | "failed";
type Decode = typeof import("jsqr").default;

/** The same ticket read again within this time is not sent twice (the camera sees it many times a second). */
const REPEAT_MS = 8000;
const SCAN_EVERY_MS = 200;

/**
 * The organiser's camera: reads ticket QR codes (jsQR, in the page: Linux Chromium has no
 * BarcodeDetector; loaded when the camera starts, so the page itself stays light) and sends each new one to the check-in action; the answers are listed, newest
 * first. Whether a QR code is a ticket at all, and whose, is decided on the server.
 */
export function Scanner({
  meetupId,
  action,
  labels,
}: {
  meetupId: string;
  action: Action;
  labels: { start: string; stop: string; starting: string; scanning: string; noCamera: string; camera: string; log: string; done: string };
}) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const seen = useRef(new Map<string, number>());
  const busy = useRef(false);
  const decode = useRef<Decode | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [log, setLog] = useState<Entry[]>([]);

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setPhase((p) => (p === "failed" ? p : "idle"));
  }, []);

  useEffect(() => stop, [stop]);

  const send = useCallback(
    async (scanned: string) => {
      busy.current = true;
      const form = new FormData();
      form.set("meetupId", meetupId);
      form.set("ticket", scanned);
      try {
        const result = await action(null, form);
        const text = result.ok ? labels.done.replace("{name}", result.data.name) : result.error;
        setLog((l) => [{ id: Date.now(), ok: result.ok, text }, ...l].slice(0, 8));
      } finally {
        busy.current = false;
      }
    },
    [action, labels.done, meetupId],
  );

  useEffect(() => {
    if (phase !== "scanning") return;
    const timer = setInterval(() => {
      const v = video.current;
      const c = canvas.current;
      const jsQR = decode.current;
      if (!v || !c || !jsQR || busy.current || v.readyState < v.HAVE_CURRENT_DATA || v.videoWidth === 0) return;
      c.width = v.videoWidth;
      c.height = v.videoHeight;
      const ctx = c.getContext("2d", { willReadFrequently: true });
      if (!ctx) return;
      ctx.drawImage(v, 0, 0, c.width, c.height);
      const code = jsQR(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height, { inversionAttempts: "dontInvert" });
      if (!code?.data) return;
      const now = Date.now();
      const last = seen.current.get(code.data);
      if (last !== undefined && now - last < REPEAT_MS) return;
      seen.current.set(code.data, now);
      void send(code.data);
    }, SCAN_EVERY_MS);
    return () => clearInterval(timer);
  }, [phase, send]);

  async function start() {
    setPhase("starting");
    try {
      decode.current ??= (await import("jsqr")).default;
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
      stream.current = media;
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play();
      }
      setPhase("scanning");
    } catch {
      stop();
      setPhase("failed");
    }
  }

  const live = phase === "starting" || phase === "scanning";
  return (
    <div className="flex flex-col gap-3">
      <div className={live ? "relative overflow-hidden rounded-xl bg-stone-900" : "hidden"}>
        <video ref={video} muted playsInline aria-label={labels.camera} className="block aspect-square w-full object-cover" />
        <div aria-hidden="true" className="pointer-events-none absolute inset-[12%] rounded-xl border-4 border-white/90" />
      </div>
      <canvas ref={canvas} hidden />
      <p role="status" className="text-stone-700">
        {phase === "starting" ? labels.starting : phase === "scanning" ? labels.scanning : phase === "failed" ? labels.noCamera : ""}
      </p>
      {live ? (
        <button
          type="button"
          onClick={stop}
          className="min-h-14 w-full rounded-xl border border-stone-400 bg-white px-5 text-lg font-medium text-stone-900 hover:bg-stone-100"
        >
          {labels.stop}
        </button>
      ) : (
        <button
          type="button"
          onClick={start}
          className="min-h-14 w-full rounded-xl bg-brand-700 px-5 text-lg font-bold text-white hover:bg-brand-800"
        >
          {labels.start}
        </button>
      )}
      <section aria-label={labels.log}>
        <ol role="log" aria-live="polite" className="flex flex-col gap-2">
          {log.map((e) => (
            <li
              key={e.id}
              className={`rounded-xl border p-3 font-medium ${e.ok ? "border-brand-200 bg-brand-50 text-brand-900" : "border-red-300 bg-red-50 text-red-900"}`}
            >
              {e.ok ? "✓ " : "✕ "}
              {e.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
