# sent77: also prints the registered name and whether it starts with d-g (the prompt's domain rule)
# sent77 (round 39, NN=75, PP=74): copied from test74-tools, names changed mechanically (sent74->sent77, test74/dev74->test77/dev77, s74- -> s77-, fresh-web-74/web-dev-74 -> -75, rf74->rf77, /work/wt/s74 -> /work/wt/s75); make_excl.sh now also reads the parallel set s74's folders (/work/labels/sent74/, /work/wt/s74/.../test74-tools/batches) and still s73's and s72's; batches/lib.py written anew (test74-tools batch files were not opened). Older comments renamed by the same sed.
# sent77 (round 39, NN=74, PP=73): copied from test73-tools, names changed mechanically (sent73->sent77 etc.)
# sent77 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=73, PP=72): copied from test71-tools with names changed mechanically (sent71->sent77, test71/dev71->test77/dev77, s71- -> s77-, fresh-web-71/web-dev-71 -> -73, rf71->rf77, /work/wt/s71 -> /work/wt/s73; and sent68->sent72, /work/wt/s68 -> /work/wt/s72, test68-tools -> test72-tools, so make_excl.sh now reads the parallel set s72's folders); batches/lib.py written anew (test71-tools batch files were not opened). Older comments renamed by the same sed.
# sent77 (round 38, brief LABEL38-SENT.md with the helper prompt's changes, NN=71, no parallel set): copied from test70-tools with names changed mechanically (sent70->sent77, test70/dev70->test77/dev77, s70- -> s77-, fresh-web-70/web-dev-70 -> -71, rf70->rf77, /work/wt/s70 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test70-tools batch files were not opened). Older comments renamed by the same sed.
# sent77 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent77, test69/dev69->test77/dev77, s69- -> s77-, fresh-web-69/web-dev-69 -> -70, rf69->rf77, /work/wt/s69 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent77 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent77, test65/dev65->test77/dev77, s65- -> s77-, fresh-web-65/web-dev-65 -> -67, rf65->rf77, /work/wt/s65 -> /work/wt/s73, sent64->sent72, /work/wt/s64 -> /work/wt/s72, test64-tools -> test72-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent77 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent77, test63/dev63->test77/dev77, s63- -> s77-, fresh-web-63/web-dev-63 -> -65, rf63->rf77, sent62->sent72, /work/wt/s62 -> /work/wt/s72, test62-tools -> test72-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent77 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent77, test59/dev59->test77/dev77, s59- -> s77-, fresh-web-59/web-dev-59 -> -61, rf59->rf77; and sent58->sent72, /work/wt/s58 -> /work/wt/s72, test58-tools -> test72-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent77/s60 where the original said sent59/s58).
# sent77 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent77, test61/dev61->test77/dev77, s61- -> s77-, fresh-web-61/web-dev-61 -> -63, rf61->rf77; sent60->sent72, /work/wt/s60 -> /work/wt/s72, test60-tools -> test72-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent77 (round 35): URL check used before labelling: normalised URL in excl_norm.txt (EXCL), domain already taken by this round's batches (DOM-mine), domain seen in the exclusion lists (dom-used-before, allowed: URL-level exclusion), and the page split (sha256 of the URL, 0-4 dev, 5-f test).
import sys, re, hashlib, glob
D="/work/wt/s77/tests/eval/sentences/test77-tools/"
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex=set(open(D+'excl_norm.txt').read().split('\n'))
exd={x.split('/')[0] for x in ex}
mine=set()
for f in glob.glob(D+'batches/b*.py'):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M): mine.add(norm(u).split('/')[0])
for u in sys.argv[1:]:
    n=norm(u); d=n.split('/')[0]
    st='EXCL' if n in ex else ('DOM-mine' if d in mine else ('dom-used-before' if d in exd else 'ok'))
    sp='dev' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test'
    # sent77: registered name (last two labels, three for common second-level suffixes) must start with d-g
    lab = d.split('.')
    reg = '.'.join(lab[-3:]) if len(lab) > 2 and (lab[-2] in ('co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'blogspot', 'wordpress') or len(lab[-2]) <= 2) and not lab[-2] in ('blogspot', 'wordpress') else '.'.join(lab[-2:])
    if lab[-2] in ('blogspot', 'wordpress') or (len(lab) > 2 and lab[-1] in ('blogspot','wordpress')): reg = '.'.join(lab[-3:])
    az = 'd-g' if reg[:1] in 'defg' else 'AZ'
    print(st, sp, az, reg, u)
