#!/usr/bin/env python3
# Summarises `jfr print --events jdk.ExecutionSample` output: threads, hottest frames, share of samples under each layer.
# usage: jfr-summary.py SAMPLES "pkg1,pkg2,..." [TOP]
import sys, re, collections
# parse `jfr print --events jdk.ExecutionSample --stack-depth 96` output
stacks=[]; cur=None
for line in open(sys.argv[1]):
    line=line.rstrip()
    if line.startswith('jdk.ExecutionSample'):
        cur=[]; stacks.append(cur)
    elif cur is not None and line.startswith('    ') and '(' in line and ' line:' in line:
        cur.append(line.strip().split('(')[0])
    elif cur is not None and line.strip().startswith('sampledThread'):
        m=re.search(r'"([^"]+)"', line); cur.append('THREAD:'+(m.group(1) if m else '?'))
n=len(stacks); print('samples', n)
threads=collections.Counter(); top=collections.Counter(); incl=collections.Counter(); pkg=collections.Counter()
cats=[(c, c) for c in sys.argv[2].split(',')] if len(sys.argv)>2 else []
for s in stacks:
    th=[f for f in s if f.startswith('THREAD:')]
    frames=[f for f in s if not f.startswith('THREAD:')]
    threads[re.sub(r'[-\d]+$','',th[0][7:]) if th else '?']+=1
    if frames:
        top[frames[0]]+=1
        pkg['.'.join(frames[0].split('.')[:3])]+=1
    seen=set()
    for f in frames:
        for c,_ in cats:
            if c in f and c not in seen:
                seen.add(c); incl[c]+=1
print('--- threads'); [print(f'{v*100/n:5.1f}% {k}') for k,v in threads.most_common(8)]
print('--- self'); [print(f'{v*100/n:5.1f}% {k}') for k,v in top.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 30)]
print('--- self by package'); [print(f'{v*100/n:5.1f}% {k}') for k,v in pkg.most_common(25)]
print('--- inclusive'); [print(f'{v*100/n:5.1f}% {k}') for k,v in incl.most_common()]
