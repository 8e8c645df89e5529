from lib import P
P("https://bestfolkmedicine.com/2018/08/how-use-castor-oil-dissolve-cataracts-get-vision/", "folk-remedy content site: how to use castor oil to dissolve cataracts", [
 ("How to Use Castor Oil to Dissolve Cataracts & Get 20/20 Vision", "title", "C", "title states dissolving cataracts and 20/20 vision as fact"),
 ("You just need a powerful and 100 percent natural method to avert this health problem, i.e. castor oil.", "", "", "hard call: promotional, 'avert' (prevent) without cure or guarantee wording"),
 ("When the glutathione levels are maintained high, cataracts and consequent surgery may be prevented.", "", "", "hedged ('may')"),
 ("When caught early on, cataracts can be treated with castor oil because it has the power to slow down the progression of the disease and may even help you restore your vision.", "", "", "hedged"),
], g='G')
P("http://infantway.com/general-health/amazing-remove-a-cataract-and-get-2020-vision-with-castor-oil/", "parenting/health content site (copied article): remove a cataract and get 20/20 vision with castor oil", [
 ("Certainly, anybody wishes to know how to get rid of a cataract naturally, so here you’ll learn one alternative treatment that’ll help you do that.", "", "C", "hard call: promises a treatment that gets rid of cataracts"),
 ("Nevertheless, you can delay and avoid cataract surgery by keeping your glutathione levels high.", "", "D", "hard call: tells readers they can avoid cataract surgery"),
 ("Even though surgery continues to be the most efficient way to eliminate cataracts at an advanced stage, there are some natural ingredients that can dissolve an early stage cataracts.", "", "C", "hard call: dissolving early cataracts stated as fact"),
 ("Besides removing cataracts, it is also fantastic for treating near and far-sightedness, conjunctivitis, age-related macular degeneration, and dry eyes.", "", "C", "removing cataracts stated as fact"),
], g='G')
P("https://www.earthclinic.com/cures/cataracts.html?sortby=loved", "folk-remedy site with reader posts: cataracts", [
 ("I use fresh mid-stream urine in my eyes, and it is supposedly very healing for all eye issues, including cataracts, styes, and vision.", "reader post", "", "hedged ('supposedly'); reader comment"),
 ("So my dad ran out and bought one and BOOM cataracts were GONE!", "reader post; previous sentence: ... put a few drops in your eyes and BOOM the cataracts are gone.", "C", "hard call: endorsed testimonial of a cure (coconut water drops), on a site that collects 'cures'"),
 ("This is 8 years later and he is now age 80 and they are kind of coming back, so he may do it again soon.", "reader post", "", "narrative"),
 ("The result of these tests was 20/20 vision in both eyes and no evidence of cataracts!", "reader post (NAC and castor oil)", "", "hard call: narrative of a test result, no claim to the reader"),
], g='F')
P("http://nutrilifetips.com/removes-cataracts/", "nutrition content site: natural remedy that removes cataracts", [
 ("In this article, we are going to show you a natural remedy which will help you remove cataracts.", "", "C", "promises removal"),
 ("If this issue is not addressed on time, cataracts may lead to blindness.", "", "", ""),
 ("Fortunately, regulating the high levels of glutathione in the body can delay or prevent cataract surgery.", "", "D", "hard call: steers readers away from cataract surgery"),
], g='G')
P("https://wordhealtheducator.com/cataracts/", "health content site: get rid of cataracts using castor oil", [
 ("For cataracts that are at an advanced stage, surgery is the best option for treatment, however, those who have been diagnosed at an early stage should know that there are potent natural remedies that can help them solve this problem, including castor oil.", "", "C", "hard call: castor oil 'solves' early cataracts, stated as fact"),
 ("With the help of a dropper, drop one drop of the oil into the affected eye, once per day, before going to bed.", "heading: How Treatment", "O", "amount, route and frequency, no caveat"),
 ("The oil will do its magic while you sleep.", "", "", ""),
 ("In the morning, you may find crusts at the eye corners, but do not worry, this is a result of the calcification process and it is normal.", "", "", "hard call: dismisses a possible adverse effect, but does not tell the reader to avoid care"),
], g='G')
P("http://clinicnation.com/dissolve-cataract-without-surgery/", "content site: how to dissolve a cataract without surgery", [
 ("How To Dissolve A Cataract Without Surgery", "title", "C", "hard call: title states dissolving a cataract as achievable fact"),
 ("As a result of which you become blind.", "", "", ""),
 ("This type of cataract develops more faster than the other types.", "", "", ""),
], g='G')
P("https://dryeyedirectory.com/4-tips-to-help-counter-dry-eyes-using-omega-3-our-guide/", "dry-eye directory site: tips to counter dry eyes with omega-3", [
 ("Unfortunately, that solution is only temporary, meaning that the eye will go back to drying again.", "about eye drops", "", ""),
 ("If you’re dealing with dry eyes and want a permanent solution, consider this: increase your omega-3 intake.", "", "C", "hard call: omega-3 as a 'permanent solution'"),
 ("You need around 2,000 mg of DHA and EPA daily, while each capsule may contain no more than 300mg.", "", "O", "consumer dose with frequency, no caveat"),
 ("The only way this venture is going to be successful is if you stick to it daily.", "", "", ""),
], g='G')
P("https://www.nutritionexpress.com/article+index/newsletters/2011+newsletters/september+2011/showarticle.aspx?id=1523", "supplement retailer newsletter: omega-3s relieve dry eye", [
 ("Omega-3s relieve dry eye", "title", "", "no cure wording"),
 ("In one study, 36 people with dry eye took 450 mg of EPA (eicosapentaenoic acid), 300 mg of DHA (docosahexaenoic acid), and 1,000 mg of flaxseed oil per day, or a placebo.", "", "S", "study doses (not O); unnamed study"),
 ("After 90 days, 70 percent of those in the omega-3 group had no symptoms compared to 7 percent for placebo.", "", "S", ""),
], g='S')
P("https://www.myriadof.com/how-much-omega-3-dry-eyes", "personal blog with affiliate links: how much omega-3 per day for dry eyes", [
 ("So the recommendation from the doctor is to take up to 4000 mg of Omega 3 fatty acid per day.", "", "", "narrative of the writer's own doctor's advice"),
 ("Please discuss this with your doctor before taking any of the recommended supplements.", "", "P", ""),
 ("Drink plenty of water to improve tear production.", "", "", ""),
], g='B')
P("https://symptoms.tips/new-dry-eye-treatment-options-dry-eye-remedies-and-care/5/", "symptoms content site: dry eye remedies (page 5)", [
 ("Finally, one may try castor oil drops as part of the natural treatment.", "", "", ""),
 ("It is possible to take some steps without doctor’s recommendations.", "", "", "hard call: lifestyle steps, not steering away from care"),
 ("People with chronic problems with dry eyes should use a chilly mist humidifier.", "", "", ""),
], g='G')
P("https://alternative.health.narkive.com/AzcFWFv6/any-natural-solutions-for-dry-eyes-does-fish-oil-work", "newsgroup archive thread: natural solutions for dry eyes, does fish oil work", [
 ("_Swallow_ the fish oil -- don't put it in your eyes!", "newsgroup reply", "", ""),
 ("If your dry eye problem was caused by lack of dietary oils, then this may help.", "", "", "hedged"),
 ("Visine is known to work; this isn't.", "", "", ""),
], g='F')
P("https://avctucson.com/blog/1080359-dry-eye-treatments-part-4-fish-oil_2", "optometry practice blog: dry eye treatments, fish oil", [
 ("Omega 3 fatty acids (fish oil) are a treatment we prescribe for dry eyes.", "", "", ""),
 ("Most health organizations recommend a daily intake of at least 250–500 milligrams of combined EPA and DHA.", "", "", "dietary intake"),
], g='H')
P("http://animavet.com.au/articles-folder/ivermectin-horse-paste.html", "equine vet's article: precautions against using ivermectin horse paste for COVID-19 in people", [
 ("Please note: I am an equine veterinarian (horse doctor).", "", "", ""),
 ("That said, people I care about are choosing to take veterinary formulations of ivermectin for the prevention and early treatment of COVID-19.", "", "", "reported behaviour"),
 ("The horse paste is much more concentrated than the human formulation and the veterinary formulations licensed for use in smaller animals.", "", "", ""),
 ("Typical dosages for adults are in the range of 12 to 18 mg per person, depending on body weight.", "", "", "hard call: descriptive ('typical'), on a vet's harm-reduction page"),
], g='H')
P("https://drjolynmckenzie.com.au/hydrogen-peroxide-ear-drops", "ENT surgeon's practice page: hydrogen peroxide ear drops", [
 ("Hydrogen peroxide ear drops are safe for all ears, even if you have grommets or a perforated eardrum.", "", "C", "hard call: unqualified safety claim ('safe for all ears'), though from a specialist's page"),
 ("For treating ear infections (outer or middle ear): Use three times a day, along with any antibiotic drops prescribed by Dr. McKenzie.", "", "", "hard call: the specialist's own patient instructions, tied to her prescription (not a consumer dose without a doctor)"),
 ("If symptoms don’t improve or worsen, please consult your GP or Dr. McKenzie.", "", "P", ""),
], g='H')
