import { isValidElement } from "react";

/**
 * Runs a server component tree the way the server renders it, without making HTML: every server
 * component is called and awaited (siblings side by side, as React does), so every query the
 * page makes is made. Client components are skipped, since their hooks need a React renderer and
 * they never read the database. For tests that count a page's queries.
 */
export async function runServerTree(node: unknown): Promise<void> {
  const value = await node;
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    await Promise.all(value.map(runServerTree));
    return;
  }
  if (!isValidElement(value)) return;
  const { type, props } = value as { type: unknown; props: Record<string, unknown> };
  if (typeof type === "function") {
    let out: unknown;
    try {
      out = await (type as (p: unknown) => unknown)(props);
    } catch (e) {
      if (usesHooks(e)) return;
      throw e;
    }
    await runServerTree(out);
    return;
  }
  // Host elements, fragments and providers: their children, and elements passed as other props.
  await Promise.all(Object.values(props).map(runServerTree));
}

/** What React's client build throws when a component calls a hook outside a renderer. */
function usesHooks(e: unknown): boolean {
  return e instanceof TypeError && /reading 'use[A-Z]\w*'/.test(e.message);
}
