// The `edtf` package ships no types; this declares the part of its API Claimline uses.
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface ExtDate {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    edtf: string;
    /** Epoch milliseconds of the earliest instant covered; -Infinity when open. */
    min: number;
    /** Epoch milliseconds of the latest instant covered; Infinity when open. */
    max: number;
    precision?: number;
    approximate?: Bitmask;
    uncertain?: Bitmask;
    lower?: ExtDate | null;
    upper?: ExtDate | null;
  }
  export default function edtf(input: string, constraints?: { level?: number }): ExtDate;
}
