# licence strings (t16). Open licences -> stored in the repository (location repo); others -> restricted (not committed)
PD = "public domain (US government work)"
OGL = "Open Government Licence v3.0 (UK public sector; presumed, not verified page by page)"
OGLCA = "Open Government Licence - Canada (federal government; presumed, not verified page by page)"
CCBYAU = "CC BY 4.0 (Australian government; presumed, not verified page by page)"
CCBYSA = "CC BY-SA (Wikipedia contributors)"
HOSP = "copyright of the publishing hospital/health system; stored as the search tool's excerpt for evaluation only (not verified)"
NEWS = "copyright of the news publisher; stored as the search tool's excerpt for evaluation only (not verified)"
PRIV = "copyright of the publisher (clinic, charity or organisation); stored as the search tool's excerpt for evaluation only (not verified)"
LOCALGOV = "US state or local government work (not automatically public domain); stored as the search tool's excerpt for evaluation only (not verified)"
OTHERGOV = "non-US government or public body, licence not verified; stored as the search tool's excerpt for evaluation only"
OPEN = {PD, OGL, OGLCA, CCBYAU, CCBYSA}
UNCLEAR = "owner and licence not verified (appears to be a US local or community organisation); stored as the search tool's excerpt for evaluation only"
OPEN = {PD, OGL, OGLCA, CCBYAU, CCBYSA}
