import http from "node:http";
import { serverActions } from "./security/app-surface";

const DEMO_PORT = Number(process.env.VIGIL_E2E_PORT) || 3100;

// Requests to the demo server sent from another loopback address (127.0.0.0/8 is all this
// machine), so a test can be a client of its own for the per-address sign-in lock
// without locking out the browser tests, which all come from 127.0.0.1.

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function requestFrom(
  localAddress: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = "",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: DEMO_PORT, localAddress, method, path, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A loopback address no other test uses. */
export function loopbackAddress(): string {
  const byte = () => 2 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}

/** Posts the sign-in form's server action, as the browser does; the reply carries its message. */
export function signInActionFrom(localAddress: string, email: string, password: string, headers: Record<string, string> = {}) {
  const action = serverActions().find((a) => a.name === "signInAction")!;
  return requestFrom(
    localAddress,
    "POST",
    action.pagePath,
    { ...headers, "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    // A form action (useActionState): the previous state, then the form's fields.
    JSON.stringify([null, { email, password }]),
  );
}

/** Signs in through Auth.js's own endpoint (what a script would call), with its CSRF token. */
export async function credentialsCallbackFrom(localAddress: string, email: string, password: string): Promise<Reply> {
  const csrf = await requestFrom(localAddress, "GET", "/api/auth/csrf");
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ email, password, csrfToken: JSON.parse(csrf.body).csrfToken, callbackUrl: "/" });
  return requestFrom(
    localAddress,
    "POST",
    "/api/auth/callback/credentials",
    { cookie, "content-type": "application/x-www-form-urlencoded" },
    form.toString(),
  );
}
