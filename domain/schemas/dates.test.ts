import { describe, expect, it } from "vitest";
import { askStatusMoveSchema, createAskSchema, FOLLOW_UP_BEFORE_MADE, updateAskSchema } from "./ask";
import { createCaseSchema, SENTENCE_BEFORE_ARREST, statusChangeSchema } from "./case";
import { createOutcomeSchema } from "./outcome";
import { sourceSchema } from "./source";
import { todayIso } from "./fields";

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const baseCase = { personName: "P", title: "T", country: "Rwanda", priority: "medium", status: "sentenced" } as const;
const baseAsk = { officialId: "3", text: "Ask", channel: "letter", ownerId: "1", status: "made" } as const;

describe("dates that make sense", () => {
  it("a move needs the day it happened, not in the future and not before 1900", () => {
    const move = { toStatus: "sentenced", note: "" };
    expect(statusChangeSchema.safeParse({ ...move, occurredOn: "2022-01-14" }).data?.occurredOn).toBe("2022-01-14");
    expect(errorsOf(statusChangeSchema.safeParse(move))).toEqual({ occurredOn: "Date it happened is required." });
    expect(errorsOf(statusChangeSchema.safeParse({ ...move, occurredOn: tomorrow }))).toEqual({
      occurredOn: "Date it happened cannot be in the future.",
    });
    expect(errorsOf(askStatusMoveSchema.safeParse({ toStatus: "acknowledged", occurredOn: "1899-12-31" }))).toEqual({
      occurredOn: "Date it happened cannot be before 1900.",
    });
    expect(askStatusMoveSchema.safeParse({ toStatus: "acknowledged", occurredOn: todayIso() }).success).toBe(true);
  });

  it("a sentence date is not before the arrest", () => {
    const early = createCaseSchema.safeParse({ ...baseCase, arrestDate: "2021-05-03", sentenceDate: "2021-05-02" });
    expect(errorsOf(early)).toEqual({ sentenceDate: SENTENCE_BEFORE_ARREST });
    expect(createCaseSchema.safeParse({ ...baseCase, arrestDate: "2021-05-03", sentenceDate: "2021-05-03" }).success).toBe(true);
    expect(createCaseSchema.safeParse({ ...baseCase, arrestDate: "", sentenceDate: "2021-05-02" }).success).toBe(true);
  });

  it("no year before 1900 in the case form, outcome form and source date", () => {
    expect(errorsOf(createCaseSchema.safeParse({ ...baseCase, arrestDate: "0022-01-14" }))).toEqual({
      arrestDate: "Date of arrest cannot be before 1900.",
    });
    const outcome = createOutcomeSchema.safeParse({ type: "other", occurredOn: "1850-01-01", description: "D" });
    expect(errorsOf(outcome)).toEqual({ occurredOn: "Date cannot be before 1900." });
    const source = sourceSchema.safeParse({ title: "S", type: "news", publishedOn: "1022-03-01" });
    expect(errorsOf(source)).toMatchObject({ publishedOn: "Date published cannot be before 1900." });
  });

  it("a follow-up may be in the future but not before the ask was made", () => {
    expect(createAskSchema.safeParse({ ...baseAsk, madeOn: "2026-11-10", followUpOn: tomorrow }).success).toBe(true);
    expect(errorsOf(createAskSchema.safeParse({ ...baseAsk, madeOn: "2026-11-10", followUpOn: "2026-11-09" }))).toEqual({
      followUpOn: FOLLOW_UP_BEFORE_MADE,
    });
    const edit = updateAskSchema.safeParse({ ...baseAsk, madeOn: "2026-11-10", followUpOn: "2026-11-01", version: 1 });
    expect(errorsOf(edit)).toEqual({ followUpOn: FOLLOW_UP_BEFORE_MADE });
    expect(errorsOf(createAskSchema.safeParse({ ...baseAsk, madeOn: tomorrow }))).toEqual({ madeOn: "Date made cannot be in the future." });
  });
});
