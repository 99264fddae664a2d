/**
 * Malformed server-action payloads: wrong types, missing fields, oversized strings,
 * control characters, script tags, javascript:/data: URLs and unknown ids. Seeded, so
 * a failure can be replayed. Ids are never small positive numbers, not even once read as
 * numbers ("0x3b9ac9ff" is 999,999,999), so no payload can accidentally name a real record
 * and be valid: the matrix before this creates records of every kind.
 */
import { at } from "../../domain/test-helpers";

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_STRINGS = [
  "",
  " ",
  "x".repeat(100_000),
  "\u0000\u0007\u001b[31mcontrol",
  "<script>alert(document.cookie)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "' OR 1=1 --",
  "1; DROP TABLE cases",
  "$1",
  "$@0",
  "🙂".repeat(5000),
  "2024-13-45",
  "not-an-email",
  "vanished",
];
const BAD_IDS = [0, -1, 999_999_999, 2 ** 53, 1.5, "abc", "0x3b9ac9ff", "-7", "999999999999999999999"];
const FIELDS = [
  "personName",
  "title",
  "country",
  "summary",
  "tags",
  "priority",
  "status",
  "toStatus",
  "note",
  "version",
  "arrestDate",
  "sentenceDate",
  "url",
  "outlet",
  "publishedOn",
  "type",
  "excerpt",
  "notes",
  "confidential",
  "email",
  "password",
  "confirmPassword",
  "currentPassword",
  "newPassword",
  "role",
  "name",
  "kind",
  "office",
  "institution",
  "officialId",
  "text",
  "channel",
  "madeOn",
  "followUpOn",
  "ownerId",
  "askId",
  "occurredOn",
  "description",
  "sourceIds",
  "sourceId",
  "caseId",
  "userId",
  "active",
  "newOfficialName",
  "moveCaseToReleased",
];

export function malformedPayloads(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => at(items, Math.floor(random() * items.length));
  const badValue = (depth = 0): unknown => {
    switch (Math.floor(random() * 8)) {
      case 0:
        return pick(BAD_STRINGS);
      case 1:
        return pick(BAD_IDS);
      case 2:
        return random() < 0.5;
      case 3:
        return null;
      case 4:
        return depth < 2 ? [badValue(depth + 1), badValue(depth + 1)] : [];
      case 5:
        return depth < 2 ? badObject(depth + 1) : {};
      case 6:
        return -random() * 1e12;
      default:
        return pick(BAD_STRINGS).slice(0, 50);
    }
  };
  const badObject = (depth = 0): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    const n = Math.floor(random() * 6);
    for (let i = 0; i < n; i++) object[pick(FIELDS)] = badValue(depth);
    if (random() < 0.2) object.__proto__ = { role: "admin" } as never;
    return object;
  };
  const payloads: string[] = [];
  for (let i = 0; i < count; i++) {
    const shape = i % 10;
    if (shape === 0) {
      payloads.push(JSON.stringify(badValue())); // not an argument list at all
    } else {
      const args = Array.from({ length: Math.floor(random() * 3) + (shape < 5 ? 1 : 2) }, (_, j) =>
        j === 0 && random() < 0.6 ? pick(BAD_IDS) : random() < 0.7 ? badObject() : badValue(),
      );
      payloads.push(JSON.stringify(args));
    }
  }
  return payloads;
}
