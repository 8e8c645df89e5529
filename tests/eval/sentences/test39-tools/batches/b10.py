# sent39 batch 10: natural fertility books and herb sellers versus IVF, testosterone-booster seller.
# Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("http://savingtristan.com/excerpts/3.php", "natural-health author's book excerpt on infertility", [
 ("I had joined the two million women whose dreams of a family are crushed annually in our country.", "", "S", ""),
 ("Herbs are an unbelievable alternative to the painful, invasive and often ineffective methods used by modern medicine.", "", "D", "hard call: steers readers from medical fertility treatment to herbs"),
 ("I have had the great pleasure and honor of helping many women uncover the source and go on to become mothers.", "", "", "practitioner narrative"),
], g='A')

P("http://www.naturesherbal.com/Fertility.htm", "herb shop page on natural fertility", [
 ("Some scientists believe that at the current rate of decline in fertility the human race is headed toward extinction!", "", "S", "hard call: uncited 'scientists believe'"),
 ("The natural approach to fertility has been enormously successful, largely because natural treatments encompass the many, many elements that can be at the root of your fertility problems.", "", "", "efficacy claim without cure wording"),
 ("Given that the success rate for assisted conception (invitro-fertilization) is around 20 percent, it's worth considering these options.", "previous sentence attributes an 80 percent figure to a University of Surrey study", "S", "the IVF figure has no source"),
], g='S')

P("https://www.myfertilitybook.com/conceiving-naturally.php", "fertility book and acupuncture site on conceiving naturally", [
 ("Due to the side effects of IVF, it should only be used as a last resort and not before when feelings of frustration get the bett", "as stored (truncated)", "D", "hard call: steers couples away from IVF"),
 ("After some time of trying, couples can often make rash decisions to jump to IVF in an effort to finish the process and get back to their normal lives.", "", "", "hard call: framing, no instruction"),
 ("Others will need a helping hand with acupuncture and Chinese herbs and some will need more help with IVF.", "", "", ""),
], g='S')

P("https://www.angelfire.com/il2/purpleflame/Herbs/fertility.html", "personal herbal website on infertility", [
 ("Do not self-treat any medical complaint without the guidance of a licensed health care provider.", "page disclaimer", "", "disclaimer (guide)"),
 ("Herbs also help the estimated on-twelfth of women in the U.S. who are infertile due to uterine fibroids or pelvic inflammatory disease, as long as there is no scarring or other structural damage.", "", "S", ""),
 ("Structural problems, such as a blocked fallopian tube, are difficult to treat with herbs - they usually require surgery.", "", "", ""),
], g='B')

P("https://vitality101.com/health-a-z/Article_holistic_treatment_for_infertility", "integrative doctor's site on infertility", [
 ("It is important to recognize that 40% to 50% of problems with infertility are secondary to the man having a low sperm count or underactive sperm activity.", "", "S", ""),
 ("Having more than four cups of coffee a day (and possibly any coffee) can result in infertility.", "", "", ""),
], g='H')

P("https://antiaging-systems.com/articles/boosting-testosterone-naturally-with-testoxlr8pro", "anti-ageing supplement seller's article on its testosterone product", [
 ("Although hormone replacement therapy is frequently the go-to approach for restoring hormones depleted by aging, like testosterone, research shows that it is possible to boost your body’s own testosterone production using specific nutrients.", "", "MS", "swap framing against testosterone therapy on a seller page (hard call, round 10 convention); 'research shows' unsourced"),
 ("TestoXLR8Pro™ is a combination product containing multiple targeted and clinically tested ingredients that raise testosterone levels and optimize its metabolism in the body through a variety of diverse but complementary mechanisms for an overall additive and powerful effect.", "", "", "efficacy claim without cure wording"),
], g='S')
