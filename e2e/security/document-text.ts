import { strFromU8, unzipSync } from "fflate";

// pdf.js needs Promise.withResolvers, which Node 20 lacks.
if (!("withResolvers" in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** The text of every page of a PDF, as pdf.js extracts it (what a reader copying from it gets). */
export async function pdfText(buffer: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.cleanup();
  return pages.join("\n");
}

/** The text of every XML part of a Word file (body, headers, footers, comments), tags removed. */
export function docxText(buffer: Buffer): string {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.entries(files)
    .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
    .map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, " "))
    .join("\n");
}
