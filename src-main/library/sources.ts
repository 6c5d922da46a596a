/** Every lab of the library, in the course's order (the library lists them by topic). */
import { CAPACITY_LABS } from './labs-capacity.ts';
import type { LabSource } from './lab-kit.ts';

export const LIBRARY_SOURCES: LabSource[] = [...CAPACITY_LABS];
