import postgres from "postgres";
import { e2eSettings } from "./settings";

export default async function globalTeardown() {
  const s = e2eSettings();
  const admin = postgres(s.adminUrl, { max: 1, onnotice: () => {} });
  // The server may still hold connections while Playwright stops it; FORCE ends them.
  await admin.unsafe(`drop database if exists ${s.databaseName} with (force)`).catch(() => {});
  await admin.end();
}
