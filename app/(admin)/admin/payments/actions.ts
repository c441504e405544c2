"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { refundSchema } from "@/lib/payments/refund-schema";
import { refundPayment } from "@/lib/payments/workflows/refund-payment";
import { cardDeps } from "@/lib/payments/workflows/stripe";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
export const refundPaymentAction = defineAction(
  { audience: "member", capability: "admin", schema: refundSchema },
  async (input, { db }) => {
    const deps = cardDeps();
    if (!deps) throw new AppError("not_found");
    await refundPayment(db, deps, { ...input, now: new Date() });
    redirect("/admin/payments?refunded=1");
  },
);
