import { performance } from "node:perf_hooks";
import { computeThanks, DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import { benchDeliveries } from "./deliveries";

// `npm run bench`: how fast the rules run, so statistics can recompute thousands of cares at once.
function bench(name: string, iterations: number, fn: (i: number) => void) {
  for (let i = 0; i < 1000; i++) fn(i);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn(i);
  const ms = performance.now() - start;
  console.log(
    `${name}: ${Math.round((iterations / ms) * 1000).toLocaleString("en")} ops/s (${((ms * 1000) / iterations).toFixed(2)} µs each)`,
  );
}

const base = new Date("2026-11-24T08:00:00+09:00").getTime();
const facts = (i: number) => ({
  start: new Date(base),
  end: new Date(base + (20 + (i % 600)) * 60_000),
  children: 1 + (i % 3),
  helperCertifiedOrganiser: i % 2 === 0,
  helperQualified: i % 5 === 0,
  waived: false,
  parentSingleParentVerified: i % 7 === 0,
  expenses: [{ kind: "meal" as const, label: "昼食", yen: 400 }],
});

bench("computeThanks (default rulebook)", 100_000, (i) => computeThanks(DEFAULT_RULEBOOK, facts(i)));
bench("computeThanks (ファミサポ rulebook, crossing 19:00)", 20_000, (i) => computeThanks(FAMISAPO_EXAMPLE_RULEBOOK, facts(i)));

await benchDeliveries();
