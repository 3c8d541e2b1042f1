/** Date-time text as Django REST Framework renders it: ISO 8601 in UTC with microseconds and a `Z`. */

/** Formats a date like DRF does (`2023-07-04T10:30:31.298861Z`); `micros` supplies the three digits below a millisecond. */
export function drfDateTime(date: Date, micros = 0): string {
  const iso = date.toISOString(); // 2023-07-04T10:30:31.298Z
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
}
