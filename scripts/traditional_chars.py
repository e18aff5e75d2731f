#!/usr/bin/env python3
"""Build dictionaries/traditional_chars.txt from an OpenCC checkout.

Usage: traditional_chars.py OPENCC_DICTIONARY_DIR COMMIT > dictionaries/traditional_chars.txt

Traditional (and Taiwan / Hong Kong variant) characters to Simplified, one char for one
char with the same UTF-8 length, so that offsets into the original text stay valid:
TSCharacters.txt (first candidate), and TWVariants.txt / HKVariants.txt reversed and
composed with it (綫 → 線 → 线). A char that is also written in Simplified text
(乾, 於, 著) is marked `*`: it is mapped in a Traditional document but does not make one.
"""
import sys


def load(path):
    table = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        key, values = line.rstrip('\n').split('\t')
        table[key] = values.split(' ')
    return table


def main():
    root, commit = sys.argv[1], sys.argv[2]
    ts = load(f'{root}/TSCharacters.txt')
    st = load(f'{root}/STCharacters.txt')
    simplified = {v[0] for v in ts.values()} | set(st)
    # Chars the tables treat as variants only but which Simplified text writes too
    # (著名 is Simplified; 隨著 is Traditional).
    shared = {'著'}
    out = {}

    def same_length(a, b):
        return len(a) == 1 and len(b) == 1 and a != b and len(a.encode()) == len(b.encode())

    for key, values in ts.items():
        if same_length(key, values[0]):
            out[key] = (values[0], key in values or key in st or key in shared)
    for name in ('TWVariants.txt', 'HKVariants.txt'):
        for standard, variants in load(f'{root}/{name}').items():
            for variant in variants:
                if variant == standard or variant in out or variant in simplified:
                    continue
                target = out[standard][0] if standard in out else standard
                if same_length(variant, target):
                    out[variant] = (target, variant in shared)
    print('# Traditional and variant Chinese characters -> Simplified, one char for one char with')
    print('# the same UTF-8 length (offsets into the original text stay valid).')
    print('# Format: `TRADITIONAL SIMPLIFIED [*]`; `*` marks a char Simplified text also writes')
    print('# (乾, 於, 著): mapped inside a Traditional document, but it does not make one.')
    print(f'# Source: OpenCC (https://github.com/BYVoid/OpenCC, commit {commit}),')
    print('#   data/dictionary/TSCharacters.txt (first candidate), TWVariants.txt and')
    print('#   HKVariants.txt reversed; built by scripts/traditional_chars.py.')
    print('# Licence: Apache-2.0 (OpenCC, Copyright BYVoid and the OpenCC contributors).')
    for key in sorted(out):
        target, shared_char = out[key]
        print(f'{key} {target}' + (' *' if shared_char else ''))


main()
