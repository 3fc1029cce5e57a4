// Static text only: no client component, no CSS, no font. Whatever Lighthouse measures here is the
// cost of Next.js and React themselves (the runtime every page hydrates), on the host of the moment.
export default function FloorPage() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>
        This page is built with the same Next.js and React versions as Liquidation Lab and contains no app
        code. The Lighthouse budgets compare each page of the app with this one, measured in the same run.
      </p>
    </main>
  );
}
