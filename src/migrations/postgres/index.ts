import * as migration_20261127_075315_initial from './20261127_075315_initial';
import * as migration_20261127_080956_registrations from './20261127_080956_registrations';

export const migrations = [
  {
    up: migration_20261127_075315_initial.up,
    down: migration_20261127_075315_initial.down,
    name: '20261127_075315_initial',
  },
  {
    up: migration_20261127_080956_registrations.up,
    down: migration_20261127_080956_registrations.down,
    name: '20261127_080956_registrations'
  },
];
