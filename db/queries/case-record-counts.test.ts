import { describe, expect, it } from "vitest";
import { countCaseRecord } from "./case-record-counts";
import { addSourceToCase } from "./sources";
import { insertAsk, recordAskStatusChange } from "./asks";
import { insertOfficial, SEES_CONFIDENTIAL, SEES_PUBLIC, setupDb } from "./test-fixtures";

describe("countCaseRecord", () => {
  it("counts the case's sources (confidential ones only for those who may see them), asks, open asks and outcomes", () => {
    const { db, campaigner, kase } = setupDb();
    addSourceToCase(db, campaigner.id, kase.id, {
      title: "Public report",
      outlet: "",
      url: "",
      publishedOn: null,
      type: "news_report",
      excerpt: "",
      notes: "",
      confidential: false,
    });
    addSourceToCase(db, campaigner.id, kase.id, {
      title: "Smuggled letter",
      outlet: "",
      url: "",
      publishedOn: null,
      type: "news_report",
      excerpt: "",
      notes: "",
      confidential: true,
    });
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = (text: string) =>
      insertAsk(db, campaigner.id, kase.id, {
        official: { kind: "existing", id: official.id },
        text,
        channel: "letter",
        status: "made",
        madeOn: "2024-01-01",
        ownerId: campaigner.id,
        followUpOn: null,
      });
    ask("Open one");
    const done = ask("Answered");
    recordAskStatusChange(db, campaigner.id, done.id, "fulfilled", "");
    expect(countCaseRecord(db, SEES_CONFIDENTIAL, kase.id)).toEqual({ sources: 2, asks: 2, openAsks: 1, outcomes: 0 });
    expect(countCaseRecord(db, SEES_PUBLIC, kase.id).sources).toBe(1);
  });
});
