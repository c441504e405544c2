"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { subscribePushAction, unsubscribePushAction } from "../actions";

type DeviceState = "checking" | "unsupported" | "ios_install" | "denied" | "off" | "on";

/** iOS allows web push only in an app added to the Home Screen (iOS 16.4 and later). */
function needsHomeScreen(): boolean {
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1);
  const standalone = matchMedia("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** What this browser can do and whether this device's subscription is one the site knows for this member. */
async function currentState(endpoints: readonly string[]): Promise<DeviceState> {
  if (needsHomeScreen()) return "ios_install";
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  const sub = await (await registration()).pushManager.getSubscription();
  return sub && endpoints.includes(sub.endpoint) ? "on" : "off";
}

const keyBytes = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/** This device's push notifications: its state in words and one button to turn them on or off. */
export function Devices({ publicKey, endpoints }: { publicKey: string; endpoints: string[] }) {
  const t = useTranslations("channels.devices");
  const router = useRouter();
  const [state, setState] = useState<DeviceState>("checking");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    currentState(endpoints).then(setState, () => setState("unsupported"));
  }, [endpoints]);

  async function turnOn() {
    setBusy(true);
    setError(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const reg = await registration();
      let sub = await reg.pushManager.getSubscription();
      // A subscription made for another key (the site's keys changed) cannot be pushed to.
      const key = sub?.options.applicationServerKey;
      if (sub && key && btoa(String.fromCharCode(...new Uint8Array(key))) !== btoa(String.fromCharCode(...keyBytes(publicKey)))) {
        await sub.unsubscribe();
        sub = null;
      }
      sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      const json = sub.toJSON();
      const form = new FormData();
      form.set("endpoint", sub.endpoint);
      form.set("p256dh", json.keys?.p256dh ?? "");
      form.set("auth", json.keys?.auth ?? "");
      const result = await subscribePushAction(null, form);
      if (!result.ok) return setError(result.error);
      setState("on");
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError(null);
    try {
      const sub = await (await registration()).pushManager.getSubscription();
      if (sub) {
        const form = new FormData();
        form.set("endpoint", sub.endpoint);
        const result = await unsubscribePushAction(null, form);
        if (!result.ok) return setError(result.error);
        await sub.unsubscribe();
      }
      setState("off");
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  const button = "min-h-12 rounded-xl px-6 font-bold disabled:opacity-70";
  return (
    <section aria-labelledby="devices-title" className="mt-6 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="devices-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p className="text-sm text-stone-700">{t("count", { count: endpoints.length })}</p>
      <div aria-live="polite" className="flex flex-col gap-3">
        {state === "checking" && <p className="text-stone-700">{t("checking")}</p>}
        {state === "unsupported" && <p>{t("unsupported")}</p>}
        {state === "denied" && <p className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("denied")}</p>}
        {state === "ios_install" && (
          <div className="rounded-xl border border-brand-100 bg-brand-50 p-3 text-brand-900">
            <p className="font-bold">{t("iosTitle")}</p>
            <p className="mt-1">{t("iosSteps")}</p>
          </div>
        )}
        {state === "on" && <p className="font-bold text-brand-900">{t("on")}</p>}
        {state === "off" && <p className="font-bold">{t("off")}</p>}
      </div>
      {error && <FormAlert message={error} />}
      {state === "off" && (
        <button
          type="button"
          onClick={turnOn}
          disabled={busy}
          className={`${button} self-start bg-brand-700 text-white hover:bg-brand-800`}
        >
          {busy ? t("turningOn") : t("turnOn")}
        </button>
      )}
      {state === "on" && (
        <button
          type="button"
          onClick={turnOff}
          disabled={busy}
          className={`${button} self-start border border-stone-300 bg-white text-stone-900 hover:bg-stone-50`}
        >
          {busy ? t("turningOff") : t("turnOff")}
        </button>
      )}
    </section>
  );
}
