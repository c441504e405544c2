import postgres from "postgres";
import { E2E_SERVERS, e2eSettings } from "./settings";

export default async function globalTeardown() {
  // Servers started beforehand (E2E_REUSE_SERVERS=1) keep their databases for the next try.
  if (process.env.E2E_REUSE_SERVERS === "1") return;
  const admin = postgres(e2eSettings().adminUrl, { max: 1, onnotice: () => {} });
  // The servers may still hold connections while Playwright stops them; FORCE ends them.
  for (const server of E2E_SERVERS)
    await admin.unsafe(`drop database if exists ${e2eSettings(server).databaseName} with (force)`).catch(() => {});
  await admin.end();
}
