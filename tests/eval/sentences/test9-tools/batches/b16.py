from lib import P
P("https://aspergillosis.org/split-pills/", "patient charity site: how do I split pills", [
 ("You may find yourself needing to cut certain pills in half in order to change the dosages you are taking.", "", "", ""),
 ("Do not reduce your dose of any medication without checking with your doctor first.", "", "P", "double negation"),
], g='H')
P("http://www.faceofmalawi.com/2014/08/i-have-ebola-cure-bring-the-patients-here-dares-herbalist/", "Malawian news site: herbalist claims Ebola cure", [
 ("In an interview with Lusaka’s Radio Phoenix, Howard Maila, who is also a basic school teacher in the country, says when administered, his formula “Mailacin Formulation” which is antiviral in nature, cures infected patients within 2-3 days.", "", "", "reported claim"),
 ("“It will be very much advisable to take it during the incubation period” he said.", "", "", "reported speech"),
], g='N')
P("https://thenationonlineng.net/malaria-vaccine-nigeria-underplaying-anti-malaria-herbs/", "Nigerian newspaper health column: malaria vaccine, Nigeria underplaying anti-malaria herbs", [
 ("This column will discuss no fewer than five anti malaria herbs which quieten and cure malaria fever.", "", "C", ""),
 ("Since then, neither my wife nor one of my sons, both of whom are genotype AA persons, has been down with malaria , let alone take hospital drugs or need a malaria vaccine.", "", "", "hard call: personal narrative, no instruction"),
 ("So, there must be millions of Nigerians perennially troubled by malaria fever that pharmaceutical drugs have not helped, but are not aware that herbs can end their torment.", "", "C", "hard call: herbs 'can end their torment' as a cure promise"),
 ("Meanwhile, if you cannot stand the stress of picking herbs and cleaning them up, Donkat Ali is a proprietary formula you may wish to try.", "", "", "product suggestion without cure wording"),
], g='N')
P("https://mwnation.com/herbalists-killing-malawians-4/", "Malawian newspaper opinion: herbalists 'killing' Malawians", [
 ("What is disturbing is that there are some people who run herbal clinics who are deliberately giving wrong information about conventional medicine as bad and go a step further to stop people from taking any conventional medicine.", "", "", "reported, critical"),
 ("However, with the herbal medicines, stories are told of how herbalists are telling people to stop taking ARVs and instead and concentrate on taking herbs only.", "", "", "reported advice, criticised"),
 ("Truly there are herbs that cure some diseases, but there are some ailments that can’t be cured by herbs and need proper medical attention before a prescription can be given.", "", "", "hard call: vague concession, not a product cure claim"),
], g='N')
P("http://viralinfections.info/article/110630518/honey-recommended-to-treat-typhoid-fever/", "article directory reposting a Nigerian newspaper item: aloe vera and honey for typhoid", [
 ("Aloe-Vera, Honey, Cure For Typhoid Fever", "headline", "C", "headline asserts a cure"),
 ("A report once said that 2 to 3 million children die of malaria every year in sub-Sahara Africa.", "", "S", "'a report once said', no source"),
 ("Both typhoid and paratyphoid fevers are easy to treat and cure according to submissions of many medical experts.", "", "", "attributed clinical statement"),
 ("To use the Aloe-Vera and pure honey to prevent and cure typhoid fever, the naturopath said pure honey, Aloe-Vera and the white part of egg should be properly mixed together, stressing that the mixture is even more effective than many antibiotic popularly used for anti-typhoid orthodox drugs.", "", "", "reported speech"),
], g='N')
P("https://www.thetidenewsonline.com/2018/05/herbal-cures-for-malaria/?amp=1", "Nigerian newspaper health page: herbal cures for malaria", [
 ("Herbal Cures For Malaria", "headline", "C", "hard call: headline asserting that herbal cures exist"),
 ("Malaria is a risk for 97% of Nigeria’s population, while the remaining 3% of the population live in malaria free highlands.", "the next sentence cites a report by the Centre for Malaria Research and Phytomedicine for a different figure", "S", "hard call"),
 ("Below are some of the herbs recommended by the CMRAP for the cure of malaria:", "", "", "attributed to a named research centre"),
], g='N')
P("https://www.kenyanews.go.ke/kalembe-ndile-calls-for-recognition-of-herbalists-in-combating-covid-19/", "Kenyan government news agency: former MP calls for recognition of herbalists against Covid-19", [
 ("Rajoelina who sipped the dose said the herbal tea gives results within seven days adding that the product heals and is not harmful to the body, AfricaNews reported.", "", "", "reported speech"),
 ("He reiterated that our country’s goal ought to be protecting ourselves from the virus adding that herbalists in the country have always treated many diseases with symptoms similar to those of Covid-19.", "", "", "reported speech"),
], g='N')
P("http://cmsstar.gleanerjm.com/article/news/20200319/%E2%80%98-lot-herbs-can-cure-virus%E2%80%99", "Jamaican newspaper: 'A lot of herbs can cure this virus' (herbalist)", [
 ("‘A lot of herbs can cure this virus’", "headline", "", "quoted claim in a news headline"),
 ("I don't deal with treating things. I deal with curing things.", "quoted herbalist", "", "reported speech"),
], g='N')
