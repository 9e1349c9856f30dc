export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>A heading and a paragraph, nothing else: the floor every page is measured against.</p>
    </main>
  );
}
