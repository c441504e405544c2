import { count, eq } from "drizzle-orm";
import { insertBlock } from "@/db/queries/connections";
import { careRecipients, careRequests, notifications } from "@/db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { addChildFor, bornYearsAgo } from "./pages/children";
import { memberOnNewPage } from "./pages/connections";
import { NOT_FOUND, NOTIFICATION_ACTIONS, okDirect, parentWithConnections, postDirect, REQUEST_ACTIONS, tokyoDay } from "./pages/requests";
import { callAction } from "./server-actions";

// The actions are public endpoints: called straight over HTTP they refuse exactly as the pages do.
test.describe.configure({ timeout: 180_000 });

test("a member who was not asked gets 404 for the request and 'not found' from every request action", async ({ browser, db }) => {
  const { parent, childId, others } = await parentWithConnections(browser, db, [["加納 薫", "かのう かおる"]]);
  const asked = others[0]!;
  const id = await postDirect(db, parent.member.id, [childId], [asked.member.id]);
  await okDirect(db, asked.member.id, id);
  const outsider = await memberOnNewPage(browser, db, "久保 蔵", "くぼ くら");

  for (const path of [`/requests/${id}`, "/requests/not-a-uuid", "/requests/00000000-0000-4000-8000-000000000000"]) {
    expect((await outsider.page.goto(path))?.status(), path).toBe(404);
  }
  await expectAccessible(outsider.page);
  const path = `/requests/${id}`;
  const call = (name: string, fields: Record<string, string>, file = REQUEST_ACTIONS) =>
    callAction(outsider.page, file, name, fields, path);
  expect((await call("answerRequestAction", { requestId: id, answer: "ok", sheetRead: "on", childSeat: "on" })).result).toEqual(NOT_FOUND);
  expect((await call("answerRequestAction", { requestId: id, answer: "decline" })).result).toEqual(NOT_FOUND);
  expect((await call("chooseHelperAction", { requestId: id, helperId: asked.member.id })).result).toEqual(NOT_FOUND);
  expect((await call("withdrawRequestAction", { requestId: id })).result).toEqual(NOT_FOUND);
  const [theirs] = await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, asked.member.id));
  expect((await call("openNotificationAction", { id: theirs!.id }, NOTIFICATION_ACTIONS)).result).toEqual(NOT_FOUND);
  // The one asked cannot choose, and cannot withdraw someone else's request.
  expect(
    (await callAction(asked.page, REQUEST_ACTIONS, "chooseHelperAction", { requestId: id, helperId: asked.member.id }, path)).result,
  ).toEqual(NOT_FOUND);
  expect((await callAction(asked.page, REQUEST_ACTIONS, "withdrawRequestAction", { requestId: id }, path)).result).toEqual(NOT_FOUND);
  const [row] = await db.select().from(careRequests).where(eq(careRequests.id, id));
  expect(row).toMatchObject({ state: "offered", helperId: null });
});

test("posting by action: someone else's child, a child under 1 or over 12, a stranger or a blocked member as audience — refused, nothing stored", async ({
  browser,
  db,
}) => {
  const { parent, childId, others } = await parentWithConnections(browser, db, [
    ["佐野 咲", "さの さき"],
    ["芝 茂", "しば しげる"],
  ]);
  const [friend, blocked] = [others[0]!, others[1]!];
  await insertBlock(db, parent.member.id, blocked.member.id, new Date());
  const baby = await addChildFor(db, parent.member.email, { name: "赤ちゃん すず", nameKana: "すず", birthDate: bornYearsAgo(0) });
  const teen = await addChildFor(db, parent.member.email, { name: "中学生 たける", nameKana: "たける", birthDate: bornYearsAgo(13) });
  const stranger = await memberOnNewPage(browser, db, "須田 澄", "すだ すみ");
  const theirs = await addChildFor(db, stranger.member.email, { name: "よその子", nameKana: "よそ" });
  const fields = (over: Record<string, string | string[]>) => ({
    kind: "azukari",
    "children[]": [childId],
    date: tokyoDay(2),
    startTime: "10:00",
    endTime: "11:00",
    place: "helper_home",
    audience: "people",
    "recipients[]": [friend.member.id],
    ...over,
  });
  const post = async (over: Record<string, string | string[]>) =>
    (await callAction(parent.page, REQUEST_ACTIONS, "postRequestAction", fields(over), "/requests/new")).result;
  const stored = async () => ({
    requests: (await db.select({ n: count() }).from(careRequests).where(eq(careRequests.parentId, parent.member.id)))[0]!.n,
    asked: (await db.select({ n: count() }).from(careRecipients).where(eq(careRecipients.userId, friend.member.id)))[0]!.n,
  });
  const before = await stored();

  expect(await post({ "children[]": [childId, theirs] })).toEqual(NOT_FOUND);
  expect(await post({ "children[]": [baby] })).toEqual({
    ok: false,
    error: "入力内容を確認してください。",
    fieldErrors: { children: "赤ちゃん すずさんは、その日にまだ1歳になっていないため、お願いできません(1歳から12歳まで)。" },
  });
  expect((await post({ "children[]": [teen] }))?.fieldErrors).toEqual({
    children: "中学生 たけるさんは、その日に13歳以上のため、お願いできません(1歳から12歳まで)。",
  });
  const notConnection = { recipients: "お願いできない方が選ばれています。サポーターのシェア友にだけお願いできます。" };
  expect((await post({ "recipients[]": [friend.member.id, stranger.member.id] }))?.fieldErrors).toEqual(notConnection);
  expect((await post({ "recipients[]": [blocked.member.id] }))?.fieldErrors).toEqual(notConnection);
  expect((await post({ startTime: "10:10" }))?.fieldErrors).toEqual({ startTime: "15分きざみの時間を選んでください。" });
  expect(await post({ audience: "group", groupId: "00000000-0000-4000-8000-000000000000" })).toEqual(NOT_FOUND);
  expect(await stored()).toEqual(before);

  // An OK without the summary checked is refused before anything is looked up.
  const answer = await callAction(
    friend.page,
    REQUEST_ACTIONS,
    "answerRequestAction",
    { requestId: "00000000-0000-4000-8000-000000000000", answer: "ok" },
    "/requests",
  );
  expect(answer.result?.fieldErrors).toEqual({ sheetRead: "お願いの内容を確かめてから、チェックを入れてください。" });
});
