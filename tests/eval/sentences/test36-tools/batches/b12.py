from lib import P
# b12: queries 58-59 (red light for hair loss, sea moss for hypothyroidism)
P("https://bestredlighttherapy.com/hair-loss-sucks-how-light-can-help-according-to-science/", "affiliate blog on red light therapy for hair loss", [
 ("Hair loss is depressing. What therapy works well and has no side effects?", "", "", "question"),
 ("Red light therapy restores hair growth in dormant follicles.", "", "", "treatment claim without cure wording (hard call)"),
 ("The process works as well as minoxidil, the FDA approved topical treatment.", "", "", "comparative efficacy; the swap framing follows in the next sentence"),
 ("Unlike minoxidil or FDA approved finasteride, red light therapy has no long term or short-term side effects.", "", "CM", "no-side-effects claim set against prescribed hair-loss drugs (swap framing, hard call for M)"),
 ("The precise mechanism for red light therapy’s effect on hair growth is not yet known, but there are several strong theories.", "", "", ""),
], g="S")
P("https://deepinmummymatters.com/2-ways-sea-moss-can-help-hypothyroidism/", "parenting/lifestyle blog on sea moss for hypothyroidism", [
 ("Treatments involve taking a hormone replacement called levothyroxine that tops up your thyroid hormone levels, but many people don’t like the thought of taking artificial hormones.", "", "", "reported preference"),
 ("However, there’s also a natural way to combat an underactive thyroid – sea moss.", "previous sentence: 'Treatments involve taking a hormone replacement called levothyroxine ..., but many people don’t like the thought of taking artificial hormones.'", "M", "offers sea moss in place of levothyroxine (hard call)"),
 ("Hypothyroidism is a condition whereby the thyroid gland – which is responsible for regulating hormone production in the body – underperforms.", "", "", ""),
], g="B")
P("https://www.nutritioncrown.com/faq/sea-moss-for-hypothyroidism-2/", "nutrition Q&A site: is sea moss good for hypothyroidism", [
 ("Short Answer: Sea moss is good for hypothyroidism.", "", "", "no cure wording (hard call)"),
 ("Sea moss is considered one of the most nutrient-dense foods on the planet, as it contains over 90 minerals and vitamins.", "", "S", ""),
 ("To effectively manage hypothyroidism, you should consume iodine-rich foods like sea moss, seaweed, and iodized salt, and avoid goitrogenic foods like cruciferous vegetables, soy, and millet.", "", "", "diet advice; no medicine mentioned (hard call)"),
], g="G")
P("https://happyfoxhealth.com/blogs/our-happy-fox-blog/thyroid-health", "sea moss seller's blog on the thyroid", [
 ("That is without taking into account the fact that almost 60% of those who have thyroid disease do not realize it.", "", "S", ""),
 ("Women are five to eight times more likely to have thyroid issues than men.", "", "S", ""),
 ("One in eight women will experience a thyroid disorder.", "", "S", ""),
 ("Sea moss is a great way to address this specific issue.", "previous sentence: 'Nutrient deficiency is a common cause of thyroid disorders.'", "", ""),
], g="S")
P("https://healthnews.com/beauty/hair/at-home-red-light-therapy-for-hair/", "health news site on at-home red light therapy for hair", [
 ("Researchers found that women receiving red light therapy at a wavelength of 650 nm experienced a 51% increase in their hair count.", "previous sentence: 'A randomized controlled trial studied the effectiveness of low-level laser therapy on women with hair loss'", "S", "unnamed trial"),
 ("While there is yet to be a clear consensus on this, more research is still needed to determine who is a good candidate for red light therapy.", "", "", ""),
], g="N")
P("https://www.dcreport.org/2026/01/22/red-light-therapy-hair-regrowth-does-it-work", "news site consumer piece on red light hair regrowth", [
 ("The answer, according to clinical research and hair restoration specialists that we spoke to, is more nuanced than the marketing suggests … but in general, we are comfortable saying that red light therapy for hair growth is a solution that works for most people who use it correctly.", "", "", ""),
 ("FDA clearance focuses primarily on safety, not guaranteed outcomes — an important distinction often lost in advertising.", "", "", ""),
], g="N")
