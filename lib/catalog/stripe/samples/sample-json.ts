/** How a sample is written to disk, so the test can compare files byte for byte with a fresh build. */
export function sampleJson(event: unknown): string {
  return `${JSON.stringify(event, null, 2)}\n`;
}
