/** 1234567 → '1,234,567', independent of the runtime's locale. */
export function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
