from lib import P
P("http://shambalakids.com/articles/the-natural-alterative-for-adhd/", "children's meditation programme site: the natural alternative for ADHD", [
 ("Today more and more parents are craving alternatives to Ritalin, Focalin and other ADHD medication.", "", "", "reported"),
 ("ADHD Medications such as Focalin have not been scientifically tested for long term effects but some studies have shown that even over a sustained period, the effects of these ADHD medications seem to diminish or in some cases may be detrimental to the health of our children.", "", "S", "'some studies have shown' without a source"),
 ("Relaxation and meditation has been found to be exceptionally beneficial for symptoms of ADHD.", "", "S", "hard call: 'has been found' without a source"),
 ("Fifty years ago, ADHD was unheard of.", "", "", ""),
])
P("http://unritalinsolution.com/adhd_medications", "ADHD programme seller: are ADHD medications the only option?", [
 ("Are ADHD medications the only option?", "page title", "", "question"),
 ("Ritalin and other ADHD medications are often marketed by their respective manufacturers as a cure-all for ADHD.", "", "", "reported"),
 ("This is why the longest scientific study ever done so far on the effects of ADHD medications showed that those drugs had no long-term benefits after three years.", "", "S", "unnamed study"),
])
P("https://focus-md.com/day-23-31-ways-make-adhd-medication-less-scary-halloween/", "ADHD physician's blog: make ADHD medication less scary", [
 ("First of all, there is no natural remedy for ADHD that’s ever been found to be effective, and certainly not as effective as stimulant medication.", "", "", "negated"),
 ("But besides lack of efficacy, natural does not imply safe.", "", "", ""),
 ("Black widow venom is natural, but I wouldn’t give it to any of my patients.", "", "", ""),
])
P("https://www.beliefnet.com/wellness/health/emotional-health/adhd/how-an-adhd-diagnosis-can-be-a-blessing-in-disguise.aspx?p=2", "faith and wellness portal: how an ADHD diagnosis can be a blessing in disguise", [
 ("If you do decide to try medication, be aware that stimulants (like Ritalin) are not your only option.", "", "", ""),
 ("Conversely, you should never feel pressured to dispense medication if you’re not comfortable with it or your child responds well to other treatments.", "", "", "hard call: about starting, not stopping or swapping, a prescribed medicine"),
 ("It should be understood that medication is the last resort and should only be used if natural remedies and psychotherapy fail to mitigate the symptoms of ADHD.", "", "M", "hard call: steers parents from prescribed ADHD medication to natural remedies first, no consult caveat"),
 ("Most children with ADHD begin to flourish almost immediately after finding the treatment modality that works for them.", "", "", "hard call: conditional on finding what works; not counted as a guarantee"),
])
P("https://birdseyeviewperspective.substack.com/p/ritalin-caused-long-lasting-changes", "newsletter post: Ritalin caused long-lasting changes", [
 ("Dr. Leonard Sax, who is both a physician and a psychologist, says in the New York Times, ‘The next time you hear a doctor say, with regard to prescribing stimulant medications, ‘let’s try it and see whether it helps,’ I suggest that you run – do not walk – to the nearest exit.", "quotation used by the post to support its case", "D", "hard call: an attributed quotation the post adopts, telling readers to walk out on a prescribing doctor"),
 ("Dr. Sircus There is no such thing as a Ritalin deficiency.", "", "", ""),
])
P("https://whywhywhyy.wordpress.com/2014/09/26/why-topical-steroid-withdrawal/", "personal blog: why? topical steroid withdrawal", [
 ("I think I finally figured out what’s wrong with my skin.", "", "", "first-person"),
 ("so basically, when you stop using them your skin goes through horrible withdrawal symptoms that can last for months to years.", "", "", ""),
 ("and doctors prescribe these like nothing.", "", "", ""),
])
P("https://www.slideshare.net/slideshow/prophylactics-in-homoeopathy/22657775", "slide-sharing site summary: prophylactics in homoeopathy", [
 ("The document discusses homeopathic prophylaxis or homeoprophylaxis (HP) as an alternative to vaccination for preventing epidemic diseases.", "", "", "describes the document"),
 ("Research on HP indicates an average 90% effectiveness", "", "S", ""),
])
P("http://californiahomeopath.com/volume-17-november-2015-homeoprophylaxis-vol-17-3/speaking-with-parents-about-homeoprophylaxis-cilla-whatcott/", "homeopathy journal article: speaking with parents about homeoprophylaxis", [
 ("According to the media, there is no other way to protect your child besides conventional vaccination.", "", "", ""),
 ("This is not the whole story.", "", "", ""),
 ("Homeoprophylaxis provides a safe and natural option.", "previous sentences: According to the media, there is no other way to protect your child besides conventional vaccination. ... Parents DO have a choice.", "CD", "hard call: 'safe' unqualified; offered to parents as an option instead of vaccination"),
])
P("http://helenadenley.com/2008/02/vaccination-immunisation-homeoprophylaxis/", "homeopathy writer's blog: vaccination, immunisation, homeoprophylaxis", [
 ("Even doctors get the terms “vaccination” and “immunisation” mixed up, so it’s little wonder that the average person may not know the difference.", "", "", ""),
 ("“Homeoprophylaxis” - is NOT homeopathic immunisation as you may have read on some websites.", "", "", ""),
])
P("https://www.naturalparenting.com.au/vaccination-making-an-informed-decison/", "natural-parenting site article by a homeopath: vaccination, making an informed decision", [
 ("Professionally I believe it is up to the parents to decide what is best for their child after researching and reading all available material on vaccination.", "", "", ""),
 ("While my education and training, once again both professionally and personally, effectively puts me on the “non-vaccination” side of the fence, I do respect any decision parents’ make.", "", "", "first-person stance"),
 ("Regardless of what you may have been told, you do have a choice weather to vaccinate your child or not and there are other options available so a happy medium can be found.", "", "", "hard call: points to 'other options' without telling readers to avoid vaccination"),
])
