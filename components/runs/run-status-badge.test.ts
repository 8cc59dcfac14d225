import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { RunStatusBadge } from "@/components/runs/run-status-badge";

const label = (props: Parameters<typeof RunStatusBadge>[0]) => renderToStaticMarkup(createElement(RunStatusBadge, props));

test.each([
  [{ status: "QUEUED", attempts: 0 }, "Queued"],
  [{ status: "QUEUED", attempts: 2 }, "Retrying"],
  [{ status: "QUEUED", attempts: 0, waitingFor: "Customer.io" }, "Waiting for Customer.io"],
  [{ status: "QUEUED", attempts: 3, waitingFor: "Customer.io" }, "Waiting for Customer.io"],
  [{ status: "SUCCEEDED", attempts: 1, waitingFor: "Customer.io" }, "Succeeded"],
  [{ status: "RUNNING", attempts: 2 }, "Running"],
  [{ status: "FAILED", attempts: 9 }, "Failed"],
] as const)("%o reads %s", (props, text) => {
  expect(label(props)).toContain(`>${text}<`);
});
