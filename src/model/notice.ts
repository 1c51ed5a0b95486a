import type { Diagnostic } from './diagnostic.js';
import type { Span } from './position.js';

export type Role = 'lead' | 'responsible' | 'cooperating';

export interface Unit {
  /** Normalised name: level prefix restored, role words dropped, Simplified characters. */
  name: string;
  /** The name exactly as written in the notice. */
  raw: string;
  role: Role;
  /** The registry's name for the unit (the name itself when no registry knows it). Set by the CLI. */
  canonical?: string;
  /** The registry id, or null when no registry knows the unit. */
  registry?: string | null;
  /** The registry's kind of unit (government-department, collective, catch-all …), or null. */
  kind?: string | null;
  /** The unit's name today when the registry records a rename or merger since, else absent. */
  current?: string;
}

export interface Section {
  id: string;
  number: string;
  title: string;
  line: number;
  /** Where in an HTML, Markdown or Word source the section's number stands. */
  source?: object;
  /** Ids of the tasks directly below this section. */
  tasks: string[];
  children: Section[];
}

export interface Task {
  id: string;
  number: string[];
  path: string[];
  title: string;
  text: string;
  units: Unit[];
  openEnded: boolean;
  deadline: string | null;
  line: number;
  /** Where in an HTML, Markdown or Word source the task's number stands (paragraph, table row and cell, element). */
  source?: object;
  /** Where the task's own text stands in a text source, from its number to the end of its clauses (unist points). */
  span?: Span;
  /** People named by labels such as 责任领导 (not units). */
  leaders: string[];
  /** The unit clause(s) as written. */
  unitsRaw: string[];
  /** Notes written with the unit clause that name no unit: （排在首位的为牵头单位，下同）, 以下各项均由…负责落实，不再逐项列出. */
  notes: string[];
}

export interface ParsedDocument {
  id: string;
  file: string;
  encoding: string;
  /** Where the text came from: text, markdown, html or docx. */
  format: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  addressees: string[];
  sections: Section[];
  tasks: Task[];
  diagnostics: Diagnostic[];
}
