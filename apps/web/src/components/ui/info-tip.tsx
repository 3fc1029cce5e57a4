import Link from 'next/link';

/** A small "?" link to the lesson section that explains a figure; its accessible name says where it goes. */
export function InfoTip({ href, topic }: { href: string; topic: string }) {
  return (
    <Link
      href={href}
      aria-label={`Learn how ${topic} works`}
      title={`Learn how ${topic} works`}
      className="ml-1 inline-flex h-4 w-4 items-center justify-center rounded-full border border-slate-400 align-middle text-[10px] font-bold leading-none text-slate-600 no-underline hover:border-safe hover:text-safe dark:border-slate-500 dark:text-slate-300"
    >
      ?
    </Link>
  );
}
