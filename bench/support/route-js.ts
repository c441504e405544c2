import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// First-load JavaScript of every page route, read from a production build (.next/) without
// serving it: the scripts every page loads (build-manifest.json's rootMainFiles) and those of the
// root layout and the page itself (each page's client reference manifest). The same set the HTML
// names in its script tags; Next's noModule polyfills, which modern browsers skip, are not counted.

export interface RouteJs {
  /** The route as the app directory names it, e.g. /requests/[id]. */
  route: string;
  files: string[];
  /** Gzip bytes of those files. */
  gzip: number;
}

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return manifests(full);
    return e.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

export function routeJs(distDir = ".next"): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gzipOf = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(distDir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const appDir = path.join(distDir, "server", "app");
  return manifests(appDir)
    .map((file) => {
      // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page] = {…}.
      const sandbox = { __RSC_MANIFEST: {} as Record<string, ClientManifest> };
      new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
      const [page, manifest] = Object.entries(sandbox.__RSC_MANIFEST)[0] ?? [];
      if (!page || !manifest?.entryJSFiles) throw new Error(`unreadable client manifest ${file}`);
      const entries = manifest.entryJSFiles;
      const own = Object.keys(entries).find((k) => k.endsWith(`${page}`));
      const files = [
        ...new Set([...build.rootMainFiles, ...(entries["[project]/app/layout"] ?? []), ...(own ? (entries[own] ?? []) : [])]),
      ];
      // "/(member)/requests/[id]/page" → "/requests/[id]"
      const route = page.replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
      return { route, files, gzip: files.reduce((sum, f) => sum + gzipOf(f), 0) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
