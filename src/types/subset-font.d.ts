// subset-font ships no types; this is the part of its API the font-subset integration uses.
declare module "subset-font" {
  interface AxisRange {
    min: number;
    max: number;
    default?: number;
  }
  interface SubsetOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    keepFeatures?: string[];
    dropTables?: string[];
    noHinting?: boolean;
    variationAxes?: Record<string, number | AxisRange>;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
