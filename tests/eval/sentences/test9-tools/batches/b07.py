from lib import P
P("https://courtneysayscoaching.net/whatyoudidntknowaboutdepression/", "life coach's blog: what you didn't know about depression", [
 ("I have a secret; something that Doctors and Psychiatrists don’t want you to know.", "", "", "hard call: teaser; the claim follows in the next sentence"),
 ("You can overcome depression without medication or therapy.", "the disclaimer ('I am not a medical professional ... If you have a serious clinical case of depression ... this post is not for you') comes two sentences later", "MD", "hard call: steers readers away from antidepressants and therapy; the disclaimer is not a prompt to consult"),
 ("The people who have this really and truly need professional help.", "previous sentence: Clinical depression involves a brain malfunctioning, which can involve genetics, and psychosis.", "P", "third-person prompt"),
 ("A lot of the time, it is very possible to get rid of it yourself.", "previous sentence: That being said, a large population of medical professionals today would have you believe that it is much more common than it actually is.", "D", "hard call: self-treatment presented against professionals' view"),
 ("If you want real change in your life, you have to stop hiding behind meds.", "previous sentences: Anti-Depressants DO NOT FIX the problem. They simply cover it up.", "M", "tells readers to come off antidepressants"),
], g='B')
P("http://mathieuhachey.blogspot.com/2014/11/depression-hurt.html", "personal blog: depression hurt", [
 ("The pills are needed and the only way to get off of them is with the help of a doctor who will prescribe lesser ones over time.", "", "P", "hard call: warns against stopping alone; taken as a prompt to involve the doctor"),
 ("Ask a health care professional if this can be done in your case.", "previous sentence: ... I have another friend who got out of depression, after her pregnancy, naturally by exercising and eating the right diet.", "P", ""),
 ("On a final note, dark thoughts can creep your mind during a depression - do not act on these thoughts.", "", "", ""),
], g='B')
P("https://www.cchrflorida.org/category/psychiatric-disorders/page/20/", "anti-psychiatry group's site: what are the real facts about depression", [
 ("Psychiatry proclaims that depression is a mental illness which needs to be treated with antidepressants.", "", "", "reported view"),
 ("Of course you can be depressed, but it is not a mental disorder, nor is it a disease.", "", "", "hard call: denies the diagnosis but gives no instruction about treatment or care"),
], g='A')
P("https://www.newsmax.com/health/jacobteitelbaum/depression-biochemistry-sunshine-sleep/2022/06/22/id/1075644/", "news site health column by a physician: depression, biochemistry, sunshine", [
 ("Depression is becoming increasingly common, but often goes away with natural therapies.", "", "", ""),
 ("Research has shown that walking briskly each day is as effective as Prozac for depression.", "", "S", "'research has shown' without a source"),
 ("This is why choosing to allow yourself to be angry or even to sometimes go into a rage can be healthy when you're depressed—even if the people around you don't like it.", "", "", ""),
], g='N')
P("http://thedepressingtruth.com/wordpress/dealing-with-the-effects-of-depression/", "depression blog: dealing with the effects of depression", [
 ("Seeking medical treatment is always the first thought but there are natural methods as well.", "", "", ""),
 ("Unless a person has other mental problems or physical damage to their brain then it can be resolved without medication.", "", "M", "hard call: blanket steering off antidepressants"),
 ("Antidepressants don’t actually fix anything; they just put a band-aid over the wound and give you the illusion of having the problem solved.", "", "M", "hard call: blanket disparagement of a prescribed medicine, as in earlier rounds"),
], g='B')
P("https://everythingbirthblog.com/2010/10/07/mother-nature-md/", "birth and parenting blog: Mother Nature, MD", [
 ("Here are the main presumptions that go through my head as I suggest trying a natural remedy before running to the doctor’s office.", "", "D", "hard call: natural remedy first, doctor later"),
 ("My children go to their doctors’ appointments.", "", "", "narrative"),
 ("Not every illness requires immediate medical attention.", "", "", "hard call: general statement; the next sentence grants that some conditions need a doctor"),
], g='B')
P("https://www.foodandhealing.com/raising-drug-free-children.htm", "macrobiotic author's site: raising drug-free children", [
 ("I ate well and hearty while I was pregnant, and took no pills or drugs, and no vitamin supplements.", "", "", "narrative"),
 ("I cannot make pronouncements for others and what they should do, but I can tell you how I’ve faced this issue, what my decisions were, and how they came out.", "", "", ""),
], g='A')
P("http://www.livinginthegreenblog.com/2018/04/05/top-four-reasons-for-choosing-a-natural-health-remedy-for-your-child/", "wellness blog: reasons for choosing a natural remedy for your child", [
 ("I heard recently that for every person taking a prescription medication, they are also taking at least one additional medication to treat it’s side effects.", "", "S", "hard call: hearsay figure without a source"),
 ("These grave warnings simply don’t exist when utilizing a nutritional healing approach.", "previous sentence: Just pick up a bottle of children’s medicine and read the warnings.", "C", "hard call: implies the natural approach carries no risk"),
 ("A natural remedy can be a helpful alternative for families wanting to see some different results.", "", "", "hard call: 'can be a helpful alternative', no instruction to stop a medicine"),
], g='B')
P("https://www.abadmomblog.com/single-post/2019/03/13/why-i-am-a-bad-mom-i-love-homeopathic-medicine", "mom blog: why I am a bad mom, I embrace alternative medicine", [
 ("I believe a low fever should be allowed to run its course, and I am pretty sure tea tree oil can solve most of my health issues.", "", "", "personal belief"),
 ("Use the home remedies for the small things, there is a reason so many of them have been passed down for so long.", "next sentences: Do your research about treatment options for more serious issues. Go see a doctor!", "", "safety-netted in the next sentences"),
 ("Go see a doctor!", "", "P", ""),
 ("If you completely disagree with one, get a second opinion.", "", "P", "hard call: prompt to see another doctor"),
], g='B')
P("https://userz.net/post/6f14bcde87a847ae66e6026a8840ef6b", "user-post site: managing child health at home", [
 ("Today, doctors often prescribe medications, like antibiotics, more frequently than required.", "", "", ""),
 ("By adopting an informed approach to health issues, parents can increase their capacity for home care, stay well-informed, and make independent decisions rather than relying solely on a doctor's advice.", "", "", "hard call: 'rather than relying solely' does not steer away from the doctor"),
 ("Inquire about alternative options such as what would happen if your child didn't take the medication, what natural ways an illness can be treated, and the natural course of the illness.", "", "P", "hard call: prompt to ask the doctor questions"),
], g='G')
P("https://canadahealthalliance.org/?p=9221", "health-freedom group's site: home remedies for children (traditional-diet author)", [
 ("We are taught that if our children have the slightest sniffle or tummy ache, they should be taken to the doctor right away.", "", "", "reported norm, framed critically"),
 ("When we take the power back into our own hands as mothers and parents, and use the wisdom of home remedies to treat our children, we are adhering to that responsibility for health to which Thomas Jefferson referred.", "", "D", "hard call: home treatment of children presented as taking power back from the doctor"),
], g='A')
P("https://alive.com/health/raising-a-family-naturally", "natural-health magazine: raising a family naturally (naturopath father)", [
 ("They have never been given pharmaceutical drugs and we’ve never had to stay up at night because of an illness.", "", "", "narrative"),
 ("As a matter of fact, my kids have never seen a medical doctor for professional reasons.", "", "", "narrative"),
 ("Children’s high vitality means when they get sick it is fast, acute and they get over it quickly (for example, a high fever that doesn’t last long).", "", "", ""),
], g='N')
P("http://cheznous-hososs.blogspot.com/2012/01/healing-naturally.html", "family blog: healing naturally", [
 ("When my oldest was little(r), I would quickly reach for Tylenol or Motrin and call the pediatrician.", "", "", "narrative"),
 ("I learned over time this simple truth: the body has a miraculous power to heal itself of common illness if we let it.", "", "", ""),
 ("\"Because most childhood illnesses respond to normal bodily defenses that may be impeded by medical treatment, use of your natural skills is usually preferable to those of a doctor in giving your child the help he needs.", "quoted from a pediatrician's book, with approval", "D", "hard call: quoted advice the blogger endorses"),
], g='B')
P("https://www.kineticpetro.com/acne-treatment-advise/", "unrelated-business site carrying an acne article", [
 ("Secondly, you should look for a medical professional who can give you the correct diagnosis and medication.", "", "P", ""),
 ("Follow his instructions and you will see the out-come in several days.", "", "", "hard call: result promised for a professional's treatment; not a cure claim for a product"),
 ("Stick to whatever your dermatologist recommended you and do not overuse the remedies.", "", "", ""),
], g='G')
P("https://tetracycline0l1.com/what-cures-acne-forever/", "spam pharmacy blog: what cures acne forever", [
 ("In this article, we will explore the ultimate solution to curing acne permanently.", "", "C", ""),
 ("It’s time to discover the secret to banishing acne forever.", "", "C", ""),
 ("Hormonal changes, particularly during puberty when the body begins producing more sebum, can contribute to the development of acne.", "", "", ""),
], g='S')
P("http://acneskintips.com/starthere/", "acne blog: start here", [
 ("But I think we knew our life better than any doctor.", "previous sentence: I’m not a Doctor or a skin specialist by any chance.", "D", "hard call: sets own judgement above any doctor's"),
 ("With regular awareness about your skin and acne, you will end up getting clear skin for sure.", "", "C", "guaranteed result"),
 ("It takes approximately 28 days, from cell birth to sloughing off, to occur.", "", "", "hard call: textbook physiology"),
], g='B')
P("https://saltysardonic.com/how-to-get-rid-of-acne-in-1-week/", "content site: how to get rid of acne in 1 week", [
 ("On average, it is estimated that every year 40 to 50 million men and women both suffered from this ugly skin disease.", "", "S", ""),
 ("However, experienced dermatologists usually state that it can occur at any age, 85 percent of individuals between 12 to 25 years old get into this skin problem.", "", "S", "vague attribution"),
 ("Yes! It is true; you can get rid of this odious disease by following only 5 steps but you need to be consistent in this complete process.", "", "C", ""),
 ("First, you need to boost up your water intake by at least 8 to 10 glass of water in a day.", "", "", "fluid intake"),
], g='G')
P("https://westfm.co.ke/lugari-farmer-claims-to-have-found-hiv-aids-cure-dares-researchers-to-prove-him-wrong/", "Kenyan radio station news: farmer claims HIV/AIDS cure", [
 ("“Since I discovered this plant in 1988, I have been able to try it on several confirmed cases of the HIV virus and I want to admit without any fear of contradiction that it has never disappointed me but produced commendable results, almost 100 percent,” said Akhonya.", "", "", "reported speech"),
 ("As we speak now the boy, who is 32 years old is very healthy,” claimed Akhonya.", "", "", "reported speech"),
], g='N')
