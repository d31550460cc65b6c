import { createContext } from 'preact';
import type { Surface } from '../../lib/app/app-store';

/** The page a view is drawn in, for the few views that differ there (the popup's file picker). */
export const SurfaceContext = createContext<Surface>('sidepanel');
