from lib import P
# b05: statin scepticism, flu shots and elderberry, manuka honey, herbal antidepressants, sunscreen alternatives, cold therapy (queries 25-30)
P("http://embracing-motherhood.com/why-you-dont-need-statins/", "parenting and real-food blog: why you don't need statins", [
 ("Why You Don’t Need Statins", "title", "M", "hard call: tells readers they do not need a prescribed drug"),
 ("But the truth is that we have put doctors on too high of a pedestal and think that they truly have our best interests in mind as they “guide” us.", "", "", "distrust; the steering follows"),
 ("Like it or not, pharmaceutical companies offer kick backs every time doctors get another person to take Lipitor.", "", "", ""),
 ("If you want to place your life in the hands of a stranger, then be prepared to be at the mercy of whatever misinformation has permeated the culture of their practice, but if you take responsibility for your own life, do your own research, and let food be your medicine, you will be able to design, tweak, and implement a way of life that makes YOU feel good and you will have no one to answer to except for yourself.", "the stranger is the doctor of the previous paragraph", "D", "steers the reader away from doctors"),
 ("Here are the reasons why I have recommended that my own dear great-grandma should NOT take statins…and neither should anyone else.", "", "M", "tells every reader not to take a prescribed drug"),
 ("Data DOES NOT support that lowering cholesterol is good for our health.", "list item", "", "false but in no class"),
], g="B")
P("https://www.onedaymd.com/2023/05/just-say-no-to-statins.html", "health blog: statins and cholesterol", [
 ("In the U.S. alone, 40 million adults take statin cholesterol-lowering medications in the mistaken belief that this will reduce their risk of heart disease (1).", "", "", "reference marker"),
 ("In essence, there are two conflicting recommendations from doctors.", "", "", ""),
 ("We invite you to explore the evidence, sources, and references (below) in this article and decide which perspective aligns best with your health priorities.", "", "", "hard call: invites self-directed decision without an instruction to stop"),
 ("Further, he believes, your cholesterol levels are 80% genetics.", "he is a cardiologist interviewed on a podcast", "S", "hard call: figure without source"),
], g="B")
P("https://www.brettelliott.com/flu-vaccinaton-or-detox-which-is-better-for-your-immunity/", "naturopath's blog: flu vaccination or detox", [
 ("I choose not to vaccinate because I believe a strong immune system is best, not just to avoid catching the flu but also to allow my immune system to fight and prevent more long-term illness like asthma, arthritis, cancer, allergies, heart and lung diseases.", "", "", "hard call: the writer's own choice, not an instruction"),
 ("Studies have been conducted on the side effects of influenza vaccine and up to 20% experienced muscle pain and headaches.", "", "S", ""),
 ("Personally, I have not had a cold for more than 24 hours in the last 10 years and I believe that is due to regular detox programs and lots of herbs in my diet.", "", "", "narrative"),
 ("In a 1997 study in New Zealand, 1265 children were surveyed.", "paragraph ends with reference marker (1)", "", "cited paragraph"),
], g="A")
P("https://dragonfae.wordpress.com/2010/09/19/flu-shots/", "personal blog: flu shots", [
 ("Do yourselves a favor and take a pass on flu shots.", "", "D", "steers readers away from vaccination"),
 ("Last year hubby and I decided to take an Elder Berry supplement through the entire flu season and even though coworkers in both our offices were dropping like flies (including those who got the flu shots) neither of us had even one little sniffle.", "", "", "narrative"),
 ("Elder Berries have been proven to be effective against at least 8 strains of influenza.", "", "S", ""),
], g="B")
P("http://myhealthspace.co.uk/Health-Forum/Natural-Remedies/107-Can-honey-fight-superbugs-like-MRSA.html", "health forum thread: can honey fight MRSA", [
 ("For MRSA essential oils are also important: I have already saved two people from amputation by using a combination of oils to fight MRSA, ypu can read the story of one of them at", "forum reply by a practitioner; a link follows", "C", "hard call: endorsed cure testimonial"),
 ("There is some research going on in France to find an ideal essential oil mix to use as a spray to disinfect hospitals.", "", "", ""),
], g="F")
P("http://worldactuality.com/science/307-killing-every-kind-of-bacteria", "content site: manuka honey kills every kind of bacteria", [
 ("Manuka Honey Kills Mrsa, Other Superbugs", "heading", "C", "hard call: stated as fact that the honey kills the infection"),
 ("The report by The Australian showed that manuka honey has the ability to kill every bacteria or pathogen tested on the studies mentioned before.", "", "", "attributed"),
 ("In order to fight infections on the skin, insect bites, and cuts, you can apply it topically, or take it internally.", "", "", ""),
 ("The best thing about this amazing honey is that none of the killed superbugs could build up immunity, which is the main problem with the antibiotics.", "", "", ""),
], g="G")
P("https://www.depressionsymptoms.news/2018-07-28-natural-herbs-battle-both-depression-and-anxiety.html", "alternative news network article: herbs for depression and anxiety", [
 ("Approximately 85 percent of people with depression also experience some anxiety; while 90 percent of people with anxiety also suffer from depression.", "", "S", ""),
 ("Knowing how to manage and treat depression and anxiety can help improve one’s quality of life.", "", "", ""),
 ("5-Hydroxytryptophan (5-HTP) – Studies have shown that 5-HTP, also known as oxitriptan, is more effective than antidepressants drugs.", "list item", "MS", "hard call: swap framing against antidepressants; no source"),
 ("Although both treatments improved anxiety in patients, lavender was safer, non-sedating, and non-addictive.", "reporting a six-week study against lorazepam", "", "hard call: comparative safety reported from a study"),
 ("Other studies revealed that lavender oil was more effective and safer in treating anxiety and depression compared to antidepressant drugs, such as imipramine and paroxetine.", "", "MS", "hard call: swap framing; no source"),
], g="N")
P("https://psychologenie.com/herbal-supplements-for-depression", "psychology content site: herbal supplements for depression", [
 ("Herbal supplements for anxiety and depression contain natural ingredients and are safe for consumption.", "standfirst", "C", "unqualified safety claim"),
 ("These supplements must be taken only under expert guidance to avoid unwanted side effects and complications…", "standfirst", "P", "hard call: 'expert guidance' read as professional advice"),
 ("Dealing with anxiety and depression becomes much easier with the help of these natural supplements for depression as there is no fear of any major ill effects.", "", "C", "no side effects"),
 ("It is always better to treat health disorders the natural way, so that unnecessary side effects and complications can be kept at bay.", "", "M", "hard call: steers from medicines to natural treatment"),
 ("There have been numerous researches conducted to check if St. John’s wort can be used as an anti depression supplement and researchers have found it to be effective.", "", "S", ""),
], g="G")
P("https://naturalon.com/treat-your-anxiety-and-depression-with-natural-herbs-and-spices/view-all/", "natural-living content site: herbs and spices for anxiety and depression", [
 ("If you are a person who believes in dealing with problems in their life naturally and prefers to not rely on prescription pills, there are things you can try out first.", "", "D", "hard call: steers away from prescribed treatment first"),
 ("Rosemary used as a tea has been shown to reduce the effects of anxiety and depression.", "", "S", ""),
 ("It has also been proven that those with mild depression and those with severe depression reacted to saffron with the same results as if they received an antidepressant for the disorder.", "", "MS", "hard call: swap framing; no source"),
], g="G")
P("https://www.natureandcure.com/blog/herbs-and-supplements-for-depression/", "herbal shop blog: herbs and supplements for depression", [
 ("Today, 5 out of 4 people in a group suffer from depression.", "", "S", "nonsense figure, uncited"),
 ("In fact, a recent study by the National Institute of Mental Health revealed 6.7 percent of persons in the United States had a major depressive episode in 2016.", "", "", "attributed to a named institute and year"),
 ("It is a serious mood disorder that can be life-threatening if not cured in time.", "", "", ""),
 ("Also, consult your doctor before consumption to keep yourself safe from any form of allergic reaction.", "", "P", ""),
], g="S")
P("https://bocastraders.com/natural-remedies-for-depression-and-anxiety-that-works/", "shop blog: natural remedies for depression and anxiety", [
 ("It is highly recommended that you take these antidepressants under the prescription of a medical practitioner.", "", "P", "hard call: passive recommendation of a prescriber"),
 ("There is some scientific evidence that St. John’s wort is useful for treating mild to moderate depression.", "", "S", ""),
 ("Studies are proving that it may also help with mild depression.", "list item: Ginkgo Biloba", "S", ""),
], g="S")
P("https://healthycures.org/coconut-oil-sunscreen-recipe/", "natural-cures site: coconut oil sunscreen recipe", [
 ("DIY: Non-Toxic Full Spectrum Coconut Oil Sunscreen", "title", "C", "hard call: unqualified safety label for a home remedy"),
 ("Your sunscreen may be doing more harm than good.", "", "", ""),
 ("Vanderbilt University says that some of these chemicals may produce a carcinogenic reaction when exposed to sunlight.", "", "", "attributed"),
 ("The results of numerous studies suggest that many of the popular sunscreens could contribute to cancer due to their mutagenic and free radical generating properties.", "", "S", ""),
], g="A")
P("http://dailyhealthkeeper.com/sunscreens-loaded-toxins/", "health content site: sunscreens loaded with toxins", [
 ("Although applying sunscreen to your skin may seem like a good idea, blocking out the sun completely is not perfect.", "", "", ""),
 ("Researchers have repeatedly confirmed that what you apply to your skin ends up in your body.", "", "S", ""),
], g="G")
P("https://maskedcanaries.wordpress.com/can-do-things/sunscreens-without-toxic-chemicals/", "chemical-sensitivity blog: sunscreens without toxic chemicals", [
 ("And, it is important to realize that most commercial sunscreen products cause more harm than good.", "", "", ""),
 ("Common oils offer a natural source of SPF protection without the harmful toxins.", "", "C", "hard call: safety claim for home-made sun protection"),
 ("These include red raspberry seed oil (SPF28-50), carrot seed oil (SPF38-40), wheat germ oil (SPF20), soybean oil (SPF10), macadamia oil (SPF6), and jojoba oil (SPF4).", "", "S", "uncited figures"),
 ("It is best not use anything on your skin that you would not eat.", "", "", ""),
], g="B")
P("https://icediva.home.blog/about/", "personal blog about cold-water therapy: about page", [
 ("I have fought through the horrors of depression for decades.", "", "", ""),
 ("And now they’re gone.", "previous sentence: I have fought through the horrors of depression for decades.", "C", "hard call: endorsed first-person cure testimonial (cold therapy)"),
 ("I’ve been on more med trials than I can count.", "", "", ""),
 ("They helped enough to keep me alive, but I don’t know that I ever counted it as a blessing that they did.", "", "", ""),
], g="B")
