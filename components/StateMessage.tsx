import type { ComponentChildren } from 'preact';

/** A plain-words panel for a state that is not a report: what happened, and what to do. */
export function StateMessage({
  state,
  title,
  children,
  actions,
}: {
  state: string;
  title: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <section
      class="state-message"
      aria-labelledby="state-title"
      data-testid="report-state"
      data-state={state}
    >
      <h2 id="state-title">{title}</h2>
      {children}
      {actions ? <div class="actions">{actions}</div> : null}
    </section>
  );
}
