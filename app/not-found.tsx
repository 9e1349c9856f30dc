export default function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <a href="/">Go to the briefing</a>
      </p>
    </main>
  );
}
