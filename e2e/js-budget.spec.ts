import { expect, test } from "@playwright/test";
import { routeJs } from "@/bench/support/route-js";

// A budget, not a timing: the first-load JavaScript (gzip) of every page route, read from the
// build this run serves (.next/), never built again. The bare Next.js page `npm run bench:pages`
// builds for reference loads 132 kB; the issue allows 1.3× that (172 kB). A page without
// translated client components loads about 136 kB (no intl runtime: the root layout has no intl
// provider); one with them about 150 kB; the request form and request page, the largest, about
// 156 kB. A new page fits the default or is given its own budget here, with the reason.
const DEFAULT_BUDGET_KB = 157;
// The pages a member opens most, which have no translated client component: the intl runtime
// (about 12 kB) must not come back to them through the root layout or a shared component.
const LEAN_KB = 140;
const BUDGETS_KB: Record<string, number> = {
  ...Object.fromEntries(["/", "/home", "/requests", "/connections", "/children", "/meetups", "/notifications"].map((r) => [r, LEAN_KB])),
  // Admin only: the municipality page's district, staff and rulebook forms.
  "/admin/municipalities/[id]": 182,
};

test("every route's first-load JavaScript stays within its budget", () => {
  const routes = routeJs();
  expect(routes.map((r) => r.route)).toContain("/requests/new");
  const over = routes
    .filter((r) => r.gzip / 1024 > (BUDGETS_KB[r.route] ?? DEFAULT_BUDGET_KB))
    .map((r) => `${r.route}: ${(r.gzip / 1024).toFixed(1)} kB > ${BUDGETS_KB[r.route] ?? DEFAULT_BUDGET_KB} kB`);
  expect(over).toEqual([]);
});
