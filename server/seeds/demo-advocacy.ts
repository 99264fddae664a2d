import type { Db } from "../../db/client";
import { and, eq } from "drizzle-orm";
import { askStatusChanges, asks, caseNotes, caseSources, caseStatusChanges, citations, outcomes, people, sources } from "../../db/schema";
import type { ClaimKind } from "../../domain/citation-claims";

/**
 * The advocacy record of the reference case: the people involved, the reports of the
 * sentence and of August 2022, the ask put to the US Secretary of State before his Kigali visit, and
 * what came of it. Inserted directly so the seed does not depend on the UI's forms.
 */
export function seedDemoAdvocacy(db: Db, caseId: number, campaignerId: number): void {
  db.transaction((tx) => {
    const person = (values: typeof people.$inferInsert) => tx.insert(people).values(values).returning().get();
    const blinken = person({
      kind: "official",
      name: "Antony Blinken",
      office: "US Secretary of State",
      institution: "US Department of State",
      country: "United States",
      createdBy: campaignerId,
      createdAt: "2022-08-05T09:00:00.000Z",
    });
    person({
      kind: "official",
      name: "Paul Kagame",
      office: "President of Rwanda",
      institution: "Office of the President",
      country: "Rwanda",
      createdBy: campaignerId,
      createdAt: "2022-08-05T09:05:00.000Z",
    });
    person({
      kind: "organisation",
      name: "Human Rights Watch",
      office: "",
      institution: "Human Rights Watch",
      country: "International",
      notes: "Urged Blinken on 8 August 2022 to make clear that repression at home and abroad would have consequences.",
      createdBy: campaignerId,
      createdAt: "2022-08-05T09:10:00.000Z",
    });
    person({
      kind: "contact",
      name: "Family representative (name withheld)",
      office: "Family liaison",
      caseId,
      notes: "Reach through the campaign's secure channel only.",
      confidential: true,
      createdBy: campaignerId,
      createdAt: "2022-08-05T09:15:00.000Z",
    });

    const source = (values: typeof sources.$inferInsert) => {
      const row = tx.insert(sources).values(values).returning().get();
      tx.insert(caseSources).values({ caseId, sourceId: row.id, linkedBy: campaignerId, linkedAt: values.createdAt }).run();
      return row;
    };
    const courtReport = source({
      title: "Rwandan court sentences Paul Rusesabagina to 25 years on terrorism charges",
      outlet: "News report",
      publishedOn: "2021-09-20",
      type: "news_report",
      excerpt:
        "A court in Kigali handed down a 25-year prison term on terrorism charges to the former hotel manager, " +
        "detained since he landed in Kigali in August 2020 on a flight he believed was going to Burundi.",
      notes: "Outlet and address not recorded.",
      createdBy: campaignerId,
      createdAt: "2021-09-20T18:00:00.000Z",
    });
    source({
      title: "Human Rights Watch urges Blinken to press Rwanda on repression",
      outlet: "Human Rights Watch",
      publishedOn: "2022-08-08",
      type: "ngo_statement",
      excerpt: "Blinken should make clear that Rwanda's repression at home and abroad will have consequences.",
      createdBy: campaignerId,
      createdAt: "2022-08-08T12:00:00.000Z",
    });
    const newsReport = source({
      title: "Blinken arrives in Rwanda for talks with Kagame at the end of an Africa tour",
      outlet: "News agency report",
      publishedOn: "2022-08-11",
      type: "news_report",
      excerpt:
        "Blinken reached Kigali late on 10 August from Kinshasa, the last stop of a three-country trip, " +
        "for talks with President Kagame; campaigners pressed him to seek Rusesabagina's release. " +
        "In the DRC he had said the US was very concerned by credible reports of Rwandan support for M23.",
      notes: "Outlet and address not recorded; the report was shared as a clipping.",
      createdBy: campaignerId,
      createdAt: "2022-08-11T08:00:00.000Z",
    });
    tx.insert(caseNotes)
      .values({
        caseId,
        body: "Family asked that their contact details never appear in briefs shared outside the team.",
        confidential: true,
        createdBy: campaignerId,
        createdAt: "2022-08-06T10:00:00.000Z",
      })
      .run();

    const ask = tx
      .insert(asks)
      .values({
        caseId,
        officialId: blinken.id,
        officeAtTime: blinken.office,
        text: "Raise Paul Rusesabagina's release with President Kagame during the Kigali visit.",
        channel: "letter",
        madeOn: "2022-08-09",
        ownerId: campaignerId,
        followUpOn: "2022-08-15",
        status: "fulfilled",
        createdBy: campaignerId,
        createdAt: "2022-08-08T15:00:00.000Z",
        updatedAt: "2023-03-25T11:00:00.000Z",
      })
      .returning()
      .get();
    const moves: [string | null, string, string, string][] = [
      [null, "planned", "2022-08-08T15:00:00.000Z", "Drafted ahead of the Secretary's Africa trip."],
      ["planned", "made", "2022-08-09T10:00:00.000Z", "Letter delivered to the Secretary's office."],
      ["made", "committed", "2022-08-11T09:00:00.000Z", "Blinken said publicly that he would raise the case with Kagame."],
      ["committed", "fulfilled", "2023-03-25T11:00:00.000Z", "Released after his sentence was commuted."],
    ];
    const moveIds = moves.map(
      ([fromStatus, toStatus, changedAt, note]) =>
        tx
          .insert(askStatusChanges)
          .values({ askId: ask.id, fromStatus, toStatus, changedAt, occurredOn: changedAt.slice(0, 10), note, changedBy: campaignerId })
          .returning({ id: askStatusChanges.id })
          .get().id,
    );

    const statement = tx
      .insert(outcomes)
      .values({
        caseId,
        askId: ask.id,
        type: "public_statement",
        occurredOn: "2022-08-11",
        description: "Blinken said publicly that he would raise concerns about Rusesabagina's detention with President Kagame.",
        createdBy: campaignerId,
        createdAt: "2022-08-11T09:00:00.000Z",
      })
      .returning()
      .get();
    // What each source supports: the court report the facts of the detention and the
    // sentence, the news report the ask and Blinken's answer. The HRW statement backs no
    // single claim, so the brief lists it among the other sources.
    const sentencing = tx
      .select({ id: caseStatusChanges.id })
      .from(caseStatusChanges)
      .where(and(eq(caseStatusChanges.caseId, caseId), eq(caseStatusChanges.toStatus, "sentenced")))
      .get();
    const cite = (claim: ClaimKind, subjectId: number, sourceId: number) => ({
      caseId,
      claim,
      subjectId,
      sourceId,
      linkedBy: campaignerId,
    });
    tx.insert(citations)
      .values([
        cite("summary", caseId, courtReport.id),
        cite("summary", caseId, newsReport.id),
        ...(["arrest", "place_held", "charges", "sentence"] as const).map((claim) => cite(claim, caseId, courtReport.id)),
        ...(sentencing ? [cite("status_change", sentencing.id, courtReport.id)] : []),
        cite("ask", ask.id, newsReport.id),
        ...(moveIds[2] ? [cite("ask_move", moveIds[2], newsReport.id)] : []),
        cite("outcome", statement.id, newsReport.id),
      ])
      .run();
    tx.insert(outcomes)
      .values({
        caseId,
        askId: ask.id,
        type: "release",
        occurredOn: "2023-03-24",
        description: "Sentence commuted; Rusesabagina released and returned to the United States.",
        createdBy: campaignerId,
        createdAt: "2023-03-25T10:00:00.000Z",
      })
      .run();
  });
}
