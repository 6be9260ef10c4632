/** Types of standalone-validators.mjs (used by its equivalence test). */
export declare const KINDS: readonly string[];
export declare function standaloneValidators(root?: string): string;
