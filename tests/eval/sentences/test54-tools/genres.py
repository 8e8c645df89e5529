# sent54 (round 34, brief LABEL34-SENT.md with the prompt's changes): copied from test53-tools with names changed mechanically (sent53->sent54, test53/dev53->test54/dev54, s53- -> s54-, fresh-web-53/web-dev-53 -> -54, rf53->rf54); the parallel set is now s55 (/work/labels/sent55/) instead of s52. batches/lib.py written anew (test53's batch files were not opened).
# sent54 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent54, test51/dev51->test54/dev54, s51- -> s54-, fresh-web-51/web-dev-51 -> -53, rf51->rf54); the parallel set is now s52 (/work/labels/sent52/) instead of s50.
# sent54 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent54, test49/dev49->test54/dev54, s49- -> s54-, fresh-web-49/web-dev-49 -> -51, rf49->rf54); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# Genre of each labelled web page (hand-assigned per page in the batch files, argument g= of P()).
# sent54 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent54, rf14->rf54, test14/dev14->test54/dev54, s14- -> s54-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
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
