#!/bin/sh
# Retrain the person/organization tagger (src/extract/tagger/) and write its weights to
# models/person_tagger.bin. Deterministic (fixed shuffle seed, one thread). Reads only the
# training files named in src/extract/tagger/train.rs (see models/README.md).
# Usage: scripts/train_tagger.sh   (XINWEN_EVAL=path/to/eval to change ../shared/eval)
set -e
cd "$(dirname "$0")/.."
cargo test --release --lib tagger::train::train -- --ignored --nocapture --test-threads=1
