import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Badge and message routing arrive with the popup; the worker exists so the
  // extension has an id the test harness can read.
});
