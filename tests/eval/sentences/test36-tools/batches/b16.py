from lib import P
# b16: queries 70-71 (castor oil compresses, ivermectin testimonials)
P("https://hairlossreversed.com/this-is-why-dr-barbara-oneill-likes-so-much-castor-oil-watch-this", "hair-loss remedy blog promoting a wellness coach's castor oil advice", [
 ("Castor oil has been used successfully to reduce breast lumps, heal bone spurs, and even address tumors without any invasive procedures.", "", "CD", "cure claim that steers away from procedures for tumours (hard call for D)"),
 ("This quality makes it especially effective in breaking up lumps, bumps, and congestion in various parts of the body.", "", "C", "elimination of lumps stated as fact (hard call)"),
 ("Incredible stories shared by Dr. Barbara include cases of breast cancer and bone spurs that significantly improved following the regular application of castor oil compresses.", "", "", "reported improvement stories, no cure wording (hard call)"),
], g="B")
P("https://cayce.com/cayce-case-reports/castor-oil-stories-pterygium-cysts-epilepsy-etc/", "Edgar Cayce foundation's case-report page on castor oil", [
 ("When she was again examined for the cyst, it had disappeared entirely.", "case of an ovarian cyst treated with castor oil packs", "C", "endorsed cure case (hard call)"),
 ("They recently wrote me that their young son, now twenty-two months, has no problems with his G.I. tract – it cleared up completely on just the castor oil packs.", "", "C", "endorsed cure case in a toddler with months of diarrhoea (hard call)"),
 ("Oil has a healing quality, apparently, that cannot be matched or really duplicated.", "", "", ""),
 ("From Dr. Mayo Hotten comes the report about the use of castor oil packs over the eyes in two cases to reduce the inflammation of pterygium – perhaps sufficiently to prevent surgery.", "", "", "hedged ('perhaps')"),
], g="A")
P("https://goodtoknow.life/castor-oil-cannot-break-down-cysts-as-viral-video-claims-says-doctor", "lifestyle news site: castor oil cannot break down cysts", [
 ("“Castor oil penetrates deeper than any other oil, so it can be used externally … wherever castor oil penetrates, it breaks up lumps, bumps, congestions, adhesions, it can even break up a bone spur. It can break up tumours,” she says.", "", "", "quoted claim in a debunking article"),
 ("Speaking to News24, gynaecologist and endoscopic surgeon, Dr Natalia Novikova, says the claims around castor oil are not true.", "", "", ""),
], g="N")
