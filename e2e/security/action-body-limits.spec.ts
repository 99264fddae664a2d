import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInPage } from "../helpers";
import { serverActions, type ServerAction } from "./app-surface";

// Bodies React's decoder would choke on (a stack overflow answered with a 500 and a stack
// trace in the server's log) are refused by the proxy with a 400, or a 413 when too large,
// whether they come as text (a script's call) or as multipart form data (a form posted
// before scripts ran, or a script passing a FormData). Sent to the demo server: nothing
// here may change a record, and the matrix server's database digests stay undisturbed.

const wideList = JSON.stringify([Array.from({ length: 200_000 }, () => 0)]);
const deepLists = `[${"[".repeat(10_000)}${"]".repeat(10_000)}]`;
const deepObjects = `[${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}]`;
const SHAPES = { "a 200,000-item array": wideList, "10,000 nested arrays": deepLists, "10,000 nested objects": deepObjects };

function action(name: string): ServerAction {
  const found = serverActions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action named ${name} in the build`);
  return found;
}

function headers(request: { baseURL: string }, target: ServerAction, extra: Record<string, string> = {}) {
  return { origin: request.baseURL, accept: "text/x-component", "next-action": target.id, ...extra };
}

async function postText(request: APIRequestContext, baseURL: string, target: ServerAction, body: string) {
  return request.post(target.pagePath, {
    headers: headers({ baseURL }, target, { "content-type": "text/plain;charset=UTF-8" }),
    data: body,
    failOnStatusCode: false,
    maxRedirects: 0,
  });
}

/** Fields in the order given, as the browser sends them (the form's fields before the arguments that refer to them). */
function formData(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

async function postMultipart(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  fields: [string, string][],
  actionHeader?: ServerAction,
) {
  return request.post(path, {
    headers: actionHeader ? headers({ baseURL }, actionHeader) : { origin: baseURL },
    multipart: formData(fields),
    failOnStatusCode: false,
    maxRedirects: 0,
  });
}

test("wide or deep server-action bodies get a 400, as text and as multipart form data", async ({ request, browser, baseURL }) => {
  test.setTimeout(120_000);
  // Signed in as admin for a writer's action, so without the check the body would reach the decoder.
  const admin = await signedInPage(browser, "admin");
  const callers: Record<string, APIRequestContext> = { signInAction: request, createCaseAction: admin.request };
  const answers: string[] = [];
  for (const [name, request] of Object.entries(callers)) {
    const target = action(name);
    for (const [shape, body] of Object.entries(SHAPES)) {
      const asText = await postText(request, baseURL!, target, body);
      answers.push(`${name}, ${shape} as text: ${asText.status()}`);
      // A script's call that passes a FormData: the arguments are field "0".
      const fromScript = await postMultipart(request, baseURL!, target.pagePath, [["0", body]], target);
      answers.push(`${name}, ${shape} as multipart from a script: ${fromScript.status()}`);
      // A form posted before scripts ran: the action's bound arguments are "$ACTION_1:1".
      const fromForm = await postMultipart(request, baseURL!, target.pagePath, [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id: target.id, bound: "$@1" })],
        ["$ACTION_1:1", body],
        ["$ACTION_KEY", "k0"],
      ]);
      answers.push(`${name}, ${shape} as a form posted without scripts: ${fromForm.status()}`);
    }
  }
  expect(answers.filter((answer) => !answer.endsWith(": 400"))).toEqual([]);
  expect(answers).toHaveLength(Object.keys(callers).length * Object.keys(SHAPES).length * 3);
  await admin.context().close();
});

test("multipart parts the decoder cannot read get a 400, and bodies over 1 MB a 413", async ({ request, baseURL }) => {
  const target = action("signInAction");
  const notJson = await postMultipart(request, baseURL!, target.pagePath, [["0", "{not json"]], target);
  expect(notJson.status()).toBe(400);
  const missingPart = await postMultipart(request, baseURL!, target.pagePath, [["0", '[null,"$@1"]']], target);
  expect(missingPart.status()).toBe(400);

  const large = JSON.stringify([null, { email: "x".repeat(1_100_000), password: "x" }]);
  expect((await postText(request, baseURL!, target, large)).status()).toBe(413);
  expect((await postMultipart(request, baseURL!, target.pagePath, [["0", large]], target)).status()).toBe(413);
});

test("well-formed bodies of the same kinds still reach the action", async ({ request, baseURL }) => {
  const target = action("signInAction");
  const email = `limits-${Date.now()}@example.org`;
  const asText = await postText(request, baseURL!, target, JSON.stringify([null, { email, password: "wrong password" }]));
  expect(asText.status()).toBe(200);
  expect(await asText.text()).toContain("Email or password is incorrect.");

  const fromScript = await postMultipart(
    request,
    baseURL!,
    target.pagePath,
    [
      ["_1_email", email],
      ["_1_password", "wrong password"],
      ["0", '[null,"$K1"]'],
    ],
    target,
  );
  expect(fromScript.status()).toBe(200);
  expect(await fromScript.text()).toContain("Email or password is incorrect.");

  // The hidden fields the sign-in page draws into its form, as the browser would post them.
  const page = await (await request.get("/signin")).text();
  const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
    ([, name = "", value = ""]): [string, string] => [name, value.replaceAll("&quot;", '"')],
  );
  expect(hidden.map(([name]) => name)).toContain("$ACTION_KEY");
  const fromForm = await postMultipart(request, baseURL!, target.pagePath, [...hidden, ["email", email], ["password", "wrong password"]]);
  expect(fromForm.status()).toBe(200);
  expect(await fromForm.text()).toContain("Email or password is incorrect.");
});
