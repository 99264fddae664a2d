import { hash } from "@node-rs/argon2";
import type Database from "better-sqlite3";
import type { ServerAction } from "./app-surface";
import type { ActionAnswer, FormFile } from "./action-request";
import { DEMO_PASSWORD } from "./identities";
import { restrictCase } from "./team-records";
import {
  anOfficialId,
  insertAsk,
  insertCampaigner,
  insertCase,
  insertOfficial,
  insertNotification,
  insertSessionRow,
  insertSource,
  unique,
  userIdByEmail,
} from "./matrix-records";
import { allowedNextAskStatuses, type AskStatus } from "../../domain/ask-status";
import { allowedNextStatuses, type CaseStatus } from "../../domain/case-status";
import { caseToFormValues } from "../../domain/schemas/case";
import { giveTwoFactor, removeTwoFactor } from "../two-factor-records";

/**
 * Arguments for each server action that succeed for a caller allowed to use it, so a
 * missing role check shows up as a changed database instead of hiding behind a
 * validation error. Each builder arranges the records its action needs and names them.
 */
export interface ActionSample {
  /** The argument list, as the action's form sends it. */
  args: unknown[];
  /** For an action whose last argument is a FormData: that form's fields, sent after `args`. */
  form?: Record<string, string | FormFile>;
  /** How the action answers a success, when not with `{ ok: true }` or a redirect. */
  succeeded?: (answer: ActionAnswer) => boolean;
}

type SampleBuilder = (db: Database.Database) => ActionSample | Promise<ActionSample>;

