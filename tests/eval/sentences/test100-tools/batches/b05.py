# sent100 b05: query 16 (antibiotic resistance death figures in news and on a company page)
from lib import P, S

P("http://www.amrcentre.com/global-challenge/", "S", "antimicrobial-resistance company's 'global challenge' page of facts and quotations")
S("No new antibiotics have been developed for over 30 years", "S", "", "")
S("Each year in the United States, at least 2 million people acquire serious infections with bacteria that are resistant to one or more of the antibiotics designed to treat them.", "", "attribution line under the quotation: U.S. Department of Health and Human Services", "figures quoted with the agency's name as attribution")
S("Antimicrobal resistance could cut global GDP by 3.5%, a cumulative cost of $100bn (£70bn).", "S", "", "")

P("https://www.irishexaminer.com/maintopics/organisation-british-academy_topic-787202.html", "N", "Irish newspaper topic page: teaser on superbug deaths by 2050")
S("Superbugs could cost the world 10m more deaths a year and hundreds of trillions of dollars by 2050, a new report has warned.", "S", "", "hard call: 'a new report has warned' names no report or author")

P("https://comparemela.com/ampnews/gerald-larrouy-maumus", "N", "news aggregator snippets on superbugs")
S("Superbugs, bacteria resistant to commonly prescribed antibiotics caused 1.2million deaths could have been a factor in nearly 5million a study by experts Washington and Oxford has found.", "", "", "hard call: attributed to a study by named institutions (Washington and Oxford)")
