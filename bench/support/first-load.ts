import { gzipSync } from "node:zlib";

export interface FirstLoad {
  /** Script files the page's HTML loads (script tags and script preloads). */
  files: number;
  /** Their gzip size in bytes, as a browser downloads them. */
  jsGzip: number;
  /** Inline scripts (the React Server Components payload and bootstrap) in bytes, before and after gzip. */
  inline: number;
  inlineGzip: number;
}

const gz = (s: string | Uint8Array) => gzipSync(s).length;

/** What a first visit to `path` downloads as JavaScript, read from the HTML the server sends. */
export async function firstLoad(baseUrl: string, path: string, cookie?: string): Promise<FirstLoad> {
  const res = await fetch(new URL(path, baseUrl), { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}, not 200`);
  const html = await res.text();
  const urls = new Set<string>();
  // Scripts marked noModule (Next's polyfills) are skipped by every browser that runs modules.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnomodule\b/i.test(m[0])) urls.add(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\bas="script"[^>]*>/g)) {
    const href = m[0].match(/\bhref="([^"]+)"/)?.[1];
    if (href) urls.add(href);
  }
  let jsGzip = 0;
  for (const u of urls) {
    const file = await fetch(new URL(u.replaceAll("&amp;", "&"), baseUrl));
    if (!file.ok) throw new Error(`${u} answered ${file.status}`);
    jsGzip += gz(new Uint8Array(await file.arrayBuffer()));
  }
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string).join("");
  return { files: urls.size, jsGzip, inline: Buffer.byteLength(inlineScripts), inlineGzip: gz(inlineScripts) };
}
