import { sqliteTable, text, integer, index, primaryKey } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { cases } from "./cases";
import { users } from "./users";

/**
 * Named groups of users an admin manages ("Iran team", "Legal"), so a restricted case's
 * team can name a group instead of each of its people.
 */
export const userGroups = sqliteTable("user_groups", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: text("created_at").notNull().default(now),
  version: integer("version").notNull().default(1),
});

export const userGroupMembers = sqliteTable(
  "user_group_members",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => userGroups.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  // The visibility rule looks a reader up by (user, group).
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index("user_group_members_user_idx").on(t.userId, t.groupId)],
);

/** The people on a restricted case's team. Rows stay when a case is unrestricted, so restricting it again keeps its team. */
export const caseTeamMembers = sqliteTable(
  "case_team_members",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    addedBy: integer("added_by")
      .notNull()
      .references(() => users.id),
    addedAt: text("added_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("case_team_members_user_idx").on(t.userId, t.caseId)],
);

/** Groups on a restricted case's team: everyone in the group is on the team. */
export const caseTeamGroups = sqliteTable(
  "case_team_groups",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    groupId: integer("group_id")
      .notNull()
      .references(() => userGroups.id),
    addedBy: integer("added_by")
      .notNull()
      .references(() => users.id),
    addedAt: text("added_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.groupId] }), index("case_team_groups_group_idx").on(t.groupId, t.caseId)],
);

/** An admin outside a restricted case's team asking its team to add them; shown to the team on the case page. */
export const caseAccessRequests = sqliteTable(
  "case_access_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull().default(""),
    requestedAt: text("requested_at").notNull().default(now),
    /** Set when someone on the team adds the requester or declines; open requests have none. */
    resolvedAt: text("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
  },
  (t) => [index("case_access_requests_case_idx").on(t.caseId, t.resolvedAt)],
);
