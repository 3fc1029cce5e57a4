/**
 * A small "?" link to the lesson section that explains a figure. It opens in a new tab, so the reader
 * comes back to the sandbox exactly as they left it; its accessible name says where it goes and how.
 * The mark is drawn at 16 px, but the link around it is a 24 px target that never shrinks (WCAG 2.5.8:
 * squeezed beside a long line in a flex row on a phone it was 8 px wide). No negative margin to keep
 * the line lower: a neighbour above would then cover part of the target. Its 4 px either side of the
 * mark stand in for the margin the mark had.
 */
export function InfoTip({ href, topic }: { href: string; topic: string }) {
  const label = `Learn how ${topic} works (opens the lesson in a new tab)`;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      aria-label={label}
      title={label}
      data-help-link=""
      className="group inline-flex h-6 w-6 shrink-0 items-center justify-center align-middle no-underline"
    >
      <span className="inline-flex h-4 w-4 items-center justify-center rounded-full border border-slate-400 text-xs font-semibold leading-none text-slate-600 group-hover:border-safe group-hover:text-safe dark:border-slate-500 dark:text-slate-300">
        ?
      </span>
    </a>
  );
}
