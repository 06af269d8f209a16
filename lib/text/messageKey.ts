/** A value as an ICU select key (keys are identifiers: "asia-pacific" → "asiaPacific"). */
export const messageKey = (value: string) =>
  value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
