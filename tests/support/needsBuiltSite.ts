/** Whether a test file tests the built site (dist/): those in tests/browser/. */
export const needsBuiltSite = (file: string) => /[\\/]tests[\\/]browser[\\/]/.test(file);
