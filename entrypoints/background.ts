export default defineBackground(() => {
  // Wired up in utils/background/*.
});
