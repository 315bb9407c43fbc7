export default defineBackground(() => {
  // Intentionally empty for now: the extension has no background work yet.
});
