from lib import P
# b06: vaginal thrush and garlic, stopping lupus medicine (queries 21-24; herbal-safety and tinnitus results skipped)
P('https://www.after50health.com/2016/04', 'health content site: usage of garlic for curing thrush', [
 ('Garlic as Curative for Thrush', 'heading', 'C', 'hard call: heading states garlic cures thrush'),
 ('Garlic has proven its efficiency in treating almost all types of the yeast Candida that cause thrush of oral and vaginal cavities.', '', 'S', 'hard call: "has proven" research claim, no citation'),
 ('Around two cloves of garlic every day should be sufficient.', 'heading: Garlic for Oral Thrush', '', 'food, not a medicine dose'),
 ('Usually within three days, most of the symptoms will disappear or will get drastically reduced.', 'heading: Garlic for Vaginal Thrush', '', 'hedged ("usually")'),
], g='G')
P('https://www.yeastinfectionadvice.com/does-garlic-work-to-treat-yeast-infection.html', 'yeast infection content site: does garlic work', [
 ('According to consensus, the most effective home remedy is garlic.', '', '', ''),
 ('Though this might sound awkward, it is considered to be more reliable than anything else for it cures fast, hurts little and is for long-term protection.', '', 'C', 'cure claim about a garlic clove in the vagina'),
], g='G')
P('https://wstale.com/fashion/women-are-putting-garlic-in-their-vaginas-to-treat-thrush-but-doc-warns-it-could-be-deadly/', 'tabloid repost: garlic for thrush, doctor warns', [
 ('And the best way to treat it tends to be applying a bit of Canesten down there.', '', '', ''),
 ("According to an old wives' tale, putting a clove in there for three days can clear things up.", '', '', 'reported myth'),
 ('But the gynaecologist warned her Twitter followers that the vagina is the "perfect" environment for botulism bacteria to grow.', '', '', ''),
], g='N')
P('http://blog.metricula.com/2009/05/', 'personal blog: garlic as a DIY yeast infection remedy', [
 ('For most women, including myself, these treatments are safe, quick and effective.', 'about over-the-counter antifungal creams', '', 'hedged ("for most women")'),
 ("While I've been perfectly happy with Monistat I like to shy away from using synthetic chemicals when I can (again, it's not because I don't think they're safe, it's just nice to do some cheaper and more fun!).", '', '', ''),
], g='B')
P('https://femininehealthreviews.com/garlic-for-yeast-infection', 'women\'s health review site: garlic for yeast infection', [
 ('The garlic method isn’t for the squeamish, and according to MayoClinic.com, it may not even work.', '', '', ''),
 ('If you suspect you have a yeast infection but don’t know for sure, please see your doctor first before you self-treat.', '', 'P', ''),
 ('Three out of four women will have a vaginal yeast infection at some point during their lives, according to the American Academy of Family Physicians.', '', '', 'attributed ("according to")'),
], g='G')
P('https://doctorsbag.net/can-lupus-patients-stop-taking-plaquenil/', 'Q&A content site: can lupus patients stop taking Plaquenil', [
 ('Long-term anti-malarial use is normally safe.', '', '', 'hedged ("normally")'),
 ('Fortunately, natural remedies for lupus, including supplements, exercise and a healthy diet high in anti-inflammatory foods can all help manage symptoms and improve overall immune function, without raising the risk for complications.', 'question heading: Can you live with lupus without medication?', 'CM', 'hard call: answers "live without medication?" with natural remedies (swap framing, M) said to carry no risk (C)'),
 ('They should not stop taking the drug on their own without the help of their medical provider.', '', 'P', 'double negation'),
], g='G')
P('https://casinospotz.info/what-happens-when-you-stop-taking-hcqs/', 'scraped spam page: what happens when you stop taking HCQ', [
 ('The study found that a person who decreases her/his HCQ dose is 54% more likely to experience a flare sooner than someone who maintains the same dose.', '', 'S', 'unnamed study'),
], g='G')
