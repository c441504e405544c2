// Fictional demo data: みどり市 and あおば町 do not exist; phone numbers use a fictional range.
type Cap = "parent" | "supporter" | "organiser" | "staff" | "admin";

export const demoMunicipalities = [
  {
    code: "990001",
    prefectureJa: "奈良県",
    prefectureEn: "Nara",
    nameJa: "みどり市",
    nameEn: "Midori City",
    districts: [
      ["本町一丁目", "Honcho 1-chome"],
      ["本町二丁目", "Honcho 2-chome"],
      ["緑が丘", "Midorigaoka"],
      ["桜台", "Sakuradai"],
      ["川西", "Kawanishi"],
    ],
  },
  {
    code: "990002",
    prefectureJa: "秋田県",
    prefectureEn: "Akita",
    nameJa: "あおば町",
    nameEn: "Aoba Town",
    districts: [
      ["中央", "Chuo"],
      ["北野", "Kitano"],
      ["南原", "Minamihara"],
    ],
  },
] as const;

const P: Cap[] = ["parent"];
const S: Cap[] = ["supporter"];
const PS: Cap[] = ["parent", "supporter"];
const OS: Cap[] = ["supporter", "organiser"];
const POS: Cap[] = ["parent", "supporter", "organiser"];

// [display name, kana, e-mail local part, municipality code, district index, birth date, capabilities]
export const demoMembers: [string, string, string, string, number, string, Cap[]][] = [
  ["佐藤 陽子", "さとう ようこ", "sato.yoko", "990001", 0, "1989-04-12", PS],
  ["鈴木 健太", "すずき けんた", "suzuki.kenta", "990001", 0, "1986-09-03", PS],
  ["高橋 美咲", "たかはし みさき", "takahashi.misaki", "990001", 1, "1991-01-25", P],
  ["田中 恵子", "たなか けいこ", "tanaka.keiko", "990001", 1, "1958-06-30", OS],
  ["伊藤 翔太", "いとう しょうた", "ito.shota", "990001", 2, "1988-11-18", PS],
  ["渡辺 由美", "わたなべ ゆみ", "watanabe.yumi", "990001", 2, "1975-03-08", POS],
  ["山本 直樹", "やまもと なおき", "yamamoto.naoki", "990001", 3, "1984-07-22", PS],
  ["中村 彩", "なかむら あや", "nakamura.aya", "990001", 3, "1993-12-02", P],
  ["小林 千代子", "こばやし ちよこ", "kobayashi.chiyoko", "990001", 4, "1952-02-14", S],
  ["加藤 大輔", "かとう だいすけ", "kato.daisuke", "990001", 4, "1987-05-30", PS],
  ["吉田 真理", "よしだ まり", "yoshida.mari", "990001", 0, "1990-08-16", PS],
  ["山田 花子", "やまだ はなこ", "yamada.hanako", "990001", 1, "1962-10-10", OS],
  ["佐々木 優", "ささき ゆう", "sasaki.yu", "990001", 2, "1995-04-01", PS],
  ["山口 拓也", "やまぐち たくや", "yamaguchi.takuya", "990001", 3, "1983-01-19", P],
  ["松本 さくら", "まつもと さくら", "matsumoto.sakura", "990001", 4, "1992-03-27", PS],
  ["井上 和子", "いのうえ かずこ", "inoue.kazuko", "990001", 0, "1955-09-09", S],
  ["木村 亮", "きむら りょう", "kimura.ryo", "990001", 1, "1985-06-06", PS],
  ["林 美穂", "はやし みほ", "hayashi.miho", "990001", 2, "1990-02-11", P],
  ["斎藤 智子", "さいとう ともこ", "saito.tomoko", "990001", 3, "1970-12-24", POS],
  ["清水 誠", "しみず まこと", "shimizu.makoto", "990001", 4, "1981-04-04", PS],
  ["山崎 愛", "やまざき あい", "yamazaki.ai", "990001", 0, "1994-07-07", PS],
  ["森 幸子", "もり さちこ", "mori.sachiko", "990001", 1, "1960-05-05", S],
  ["池田 悠斗", "いけだ ゆうと", "ikeda.yuto", "990001", 2, "1989-10-21", PS],
  ["橋本 麻衣", "はしもと まい", "hashimoto.mai", "990001", 3, "1992-08-08", P],
  ["阿部 浩二", "あべ こうじ", "abe.koji", "990001", 4, "1979-11-11", S],
  ["石川 奈々", "いしかわ なな", "ishikawa.nana", "990001", 0, "1996-01-31", PS],
  ["前田 修", "まえだ おさむ", "maeda.osamu", "990001", 1, "1968-03-15", ["staff"]],
  ["藤田 里美", "ふじた さとみ", "fujita.satomi", "990001", 2, "1977-09-28", ["admin"]],
  ["岡田 翼", "おかだ つばさ", "okada.tsubasa", "990002", 0, "1990-06-13", PS],
  ["長谷川 涼子", "はせがわ りょうこ", "hasegawa.ryoko", "990002", 1, "1987-12-19", PS],
  ["村上 蓮", "むらかみ れん", "murakami.ren", "990002", 2, "1991-02-22", P],
];

export const demoEmail = (local: string) => `${local}@example.com`;
/** Fictional, well-formed mobile numbers: +81 90 0000 0001, 0002, … */
export const demoPhone = (index: number) => `+8190${String(index + 1).padStart(8, "0")}`;
