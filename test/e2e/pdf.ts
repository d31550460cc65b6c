/** Every page's size in a PDF Chromium printed, in points (1/72 inch), read from its MediaBox entries. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }),
  );
}