const NEW_PASSWORD = "a passphrase only the matrix uses";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const SAMPLES: Record<string, SampleBuilder> = {
  createCaseAction: () => ({
    args: [
      {
        personName: `Matrix Probe ${unique()}`,
        title: "Written by a caller allowed to write",
        country: "RW",
        priority: "low",
        status: "detained",
      },
    ],
  }),
  updateCaseAction: (db) => {
    const found = insertCase(db);
    return { args: [found.id, { ...caseToFormValues(found), title: "Edited by a caller allowed to write" }] };
  },
  changeCaseStatusAction: (db) => {
    const found = insertCase(db);
    return {
      args: [
        found.id,
        {
          toStatus: allowedNextStatuses(found.status as CaseStatus)[0],
          occurredOn: new Date().toISOString().slice(0, 10),
          note: "Moved by a caller allowed to write",
        },
      ],
    };
  },
  archiveCaseAction: (db) => ({ args: [insertCase(db).id] }),
  restoreCaseAction: (db) => ({ args: [insertCase(db, { archived: true }).id] }),
  deleteCaseAction: (db) => {
    const archived = insertCase(db, { archived: true });
    return { args: [archived.id, { confirmName: archived.personName }] };
  },

  createAskAction: (db) => ({
    args: [
      insertCase(db).id,
      {
        officialId: String(anOfficialId(db)),
        text: "Asked by a caller allowed to write",
        channel: "letter",
        madeOn: today(),
        ownerId: String(userIdByEmail(db, "campaigner@example.org")),
        status: "made",
      },
    ],
  }),
  updateAskAction: (db) => {
    const ask = insertAsk(db, insertCase(db).id);
    return {
      args: [
        ask.id,
        {
          text: "Edited by a caller allowed to write",
          channel: ask.channel,
          madeOn: ask.madeOn ?? "",
          ownerId: String(ask.ownerId),
          followUpOn: ask.followUpOn ?? "",
          officeAtTime: ask.officeAtTime,
          version: ask.version,
        },
      ],
    };
  },
  changeAskStatusAction: (db) => {
    const ask = insertAsk(db, insertCase(db).id);
    return {
      args: [
        ask.id,
        {
          toStatus: allowedNextAskStatuses(ask.status as AskStatus)[0],
          occurredOn: new Date().toISOString().slice(0, 10),
          note: "Moved by a caller allowed to write",
        },
      ],
    };
  },
  createOutcomeAction: (db) => ({
    args: [insertCase(db).id, { type: "public_statement", occurredOn: today(), description: "Recorded by a caller allowed to write" }],
  }),

  addSourceAction: (db) => ({
    args: [
      insertCase(db).id,
      { title: "Added by a caller allowed to write", url: `https://example.org/matrix/${unique()}`, type: "news_report" },
    ],
  }),
  linkSourceAction: (db) => ({ args: [insertCase(db).id, { sourceId: insertSource(db).id }] }),
  unlinkSourceAction: (db) => {
    const found = insertCase(db);
    // Also on another case: the last link of a restricted case's source is kept, and the
    // need-to-know check restricts this case.
    return { args: [found.id, insertSource(db, { linkedTo: [found.id, insertCase(db).id] }).id] };
  },
  citeSourcesAction: (db) => {
    const found = insertCase(db);
    return { args: [found.id, { claim: "arrest", subjectId: found.id, sourceIds: [insertSource(db, { linkedTo: found.id }).id] }] };
  },
  updateSourceAction: (db) => {
    const source = insertSource(db);
    return {
      args: [
        source.id,
        {
          title: "Edited by a caller allowed to write",
          outlet: source.outlet,
          url: source.url ?? "",
          publishedOn: source.publishedOn ?? "",
          type: source.type,
          excerpt: source.excerpt,
          notes: source.notes,
          confidential: source.confidential,
          version: source.version,
        },
      ],
    };
  },

  createPersonAction: () => ({ args: [{ kind: "official", name: `Matrix Official ${unique()}` }] }),
  updatePersonAction: (db) => {
    const person = insertOfficial(db);
    return {
      args: [
        person.id,
        {
          kind: person.kind,
          name: "Edited by a caller allowed to write",
          office: person.office,
          institution: person.institution,
          country: person.country,
          notes: person.notes,
          caseId: person.caseId === null ? "" : String(person.caseId),
          confidential: person.confidential,
          version: person.version,
        },
      ],
    };
  },

  // Restricted to the campaigner and the admin, so each stays able to see it.
  setCaseTeamAction: (db) => {
    const found = insertCase(db);
    const team = [userIdByEmail(db, "campaigner@example.org"), userIdByEmail(db, "admin@example.org")];
    return { args: [found.id, { restricted: true, memberIds: team, groupIds: [], version: found.version }] };
  },
  resolveAccessRequestAction: (db) => {
    const found = insertCase(db);
    const { id } = db
      .prepare("INSERT INTO case_access_requests (case_id, user_id, reason) VALUES (?, ?, 'Asked by the matrix') RETURNING id")
      .get(found.id, insertCampaigner(db).id) as { id: number };
    return { args: [id, true] };
  },
  // An admin asks for (or joins) a restricted case they are not on the team of.
  requestCaseAccessAction: (db) => {
    const found = insertCase(db);
    restrictCase(db, found.id, [userIdByEmail(db, "campaigner@example.org")], userIdByEmail(db, "campaigner@example.org"));
    return { args: [found.id, { reason: "Asked by a caller allowed to ask" }] };
  },
  joinTeamAsAdminAction: (db) => {
    const found = insertCase(db);
    restrictCase(db, found.id, [userIdByEmail(db, "campaigner@example.org")], userIdByEmail(db, "campaigner@example.org"));
    return { args: [found.id] };
  },
  createUserGroupAction: () => ({ args: [{ name: `Matrix Group ${unique()}`, memberIds: [] }] }),
  updateUserGroupAction: (db) => {
    const { id } = db
      .prepare("INSERT INTO user_groups (name, created_by) VALUES (?, ?) RETURNING id")
      .get(`Matrix Group ${unique()}`, userIdByEmail(db, "admin@example.org")) as { id: number };
    return { args: [id, { name: `Matrix Group renamed ${unique()}`, memberIds: [userIdByEmail(db, "viewer@example.org")], version: 1 }] };
  },

  caseImportAction: () => ({
    args: [{ token: 0 }],
    form: {
      intent: "import",
      file: {
        name: "matrix.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          `personName,title,country,status,priority\nMatrix Import ${unique()},Imported by a caller allowed to write,Rwanda,detained,low\n`,
        ),
      },
    },
    // The import answers with the page's next state, not { ok: true }.
    succeeded: (answer) => /"done":\{"created":[1-9]/.test(answer.body),
  }),

  createUserAction: () => ({
    args: [
      {
        name: "Matrix Account",
        email: `matrix-new-${unique()}@example.org`,
        role: "viewer",
        password: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      },
    ],
  }),
  changeUserRoleAction: (db) => {
    const account = insertCampaigner(db);
    return { args: [account.id, { role: account.role === "viewer" ? "campaigner" : "viewer" }] };
  },
  setUserActiveAction: (db) => {
    const account = insertCampaigner(db);
    return { args: [account.id, !account.active] };
  },
  resetUserPasswordAction: (db) => ({ args: [insertCampaigner(db).id, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }] }),

  // The viewer is the first caller allowed to change their own password. Its password is
  // set to another one first, and the change sets the demo password back: so every demo
  // account keeps the password the matrix signs in with, and the campaigner's and admin's
  // calls after it (whose current password is the demo one) are refused as a wrong password.
  changeOwnPasswordAction: async (db) => {
    db.prepare("UPDATE users SET password_hash = ? WHERE email = 'viewer@example.org'").run(await hash(NEW_PASSWORD));
    return { args: [{ currentPassword: NEW_PASSWORD, password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD }] };
  },

  // The viewer is the first caller allowed to manage their own second factor: each sample
  // arranges the viewer's records, and the campaigner's and admin's calls after it, with
  // the viewer's code, are refused as a wrong code.
  startTwoFactorAction: (db) => {
    removeTwoFactor(db, userIdByEmail(db, "viewer@example.org"));
    return { args: [{ start: "authenticator" }] };
  },
  confirmTwoFactorAction: (db) => {
    const viewer = giveTwoFactor(db, userIdByEmail(db, "viewer@example.org"), { confirmed: false });
    return { args: [{ code: viewer.codeNow() }] };
  },
  turnOffTwoFactorAction: (db) => {
    const viewer = giveTwoFactor(db, userIdByEmail(db, "viewer@example.org"));
    return { args: [{ password: DEMO_PASSWORD, code: viewer.recoveryCode }] };
  },
  resetUserTwoFactorAction: (db) => {
    const id = insertCampaigner(db).id;
    giveTwoFactor(db, id);
    return { args: [id] };
  },
  // Requiring it of no role: requiring it of a role would send the matrix's callers of that
  // role to set it up, and refuse the rest of their calls.
  requireTwoFactorAction: () => ({ args: [{ roles: [] }] }),

  // The viewer, first allowed, ends a session of theirs in another browser; the others'
  // calls name the viewer's session and end nothing, or end their own other sessions.
  endSessionAction: (db) => ({ args: [{ sessionId: insertSessionRow(db, userIdByEmail(db, "viewer@example.org")) }] }),
  endOtherSessionsAction: (db) => {
    insertSessionRow(db, userIdByEmail(db, "viewer@example.org"));
    return { args: [{ end: "others" }] };
  },
  // New-browser sign-ins the viewer has not set aside yet.
  dismissSignInNoticesAction: (db) => {
    insertSessionRow(db, userIdByEmail(db, "viewer@example.org"));
    return { args: [{ dismiss: "sign-in-notices" }] };
  },
  // Watching is open to every reader of a case: the viewer, first allowed, starts watching.
  watchCaseAction: (db) => ({ args: [insertCase(db).id, { watching: true }] }),
  reassignCaseAction: (db) => {
    const found = insertCase(db);
    return { args: [found.id, { ownerId: insertCampaigner(db).id, version: found.version }] };
  },
  // Notices of the viewer's: the others' calls name a notice that is not theirs, or have none unread.
  markNotificationReadAction: (db) => ({ args: [insertNotification(db, userIdByEmail(db, "viewer@example.org"))] }),
  markAllNotificationsReadAction: (db) => {
    insertNotification(db, userIdByEmail(db, "viewer@example.org"));
    return { args: [{ mark: "all-read" }] };
  },
  endUserSessionsAction: (db) => {
    const id = insertCampaigner(db).id;
    insertSessionRow(db, id);
    return { args: [id] };
  },
};

