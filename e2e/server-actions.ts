import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type APIRequestContext, type Page, test } from "@playwright/test";

// Calls a server action the way a hostile client could: straight over HTTP, with only the
// caller's session cookie — no page, no form, no client-side checks.
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) {
    const elsewhere = Object.values(manifest.node)
      .filter((v) => v.exportedName === exportedName)
      .map((v) => v.filename);
    throw new Error(`no server action ${exportedName} in ${filename}${elsewhere.length ? ` (it is in ${elsewhere.join(", ")})` : ""}`);
  }
  return found[0];
}

/** Posts (previousState, formData) to an action as the page's signed-in member; returns the raw response text. */
export async function callAction(
  page: Page,
  filename: string,
  exportedName: string,
  fields: Record<string, string | string[]>,
  path = "/",
): Promise<{ status: number; body: string; result: ActionResult | null }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) form.append(k, item);
  const encoded = await encodeReply([null, form]);
  const origin = page.url().startsWith("http") ? new URL(page.url()).origin : (test.info().project.use.baseURL as string);
  const cookies = await page.context().cookies(origin);
  const response = await fetch(new URL(path, origin), {
    method: "POST",
    headers: {
      "Next-Action": actionId(filename, exportedName),
      Accept: "text/x-component",
      Origin: origin,
      Cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    },
    body: encoded,
  });
  const body = await response.text();
  return { status: response.status, body, result: resultOf(body) };
}

/** The action's return value, from the React Flight lines of the response ("1:{…}"). */
function resultOf(body: string): ActionResult | null {
  const line = body.split("\n").find((l) => /^1:\{/.test(l));
  return line ? (JSON.parse(line.slice(2)) as ActionResult) : null;
}

type ActionResult = { ok: boolean; error?: string; fieldErrors?: Record<string, string>; data?: unknown };

/**
 * Posts raw form entries to an action by its id, over a Playwright request context (whose cookies
 * say who calls), as (previousState, formData), (formData) or () by `shape`. Redirects are not
 * followed: a redirect is the action's success. Returns the status, body and typed result, if any.
 */
export async function postActionById(
  request: APIRequestContext,
  id: string,
  entries: [string, string][],
  o: { path?: string; shape?: "typed" | "form" | "state" | "none"; origin: string },
): Promise<{ status: number; body: string; redirect: string | null; result: ActionResult | null; state: unknown }> {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  const args = o.shape === "none" ? [] : o.shape === "form" ? [form] : [null, form];
  const encoded = await encodeReply(args);
  const response = await request.post(new URL(o.path ?? "/", o.origin).toString(), {
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: o.origin },
    ...(typeof encoded === "string" ? { data: encoded } : { multipart: encoded }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  const redirect = response.headers()["x-action-redirect"] ?? (response.status() >= 300 && response.status() < 400 ? "3xx" : null);
  const line = body.split("\n").find((l) => /^1:/.test(l));
  let state: unknown = null;
  try {
    state = line ? JSON.parse(line.slice(2)) : null;
  } catch {
    state = line;
  }
  return { status: response.status(), body, redirect, result: resultOf(body), state };
}
