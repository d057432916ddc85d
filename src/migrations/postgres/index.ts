import * as migration_20261127_075315_initial from './20261127_075315_initial';
import * as migration_20261127_080956_registrations from './20261127_080956_registrations';
import * as migration_20261127_082852_judging from './20261127_082852_judging';

export const migrations = [
  {
    up: migration_20261127_075315_initial.up,
    down: migration_20261127_075315_initial.down,
    name: '20261127_075315_initial',
  },
  {
    up: migration_20261127_080956_registrations.up,
    down: migration_20261127_080956_registrations.down,
    name: '20261127_080956_registrations',
  },
  {
    up: migration_20261127_082852_judging.up,
    down: migration_20261127_082852_judging.down,
    name: '20261127_082852_judging'
  },
];
