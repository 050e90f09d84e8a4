// Start an in-memory PLC directory and the reference PDS on 127.0.0.1 for mbdesk's tests.
//
// Usage: node start_pds.mjs DATA_DIR   (run with the Node 22 from setup.sh, cwd = install dir)
// Prints one JSON line {"pds", "plc", "admin_password", "jwt_secret"} when both listen, then
// runs until stdin closes or SIGTERM (so a dying test run never leaves it behind).
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { createRequire } from 'node:module'

// Both servers call listen(port) without a host, which means every interface: force loopback.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1')
  }
  return listen.apply(this, args)
}

const require = createRequire(path.join(process.cwd(), 'package.json'))
const plc = require('@did-plc/server')
const { PDS, envToCfg, envToSecrets, readEnv } = await import(
  require.resolve('@atproto/pds'))

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

const dataDir = path.resolve(process.argv[2] || fs.mkdtempSync('/tmp/mbdesk-pds-'))
fs.mkdirSync(dataDir, { recursive: true })

const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() })
const plcHttp = await plcServer.start()
const plcUrl = `http://localhost:${plcHttp.address().port}` // a hostname: the PDS refuses IPs

const port = await freePort()
const adminPassword = crypto.randomBytes(12).toString('hex')
const jwtSecret = crypto.randomBytes(16).toString('hex')
Object.assign(process.env, {
  PDS_HOSTNAME: 'localhost',
  PDS_PORT: String(port),
  PDS_DEV_MODE: 'true',
  PDS_DATA_DIRECTORY: dataDir,
  PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
  PDS_JWT_SECRET: jwtSecret,
  PDS_ADMIN_PASSWORD: adminPassword,
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: crypto.randomBytes(32).toString('hex'),
  PDS_DID_PLC_URL: plcUrl,
  PDS_INVITE_REQUIRED: 'false',
  PDS_SERVICE_HANDLE_DOMAINS: '.test',
  PDS_RATE_LIMITS_ENABLED: 'false',
  LOG_ENABLED: 'false',
})
const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
await pds.start()

process.stdout.write(JSON.stringify({
  pds: `http://127.0.0.1:${port}`, plc: plcUrl, admin_password: adminPassword,
  jwt_secret: jwtSecret, // test-only: lets a test mint an expired access token
}) + '\n')

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  try { await pds.destroy() } catch {}
  try { await plcServer.destroy() } catch {}
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
