import * as migration_20261127_075318_initial from './20261127_075318_initial';
import * as migration_20261127_082022_registrations from './20261127_082022_registrations';

export const migrations = [
  {
    up: migration_20261127_075318_initial.up,
    down: migration_20261127_075318_initial.down,
    name: '20261127_075318_initial',
  },
  {
    up: migration_20261127_082022_registrations.up,
    down: migration_20261127_082022_registrations.down,
    name: '20261127_082022_registrations'
  },
];
