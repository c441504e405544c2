import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, waitFor } from "./app-server";
import { type FirstLoad, firstLoad } from "./first-load";

// The references: a bare Next.js page (one layout, one page, no client component) for first-load
// JavaScript, and the same app's dynamic page and route handler for what Next.js itself costs per
// request (no database, no session, no messages), built with the same Next.js in the same run. It lives in .bench/bare/
// (ignored by git) with a hard-linked copy of the project's node_modules (same disk, so instant),
// because Turbopack reads nothing outside its root and a root above it would pull in the app's
// instrumentation and proxy.
const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare", private: true, type: "module" }),
  "next.config.mjs": "export default { turbopack: { root: import.meta.dirname } };\n",
  "app/layout.jsx": `export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return <p>Hello</p>;\n}\n`,
  // Rendered on every request, like every member page (which reads the session and the database).
  "app/dynamic/page.jsx": `import { connection } from "next/server";\nexport default async function Page() {\n  await connection();\n  return <main><h1>Hello</h1><p>{new Date().toISOString()}</p></main>;\n}\n`,
  "app/api/health/route.js": `export const dynamic = "force-dynamic";\nexport function GET() {\n  return Response.json({ ok: true });\n}\n`,
};

/**
 * Builds and starts the bare app; `underLoad` runs while it serves (its base URL given), so the
 * framework's own per-request cost is measured in the same run as the app's.
 */
export async function measureBarePage<T>(
  port: number,
  underLoad: (baseUrl: string) => Promise<T>,
): Promise<{ firstLoad: FirstLoad; load: T }> {
  const dir = path.join(process.cwd(), ".bench", "bare");
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  await run("cp", ["-al", path.join(process.cwd(), "node_modules"), path.join(dir, "node_modules")]);
  const next = path.join(dir, "node_modules/next/dist/bin/next");
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  console.log("Building the bare Next.js page for reference …");
  await run("node", [next, "build", dir], env, true);
  const server = spawn("node", [next, "start", dir, "--port", String(port)], { stdio: "ignore", env });
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  try {
    const base = `http://localhost:${port}`;
    await waitFor(`${base}/`);
    return { firstLoad: await firstLoad(base, "/"), load: await underLoad(base) };
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
}
