import * as migration_20261127_075315_initial from './20261127_075315_initial';
import * as migration_20261127_080956_registrations from './20261127_080956_registrations';
import * as migration_20261127_082852_judging from './20261127_082852_judging';
import * as migration_20261127_092543_prizes from './20261127_092543_prizes';
import * as migration_20261128_121548_security_and_overview from './20261128_121548_security_and_overview';
import * as migration_20261128_144822_workspace_and_judging_at_scale from './20261128_144822_workspace_and_judging_at_scale';
import * as migration_20261128_180629_certificates_check_in_storage_and_scale from './20261128_180629_certificates_check_in_storage_and_scale';
import * as migration_20261129_023110_rate_limit_sweep from './20261129_023110_rate_limit_sweep';

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
    name: '20261127_082852_judging',
  },
  {
    up: migration_20261127_092543_prizes.up,
    down: migration_20261127_092543_prizes.down,
    name: '20261127_092543_prizes',
  },
  {
    up: migration_20261128_121548_security_and_overview.up,
    down: migration_20261128_121548_security_and_overview.down,
    name: '20261128_121548_security_and_overview',
  },
  {
    up: migration_20261128_144822_workspace_and_judging_at_scale.up,
    down: migration_20261128_144822_workspace_and_judging_at_scale.down,
    name: '20261128_144822_workspace_and_judging_at_scale',
  },
  {
    up: migration_20261128_180629_certificates_check_in_storage_and_scale.up,
    down: migration_20261128_180629_certificates_check_in_storage_and_scale.down,
    name: '20261128_180629_certificates_check_in_storage_and_scale',
  },
  {
    up: migration_20261129_023110_rate_limit_sweep.up,
    down: migration_20261129_023110_rate_limit_sweep.down,
    name: '20261129_023110_rate_limit_sweep'
  },
];
