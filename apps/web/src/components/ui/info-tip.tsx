/**
 * A small "?" link to the lesson section that explains a figure. It opens in a new tab, so the reader
 * comes back to the sandbox exactly as they left it; its accessible name says where it goes and how.
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
      className="ml-1 inline-flex h-4 w-4 items-center justify-center rounded-full border border-slate-400 align-middle text-[10px] font-bold leading-none text-slate-600 no-underline hover:border-safe hover:text-safe dark:border-slate-500 dark:text-slate-300"
    >
      ?
    </a>
  );
}
