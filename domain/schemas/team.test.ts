import { describe, expect, it } from "vitest";
import { accessRequestSchema, caseTeamSchema, userGroupSchema } from "./team";

describe("team schemas", () => {
  it("reads a team as ids, each once", () => {
    const parsed = caseTeamSchema.parse({ restricted: true, memberIds: [3, "3", "5"], groupIds: [], version: "2" });
    expect(parsed).toEqual({ restricted: true, memberIds: [3, 5], groupIds: [], version: 2 });
  });

  it("refuses ids that are not record ids, with the field's own message", () => {
    const parsed = caseTeamSchema.safeParse({ restricted: true, memberIds: ["0x10"], groupIds: [], version: 1 });
    expect(parsed.success).toBe(false);
    expect(caseTeamSchema.safeParse({ restricted: "yes", memberIds: [], groupIds: [], version: 1 }).error?.issues[0]?.message).toBe(
      "Choose whether the case is restricted.",
    );
  });

  it("asks for a reason for access and a group name", () => {
    expect(accessRequestSchema.safeParse({ reason: "  " }).error?.issues[0]?.message).toMatch(/Say why you need access/);
    expect(userGroupSchema.safeParse({ name: "", memberIds: [] }).error?.issues[0]?.message).toBe("Name the group.");
  });
});
