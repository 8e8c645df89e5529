from lib import P
P("https://www.perthnow.com.au/community-news/mandurah-coastal-times/kids-and-chiros-a-no-go-c-920714", "Australian community newspaper: kids and chiropractors a no-go", [
 ("According to these mothers a chiropractor can fix anything from colic, asthma, reflux to autism.", "", "", "reported claim, rebutted next"),
 ("“Spinal manipulation of infants is dangerous and has absolutely no scientific evidence to back up its supposed benefits,” Dr Gannon said.", "", "", "debunking"),
 ("A spokeswoman for the association said they encouraged parents considering chiropractic care for their children to discuss their case with their chiropractor and other healthcare professionals to make an informed choice.", "", "", "hard call: reported statement of a chiropractors' association; a chiropractor is a non-medical practitioner (round 10 convention)"),
 ("“There is no reason to take a child to a chiropractor; most paediatric ailments go away within a week or so and if they do not the first port of call should be your GP or paediatrician.”", "quote of the AMA WA president", "P", "steers readers away from chiropractors and to a GP (not D: a chiropractor is not medical care)"),
], g='N')
P("https://www.medaxs.com.au/2016/05/06/victorian-government-vows-to-crack-down-on-rogue-chiropractors/", "Australian health news site: Victorian Government vows to crack down on rogue chiropractors", [
 ("The Victorian Government is cracking down on rogue chiropractors, following claims the health practitioners can cure colic, autism and other behavioural issues.", "", "", "reported claim"),
 ("“It is very clear that chiropractors cannot treat autism, [they] cannot treat colic and I’m deeply concerned to see very young babies and children being treated in this way.”", "", "", "debunking"),
 ("“It is so important that members of the public understand that a chiropractor is not a qualified medical practitioner, and medical advice should be sought from a qualified general practitioner,” she said.", "", "P", "passive recommendation, quoted health minister"),
], g='N')
P("https://stellacomms.com/portfolio/articles/did-a-chiropractor-really-break-a-babys-back-7-things-parents-must-know/", "journalist's portfolio copy of a parenting news article: did a chiropractor break a baby's back", [
 ("Victorian GP Dr Cameron Martin puts it more plainly: “There is absolutely no need for a baby – or a child – to have chiropractic treatment, ever.”", "", "", "about chiropractic, not medical care"),
 ("“A chiropractor can not fix otitis media, baby colic, scoliosis, wry neck and they can’t fix autism either.", "", "", "debunking"),
 ("Dr Martin says a baby that’s unsettled or has any potential health issues should be taken to visit a GP.", "", "P", ""),
], g='N')
P("https://www.3aw.com.au/chiropractors-in-the-spotlight-after-video-surfaces-of-baby-being-treated-20160429-goijj1/", "Australian radio station site: chiropractors in the spotlight after baby video", [
 ("The chiropractor believed he could treat conditions such as asthma or colic.", "", "", "reported"),
 ("But he said it’s important the chiropractors explain to patients or their parents that the research is divided.", "", "", ""),
], g='N')
P("https://www.crikey.com.au/2011/07/21/chiropractors-moving-in-on-gps-turf/", "Australian news site: chiropractors moving in on GPs' turf", [
 ("Chiropractors are moving in on the turf of the general practitioners  by convincing new parents that they are a safe and effective alternative choice for their family’s primary health care.", "", "", "reported framing"),
 ("Claiming that they can treat children of colds, ear infections, colic, bed-wetting, hyperactivity, asthma, autism and can even repair their DNA, chiropractic clinics are mimicking medical centres by using their own untested diagnostic devices that brandish automatically generated government approval numbers.", "", "", "reported claims, critical"),
], g='N')
P("https://www.lokmattimes.com/business/exploring-the-role-of-hyperbaric-oxygen-therapy-in-autism-by-hbot-india-research-offers-new-insights/", "Indian newspaper business section carrying a BusinessWire India press release: hyperbaric oxygen therapy in autism", [
 ("This increased oxygen supply can promote healing, reduce inflammation & neuroplasticity and induce neural regeneration, which may be beneficial for individuals with ASD.", "", "", "hedged"),
 ("While HBOT is not yet officially approved as a treatment for autism, ongoing studies suggest that it may be a valuable addition to the range of therapies currently available for those on the autism spectrum.", "", "S", "'ongoing studies suggest' without citation"),
 ("Dr Mandeep Singh; Surgical and Molecular Oncolgist as well as specialist in hyperbaric oxygen therapy and Chief Mentor at HBOT-India, said, \"Hyperbaric oxygen therapy has been found to reduce inflammation and promote neurogenesis, which could lead to improvements in cognitive and", "", "S", "hard call: 'has been found' research claim without citation, in the provider's quote (the sentence is cut off in the stored text)"),
], g='N')
P("https://www.dailymail.co.uk/health/article-6288451/Nine-ten-health-supplements-no-real-benefits-claims-ex-government-advisor.html?ns_mchannel=rss&ito=1490&ns_campaign=1490", "UK newspaper health story: nine in ten supplements give no real benefits, says ex-government advisor", [
 ("The two in three adults who take regular health supplements may be wasting their time and money – and putting their health at risk, according to a senior scientist.", "next sentence names Dr Paul Clayton", "", "hard call: the scientist is named in the next sentence"),
 ("Britons spend £421million a year on supplements and vitamin tablets but 90 per cent of them are ‘unvalidated’ and many ‘have no measurable benefits’, said Dr Paul Clayton.", "", "", "hard call: attributed to a named scientist with an institution given in the story"),
 ("‘You cannot be sure whether what you are buying will work or not.’", "", "", ""),
], g='N')
P("https://www.pressreader.com/uk/daily-express/20160218/281861527564891", "UK newspaper page (reprint): Britons' £112 bill for daily health pills; green tea and arthritis", [
 ("HEALTH- conscious Britons are paying £ 112 a year for daily supplements to stave off illness, a study reveals.", "the sponsor (research by Manuka Health) is named three paragraphs later", "S", "hard call: 'a study reveals', source only in another paragraph"),
 ("“There is a huge upsurge in vitamin D deficiency but even here supplements should only be taken under medical advice.", "quote of a GP", "P", "passive recommendation of medical advice"),
 ("A COMPOUND in green tea could help ease the agony of rheumatoid arthritis by acting as an anti- inflammatory treatment.", "", "", "hedged"),
], g='N')
P("https://issuhub.com/view/index/23086?pageIndex=33", "magazine page reprint (Cosmopolitan UK health): do you need a supplement for that", [
 ("According to research,* 59% of Brits took vitamins, minerals and supplements in 2018, with 38% of women likely to pop a pill every day.", "", "", "footnote marker (*) is a citation"),
 ("Most experts agree that if you already have enough of a nutrient in your body, taking extra via supplements cannot add any health benefits.", "", "", ""),
 ("Don’t forget to consider consulting a doctor or pharmacist before you start taking a supplement.", "side box: Psst...", "P", ""),
], g='N')
