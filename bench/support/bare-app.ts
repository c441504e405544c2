import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, waitFor } from "./app-server";
import { type FirstLoad, firstLoad } from "./first-load";

// The reference for first-load JavaScript: a bare Next.js page (one layout, one page, no
// client component), built with the same Next.js in the same run. It lives in .bench/bare/
// (ignored by git) with a hard-linked copy of the project's node_modules (same disk, so instant),
// because Turbopack reads nothing outside its root and a root above it would pull in the app's
// instrumentation and proxy.
const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare", private: true, type: "module" }),
  "next.config.mjs": "export default { turbopack: { root: import.meta.dirname } };\n",
  "app/layout.jsx": `export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return <p>Hello</p>;\n}\n`,
};

export async function measureBarePage(port: number): Promise<FirstLoad> {
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
    await waitFor(`http://localhost:${port}/`);
    return await firstLoad(`http://localhost:${port}`, "/");
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
}
