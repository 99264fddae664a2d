"use client";

import { useEffect, useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { ASK_STATUSES, ASK_STATUS_LABELS, type AskStatus } from "@/domain/ask-status";
import type { AskMonth, CaseStatusCount } from "@/domain/dashboard-charts";

// Each ask status has a colour AND a pattern, so the stacks can be told apart without
// colour; the legend shows the same swatches and every chart has a data table.
const ASK_STYLE: Record<
  AskStatus,
  { color: string; pattern: "solid" | "diagonal" | "dots" | "cross" | "horizontal" | "vertical" | "back-diagonal" }
> = {
  planned: { color: "#64748b", pattern: "dots" },
  made: { color: "#1d4ed8", pattern: "solid" },
  acknowledged: { color: "#0e7490", pattern: "diagonal" },
  committed: { color: "#7c3aed", pattern: "horizontal" },
  fulfilled: { color: "#15803d", pattern: "cross" },
  declined: { color: "#b91c1c", pattern: "back-diagonal" },
  no_response: { color: "#b45309", pattern: "vertical" },
};

function PatternDef({ id, status }: { id: string; status: AskStatus }) {
  const { color, pattern } = ASK_STYLE[status];
  const line = { stroke: "#ffffff", strokeWidth: 2 };
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={color} />
      {pattern === "diagonal" ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} /> : null}
      {pattern === "back-diagonal" ? <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} /> : null}
      {pattern === "horizontal" ? <path d="M0,4 h8" {...line} /> : null}
      {pattern === "vertical" ? <path d="M4,0 v8" {...line} /> : null}
      {pattern === "cross" ? <path d="M0,4 h8 M4,0 v8" {...line} strokeWidth={1.5} /> : null}
      {pattern === "dots" ? <circle cx="4" cy="4" r="1.8" fill="#ffffff" /> : null}
    </pattern>
  );
}

function patternId(prefix: string, status: AskStatus) {
  return `${prefix}-ask-${status}`;
}

/**
 * Charts are drawn in the browser only: recharts does nothing useful on the server (it
 * measures its container first) but running it there was a large part of the dashboard's
 * server time. The server sends an empty box of the chart's height and the data table.
 */
function useMounted() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

function useTableToggle() {
  const [shown, setShown] = useState(false);
  const id = useId();
  const button = (
    <button
      type="button"
      aria-expanded={shown}
      aria-controls={id}
      onClick={() => setShown((v) => !v)}
      className="rounded border border-slate-300 px-2 py-1 text-sm text-brand-700 hover:bg-slate-50 focus:outline-2 focus:outline-brand-600"
    >
      {shown ? "Hide table" : "Show as table"}
    </button>
  );
  // Hidden visually only: screen readers always reach the table.
  const tableClass = shown ? "count-table mt-4 w-full text-sm" : "count-table sr-only";
  return { button, id, tableClass };
}

