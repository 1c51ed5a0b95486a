/** Colours for people's output, passed in by the CLI (plain functions when colour is off). */
export interface Paint {
  enabled: boolean;
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  cyan: (s: string) => string;
}

const id = (s: string) => s;

export const NO_PAINT: Paint = { enabled: false, bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };
