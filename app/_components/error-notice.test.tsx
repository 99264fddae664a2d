import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ErrorNotice } from "./error-notice";

describe("the error page", () => {
  it("gives the server log's reference and a way on, and nothing of the error itself", () => {
    const html = renderToStaticMarkup(<ErrorNotice digest="2718281828" retry={() => {}} />);
    expect(html).toContain("Something went wrong");
    expect(html).toContain("2718281828");
    expect(html).toContain("Try again");
    expect(html).not.toMatch(/at \w+ \(|Error:/);
  });

  it("reads well without a reference", () => {
    expect(renderToStaticMarkup(<ErrorNotice retry={() => {}} />)).not.toContain("Reference");
  });
});
