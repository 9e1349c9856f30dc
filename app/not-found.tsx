export default function NotFound() {
  return (
    // The layout's <main> holds this: one main per page.
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <a href="/">Go to the briefing</a>
      </p>
    </>
  );
}
