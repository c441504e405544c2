import postgres from "postgres";
import { e2eSettings } from "./settings";

export default async function globalTeardown() {
  const admin = postgres(e2eSettings().adminUrl, { max: 1, onnotice: () => {} });
  // The servers may still hold connections while Playwright stops them; FORCE ends them.
  for (const server of ["shared", "whole-database"] as const)
    await admin.unsafe(`drop database if exists ${e2eSettings(server).databaseName} with (force)`).catch(() => {});
  await admin.end();
}
