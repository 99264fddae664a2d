import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { cases, caseSources, sources, type Source } from "../schema";
import { removeSourceCitations } from "./citations";
import { normalizeUrl } from "../../domain/url";
import { DomainRuleError, DuplicateSourceUrlError, NotFoundError } from "../../domain/errors";
import type { AddSourceOutcome, SourceInput, UpdateSourceInput } from "../../domain/schemas/source";
import { assertCaseWritable } from "./case-writable";
import { isConfidentialRecord, teamReader, visible, type Reader } from "../visibility";
import { updateVersioned } from "./versioned-update";

// Sources are shared between cases: the same report often concerns several people.
// Every read is for a reader and shows what the visibility policy lets them see.
// A source and its changes are here; the lists of sources are in source-lists.ts.

export interface AddSourceResult {
  outcome: AddSourceOutcome;
  source: Source;
}

export function findSourceById(db: Db | Tx, reader: Reader, id: number): Source | null {
  return (
    db
      .select()
      .from(sources)
      .where(and(eq(sources.id, id), visible("source", "sources", reader)))
      .get() ?? null
  );
}

function isLinked(db: Db | Tx, caseId: number, sourceId: number): boolean {
  return !!db
    .select({ sourceId: caseSources.sourceId })
    .from(caseSources)
    .where(and(eq(caseSources.caseId, caseId), eq(caseSources.sourceId, sourceId)))
    .get();
}

/**
 * Records a source for a case. If a source with the same web address (in canonical form)
 * is already in Vigil, that source is linked to the case instead of creating a duplicate.
 * The source, its case link and the audit events are written in one transaction.
 */
export function addSourceToCase(db: Db, actorId: number, caseId: number, input: SourceInput, at?: string): AddSourceResult {
  return db.transaction((tx) => {
    assertCaseWritable(tx, caseId, actorId);
    const normalizedUrl = input.url ? normalizeUrl(input.url) : null;
    const timestamp = at ?? new Date().toISOString();

    // A source with this address that only restricted cases the actor is not on hold is not
    // theirs to see: this one is stored on its own (without the canonical address that
    // would make it the same source), so neither learns of the other.
    const existing = normalizedUrl ? tx.select().from(sources).where(eq(sources.normalizedUrl, normalizedUrl)).get() : undefined;
    const reuse = existing && findSourceById(tx, teamReader(actorId), existing.id) ? existing : undefined;
    if (reuse) {
      if (isLinked(tx, caseId, reuse.id)) return { outcome: "already_linked", source: reuse };
      tx.insert(caseSources).values({ caseId, sourceId: reuse.id, linkedBy: actorId, linkedAt: timestamp }).run();
      recordAudit(tx, {
        actorId,
        action: "link",
        entityType: "source",
        entityId: reuse.id,
        caseId,
        details: { title: reuse.title, reason: "same web address added again" },
        confidential: isConfidentialRecord(tx, "source", reuse.id),
      });
      return { outcome: "linked_existing", source: reuse };
    }

    const source = tx
      .insert(sources)
      .values({
        title: input.title,
        outlet: input.outlet,
        url: input.url,
        normalizedUrl: existing ? null : normalizedUrl,
        publishedOn: input.publishedOn,
        type: input.type,
        excerpt: input.excerpt,
        notes: input.notes,
        confidential: input.confidential,
        createdBy: actorId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .returning()
      .get();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "source",
      entityId: source.id,
      caseId,
      details: { title: source.title, url: source.url, type: source.type, confidential: source.confidential },
      confidential: isConfidentialRecord(tx, "source", source.id),
    });
    tx.insert(caseSources).values({ caseId, sourceId: source.id, linkedBy: actorId, linkedAt: timestamp }).run();
    recordAudit(tx, {
      actorId,
      action: "link",
      entityType: "source",
      entityId: source.id,
      caseId,
      details: { title: source.title },
      confidential: isConfidentialRecord(tx, "source", source.id),
    });
    return { outcome: "created", source };
  });
}

/**
 * Saves an edit made from `input.version`; refuses if someone saved in between, or if the
 * new address belongs to another source. One audit event per case the source is linked to,
 * so each case's history shows the change (e.g. a source newly marked confidential).
 */
