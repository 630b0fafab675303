# Sourced by the launchers (./sitrep, scripts/sitrep-spark): builds MODULE and what it needs
# through Maven when its JAR is missing or a source file or POM of the checkout is newer, then
# marks the JAR fresh. Usage: build_if_stale NAME HERE MODULE JAR LIBDIR…
build_if_stale() {
  local name="$1" here="$2" module="$3" jar="$4"
  shift 4
  if [ -f "$jar" ] && [ -z "$(find "$here" -path "$here/.git" -prune -o \( -name pom.xml -o \
      -path '*/src/main/*' \) -newer "$jar" -type f -print -quit)" ]; then
    return 0
  fi
  echo "$name: building (first run or sources changed)…" >&2
  rm -rf "$@" # no stale jars from an older dependency set
  local log
  log="$(mktemp)"
  if ! mvn -B -q -Dstyle.color=never -f "$here/pom.xml" -pl "$module" -am -DskipTests package \
      >"$log" 2>&1; then
    cat "$log" >&2
    echo "$name: build failed; the Maven output is above" >&2
    rm -f "$log"
    exit 3
  fi
  rm -f "$log"
  touch "$jar"
}
