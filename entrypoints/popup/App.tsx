export function App() {
  return <main>Parallax</main>;
}
