import "server-only";
import type { Db } from "@/db/client";
import { meetupTitled } from "@/db/seed/organisers";
import { demoUserIds } from "@/db/seed/people";
import type { Recurrence } from "@/lib/meetups/recurrence";
import type { NewMeetupInput } from "@/lib/meetups/schema";
import { createMeetup } from "@/lib/meetups/workflows/create-meetup";
import { rsvp } from "@/lib/meetups/workflows/rsvp";
import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

type Demo = {
  organiser: string;
  title: string;
  description: string;
  venueName: string;
  venueAddress: string;
  /** Days from today (Tokyo); negative for a meetup that already happened. */
  day: number;
  from: string;
  to: string;
  adults: number;
  children: number;
  ages: [number, number];
  feeYen: number;
  /** Weeks or months after the first, through this many days from today. */
  repeat?: { frequency: Recurrence["frequency"]; untilDay: number };
  /** Who signed up, in this order, with how many adults and children (past capacity: the waitlist). */
  rsvps: [string, number, number][];
};

const ORGANISERS = ["tanaka.keiko", "watanabe.yumi", "yamada.hanako", "saito.tomoko"];

// Titles tell the demo meetups apart, so seeding again adds nothing.
const DEMOS: Demo[] = [
  {
    organiser: "tanaka.keiko",
    title: "よちよち広場(0〜3歳)",
    description: "支援センターのプレイルームで、0〜3歳の親子が自由に遊びます。おしゃべりだけの方も歓迎です。",
    venueName: "みどり市 子育て支援センター",
    venueAddress: "みどり市本町1-2-3",
    day: 3,
    from: "10:00",
    to: "11:30",
    adults: 8,
    children: 10,
    ages: [0, 3],
    feeYen: 0,
    repeat: { frequency: "weekly", untilDay: 31 },
    rsvps: [
      ["sato.yoko", 1, 1],
      ["takahashi.misaki", 1, 1],
      ["nakamura.aya", 1, 2],
      ["hayashi.miho", 1, 1],
    ],
  },
  {
    organiser: "watanabe.yumi",
    title: "絵本の読み聞かせと手遊び",
    description: "地域の図書館ボランティアさんと一緒に、絵本と手遊びを楽しみます。",
    venueName: "みどり市立図書館 おはなし室",
    venueAddress: "みどり市中央2-5-1",
    day: 5,
    from: "14:00",
    to: "15:00",
    adults: 3,
    children: 4,
    ages: [2, 6],
    feeYen: 0,
    rsvps: [
      ["suzuki.kenta", 1, 1],
      ["yamaguchi.takuya", 1, 1],
      ["hashimoto.mai", 1, 2],
      ["kato.daisuke", 1, 1],
    ],
  },
  {
    organiser: "saito.tomoko",
    title: "親子クッキング(おにぎり)",
    description: "みんなでおにぎりを作って食べます。材料は公民館で用意します。",
    venueName: "本町公民館 調理室",
    venueAddress: "みどり市本町3-8",
    day: 12,
    from: "10:30",
    to: "12:30",
    adults: 6,
    children: 6,
    ages: [3, 9],
    // A fee is paid by card to an organiser with a connected Stripe account; the demo's have none.
    feeYen: 0,
    rsvps: [
      ["ito.shota", 1, 1],
      ["matsumoto.sakura", 1, 2],
    ],
  },
  {
    organiser: "tanaka.keiko",
    title: "ご近所さんのお茶会",
    description: "子育て中の方も、子育てを手伝いたい方も。顔を合わせてお話ししましょう。",
    venueName: "みどり市 子育て支援センター",
    venueAddress: "みどり市本町1-2-3",
    day: -14,
    from: "13:30",
    to: "15:00",
    adults: 12,
    children: 8,
    ages: [0, 12],
    feeYen: 0,
    rsvps: [
      ["sato.yoko", 1, 1],
      ["suzuki.kenta", 1, 0],
      ["kobayashi.chiyoko", 1, 0],
      ["yoshida.mari", 1, 1],
      ["ishikawa.nana", 1, 1],
    ],
  },
  {
    organiser: "watanabe.yumi",
    title: "公園で外遊び",
    description: "みどり中央公園の芝生広場で遊びます。雨天中止。",
    venueName: "みどり中央公園 芝生広場",
    venueAddress: "みどり市中央4-1",
    day: -7,
    from: "10:00",
    to: "11:30",
    adults: 10,
    children: 12,
    ages: [1, 8],
    feeYen: 0,
    rsvps: [
      ["takahashi.misaki", 1, 1],
      ["ito.shota", 1, 2],
      ["sasaki.yu", 1, 0],
    ],
  },
];

/**
 * Meetups in the demo town through the members' own workflows: upcoming ones with seats taken and a
 * waitlist, and past ones whose attendees signed up beforehand (created and answered as of a day
 * before they started). Returns the past meetups' ids: check-ins and the connections formed there
 * are seeded from these by the check-in part of the demo.
 */
export async function seedMeetups(db: Db, now = new Date()): Promise<{ pastMeetupIds: string[] }> {
  const today = tokyoDate(now);
  const locals = [...ORGANISERS, ...DEMOS.flatMap((d) => d.rsvps.map(([who]) => who))];
  const id = await demoUserIds(db, locals);
  const pastMeetupIds: string[] = [];
  for (const d of DEMOS) {
    const organiserId = id(d.organiser);
    if (!organiserId) continue;
    const seeded = await meetupTitled(db, organiserId, d.title);
    if (seeded) {
      if (d.day < 0) pastMeetupIds.push(seeded);
      continue;
    }
    const date = addDays(today, d.day);
    // Past meetups were arranged ahead: as of a week before they took place.
    const asOf = d.day < 0 ? atTokyo(addDays(date, -7), "09:00") : now;
    const input: NewMeetupInput = {
      title: d.title,
      description: d.description,
      venueName: d.venueName,
      venueAddress: d.venueAddress,
      mapUrl: null,
      date,
      startClock: d.from,
      endClock: d.to,
      startsAt: atTokyo(date, d.from),
      endsAt: atTokyo(date, d.to),
      capacityAdults: d.adults,
      capacityChildren: d.children,
      ageMin: d.ages[0],
      ageMax: d.ages[1],
      feeYen: d.feeYen,
      recurrence: d.repeat ? { frequency: d.repeat.frequency, until: addDays(today, d.repeat.untilDay) } : null,
    };
    const meetupId = await createMeetup(db, organiserId, input, asOf);
    for (const [who, adults, children] of d.rsvps) {
      const memberId = id(who);
      if (memberId) await rsvp(db, memberId, meetupId, { adults, children }, asOf);
    }
    if (d.day < 0) pastMeetupIds.push(meetupId);
  }
  return { pastMeetupIds };
}
