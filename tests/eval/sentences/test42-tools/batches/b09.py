# sent42 batch 9: overactive bladder drugs in the elderly, coming off the pill for period problems, scalp psoriasis
from lib import P

P("https://www.newsmax.com/health/dr-brownstein/bladder-dementia-ozone-acetylcholine/2022/05/03/id/1068330/", "news site health column by a holistic doctor: overactive bladder drugs and dementia", [
 ("They reported that the long-term use of Ditropan has been consistently linked with cognitive impairment and dementia.", "preceding: Researchers looked at the use of Ditropan in patients over 65 who were suffering from overactive bladder.", "S", "research claim, no study named"),
 ("Elderly people in our country are frequently overmedicated.", "", "", ""),
 ("These drugs should be taken for short time periods only, and should be prescribed for the elderly only as a last resort.", "", "", "hard call: prescribing caution, no instruction to stop"),
 ("Finally, ozone insufflation into the bladder has proven very effective.", "", "S", "hard call: 'has proven' with no source"),
], g="N")

P("https://www.steshareukauf.com/how-to-solve-period-issues-without-the-pill/", "women's health practitioner blog: period issues without the pill", [
 ("It’s not their fault, they’ve literally been trained to do so for the last 30 years in med school.", "", "", ""),
 ("It seems as if more women are finding out the truth about hormonal birth control being inappropriately used as hormonal bandaid.", "", "", ""),
 ("Except that ‘controlling’ these hormones actually leads to a host of negative side effects like stroke, depression, permanent loss of libido, infertility, weight gain, just to name a few.", "", "", ""),
 ("First we need to understand that coming off the pill will allow our period problems to shine through – this might seem like a bad thing, but it’s actually very helpful and even necessary.", "heading: Word of Caution", "M", "hard call: presents stopping the prescribed pill as necessary, no consult caveat"),
], g="A")

P("http://naturalhormonehealing.com/the-pill/", "natural hormone practitioner: the pill and painful periods", [
 ("You shouldn’t have to live with a painful, uncomfortable period!", "", "", ""),
 ("The thing is, you’ve gone to your doctor to get their opinion on your period issues and they weren’t that helpful.", "", "", ""),
 ("It also took you some time to detox from the pill, and you don’t want to go through that again.", "", "", ""),
 ("The truth is, the vast majority holds false beliefs about hormonal birth control.", "", "", ""),
], g="A")

P("https://nara.care/are-you-ready-to-ditch-hormonal-birth-control/", "women's health brand blog: ditch hormonal birth control?", [
 ("Are you ready to ditch hormonal birth control?", "page title", "", "question"),
 ("Hormonal birth control effectively shuts down your cycle.", "", "", ""),
 ("Having a period is considered so medically vital that it is referred to by the American College of Obstetricians and Gynecologists as the Sixth Vital Sign.", "", "", "attributed"),
], g="S")

P("https://www.bolde.com/gyno-birth-control-balance-hormones-refused/", "women's lifestyle magazine: why I refused birth control for my hormones", [
 ("Every single doctor I saw urged me to take birth control but I declined—here’s why.", "", "", "first-person narrative"),
 ("I really don’t want to put synthetic hormones in my body and I knew there had to be another answer, but the doctors were having none of it.", "", "", "narrative"),
 ("As far as doctors were concerned, there was no other cure.", "", "", ""),
], g="N")

P("https://drerinellis.com/natural-hormone-balance-no-birth-control", "naturopathic doctor's site: balance hormones naturally without birth control", [
 ("But let’s get one thing straight: birth control doesn’t balance hormones—it shuts them down.", "", "", ""),
 ("In this post, you’ll learn how to achieve natural period relief, uncover what’s really going on with your hormones, and discover effective ways to fix irregular periods naturally—no synthetic hormones required.", "", "M", "hard call: tells readers prescribed hormones are not needed"),
 ("Step 2: Ditch the Band-Aid Identify the Root Cause", "heading; the 'band-aid' is the birth control pill prescribed for period problems", "M", "hard call: heading tells readers to drop the pill"),
], g="A")

P("https://alexandramackillop.com/?p=7836", "hormone coach's blog: alternatives to hormonal birth control", [
 ("Hormonal contraceptives cause a slew of problems, but so does a pregnancy that you aren’t emotionally, physically or financially ready for.", "", "", ""),
 ("Using hormonal contraceptives gets in the way of both of these things.", "", "", ""),
], g="A")

P("https://clique2click.com/conditioner-for-scalp-psoriasis/", "content site: conditioner for scalp psoriasis", [
 ("In fact, between 50 and 75 percent of all people with plaque psoriasis wrestle with it on the scalp.", "", "S", ""),
 ("Chances are that your doctor will have you try topical treatments for scalp psoriasis first.", "", "", ""),
], g="G")
