import { describe, expect, it } from "vitest";
import { recordAudit } from "../audit";
import { listCaseAuditEvents } from "./audit";
import { SEES_CONFIDENTIAL, SEES_PUBLIC, setupDb } from "./test-fixtures";
import { at } from "../../domain/test-helpers";

describe("listCaseAuditEvents", () => {
  it("gives the newest events of a case up to the limit, and how many there are", () => {
    const { db, campaigner, kase } = setupDb(); // creating the case is its first event
    for (let i = 0; i < 4; i++)
      recordAudit(db, { actorId: campaigner.id, action: "export", entityType: "brief", caseId: kase.id, details: { i } });
    recordAudit(db, { actorId: campaigner.id, action: "update", entityType: "case", caseId: kase.id, details: {} });
    const { events, total } = listCaseAuditEvents(db, SEES_CONFIDENTIAL, kase.id, 3);
    expect(total).toBe(6);
    expect(events.map((e) => e.entityType)).toEqual(["case", "brief", "brief"]);
    expect(at(events, 1).details).toEqual({ i: 3 });
    // Events about records of an unknown kind are left out for those who may not see confidential items.
    expect(listCaseAuditEvents(db, SEES_PUBLIC, kase.id).total).toBe(2);
  });
});
