#!/bin/sh
# The container's entrypoint: `heartline check`, then the command.
#
# For `run` (the default command) the configuration is checked first. A
# problem marked ✗ (a missing token, an unwritable volume, a bad setting)
# prints the report and stops the container with a non-zero status, so
# `docker compose logs heartline` shows what to fix. Warnings (!) do not stop
# it: a model that is still downloading or loading is only a warning, and the
# built-in responder answers until it is up. Any other command (`memory`,
# `check`, `backup`...) runs as it is: `docker compose run --rm heartline CMD`.
set -eu

if [ "$#" -eq 0 ]; then
    set -- run
fi

if [ "$1" = "run" ]; then
    check_args=""
    for arg in "$@"; do
        if [ "$arg" = "--no-platforms" ]; then
            check_args="--no-platforms"
        fi
    done
    # shellcheck disable=SC2086 # check_args is one word or none
    if ! heartline check $check_args; then
        echo "heartline: not starting: fix the lines marked with a cross above," \
            "then run: docker compose up -d" >&2
        exit 1
    fi
fi

exec heartline "$@"
