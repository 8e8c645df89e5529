# sent51 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent51, test49/dev49->test51/dev51, s49- -> s51-, fresh-web-49/web-dev-49 -> -51, rf49->rf51); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# Genre of each labelled web page (hand-assigned per page in the batch files, argument g= of P()).
# sent51 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent51, rf14->rf51, test14/dev14->test51/dev51, s14- -> s51-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
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
