export type Catalogue = Record<string, { id: string; en: string }>;
