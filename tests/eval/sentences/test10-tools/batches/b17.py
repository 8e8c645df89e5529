from lib import P
P("https://www.zamnesia.com/blog-combining-st-john-s-wort-and-5-htp-potential-risks-and-advantages-n1467", "smartshop/seller blog: combining St. John's wort and 5-HTP", [
 ("According to the World Health Organisation, 350 million people worldwide suffer from depression, which is classified as a leading cause of disease.", "", "", "'according to' a named body"),
 ("Although these medications may help some individuals mediate their symptoms, they also pose significant side effects, such as weight gain, nausea, insomnia, fatigue, erectile dysfunction and more.", "", "", ""),
 ("In contrast, there are more natural options available including the herb St. John’s Wort and the substance 5-HTP.", "", "M", "hard call: natural options offered in contrast to prescribed antidepressants, on a seller's page"),
 ("St. John's Wort and 5-HTP have been shown, in some cases, to hold potential in treating mild to moderate depressive symptoms.", "", "S", "'have been shown', no source"),
], g='S')
P("https://livingnow.com.au/throw-away-glasses/", "natural-living magazine (Australia): throw away your glasses, steps to follow at home", [
 ("Throw away your glasses – steps to follow at home", "title", "C", "hard call: promises an end to the need for glasses"),
 ("If you can’t see anything without glasses, here is a simple solution.", "", "", ""),
 ("Follow this exercise to accomplish reading the bottom line of the eye chart without reading glasses.", "", "C", "hard call: guaranteed result"),
 ("Sometimes it is only one of your eyes that can’t read small print.", "", "", ""),
], g='N')
P("https://www.86m.net/vision-therapy-you-can-read-and-live-without-glasses.html", "content site: vision therapy, you can read and live without glasses", [
 ("Most of us think that glasses is the only solution beside surgery, to have normal eyesight.", "", "", ""),
 ("Ironically glasses does not improve your eyesight, it only help your eyesight, by shifting the focal point of the objects that you see, to your abnormal focal point of your eyes, therefore you can see things clearer, but your abnormal eyes conditions is still remain.", "", "", ""),
 ("Those specific eyes exercises, if trained regularly, can improve your eyesight and will allow you to get normal eyesight without have to wear any glasses.", "", "C", "guaranteed normal eyesight"),
], g='G')
P("https://www.motherearthliving.com/health-and-wellness/herbal-cures-for-diabetes-zmaz03ndzgoe/", "natural-living magazine: herbal cures for diabetes", [
 ("Manage this devastating disease with exercise, a nutritious diet and these herbal cures for diabetes.", "standfirst", "C", "names herbal cures for diabetes"),
 ("Discover Herbal Cures for Diabetes", "heading", "C", ""),
 ("After some discussion, we determined the first goal was to push the blood sugar down as fast as possible to avoid the insulin.", "", "", "hard call: herbalist's case narrative"),
 ("Six weeks later, we embarked on a long-term plan to reverse the disease and keep Harry off insulin.", "", "", "case narrative"),
], g='N')
P("http://thediabetesrepair.com/when-diabetes-is-low-can-diabetes-cause-weight-loss.html", "diabetes content site: diabetes repair", [
 ("A 2012 review of ginseng in animals and human beings found that not only does ginseng reduce insulin resistance, it also lowers HbA1C levels.", "", "S", "year only"),
 ("Trying to address the blood sugar levels (with medication) without addressing the insulin levels is treating the symptoms, not treating the root cause.", "", "", "hard call: criticism without instruction"),
 ("With the help of his naturopath, John seems to have reversed his diabetes.", "", "", "hedged narrative"),
 ("For eight months and counting, he’s been off all his diabetes medication.", "", "", "narrative"),
], g='G')
P("http://www.chanchalcabrera.com/holistic-treatment-of-diabetes/", "medical herbalist's site: holistic treatment of diabetes", [
 ("Never stop insulin therapy without consultation with a qualified herbalist and your medical doctor.", "", "P", "double negation, includes the medical doctor"),
 ("This disease is almost exclusively found in countries where the diet is highly refined and the fibre intake is low (ie. it is largely a product of the Western ‘civilised’ diet).", "", "", ""),
 ("There should be a total of 100 grams of fibre taken daily.", "", "", "dietary intake"),
], g='A')
P("http://powerofshea.com/pr-joint-replacement-replacement/", "supplement company press release: joint replacement replacement (shea triterpenes)", [
 ("(Egg Harbor Twp., New Jersey) A government study published in the September 2008 issue of Arthritis Care & Research contains some bone-jarring news: Nearly half of all adults in the U.S. (46%) will develop painful knee osteoarthritis over their lifetime.", "", "", "journal and date named"),
 ("Smith says until recently, most people suffering from osteoarthritis were virtually guaranteed a life of pain and reduced mobility.", "", "", "reported speech"),
 ("“Prescription drugs deliver relief to osteoarthritis sufferers only about 25% of the time,” says Smith.", "", "", "hard call: figure in attributed speech"),
 ("Highly concentrated shea triterpene supplements play a key role in a program for relieving joint pain and promoting joint flexibility for those with osteoarthritis.", "", "", "no cure wording"),
], g='N')
