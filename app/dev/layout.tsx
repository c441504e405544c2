import { notFound } from "next/navigation";
import { connection } from "next/server";
import { devToolsEnabled, env } from "@/lib/env";

// Development pages do not exist in production unless OTAGAI_DEV_TOOLS=1 (the proxy answers 404 first).
export default async function DevLayout({ children }: { children: React.ReactNode }) {
  await connection();
  if (!devToolsEnabled(env())) notFound();
  return children;
}
