# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=58, PP=59): copied from test57-tools with names changed mechanically (sent57->sent58, test57/dev57->test58/dev58, s57- -> s58-, fresh-web-57/web-dev-57 -> -58, rf57->rf58; and sent56->sent59, test56->test59, s56->s59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test57-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent58, test55/dev55->test58/dev58, s55- -> s58-, fresh-web-55/web-dev-55 -> -57, rf55->rf58; and sent54->sent59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent58, test53/dev53->test58/dev58, s53- -> s58-, fresh-web-53/web-dev-53 -> -55, rf53->rf58; and sent52->sent59 so the parallel set is now s54, /work/labels/sent59/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent58 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent58, test51/dev51->test58/dev58, s51- -> s58-, fresh-web-51/web-dev-51 -> -53, rf51->rf58); the parallel set is now s52 (/work/labels/sent59/) instead of s50.
# sent58 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent58, test49/dev49->test58/dev58, s49- -> s58-, fresh-web-49/web-dev-49 -> -51, rf49->rf58); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# Genre of each labelled web page (hand-assigned per page in the batch files, argument g= of P()).
# sent58 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent58, rf14->rf58, test14/dev14->test58/dev58, s14- -> s58-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
import glob, importlib.util, os, sys
D = os.path.dirname(os.path.abspath(__file__)); B = os.path.join(D, 'batches')
sys.path.insert(0, B)
NAMES = {'A': 'alternative-health / natural-remedy site or practitioner', 'S': 'seller: supplement or product shop, brand blog, affiliate or spam pharmacy', 'F': 'forum, Q&A or social media', 'N': 'news, press release (incl. reposts), magazine, newspaper column or news aggregator', 'H': 'consumer health or condition page (NHS practice, pharmacy, hospital, clinic, doctor, health portal)', 'B': 'personal blog', 'G': 'general content site, content farm or scraped copy', 'R': 'regulator text or page quoting FDA/FTC warning letters, complaints or press releases'}
import lib
if not lib.ITEMS:
    for f in sorted(glob.glob(os.path.join(B, 'b*.py'))) + [os.path.join(B, 'corpus.py')]:
        if os.path.exists(f):
            spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
GENRE = lib.GEN
