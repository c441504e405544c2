import "server-only";
import type { Db } from "@/db/client";
import { insertDeskMessage, lockThread, updateThread } from "@/db/queries/desk";
import type { AppealOutcome } from "@/lib/desk/desk";
import { deskReplyMail } from "@/lib/desk/reply-mail";
import { AppError, notFound } from "@/lib/errors";
import type { MailSettings } from "@/lib/notify/mail";
import { notify } from "@/lib/notify/workflows/notify";
import { sendMail } from "@/lib/notify/workflows/send-mail";
import { liftInTx } from "@/lib/safety/workflows/suspend";

/**
 * An admin answers a thread. A member hears it as a notification (in the app, and by e-mail
 * through the outbox) and reads it on /contact; a visitor gets it by e-mail, sent in the answer's
 * transaction (as sign-in links are), so that a mail that could not go leaves no answer behind.
 */
export async function answerAtDesk(
  db: Db,
  mail: MailSettings,
  a: { threadId: string; adminId: string; body: string; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const thread = await lockThread(tx, a.threadId);
    if (!thread) throw notFound();
    if (thread.userId === a.adminId) throw new AppError("conflict", { key: "contact.own_thread" });
    if (thread.state === "closed") throw new AppError("conflict", { key: "contact.closed" });
    await insertDeskMessage(tx, { threadId: thread.id, adminId: a.adminId, fromDesk: true, body: a.body, createdAt: a.now });
    await updateThread(tx, thread.id, { state: "answered", updatedAt: a.now });
    if (thread.userId) await notify(tx, { userId: thread.userId, kind: "contact.answered", data: { threadId: thread.id } });
    else if (thread.email) await sendMail(tx, mail, deskReplyMail(thread.email, a.body, thread.locale));
  });
}

/** A member writes more in one of their own threads; it goes back to the top of the queue. */
export async function writeToDesk(db: Db, w: { threadId: string; userId: string; body: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const thread = await lockThread(tx, w.threadId);
    if (!thread || thread.userId !== w.userId) throw notFound();
    if (thread.state === "closed") throw new AppError("conflict", { key: "contact.closed" });
    await insertDeskMessage(tx, { threadId: thread.id, fromDesk: false, body: w.body, createdAt: w.now });
    await updateThread(tx, thread.id, { state: "open", updatedAt: w.now });
  });
}

/**
 * An admin decides an appeal, once, with a reason the member reads: lifting the suspension makes
 * the account active again (and frees its number); upholding it closes the appeal. The thread is
 * closed either way: a suspension is appealed once.
 */
export async function decideAppeal(
  db: Db,
  d: { threadId: string; adminId: string; outcome: AppealOutcome; body: string; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const thread = await lockThread(tx, d.threadId);
    if (thread?.category !== "appeal" || !thread.userId) throw notFound();
    if (thread.appealOutcome) throw new AppError("conflict", { key: "contact.appeal_decided" });
    if (thread.userId === d.adminId) throw new AppError("conflict", { key: "contact.own_thread" });
    if (d.outcome === "lift") await liftInTx(tx, thread.userId, d.now);
    await insertDeskMessage(tx, { threadId: thread.id, adminId: d.adminId, fromDesk: true, body: d.body, createdAt: d.now });
    await updateThread(tx, thread.id, { state: "closed", appealOutcome: d.outcome === "lift" ? "lifted" : "upheld", updatedAt: d.now });
    await notify(tx, {
      userId: thread.userId,
      kind: `contact.appeal_${d.outcome === "lift" ? "lifted" : "upheld"}`,
      data: { threadId: thread.id },
    });
  });
}
