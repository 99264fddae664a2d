import { foldText } from "./fold-text";

// Lists, headers, file names and the diplomat's brief lead with the Latin-script name, so
// colleagues who do not read the person's own script can still tell whose case it is.

export const LATIN_NAME_ERROR = "Write the name in Latin letters here; the name in the person's own script goes below";

export function hasLatinLetter(name: string): boolean {
  return /\p{Script=Latin}/u.test(name);
}

/** "Latin (native)" for plain text (brief headers); pages use the PersonName component. */
export function nameWithNative(personName: string, nativeName?: string | null): string {
  const native = nativeName?.trim();
  return native && native !== personName ? `${personName} (${native})` : personName;
}

/** Aliases are typed as a comma-separated list and stored as a list of distinct names. */
export function splitAliases(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const raw of text.split(",")) {
    const alias = raw.trim();
    if (alias && !seen.has(foldText(alias))) {
      seen.add(foldText(alias));
      aliases.push(alias);
    }
  }
  return aliases;
}

export function parseAliases(raw: string): string[] {
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((a): a is string => typeof a === "string") : [];
  } catch {
    return [];
  }
}

/** Every name a case can be recognised by, folded, for spotting a case entered twice. */
export function caseNameKeys(c: { personName: string; nativeName: string; aliases: readonly string[] }): string[] {
  return [c.personName, c.nativeName, ...c.aliases].map(foldText).filter(Boolean);
}
