import { describe, expect, it } from "vitest";
import type { CaseAsk } from "@/db/queries/asks";
import { askCardView, outcomeCardView } from "./ask-cards";

const ask: CaseAsk = {
  id: 7,
  caseId: 1,
  officialId: 3,
  officialName: "Antony Blinken",
  officialConfidential: false,
  confidential: false,
  officeAtTime: "US Secretary of State",
  text: "Raise his release with President Kagame during your visit",
  channel: "meeting",
  madeOn: "2022-08-10",
  followUpOn: "2022-09-01",
  ownerId: 2,
  ownerName: "Campaigner One",
  status: "made",
  createdAt: "2022-08-10T09:00:00.000Z",
  version: 2,
  history: [
    {
      id: 12,
      askId: 7,
      fromStatus: "planned",
      toStatus: "made",
      note: "Raised in the meeting",
      noteConfidential: false,
      occurredOn: "2022-08-10",
      changedAt: "2022-08-10T14:05:00.000Z",
      changedByName: "Campaigner One",
    },
    {
      id: 11,
      askId: 7,
      fromStatus: null,
      toStatus: "planned",
      note: "",
      noteConfidential: false,
      occurredOn: "2022-08-01",
      changedAt: "2022-08-01T08:00:00.000Z",
      changedByName: "Admin",
    },
  ],
};
const links = { cited: [{ id: 9, title: "Blinken meets Kagame", confidential: false }], movable: true, editable: true };

describe("askCardView", () => {
  it("shows dates, channel and each status change as the page prints them", () => {
    const view = askCardView(ask, "2022-08-20", links);
    expect(view).toMatchObject({
      channel: "Meeting",
      madeOn: "10 Aug 2022",
      followUpOn: "1 Sept 2022",
      ownerName: "Campaigner One",
      overdue: false,
    });
    expect(view.history).toEqual([
      {
        id: 12,
        change: "Planned → Made",
        happened: "10 Aug 2022",
        when: "10 Aug 2022, 14:05 UTC",
        by: "Campaigner One",
        note: "Raised in the meeting",
        noteConfidential: false,
      },
      {
        id: 11,
        change: "Logged as Planned",
        happened: "1 Aug 2022",
        when: "1 Aug 2022, 08:00 UTC",
        by: "Admin",
        note: null,
        noteConfidential: false,
      },
    ]);
  });

  it("marks a follow-up overdue only while the ask is still open", () => {
    expect(askCardView(ask, "2022-09-02", links).overdue).toBe(true);
    expect(askCardView({ ...ask, status: "fulfilled" }, "2022-09-02", links).overdue).toBe(false);
    expect(askCardView({ ...ask, followUpOn: null }, "2022-09-02", links)).toMatchObject({ overdue: false, followUpOn: "—" });
  });

  it("carries only what the card shows to the browser, and no changes for readers", () => {
    const view = askCardView(ask, "2022-08-20", { cited: [], movable: false, editable: false });
    for (const key of ["officialId", "officialConfidential", "ownerId", "version", "caseId", "createdAt"])
      expect(view).not.toHaveProperty(key);
    expect(view).toMatchObject({ movable: false, editable: false, cited: [] });
    expect(askCardView(ask, "2022-08-20", links).cited).toEqual(links.cited);
  });
});

describe("outcomeCardView", () => {
  it("labels the type, shortens the ask it answers and keeps the reporting sources", () => {
    const view = outcomeCardView(
      {
        id: 4,
        type: "release",
        occurredOn: "2023-03-24",
        description: "Released after his sentence was commuted",
        confidential: false,
        askId: 7,
        askText: "x".repeat(200),
        sources: [{ outcomeId: 4, id: 9, title: "Rwanda frees Rusesabagina", outlet: "", url: null }],
      },
      [{ id: 9, title: "Rwanda frees Rusesabagina", confidential: false }],
    );
    expect(view).toMatchObject({
      isRelease: true,
      occurredOn: "24 Mar 2023",
      sources: [{ id: 9, title: "Rwanda frees Rusesabagina", outlet: null, url: null }],
    });
    expect(view.inAnswerTo).toHaveLength(120);
    expect(view.inAnswerTo?.endsWith("…")).toBe(true);
  });
});
