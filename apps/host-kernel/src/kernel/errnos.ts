import { ERRNO, ErrnoName } from '@pkvm/errno';

/** The kernel's negative errno for a name: neg('ENODEV') = -19. */
export function neg(name: ErrnoName): number {
  return -ERRNO[name];
}
