import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, users } from "../schema";
import { insertUser } from "./users";
import { createUserGroup } from "./user-groups";
import { insertCase } from "./case-writes";
import { findCaseById } from "./cases";
import { restrictCaseTo, setupDb } from "./test-fixtures";
import {
  countRestrictedCasesHiddenFrom,
  getCaseTeam,
  joinTeamAsAdmin,
  listTeamNames,
  listOpenAccessRequests,
  requestCaseAccess,
  resolveAccessRequest,
  restrictedCasesHiddenFrom,
  setCaseTeam,
} from "./case-team";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";

const NEW_CASE = {
  personName: "Secret Person",
  title: "Secret case",
  country: "Rwanda",
  summary: "",
  tags: [],
  priority: "medium" as const,
  status: "detained" as const,
  arrestDate: null,
  arrestPlace: "",
  placeHeld: "",
  charges: "",
  sentence: "",
  sentenceDate: null,
};

function setup() {
  const { db, campaigner, viewer, kase } = setupDb();
  const colleague = insertUser(db, null, { email: "d@example.org", name: "Dana", role: "campaigner", passwordHash: "x" });
  const admin = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  const carla = { id: campaigner.id, role: "campaigner" as const };
  const ada = { id: admin.id, role: "admin" as const };
  const reader = (userId: number) => ({ userId, seesConfidential: true });
  return { db, campaigner, viewer, kase, colleague, admin, carla, ada, reader };
}

function caseEvents(db: ReturnType<typeof setupDb>["db"], caseId: number) {
  return db.select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).all();
}

function onlyRequest<T>(requests: T[]): T {
  const [request] = requests;
  if (!request || requests.length !== 1) throw new Error(`expected one open request, found ${requests.length}`);
  return request;
}

describe("setCaseTeam", () => {
  it("restricts a case to its team, bumps its version and records before and after on its history", () => {
    const { db, kase, colleague, carla, campaigner, reader } = setup();
    const team = setCaseTeam(db, carla, kase.id, {
      restricted: true,
      memberIds: [campaigner.id, colleague.id],
      groupIds: [],
      version: kase.version,
    });
    expect(team.restricted).toBe(true);
    expect(team.members.map((m) => m.name)).toEqual(["Carla", "Dana"]);
    expect(team.version).toBe(kase.version + 1);
    const event = caseEvents(db, kase.id).find((e) => e.action === "team_changed");
    expect(JSON.parse(event?.details ?? "{}")).toEqual({
      restricted: [false, true],
      members: [[], ["Carla", "Dana"]],
    });
    expect(getCaseTeam(db, reader(colleague.id), kase.id).members).toHaveLength(2);
  });

  it("someone taken off the team loses the case on their next read", () => {
    const { db, kase, colleague, carla, campaigner, reader } = setup();
    const first = setCaseTeam(db, carla, kase.id, {
      restricted: true,
      memberIds: [campaigner.id, colleague.id],
      groupIds: [],
      version: kase.version,
    });
    expect(findCaseById(db, reader(colleague.id), kase.id)).not.toBeNull();
    setCaseTeam(db, carla, kase.id, { restricted: true, memberIds: [campaigner.id], groupIds: [], version: first.version });
    expect(findCaseById(db, reader(colleague.id), kase.id)).toBeNull();
    expect(findCaseById(db, reader(campaigner.id), kase.id)).not.toBeNull();
  });

  it("refuses a stale version with the current team", () => {
    const { db, kase, carla, campaigner } = setup();
    setCaseTeam(db, carla, kase.id, { restricted: false, memberIds: [campaigner.id], groupIds: [], version: kase.version });
    expect(() =>
      setCaseTeam(db, carla, kase.id, { restricted: true, memberIds: [campaigner.id], groupIds: [], version: kase.version }),
    ).toThrow(StaleVersionError);
  });

  it("refuses a restricted team that leaves out its editor, or is empty", () => {
    const { db, kase, carla, colleague } = setup();
    expect(() =>
      setCaseTeam(db, carla, kase.id, { restricted: true, memberIds: [colleague.id], groupIds: [], version: kase.version }),
    ).toThrow(/Put yourself on the team/);
    expect(() => setCaseTeam(db, carla, kase.id, { restricted: true, memberIds: [], groupIds: [], version: kase.version })).toThrow(
      DomainRuleError,
    );
    expect(getCaseTeam(db, { userId: colleague.id, seesConfidential: true }, kase.id).restricted).toBe(false);
  });

  it("takes only active users", () => {
    const { db, kase, carla, campaigner, colleague } = setup();
    db.update(users).set({ active: false }).where(eq(users.id, colleague.id)).run();
    expect(() =>
      setCaseTeam(db, carla, kase.id, { restricted: true, memberIds: [campaigner.id, colleague.id], groupIds: [], version: kase.version }),
    ).toThrow(/active users/);
  });

  it("is refused to a viewer, and a case a writer is not on the team of does not exist for them", () => {
    const { db, kase, campaigner, viewer, colleague } = setup();
    restrictCaseTo(db, kase.id, [campaigner.id, viewer.id], campaigner.id);
    const v = { id: viewer.id, role: "viewer" as const };
    expect(() => setCaseTeam(db, v, kase.id, { restricted: false, memberIds: [], groupIds: [], version: kase.version })).toThrow(
      DomainRuleError,
    );
    const dana = { id: colleague.id, role: "campaigner" as const };
    expect(() => setCaseTeam(db, dana, kase.id, { restricted: false, memberIds: [], groupIds: [], version: kase.version })).toThrow(
      NotFoundError,
    );
    expect(() => getCaseTeam(db, { userId: colleague.id, seesConfidential: true }, kase.id)).toThrow(NotFoundError);
  });
});

