"use client";

import { useEffect } from "react";

/** Registers public/sw.js (offline page, push notifications) once the page has loaded. */
export function ServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
  }, []);
  return null;
}
