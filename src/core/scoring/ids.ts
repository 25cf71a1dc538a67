/** Criterion ids: "II.2.5.1" joins the area's Roman numeral and the code as printed. */

/** "II" of "II.2.5.1". */
export const areaOf = (id: string): string => id.split('.')[0];
/** "2.5.1" of "II.2.5.1" (empty for an area). */
export const codeOf = (id: string): string => id.split('.').slice(1).join('.');

/** The shape of an id: an area, then the printed code. */
export const CRITERION_ID = /^[IVX]+(\.\d+)*$/;