describe("listTeamNames", () => {
  it("names the members and the groups' members once each, by name, to a reader who can see the case", () => {
    const { db, kase, colleague, admin, carla, campaigner, viewer, reader } = setup();
    const desk = createUserGroup(db, admin.id, { name: "Great Lakes desk", memberIds: [viewer.id, colleague.id] });
    setCaseTeam(db, carla, kase.id, {
      restricted: true,
      memberIds: [campaigner.id, colleague.id],
      groupIds: [desk.id],
      version: kase.version,
    });
    const names = listTeamNames(db, reader(campaigner.id), kase.id);
    expect(names).toEqual(["Carla", "Dana", viewer.name].sort((a, b) => a.localeCompare(b)));
    expect(names).toHaveLength(3);
    expect(listTeamNames(db, reader(viewer.id), kase.id)).toEqual(names);
    // Off the team, the case does not exist: not even its team's names.
    expect(listTeamNames(db, reader(admin.id), kase.id)).toEqual([]);
  });
});

describe("an admin outside a restricted case's team", () => {
  it("sees only how many restricted cases they are not on, and their numbers", () => {
    const { db, kase, campaigner, admin, ada, reader } = setup();
    expect(countRestrictedCasesHiddenFrom(db, reader(admin.id))).toBe(0);
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    expect(countRestrictedCasesHiddenFrom(db, reader(admin.id))).toBe(1);
    expect(restrictedCasesHiddenFrom(db, reader(admin.id))).toEqual([{ id: kase.id, requestedAt: null }]);
    requestCaseAccess(db, ada, kase.id, "Covering the Iran desk this week");
    expect(restrictedCasesHiddenFrom(db, reader(admin.id))[0]?.requestedAt).toEqual(expect.any(String));
    expect(countRestrictedCasesHiddenFrom(db, reader(campaigner.id))).toBe(0);
  });

  it("adds themself to the team, and the case's history says so", () => {
    const { db, kase, campaigner, admin, ada, reader } = setup();
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    joinTeamAsAdmin(db, ada, kase.id);
    expect(getCaseTeam(db, reader(admin.id), kase.id).members.map((m) => m.name)).toEqual(["Ada", "Carla"]);
    expect(caseEvents(db, kase.id).some((e) => e.action === "admin_joined_team" && e.actorId === admin.id)).toBe(true);
    expect(() => joinTeamAsAdmin(db, ada, kase.id)).toThrow(/already on/);
  });

  it("asks for access once; the team grants it", () => {
    const { db, kase, campaigner, admin, ada, carla, reader } = setup();
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    requestCaseAccess(db, ada, kase.id, "  Covering for Dana  ");
    expect(() => requestCaseAccess(db, ada, kase.id, "")).toThrow(/already asked/);
    const request = onlyRequest(listOpenAccessRequests(db, reader(campaigner.id), kase.id));
    expect(request).toMatchObject({ name: "Ada", reason: "Covering for Dana" });
    expect(() => listOpenAccessRequests(db, reader(admin.id), kase.id)).toThrow(NotFoundError);
    resolveAccessRequest(db, carla, request.id, true);
    expect(listOpenAccessRequests(db, reader(admin.id), kase.id)).toEqual([]);
    expect(caseEvents(db, kase.id).some((e) => e.action === "access_granted")).toBe(true);
  });

  it("a declined request leaves them outside, and they may ask again", () => {
    const { db, kase, campaigner, admin, ada, carla, reader } = setup();
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    requestCaseAccess(db, ada, kase.id, "");
    const request = onlyRequest(listOpenAccessRequests(db, reader(campaigner.id), kase.id));
    resolveAccessRequest(db, carla, request.id, false);
    expect(countRestrictedCasesHiddenFrom(db, reader(admin.id))).toBe(1);
    requestCaseAccess(db, ada, kase.id, "");
  });

  it("cannot ask about a case that is not restricted", () => {
    const { db, kase, ada } = setup();
    expect(() => requestCaseAccess(db, ada, kase.id, "")).toThrow(NotFoundError);
  });
});

describe("creating a restricted case", () => {
  it("puts its creator on the team, so only they see it", () => {
    const { db, campaigner, colleague, reader } = setup();
    const kase = insertCase(db, campaigner.id, { ...NEW_CASE, restricted: true });
    expect(getCaseTeam(db, reader(campaigner.id), kase.id).members.map((m) => m.name)).toEqual(["Carla"]);
    expect(() => getCaseTeam(db, reader(colleague.id), kase.id)).toThrow(NotFoundError);
  });
});
