import { describe, expect, it } from "vitest";
import { mergeTimeline } from "../../domain/timeline";
import { buildCaseBrief } from "../../domain/brief";
import { insertAsk, listAsksForCase, recordAskStatusChange } from "./asks";
import { listCaseAuditEvents } from "./audit";
import { loadBriefData } from "./brief";
import { recordStatusChange, updateCase } from "./case-writes";
import { findCaseById, listStatusHistory } from "./cases";
import { insertOfficial, setupDb, SEES_CONFIDENTIAL } from "./test-fixtures";
import { loadTimelineFacts } from "./timeline";

const TODAY = "2026-12-02T09:00:00.000Z";

function detainedCaseArrested(arrestDate: string) {
  const fixture = setupDb("detained");
  const { db, campaigner, kase } = fixture;
  const row = updateCase(db, campaigner.id, kase.id, {
    personName: kase.personName,
    title: kase.title,
    country: kase.country,
    summary: "",
    tags: [],
    priority: "medium",
    arrestDate,
    arrestPlace: "",
    placeHeld: "",
    charges: "",
    sentence: "",
    sentenceDate: null,
    version: kase.version,
  });
  return { ...fixture, kase: row };
}

describe("moves dated by when they happened", () => {
  it("puts a sentencing recorded today but dated January 2022 in its place in the history, timeline and brief", () => {
    const { db, campaigner, kase } = detainedCaseArrested("2021-05-03");
    recordStatusChange(db, campaigner.id, kase.id, "sentenced", "Eight years", TODAY, "2022-01-14");
    recordStatusChange(db, campaigner.id, kase.id, "released", "Pardoned", "2026-11-20T08:00:00.000Z", "2026-11-20");

    const history = listStatusHistory(db, SEES_CONFIDENTIAL, kase.id);
    expect(history.map((h) => [h.occurredOn, h.toStatus])).toEqual([
      ["2026-11-20", "released"],
      ["2022-01-14", "sentenced"],
      ["2021-05-03", "detained"],
    ]);
    expect(history[1]?.changedAt).toBe(TODAY);

    const timeline = mergeTimeline(loadTimelineFacts(db, SEES_CONFIDENTIAL, kase.id)).filter((f) => f.kind === "status");
    expect(timeline.map((f) => f.at)).toEqual(["2021-05-03", "2022-01-14", "2026-11-20T08:00:00.000Z"]);
    expect(timeline[1]?.recordedAt).toBe(TODAY);

    const data = loadBriefData(db, SEES_CONFIDENTIAL, kase.id);
    if (!data) throw new Error("brief data missing");
    expect(data.statusChanges.map((s) => s.occurredOn)).toEqual(["2021-05-03", "2022-01-14", "2026-11-20"]);
    const brief = buildCaseBrief(data, { includeConfidential: false, officialId: null, preparedBy: "Carla", today: TODAY });
    const block = brief.sections.find((s) => s.id === "timeline")?.blocks[0];
    if (block?.kind !== "table") throw new Error("timeline is not a table");
    expect(block.rows).toEqual([
      ["3 May 2021", "Arrested"],
      ["3 May 2021", "Case recorded as detained."],
      ["14 Jan 2022", "Status changed from detained to sentenced. Eight years"],
      ["20 Nov 2026", "Status changed from sentenced to released. Pardoned"],
    ]);
  });

  it("leaves the case at the status of the move recorded last, whatever its date", () => {
    const { db, campaigner, kase } = detainedCaseArrested("2021-05-03");
    recordStatusChange(db, campaigner.id, kase.id, "sentenced", "", TODAY, "2022-01-14");
    expect(findCaseById(db, SEES_CONFIDENTIAL, kase.id)?.status).toBe("sentenced");
  });

  it("dates the opening status by the arrest, and moves it with a corrected arrest date, audited", () => {
    const { db, campaigner, kase } = detainedCaseArrested("2021-05-03");
    expect(listStatusHistory(db, SEES_CONFIDENTIAL, kase.id).map((h) => h.occurredOn)).toEqual(["2021-05-03"]);
    updateCase(db, campaigner.id, kase.id, {
      personName: kase.personName,
      title: kase.title,
      country: kase.country,
      summary: "",
      tags: [],
      priority: "medium",
      arrestDate: "2021-04-29",
      arrestPlace: "",
      placeHeld: "",
      charges: "",
      sentence: "",
      sentenceDate: null,
      version: kase.version,
    });
    expect(listStatusHistory(db, SEES_CONFIDENTIAL, kase.id).map((h) => h.occurredOn)).toEqual(["2021-04-29"]);
    const { events } = listCaseAuditEvents(db, SEES_CONFIDENTIAL, kase.id);
    expect(events.map((e) => e.details)).toContainEqual(expect.objectContaining({ openingStatusOccurredOn: ["2021-05-03", "2021-04-29"] }));
  });

  it("orders an ask's moves by the day they happened, and a backdated making dates the ask", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "A Minister", "Ministry");
    const ask = insertAsk(db, campaigner.id, kase.id, {
      official: { kind: "existing", id: official.id },
      text: "Grant a consular visit",
      channel: "letter",
      status: "planned",
      madeOn: null,
      ownerId: campaigner.id,
      followUpOn: null,
    });
    const made = recordAskStatusChange(db, campaigner.id, ask.id, "made", "Letter sent", TODAY, "2026-11-10");
    expect(made.madeOn).toBe("2026-11-10");
    recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "Reply from the ministry", TODAY, "2026-11-18");
    const [shown] = listAsksForCase(db, SEES_CONFIDENTIAL, kase.id);
    expect(shown?.history.filter((h) => h.fromStatus).map((h) => h.occurredOn)).toEqual(["2026-11-18", "2026-11-10"]);
    const moves = loadTimelineFacts(db, SEES_CONFIDENTIAL, kase.id).filter((f) => f.kind === "ask_move");
    expect(moves.map((m) => m.at)).toEqual(["2026-11-10", "2026-11-18"]);
  });
});