/** Actions that change no record for any caller on the matrix workspace, and why. */
export const NO_DATABASE_CHANGE: Record<string, string> = {
  signInAction:
    "open to anyone and refused by the password, not the caller: a wrong password is refused for every caller, the right one signs a new client in; it writes only to the sign-in logs",
  secondFactorAction:
    "open to anyone and refused by the code and the browser's waiting sign-in, not the caller: no caller's browser has a sign-in waiting for a code, so every one is refused; e2e/account-security.spec.ts signs in through it",
  createFirstAdminAction:
    "only an empty workspace may create its first admin, so on the seeded matrix workspace every caller is refused, with arguments the setup form's schema accepts",
};

/** Actions the matrix checks by a rule of their own (action-checks.ts), not with sample arguments. */
export const CHECKED_APART = new Set([
  ...Object.keys(NO_DATABASE_CHANGE),
  "signOutAction",
  "endEveryonesSessionsAction",
  "setLockdownAction",
]);

/** The arguments for `action`, arranging the records they name; undefined if it has none. */
export async function sampleFor(action: ServerAction, db: Database.Database): Promise<ActionSample | undefined> {
  const build = SAMPLES[action.name];
  return build ? await build(db) : undefined;
}

/** Actions with neither sample arguments nor a rule of their own: each must get one. */
export function actionsWithoutSamples(actions: ServerAction[]): string[] {
  return actions.filter((a) => !(a.name in SAMPLES) && !CHECKED_APART.has(a.name)).map((a) => `${a.name} (${a.file})`);
}