export function CaseStatusChart({ data }: { data: CaseStatusCount[] }) {
  const mounted = useMounted();
  const { button, id, tableClass } = useTableToggle();
  const total = data.reduce((n, d) => n + d.count, 0);
  const summary = `Bar chart of ${total} ${total === 1 ? "case" : "cases"} by current status, archived cases excluded: ${data
    .map((d) => `${d.label} ${d.count}`)
    .join(", ")}.`;
  return (
    <div>
      <div className="mb-2 flex justify-end">{button}</div>
      {mounted ? (
        <BarChart
          responsive
          style={{ width: "100%", height: 260 }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 32, bottom: 4, left: 8 }}
          accessibilityLayer={false}
          role="img"
          aria-label={summary}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={80} tick={{ fill: "#334155", fontSize: 12 }} />
          <Bar dataKey="count" name="Cases" fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="count" position="right" fill="#0f172a" fontSize={12} />
          </Bar>
        </BarChart>
      ) : (
        <div style={{ height: 260 }} />
      )}
      <table id={id} className={tableClass}>
        <caption className="sr-only">Cases by status (archived cases excluded)</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Cases</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.status}>
              <th scope="row">{d.label}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="font-semibold">{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function AsksPerMonthChart({ data }: { data: AskMonth[] }) {
  const mounted = useMounted();
  const { button, id, tableClass } = useTableToggle();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const total = data.reduce((n, d) => n + d.total, 0);
  const present = ASK_STATUSES.filter((s) => data.some((d) => d[s] > 0));
  const shownStatuses = present.length > 0 ? present : (["made"] as AskStatus[]);
  const first = data[0];
  const last = data.at(-1);
  const busiest = data.reduce<AskMonth | undefined>((best, d) => (!best || d.total > best.total ? d : best), undefined);
  const summary =
    !first || !last || !busiest
      ? "Stacked bar chart of asks made per month: no months to show."
      : total === 0
        ? `Stacked bar chart of asks made per month from ${first.label} to ${last.label}: no asks were made.`
        : `Stacked bar chart of ${total} ${total === 1 ? "ask" : "asks"} made per month from ${first.label} to ${
            last.label
          }, split by current status: ${present
            .map((s) => `${ASK_STATUS_LABELS[s]} ${data.reduce((n, d) => n + d[s], 0)}`)
            .join(", ")}. Most in ${busiest.label} (${busiest.total}).`;
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {shownStatuses.map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true">
                <defs>
                  <PatternDef id={patternId(`${prefix}legend`, s)} status={s} />
                </defs>
                <rect width="14" height="14" fill={`url(#${patternId(`${prefix}legend`, s)})`} stroke="#0f172a" strokeWidth="1" />
              </svg>
              {ASK_STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
        {button}
      </div>
      {mounted ? (
        <BarChart
          responsive
          style={{ width: "100%", height: 280 }}
          data={data}
          margin={{ top: 16, right: 8, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          role="img"
          aria-label={summary}
        >
          <defs>
            {ASK_STATUSES.map((s) => (
              <PatternDef key={s} id={patternId(prefix, s)} status={s} />
            ))}
          </defs>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 11 }} interval={0} angle={-40} textAnchor="end" height={56} />
          <YAxis allowDecimals={false} width={32} tick={{ fill: "#334155", fontSize: 12 }} />
          {/* Tooltip lines in the same order as the stack, top segment first. */}
          <Tooltip itemSorter={(item) => -ASK_STATUSES.indexOf(item.dataKey as AskStatus)} />
          {shownStatuses.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={ASK_STATUS_LABELS[s]}
              stackId="asks"
              fill={`url(#${patternId(prefix, s)})`}
              stroke="#0f172a"
              strokeWidth={0.5}
              isAnimationActive={false}
            >
              {/* The month's total sits above its topmost non-empty segment. */}
              <LabelList
                dataKey="total"
                content={(props) => {
                  const { x, y, width, index } = props;
                  const month = typeof index === "number" ? data[index] : undefined;
                  if (!month || month.total === 0) return null;
                  const top = [...shownStatuses].reverse().find((t) => month[t] > 0);
                  if (top !== s) return null;
                  return (
                    <text x={Number(x) + Number(width) / 2} y={Number(y) - 4} textAnchor="middle" fill="#0f172a" fontSize={11}>
                      {month.total}
                    </text>
                  );
                }}
              />
            </Bar>
          ))}
        </BarChart>
      ) : (
        <div style={{ height: 280 }} />
      )}
      <div className="overflow-x-auto">
        <table id={id} className={tableClass}>
          <caption className="sr-only">Asks made per month by current status, last 12 months</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {ASK_STATUSES.map((s) => (
                <th key={s} scope="col">
                  {ASK_STATUS_LABELS[s]}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}>
                <th scope="row">{d.label}</th>
                {ASK_STATUSES.map((s) => (
                  <td key={s}>{d[s]}</td>
                ))}
                <td className="font-semibold">{d.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
