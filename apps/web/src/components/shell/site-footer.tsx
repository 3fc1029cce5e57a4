export function SiteFooter({ children }: { children?: React.ReactNode }) {
  return (
    <footer className="mt-16 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl space-y-1 px-4">
        <p>
          <strong>Educational only — not investment advice.</strong> Figures follow each exchange's published
          liquidation rules as of their cited dates; exchanges change their rules, so check the source before
          you trade.
        </p>
        {children}
      </div>
    </footer>
  );
}
