"use client";

import { createContext, useContext, useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/domain/action-result";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";

interface Props<A extends unknown[]> {
  action: (...args: A) => Promise<ActionResult<unknown>>;
  args: A;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** Asked first, with a second button to go ahead: for what cannot be undone. */
  confirm?: { question: string; yes: string };
  /** Names the form for assistive technology, e.g. "End the session of Firefox on Windows". */
  formLabel: string;
}

type Answer = { ok: boolean; message: string } | null;

const AnswerContext = createContext<((answer: Answer) => void) | null>(null);

/**
 * Shows the answers of the ActionButtons inside it in one place above them: a button in a
 * row that its own success removes (an ended session) would otherwise take its answer with it.
 */
export function SharedAnswer({ children }: { children: React.ReactNode }) {
  const [answer, setAnswer] = useState<Answer>(null);
  return (
    <AnswerContext.Provider value={setAnswer}>
      <div className="mb-3">
        {answer?.ok === false ? <FormError message={answer.message} /> : null}
        <FormSuccess message={answer?.ok ? answer.message : null} />
      </div>
      {children}
    </AnswerContext.Provider>
  );
}

/** A one-button form for an action that needs no fields, with its answer beside it. */
export function ActionButton<A extends unknown[]>({
  action,
  args,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
  formLabel,
}: Props<A>) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [ownAnswer, setOwnAnswer] = useState<Answer>(null);
  const shared = useContext(AnswerContext);
  const setAnswer = shared ?? setOwnAnswer;
  const answer = shared ? null : ownAnswer;

  async function run(event: React.FormEvent) {
    event.preventDefault();
    if (confirm && !asking) {
      setAsking(true);
      return;
    }
    setPending(true);
    const result = await action(...args);
    setPending(false);
    setAsking(false);
    setAnswer(result.ok ? { ok: true, message: result.message ?? "Done." } : { ok: false, message: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <form method="post" onSubmit={run} aria-label={formLabel} className="space-y-2">
      {answer?.ok === false ? <FormError message={answer.message} /> : null}
      <FormSuccess message={answer?.ok ? answer.message : null} />
      {asking && confirm ? <p className="text-sm font-medium text-slate-800">{confirm.question}</p> : null}
      <div className="flex gap-2">
        <Button type="submit" variant={asking ? "danger" : variant} disabled={pending}>
          {pending ? pendingLabel : asking && confirm ? confirm.yes : label}
        </Button>
        {asking ? (
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
