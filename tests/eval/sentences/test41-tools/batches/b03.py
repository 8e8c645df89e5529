# sent41 batch 3: berberine as 'nature's Ozempic', stem cells vs knee replacement, laser caps for hair loss, cold laser for pain (queries 9-12)
from lib import P
P("https://usefulvitamins.com/berberine-dose-calculator/", "supplement site's berberine dose calculator with titration table", [
 ("Past-tense trial data, not a prescription.", "", "", "disclaimer"),
 ("To minimize GI side effects (nausea, diarrhea, cramping), start low and ramp up over 1-2 weeks:", "heading: Titration schedule (new users)", "", "no amount in the sentence"),
 ("| 3+ | 1,500 mg/day | 500 mg × 3 with each main meal | Full Yin 2008 trial dose |", "row of the 'Titration schedule (new users)' table (Week | Dose | Schedule | Notes)", "O", "hard call: consumer titration-table row; the page's only caveat is the 'not a prescription' disclaimer, no pharmacist or doctor caveat in the section"),
 ("Drug interactions — be specific with your prescriber", "heading", "P", "heading that prompts the reader to talk to the prescriber"),
 ("Some prescribers use berberine to reduce metformin dose; do not self-adjust.", "list item: Metformin", "", "warning against changing a medicine"),
], g="S")
P("https://healthinfos.net/berberine-supplement-evidence-safety/", "content site on the evidence for berberine, 'nature's Ozempic'", [
 ("That nickname is catchy and mostly wrong, but the compound underneath the hype is genuinely interesting and has real research behind it.", "", "", ""),
 ("The “nature’s Ozempic” label, though, oversells it badly.", "", "", "debunking"),
 ("The strongest evidence is for blood sugar: a meta-analysis pooling 37 studies and over 3,000 people found berberine meaningfully lowered fasting glucose, HbA1c (a 3-month average), and post-meal glucose.", "heading: What the evidence actually shows", "S", "meta-analysis not named"),
], g="G")
P("https://www.womenmasteringmidlife.com/blog/berberine-natures-ozempic-evidence-exaggeration-and-what-women-should-know", "midlife women's health practice blog on berberine versus Ozempic", [
 ("From a clinical standpoint, this comparison is incomplete and frequently misleading.", "", "", ""),
 ("Berberine, while biologically active, is not a GLP-1 receptor agonist, does not replicate semaglutide’s pharmacology, and should not be presented as a natural equivalent.", "", "", "debunking"),
 ("What berberine does do, however, is clinically relevant for certain patients when used appropriately and under supervision.", "", "", ""),
], g="H")
P("https://rapmasters.net/tag/berberine", "content site quick guide to berberine benefits, dosage and safety", [
 ("Most studies use 500 mg three times a day, taken with meals to reduce stomach upset.", "heading: Getting the Right Dose", "", "reports the studies' dose; the instruction follows"),
 ("Start with one 500 mg capsule once a day and see how you feel, then slowly work up to the full three-times-daily schedule.", "heading: Getting the Right Dose", "O", "no pharmacist or doctor caveat for the dose in the section"),
 ("If you’re on medication for diabetes or cholesterol, check your blood levels after a week – you might need a dose adjustment.", "heading: Getting the Right Dose", "M", "hard call: implies the reader adjusts a prescribed diabetes or cholesterol dose after self-testing, with no prescriber named"),
 ("Space it at least two hours away from prescription meds like metformin, statins, or blood thinners.", "", "", "hard call: times the supplement, does not change the prescribed medicine"),
 ("If you’re pregnant, nursing, or have liver disease, skip it until you talk to a healthcare professional.", "", "P", ""),
 ("Side effects are usually mild – a bit of cramping, nausea, or diarrhea can happen, especially if you take a big dose on an empty stomach.", "", "", ""),
], g="G")
P("https://opdahlrmed.com/2023/09/06/avoid-knee-surgery-with-regenerative-medicine/", "regenerative medicine clinic blog 'Avoid Knee Surgery with Regenerative Medicine'", [
 ("Avoid Knee Surgery with Regenerative Medicine", "title", "", "hard call: a clinic offering its own procedure instead of surgery, not a steer away from professional care"),
 ("In this comprehensive exploration, we delve into the remarkable potential of regenerative medicine to help individuals avoid the necessity of knee surgery.", "", "", ""),
 ("Regenerative medicine can offer not only relief from pain but also a renewed promise of improved mobility and a better quality of life.", "", "", ""),
], g="H")
P("https://www.stemcellinstitute.com/degenerative-knee-stem-cells", "stem cell clinic page on degenerative knee treatment", [
 ("Stem cell therapy may offer a possibility.", "", "", "hedged"),
 ("When injected into an injured knee, stem cells can differentiate into new cartilage, bone, or tendon cells to rebuild the damaged tissue.", "", "", "hedged 'can'; mechanism"),
 ("Corticosteroid injections are a common first step for managing knee pain.", "", "", ""),
 ("By introducing concentrated stem cells to the area, the treatment encourages the growth of new, healthy cartilage.", "", "C", "hard call: unqualified claim of regrowing cartilage (reversing osteoarthritis), which no injection has been shown to do"),
], g="H")
P("https://pixelation.org/laser-cap-for-hair-regrowth-why-some-people-see-results-while-others-waste-money-na1", "content site article on laser caps for hair regrowth", [
 ("It sounds like a total scam, right?", "", "", "question"),
 ("Well, it’s not. But it’s also not a magic wand.", "", "", ""),
 ("If your head feels like it’s baking, something is wrong.", "", "", ""),
], g="G")
P("http://www.fiftyisthenewfifty.com/grow-new-hair-with-laser-caps/?cat=7/feed/", "women's lifestyle magazine post 'Grow New Hair With Laser Caps'", [
 ("Try Rogaine or a similar product: This works best only when used at the beginning of hair loss.", "", "", ""),
 ("Laser cap manufacturers claim their hats are 40x more effective than the combs.", "", "", "reported manufacturer claim"),
 ("The lasers help reverse the “miniaturization” of those follicles.", "", "", "hedged 'help'"),
], g="N")
P("https://sb.feau.com/article/do-fda-approved-laser-caps-provide-a-permanent-solution-for-hair-loss", "content site on whether FDA-cleared laser caps give a permanent solution", [
 ("FDA approval ensures that these devices are safe and effective to use.", "", "C", "hard call: unqualified safety and efficacy claim"),
 ("While laser caps cannot create new hair follicles, they can enhance the ones that are present.", "", "", ""),
 ("Another study revealed a 51% increase in hair density after 17 weeks of laser cap treatment.", "", "S", ""),
], g="G")
P("http://hairtransplant.hk/eng/LLLT_2.html", "hair transplant clinic selling LaserCap laser therapy", [
 ("For those who don't want to deal with chemicals or induced medical treatments, there is Laser Hair Therapy.", "", "", ""),
 ("Our LaserCap re-energizes inactive hair follicles using Low-Level-Laser Therapy (LLLT), a safe, all-natural treatment, scientifically proven to promote hair regrowth in both men and women.", "", "C", "unqualified 'safe, all-natural' product claim"),
 ("Just wear the LaserCap for 30 minutes every other day to regrow and restore your natural hair.", "", "C", "hard call: promises the result; device use is not a medicine dose"),
], g="S")
P("https://www.scottsdaleinstitute.net/what-is-the-success-rate-of-low-level-laser-for-hair-loss-and-hair-loss-prevention/", "hair restoration surgeon's answer on laser success rates", [
 ("Their FDA study demonstrated a 51% increase from miniaturized hairs to terminal (fully growing) hairs over the placebo or sham device it was being tested against.", "", "S", "hard call: the maker's study, not cited"),
 ("The most important fact regarding hair lasers is the fact that these lasers do not grow hair where there is no hair.", "", "", ""),
 ("It has very successfully stopped hair loss in most patients and has a very good chance of reversing miniaturized or vellus hairs.", "", "", "hard call: 'most patients' and 'a very good chance', not everyone or a guarantee"),
 ("I recommend the laser to anyone experiencing hair loss to stop future loss, and anything else is a plus.", "", "", ""),
], g="H")
P("http://en.allexperts.com/q/Hair-Loss-1012/2015/7/hair-loss-men-26.htm", "Q&A site: mother asks a hair-loss expert about a laser cap", [
 ("I think he should just have a regular procedure if it bothers him that much.", "question by the reader", "", ""),
 ("First, I believe the best way to treat male pattern baldness is with daily 1mg Finasteide, Propecia.", "answer by a hair-loss physician", "", "hard call: a physician's opinion naming the standard prescription dose, not a consumer dose instruction"),
 ("Low level laser therapy (LLLT) has been shown in thousands of patients as reported in peer-reviewed publications to increase cellular survival, proliferation and function.", "", "S", "no publication named"),
 ("Controlled clinical trials have shown efficacy in treating stroke, stimulating wound healing, orthopedic conditions and relief of chronic inflammation.", "", "S", ""),
], g="F")
P("https://verywellhealth.pages.dev/posts/cold-laser-therapy-what-you-should-know", "scraped copy of a consumer health article on cold laser therapy", [
 ("There is some research supporting the use of low-level lasers for back pain, neck pain, and tendonitis.", "", "S", "hard call: research claim with no citation in the copy"),
 ("(And maybe the placebo effect is at play with some studies.", "", "", ""),
 ("Have a discussion with your healthcare provider before starting any cold laser treatments for your condition.", "", "P", ""),
 ("If you are injured, ask your physician if cold laser therapy is right for your specific condition.", "", "P", ""),
], g="G")
P("https://222health.com/conditions-treatments/pain-management/45326.html", "health content site on cold laser for pain", [
 ("In 2002, after decades of successful use of cold laser therapy for pain management in Europe and Asia, the United States Food and Drug Administration approved cold laser therapy as a safe and effective solution for pain and inflammation.", "", "", "hard call: reports a regulatory decision (misstated), not the writer's own safety claim"),
 ("Cold lasers offer an effective way of relieving pain without complications or side effects.", "heading: Significance", "C", ""),
 ("Patients benefit from pain reduction without side effects or risks, which come with medications and surgical treatments.", "heading: Benefits", "C", ""),
 ("The only significant drawback of cold laser treatment is that it requires multiple, consistent treatments, and may require eight to 30 treatment sessions for full effects, depending on the patient's condition.", "heading: Drawbacks", "", ""),
], g="G")
P("https://www.reddotled.com/is-cold-laser-same-as-red-light-therapy.html", "seller of red-light and cold-laser devices, blog page", [
 ("This non-invasive treatment can provide relief from many acute and chronic conditions without the risks of medication or surgery.", "", "C", "hard call: risk-free wording for a device sold for home use"),
 ("If you’re looking for a proven, drug-free way to ease pain and promote your body’s natural self-healing abilities, cold laser deserves a closer look.", "", "", ""),
 ("Today, cold laser therapy is cleared by the FDA as a safe, non-invasive treatment for pain relief and tissue repair.", "", "", "hard call: reports clearance, not the writer's own safety guarantee"),
], g="S")
P("https://johntatonedc.com/procedures/cold-laser", "chiropractor's page on cold laser therapy", [
 ("Cold laser therapy may not work for everyone.", "", "", ""),
 ("A healthcare professional may stop treatment if they believe it is not yielding any improvements", "", "", ""),
 ("Cold laser therapy is a drug-free alternative to opioids for pain.", "list item: Non drug alternative", "", ""),
 ("Cold laser therapy for pain has no side effects.", "list item: Few side effects", "C", "the list label says 'few', the sentence says none"),
], g="H")
P("https://drkeithsown.com/blogs/alternative-doctor/cold-laser-therapy-for-pain-the-future-of-pain-relief-1", "alternative doctor's shop blog on cold laser therapy", [
 ("In the past forty years, there have been more than 2,500 studies done on the use and effectiveness of cold laser therapy.", "", "S", ""),
 ("As I mentioned in my article about intranasal phototherapy, we are made of light and energy.", "", "", ""),
 ("It can be used safely alongside other pain management techniques with rare side effects reported (comparable to placebo use).", "", "", "hedged: 'rare side effects'"),
], g="S")
P("https://www.brighthub.com/science/medical/articles/120784.aspx", "general science site on cold laser therapy for pain", [
 ("Although many claim the therapy produces positive results, the FDA forbids statements to be made that the therapy actually aids or cures any conditions or diseases due to the fact scientific research hasn’t produced solid evidence the therapy actually works.", "", "", "debunking"),
 ("This therapy differs from hot laser therapy, which is often used to shrink or destroy tumors, because it’s much less invasive and possesses little risk.", "", "", "'little risk', comparative"),
], g="G")
P("https://www.tribeofdads.com/laser-therapy-need-to-know/", "fathers' lifestyle blog post on cold laser therapy clinics", [
 ("The Centers for Disease Control estimate that 50 million people in America also suffer from ongoing and never-ending pain.", "", "", "attributed to CDC"),
 ("Cold laser therapy has been shown to be very effective in pain management!", "", "S", ""),
 ("And older men and women suffering from chronic back and neck pain, arthritis, and osteoporosis are finding long-term relief they never experienced before from cold laser therapy.", "", "", ""),
], g="B")
