from lib import P
P("https://www.tcnloop.com/oil-of-oregano-is-superior-to-prescribe-antibiotics/", "content site: oil of oregano is superior to prescribed antibiotics", [
 ("Oil of oregano is superior to prescribe antibiotics", "page title", "M", "hard call: swap framing against prescribed antibiotics in a title (round 10 convention)"),
 ("Doctors often prescribe these drugs to fix a health issue quickly.", "", "", ""),
 ("Thus, people are looking for healthier alternatives to antibiotics without side effects.", "", "", "reported behaviour"),
 ("Moreover, 800 medical studies have supported carvacrol and its healing property.", "", "S", ""),
 ("Since oregano oil is safe, thus, depending on your health condition, this natural oil can be either inhaled, applied topically (directly on the skin) or ingested without having any side effects.", "", "C", "safety and no-side-effects claim"),
], g='G')
