/** A setting in the environment that ContestKit cannot start with; the message says how to fix it. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}
