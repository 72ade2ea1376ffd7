/** Toolbar popup: the facts and the switches (filled in by the popup issue). */
export function Popup() {
  return (
    <main>
      <h1>Kazakhstan Context</h1>
      <p>Context on Kazakhstan, Tokayev and Almaty, from one sourced report.</p>
    </main>
  );
}
