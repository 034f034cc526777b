/** Whether `text` contains `needle`, comparing UTF-16 units as includes() does, in linear time. */
export declare function includesLinear(text: string, needle: string): boolean;
/** The first index of `x` in `y` (x not empty), or -1; the two-way algorithm. */
export declare function twoWayIndex(y: string, x: string): number;
