import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const candidates = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']

/**
 * Debian's nginx, installed when missing and we may (root with apt-get), or null with the reason.
 * The benchmark measures through it; without it, it says so and measures the app alone.
 */
export function findNginx(): { path: string } | { missing: string } {
  const found = candidates.find((candidate) => existsSync(candidate))
  if (found) return { path: found }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    try {
      console.log('nginx not found: installing Debian’s package (apt-get install nginx-light) …')
      execFileSync('/usr/bin/apt-get', ['install', '-y', '-qq', 'nginx-light'], {
        stdio: 'ignore',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
      const installed = candidates.find((candidate) => existsSync(candidate))
      if (installed) return { path: installed }
    } catch {
      // fall through to the explanation
    }
  }
  return {
    missing:
      'nginx is not installed (Debian: `sudo apt-get install nginx-light`); the edge-cache figures are skipped.',
  }
}

/** deploy/nginx.conf with this run's ports and a private prefix, started in the foreground. */
export async function startNginx(
  binary: string,
  settings: { prefix: string; port: number; appPort: number; gzipPort: number },
): Promise<ChildProcess> {
  for (const dir of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(path.join(settings.prefix, dir), { recursive: true, mode: 0o777 })
  const config = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replaceAll('${PREFIX}', settings.prefix)
    .replaceAll('${PORT}', String(settings.port))
    .replaceAll('${APP_PORT}', String(settings.appPort))
    .replaceAll('${GZIP_PORT}', String(settings.gzipPort))
  const file = path.join(settings.prefix, 'nginx.conf')
  // Running as root, workers would switch to "nobody"; the private prefix is ours, so keep our user.
  writeFileSync(file, process.getuid?.() === 0 ? `user root;\n${config}` : config)
  const child = spawn(binary, ['-p', settings.prefix, '-c', file, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await new Promise((resolve) => setTimeout(resolve, 500))
  if (child.exitCode !== null)
    throw new Error(`nginx exited with code ${child.exitCode}; configuration in ${file}`)
  return child
}
