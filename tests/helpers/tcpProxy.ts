import net from 'node:net'

/**
 * A TCP relay in front of a server (PostgreSQL here) that a test can cut and restore: `cut()`
 * resets every open connection and refuses new ones, as a database restart or a network
 * failure does; `restore()` listens again on the same port. Safer than restarting the shared
 * PostgreSQL that other test runs on the machine use.
 */
export class TcpProxy {
  port = 0
  private server?: net.Server
  private readonly sockets = new Set<net.Socket>()

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target)
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        // Either side failing ends both, as a broken network path would.
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream)
      upstream.pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as net.AddressInfo).port
    this.server = server
  }

  /** Resets every connection through the relay and refuses new ones until `restore()`. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = undefined
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve()
    for (const socket of this.sockets) socket.resetAndDestroy()
    await closed
  }

  restore(): Promise<void> {
    return this.start()
  }

  /** `url` with its host and port replaced by the relay's. */
  relay(url: string): string {
    const relayed = new URL(url)
    relayed.hostname = '127.0.0.1'
    relayed.port = String(this.port)
    return relayed.toString()
  }
}
