#!/usr/bin/env python3
"""Rewrites C++17 nested namespace definitions (namespace a::b {) as nested
blocks (namespace a { namespace b {), because Qt 6.4's lupdate does not parse
the former and then files translations under the wrong context."""
import re
import sys

OPEN = re.compile(r'^namespace ([A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)+) \{\s*$')
CLOSE = re.compile(r'^\} // namespace ([A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)+)\s*$')

for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    changed = False
    for line in lines:
        m = OPEN.match(line)
        if m:
            parts = m.group(1).split('::')
            out.extend('namespace %s {' % p for p in parts)
            changed = True
            continue
        m = CLOSE.match(line)
        if m:
            parts = m.group(1).split('::')
            out.extend('} // namespace %s' % p for p in reversed(parts))
            changed = True
            continue
        out.append(line)
    if changed:
        open(path, 'w', encoding='utf-8').write('\n'.join(out))
        print(path)
