'use client';

import { useEffect, useState } from 'react';
import { tableAge } from '~/lib/table-age';

/**
 * A table's date with its age. The age is worked out in the reader's browser after it loads: a page
 * rendered at build time would otherwise go on saying "3 days old" for as long as it is served.
 */
export function TableAge({ date }: { date: string }) {
  const [age, setAge] = useState<string | null>(null);
  useEffect(() => setAge(tableAge(date, new Date())), [date]);
  return (
    <>
      <time dateTime={date}>{date}</time>
      {age ? <span data-testid="table-age"> ({age})</span> : null}
    </>
  );
}