export function updateSource(db: Db, actorId: number, id: number, input: UpdateSourceInput): Source {
  return db.transaction((tx) => {
    if (!findSourceById(tx, teamReader(actorId), id)) throw new NotFoundError("That source does not exist.");
    return updateVersioned(tx, sources, {
      actorId,
      id,
      version: input.version,
      entityType: "source",
      notFound: "That source does not exist.",
      current: (before) => before,
      change: (before) => {
        const normalizedUrl = input.url ? normalizeUrl(input.url) : null;
        if (normalizedUrl) {
          const clash = tx
            .select({ id: sources.id, title: sources.title })
            .from(sources)
            .where(eq(sources.normalizedUrl, normalizedUrl))
            .get();
          if (clash && clash.id !== id) {
            const known = findSourceById(tx, teamReader(actorId), clash.id);
            throw known ? new DuplicateSourceUrlError(clash.title) : new DomainRuleError("Another source already has this web address.");
          }
        }
        return {
          values: {
            title: input.title,
            outlet: input.outlet,
            url: input.url,
            normalizedUrl,
            publishedOn: input.publishedOn,
            type: input.type,
            excerpt: input.excerpt,
            notes: input.notes,
            confidential: input.confidential,
          },
          audit: () => {
            const linkedCases = tx.select({ caseId: caseSources.caseId }).from(caseSources).where(eq(caseSources.sourceId, id)).all();
            return {
              caseIds: linkedCases.length ? linkedCases.map((l) => l.caseId) : [null],
              confidential: before.confidential || isConfidentialRecord(tx, "source", id),
            };
          },
        };
      },
    });
  });
}

/** Links a source already in Vigil to a case; linking twice is harmless. */
export function linkSourceToCase(db: Db, actorId: number, caseId: number, sourceId: number): AddSourceOutcome {
  return db.transaction((tx) => {
    assertCaseWritable(tx, caseId, actorId);
    const source = findSourceById(tx, teamReader(actorId), sourceId);
    if (!source) throw new NotFoundError("That source does not exist.");
    if (isLinked(tx, caseId, sourceId)) return "already_linked";
    tx.insert(caseSources).values({ caseId, sourceId, linkedBy: actorId }).run();
    recordAudit(tx, {
      actorId,
      action: "link",
      entityType: "source",
      entityId: sourceId,
      caseId,
      details: { title: source.title },
      confidential: isConfidentialRecord(tx, "source", sourceId),
    });
    return "linked_existing";
  });
}

/**
 * Removes a source from a case, and its citations of the case's claims. The source itself
 * stays in Vigil (and on its other cases).
 */
export const LAST_LINK_OF_RESTRICTED_CASE =
  "This source is on no other case, and this case is restricted: unlinked, it would be visible to everyone. Link it to another case first, or keep it here.";

export function unlinkSourceFromCase(db: Db, actorId: number, caseId: number, sourceId: number): void {
  db.transaction((tx) => {
    assertCaseWritable(tx, caseId, actorId);
    const source = tx.select().from(sources).where(eq(sources.id, sourceId)).get();
    const removed = tx
      .delete(caseSources)
      .where(and(eq(caseSources.caseId, caseId), eq(caseSources.sourceId, sourceId)))
      .returning()
      .get();
    if (!source || !removed) throw new NotFoundError("That source is not linked to this case.");
    // A source linked to no case is visible to everyone, so the last link of a restricted
    // case's source stays: unlinking it would show the source to the whole organisation.
    const restricted = tx.select({ restricted: cases.restricted }).from(cases).where(eq(cases.id, caseId)).get()?.restricted;
    const stillLinked = tx.select({ caseId: caseSources.caseId }).from(caseSources).where(eq(caseSources.sourceId, sourceId)).get();
    if (restricted && !stillLinked) throw new DomainRuleError(LAST_LINK_OF_RESTRICTED_CASE);
    // A source no longer of the case supports none of its claims.
    const citationsRemoved = removeSourceCitations(tx, caseId, sourceId);
    recordAudit(tx, {
      actorId,
      action: "unlink",
      entityType: "source",
      entityId: sourceId,
      caseId,
      details: { title: source.title, linkedAt: removed.linkedAt, linkedBy: removed.linkedBy, citationsRemoved },
      confidential: isConfidentialRecord(tx, "source", sourceId),
    });
  });
}
