from lib import P, S
P("http://www.foodwithlife.com/dr-john-bergman-discusses-chiropractic-our-emotions-foods/", 'A', 'natural food blog: a chiropractor on emotions and foods')
S("Because our body is self healing and self regulating, and there is an innate intelligence within our body that expresses itself through environmental stimuli.")
S("And if we deal effectively with these 3 types of stress, we can reverse about 97% of all diseases.", 'CS', notes='reversal claim for almost all diseases, with an uncited figure')
P("https://fdocuments.in/document/nature-cure-revised.html", 'G', "document-sharing site: 'Nature Cure' prospectus (Indian naturopath's philosophy)")
S("We are taught to dread the body’s natural cleansing mechanisms and encouraged to fear disease.")
S("This is a lethal falsehood that fortifies pharmaceutical companies and terminates billions of lives.", 'D', context='previous sentence: ... we view the body as a hapless victim that must be safeguarded through the use of allopathic medications.', notes='hard call: calls the need for medicines a lethal falsehood (steers readers away from medical treatment)')
S("Our bodies are healers, not victims.")
