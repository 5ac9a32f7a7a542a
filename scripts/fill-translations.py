#!/usr/bin/env python3
"""Fills unfinished zh_CN entries of translations/yiwang_zh_CN.ts from a JSON dictionary
{source: translation} (or {"context|source": translation} for a context-specific one), keeping
the file's layout. Usage: scripts/fill-translations.py dictionary.json"""
import json, re, sys, html

ts_path = 'translations/yiwang_zh_CN.ts'
table = json.load(open(sys.argv[1], encoding='utf-8'))
text = open(ts_path, encoding='utf-8').read()
out, pos, filled = [], 0, 0
for ctx in re.finditer(r'<context>\s*<name>(.*?)</name>(.*?)</context>', text, re.S):
    name = ctx.group(1)
    body = ctx.group(2)
    def fill(m):
        global filled
        msg = m.group(0)
        src = html.unescape(re.search(r'<source>(.*?)</source>', msg, re.S).group(1))
        zh = table.get(name + '|' + src, table.get(src))
        if zh is None or 'type="unfinished"' not in msg:
            return msg
        filled += 1
        esc = html.escape(zh, quote=False)
        if 'numerus="yes"' in msg:
            return re.sub(r'<translation type="unfinished">.*?</translation>',
                          '<translation>\n            <numerusform>%s</numerusform>\n        </translation>' % esc, msg, flags=re.S)
        return re.sub(r'<translation type="unfinished">.*?</translation>', '<translation>%s</translation>' % esc, msg, flags=re.S)
    new_body = re.sub(r'<message.*?</message>', fill, body, flags=re.S)
    out.append(text[pos:ctx.start(2)] + new_body)
    pos = ctx.end(2)
out.append(text[pos:])
open(ts_path, 'w', encoding='utf-8').write(''.join(out))
print('filled', filled)
