# Shared by scripts/test.sh and scripts/demo.sh: installing what is missing and running the sandbox.

# Installs the Debian packages whose commands are missing: pairs of "command:package".
ensure_commands() {
    local missing=()
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing ${missing[*]} with apt-get"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Starts the built sandbox on a free loopback port, sets SANDBOX_URL and stops it when the shell exits.
start_sandbox() {
    local binary="$1"
    local log
    log="$(mktemp)"
    "$binary" --port 0 >"$log" 2>&1 &
    SANDBOX_PID=$!
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
        SANDBOX_URL="$(sed -n 's/^aftersales-sandbox listening on \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)"
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    if [ -z "$SANDBOX_URL" ]; then
        echo "the sandbox did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    export SANDBOX_URL AFTERSALES_SANDBOX_URL="$SANDBOX_URL"
}

# Compiles a C file against the header and the built library, as C99 or as C++.
compile_c() {
    local language="$1" source="$2" output="$3" library_dir="$4"
    local compiler=(gcc -std=c99)
    [ "$language" = "c++" ] && compiler=(g++ -x c++ -std=c++11)
    "${compiler[@]}" -Wall -Wextra -Werror -pedantic -Iinclude "$source" -o "$output" \
        -L"$library_dir" -laftersales -lpthread -Wl,-rpath,"$library_dir"
}
