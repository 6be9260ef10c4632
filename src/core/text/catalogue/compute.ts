import type { Catalogue } from './types';

export const computeMessages: Catalogue = {};
