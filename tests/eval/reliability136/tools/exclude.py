"""rel136: write excluded.json (URLs used anywhere in tests/eval; domains of rel, rel16-rel19, rel21-rel134; /reliability135/, /reliability137/, /reliability138/ and /reliability136/ files skipped); reltools.exclude."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19", "reliability21", "reliability22", "reliability23", "reliability24", "reliability25", "reliability26", "reliability27", "reliability28", "reliability29", "reliability30", "reliability31", "reliability32", "reliability33", "reliability34", "reliability35", "reliability36", "reliability37", "reliability38", "reliability39", "reliability40", "reliability41", "reliability42", "reliability43", "reliability44", "reliability45", "reliability46", "reliability47", "reliability48", "reliability49", "reliability50", "reliability51", "reliability52", "reliability53", "reliability54", "reliability55", "reliability56", "reliability57", "reliability58", "reliability59", "reliability60", "reliability61", "reliability62", "reliability63", "reliability64", "reliability65", "reliability66", "reliability67", "reliability68", "reliability69", "reliability70", "reliability71", "reliability72", "reliability73", "reliability74", "reliability75", "reliability76", "reliability77", "reliability78", "reliability79", "reliability80", "reliability81", "reliability82", "reliability83", "reliability84", "reliability85", "reliability86", "reliability87", "reliability88", "reliability89", "reliability90", "reliability91", "reliability92", "reliability93", "reliability94", "reliability95", "reliability96", "reliability97", "reliability98", "reliability99", "reliability100", "reliability101", "reliability102", "reliability103", "reliability104", "reliability105", "reliability106", "reliability107", "reliability108", "reliability109", "reliability110", "reliability111", "reliability112", "reliability113", "reliability114", "reliability115", "reliability116", "reliability117", "reliability118", "reliability119", "reliability120", "reliability121", "reliability122", "reliability123", "reliability124", "reliability125", "reliability126", "reliability127", "reliability128", "reliability129", "reliability130", "reliability131", "reliability132", "reliability133", "reliability134")
# the brief: skip the parallel sets rel135, rel137, rel138 as well as this set's own files
_PARALLEL = ("/reliability135/", "/reliability137/", "/reliability138/")
_glob = reltools.glob.glob
reltools.glob.glob = lambda pattern, **kw: [f for f in _glob(pattern, **kw) if not any(p in f for p in _PARALLEL)]
reltools.exclude(__file__, "reliability136", EARLIER)
