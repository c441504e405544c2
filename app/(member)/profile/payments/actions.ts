"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { emptySchema } from "@/lib/forms";
import { startOnboarding } from "@/lib/payments/workflows/start-onboarding";
import { cardDeps } from "@/lib/payments/workflows/stripe";

// A supporter opens Stripe's hosted onboarding for their own account; without a Stripe key there is nothing to open.
export const connectStripeAction = defineAction(
  { audience: "member", capability: "supporter", schema: emptySchema },
  async (_input, { viewer, db }) => {
    const deps = cardDeps();
    if (!deps) throw new AppError("not_found");
    const { url } = await startOnboarding(db, deps, { viewerId: viewer.userId, now: new Date() });
    redirect(url);
  },
);
