# Sourced by the scripts: puts the project's Node.js 24 and pnpm first on PATH, and makes every
# Node process trust the test environment's certificate authority (created on first use).
_sign_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "$(uname -m)" in
  aarch64 | arm64) _sign_arch=arm64 ;;
  *) _sign_arch=x64 ;;
esac
export PATH="$_sign_root/.tools/node/node_modules/node-linux-$_sign_arch/bin:$_sign_root/.tools/pnpm/node_modules/.bin:$_sign_root/node_modules/.bin:$PATH"
unset _sign_root _sign_arch
