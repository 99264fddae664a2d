import Bowser from "bowser";

/** "Firefox on Windows", from a User-Agent header, for a person to recognise their own sessions. */
export function browserName(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (!os) return browser || "Unknown browser";
  return `${browser || "Unknown browser"} on ${os}`;
}
