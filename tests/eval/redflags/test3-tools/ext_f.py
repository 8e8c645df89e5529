WIKI = "CC BY-SA (Wikipedia contributors)"
add(id="t3-wikipedia-miracle-mineral-supplement", url="https://en.wikipedia.org/wiki/Miracle_Mineral_Supplement", source="Wikipedia", licence=WIKI,
    title="Miracle Mineral Supplement", audience="consumer", genre="other", topic="Miracle Mineral Supplement (chlorine dioxide) alternative-health product", topic_kind="treatment",
    W=False, reason="encyclopedia article debunking an alternative-health product; urgent-action advice not expected of the genre", evidence=[], urgency="emergency",
    notes="hard call: describes poisoning effects (vomiting, life-threatening low blood pressure) where poison-control advice could help, but it is an encyclopedic overview, not advice to someone who swallowed it",
    text="""= Miracle Mineral Supplement =

Miracle Mineral Supplement
- Claims: Internal use of industrial bleaching agent chlorine dioxide will cure most diseases.
- Origprop: Jim Humble

Miracle Mineral Supplement, often referred to as Miracle Mineral Solution, Master Mineral Solution, MMS or the CD protocol, is a branded name for an aqueous solution of chlorine dioxide, an industrial bleaching agent, that has been falsely promoted as a cure for illnesses including HIV, cancer and the common cold. It is made by mixing aqueous sodium chlorite with an acid (such as the juices of citrus fruits or vinegar). This produces chlorine dioxide, a toxic chemical that can cause nausea, vomiting, diarrhea, and life-threatening low blood pressure due to dehydration.

Sodium chlorite, the main precursor to chlorine dioxide, is itself toxic if ingested. It causes acute kidney failure in high doses. Lower doses (~1 gram) can be expected to cause nausea, vomiting, inflammation of the intestines (producing so-called "rope worms") and even life-threatening reactions in persons with glucose-6-phosphate dehydrogenase deficiency.

The United States Environmental Protection Agency has set a maximum level of 0.8 mg/L for chlorine dioxide in drinking water. Naren Gunja, director of the New South Wales, Australia Poisons Information Centre, has stated that using the product is "a bit like drinking concentrated bleach" and that users have displayed symptoms consistent with corrosive injuries, such as vomiting, stomach pains, and diarrhea.

The name was coined by former Scientologist Jim Humble in his 2006 self-published book, The Miracle Mineral Solution of the 21st Century. Humble claims that the chemical can cure HIV, malaria, hepatitis viruses, the H1N1 flu virus, common colds, autism, acne, cancer and other illnesses. There have been no clinical trials to test these claims, and they come only from anecdotal reports and Humble's book. In January 2010, The Sydney Morning Herald reported that one vend""")
add(id="t3-drugscom-fda-tainted-supplements", url="http://www.drugs.com/fda-consumer/tainted-products-marketed-as-dietary-supplements-169.html", source="FDA Consumer Update (reposted on drugs.com)", licence="public domain (FDA text, US government work), reposted by a commercial drug-information site",
    title="Tainted Products Marketed as Dietary Supplements", audience="consumer", genre="other", topic="tainted dietary supplements", topic_kind="treatment",
    W=False, reason="consumer update about product enforcement and buying advice; no acute warning signs expected", evidence=[], urgency="none",
    notes="lists (in the original) warning signs of tainted PRODUCTS, not of illness; the lists themselves were lost in the stored excerpt",
    text="""Skip to main content

Tainted Products Marketed as Dietary Supplements

On Dec. 15, 2010, the Food and Drug Administration (FDA) took new steps aimed at keeping consumers safe from harmful products that are marketed as dietary supplements and that contain undeclared or deceptively labeled ingredients.

FDA has found that these products are often promoted for weight loss, sexual enhancement, and bodybuilding.

The new steps FDA has taken include:

A History of Action

Among the substances found in products that are marketed as dietary supplements and that contain hidden or deceptively labeled ingredients are

Where FDA investigations have discovered tainted products marketed as dietary supplements, the agency has issued warning letters and conducted seizures and criminal prosecutions. 

FDA has also alerted consumers to hundreds of products with these often deceptively labeled and harmful ingredients, including more than 80 products marketed for sexual enhancement, more than 70 products marketed for weight loss, and more than 80 products marketed for bodybuilding.

Advice for Consumers

Michael Levy, director of FDA's Division of New Drugs and Labeling Compliance, says labeling of these tainted products may claim that they are "alternatives" to FDA-approved drugs, or "legal" alternatives to anabolic steroids.

“Consumers should avoid products marketed as supplements that claim to have effects similar to prescription drugs," Levy says. "Consumers should also be wary of products with labeling only in a foreign language or that are marketed through mass e-mails.”

In all, consumers should heed these potential warning signs of tainted products marketed as dietary supplements.

Generally, if you are using or considering using any product marketed as a dietary supplement, FDA suggests that you

Posted December 15, 2010

Return to FDA Consumer Articles

For more information about food, medicine, cosmetic safety and other topics for your health, visit FDA.gov/consumers.""")
add(id="t3-nccih-director-herbal-products", url="https://nccih.nih.gov/about/offices/od/herbinfo", source="NCCIH (NIH), Director's message", licence=PD,
    title="Herbal Products: Be an Informed Consumer", audience="consumer", genre="other", topic="herbal products and herb-drug interactions", topic_kind="treatment",
    W=False, reason="director's message promoting an information series; no acute topic", evidence=[], urgency="none",
    notes="'talk with your health care provider' about products is routine advice, not a red flag",
    text="""National Center for Complementary and Integrative Health (NCCIH)
NIH…Turning Discovery Into Health

Información en Español

Health Topics A-Z

Herbal Products: Be an Informed Consumer

June 12, 2013

As I mentioned in my January 2013 Director’s message, many visitors to the NCCAM website seek information about herbal products, such as evening primrose oil, St. John’s wort, fenugreek, echinacea, and aloe vera. And, while some herbs have had more research, others have had very little. This not only means we may be unaware of whether the herb has any potential benefits, it also means that we may know very little about potential harms, such as herb-drug interactions. This is particularly important if you are taking any prescription medications, because herbal products can change the body’s response to drugs. In fact, this area of research is of particular interest to NCCAM and we are working with our NIH colleagues and experts in the field to think about the best way to most effectively and efficiently identify and study herbs with a high potential for interactions—inhibiting or possibly increasing the effects of prescription medicines.

In the meantime, as we work to learn more about this important topic, I invite you to be a more informed consumer and take a look at our popular Herbs at a Glance series. This series provides entries for more than 45 herbs and botanicals and offers reliable information to help you learn what the science says, some potential side effects and cautions, and resources for more information. We have packaged this important information as a free, easy-to-navigate eBook that is available for download. And, our Web site has other resources that can help you be an informed consumer and learn more about the safety of herbal and dietary supplements. I also encourage you to talk with your health care provider about the effectiveness and possible risks of any natural product you are considering or are already using.

You can join us thi""")
add(id="t3-ftc-miracle-health-claims-leaflet", url="https://vdocuments.us/miracle-health-claims-and-dietary-supplements.html", source="Federal Trade Commission leaflet (copy on vdocuments.us)", licence="public domain (FTC publication, US government work); copy on a document-sharing site",
    title="Miracle Health Claims & Dietary Supplements", audience="consumer", genre="other", topic="health fraud and miracle claims", topic_kind="other",
    W=False, reason="consumer-protection leaflet about fraudulent products; no acute symptom in scope", evidence=[], urgency="none",
    notes="document-site page furniture (upload date, page counters) kept as stored",
    text="""miracle health claims and dietary supplements

Upload: skydiva

Post on 01-Jun-2018

217 views

Category:

Documents


0 download

TRANSCRIPT

  • 8/9/2019 Miracle Health Claims and Dietary Supplements

    1/20

    Miracle Health

    Claims & DietarySupplements

    Federal Trade Commission | consumer.ftc.gov

    Add a Dose of

    Skepticism

  • 8/9/2019 Miracle Health Claims and Dietary Supplements

    2/20

  • 8/9/2019 Miracle Health Claims and Dietary Supplements

    3/20

    1

    Miracle Health Claims

    People spend billions of dollars a year on health-relatedproducts and treatments that not only are unproven and

    often useless, but also sometimes are dangerous. The

    products promise quick cures and easy solutions for a

    variety of problems, from obesity and arthritis to cancer

    and AIDS. But the “cures” don’t deliver, and people who

    buy them are cheated out of their money, their time, and

    even their health. That’s why it’s important to learn how to

    evaluate claims for products related to your health.

    Produced in cooperation with the Food and Drug Administration

    Are You a Target for HealthFraudsters?

    You’ve seen miracle claims for products related to health.

    It’s no wonder. People spend billions of dollars a year

    on fraudulently marketed health-related products and

    treatments that not only are unproven and often useless,but sometimes also are dangerous.

    Health fraud trades on false hope. It promises quick

    cures and easy solutions for a variety of problems, from

    obesity and arthritis to cancer and AIDS. But the “cures”

    don’t deliver. Instead, people who buy them are cheated

    out of their money, their time, and even their health.Fraudulently marketed health products can have dangerous

    interactions with medicines people are already taking,

    and can keep them from getting a proper diagnosis and

  • 8/9/2019 Miracle Health Claims a""")
add(id="t3-nccih-homeopathy-archived", url="https://www.nccih.nih.gov/health/homeopathy", fetched_from="https://webarchive.library.unt.edu/web/20210120011358/https://www.nccih.nih.gov/health/homeopathy", source="NCCIH (NIH), archived copy", licence=PD,
    title="Homeopathy", audience="consumer", genre="treatment-description", topic="homeopathy", topic_kind="treatment",
    W=False, reason="describes an alternative therapy and its evidence; no acute warning signs expected", evidence=[], urgency="none",
    notes="safety section (side effects, interactions) has no sign tied to an action",
    text="""The COVID-19 outbreak is a rapidly evolving situation. CDC health information   NIH research information

Nccih Logo

Homeopathy

pills vitamins supplements_chondroitin.
©Thinkstock

What's the Bottom Line?

How much do we know about homeopathic products?

  • Many studies have evaluated homeopathic products for a variety of conditions, but there’s less research on their safety.

What do we know about the effectiveness of homeopathy?

  • There’s little evidence to support homeopathy as an effective treatment for any specific health condition.

What do we know about the safety of homeopathic products?

  • Some products labeled as homeopathic may contain substantial amounts of active ingredients and could cause side effects and drug interactions.

What Is Homeopathy?

Homeopathy, also known as homeopathic medicine, is a medical system that was developed in Germany more than 200 years ago. It’s based on two unconventional theories:

  • “Like cures like”—the notion that a disease can be cured by a substance that produces similar symptoms in healthy people
  • “Law of minimum dose”—the notion that the lower the dose of the medication, the greater its effectiveness. Many homeopathic products are so diluted that no molecules of the original substance remain.

Homeopathic products come from plants (such as red onion, arnica [mountain herb], poison ivy, belladonna [deadly nightshade], and stinging nettle), minerals (such as white arsenic), or animals (such as crushed whole bees). Homeopathic products are often made as sugar pellets to be placed under the tongue; they may also be in other forms, such as ointments, gels, drops, creams, and tablets. Treatments are “individualized” or tailored to each person—it’s common for different people with the same condition to receive different treatments.

Use in the United States

According to the 2012 National Health Interview Survey (NHIS), which included a comprehensive survey on the use of c""")
add(id="t3-citizendium-homeopathy-diff", url="http://locke.citizendium.org/wiki/index.php?diff=16566&oldid=136796&title=Homeopathy%2FPreviousVersion", source="Citizendium (wiki revision page)", licence="CC BY-SA 3.0 (Citizendium contributors)",
    title="Homeopathy/PreviousVersion: Difference between revisions", audience="consumer", genre="other", topic="homeopathy (wiki article revision)", topic_kind="treatment",
    W=False, reason="wiki revision page of an alternative-medicine article; no acute topic", evidence=[], urgency="none",
    notes="wiki markup and editorial-council notice kept as stored; the article text presents homeopathy favourably ('stimulate the body's natural healing processes')",
    text="""Homeopathy/PreviousVersion: Difference between revisions

From Citizendium
Jump to navigation Jump to search
imported>Gareth Leng
(→Clinical trials testing: delete -pointless argument, what's the value in safe but ineffective?)
imported>John Stephenson
({{PreviousVersion}})
 
(617 intermediate revisions by 13 users not shown)
Line 1: Line 1:
{{subpages}}
{{PreviousVersion}}
{{TOC|right}}
<div class="usermessage plainlinks">The Editorial Council has made a unanimous decision on December 17, 2010, to blank this draft article and to place a minimum of a one-year moratorium on any further edits to this article. The discussion concerning this decision may be found at [http://locke.citizendium.org/cz_ec/DR-2010-006].  The Talk page remains, but its present contents will be moved to an archive.  The Approved Main Article also remains in place. This page is now protected by the Constabulary and no further edits can be made to it. After one year has passed, Citizens may ask the Editorial Council to reconsider their decision but there is no guarantee that they will do so.  
'''Homeopathy''' or '''homoeopathy'''&mdash;from  the Greek ''hómoios'' (similar) and ''páthos'' (suffering)&mdash;is a system of [[Complementary and Alternative Medicine|alternative medicine]] based on the idea that substances known to ''cause'' particular combinations of symptoms in healthy people can also, in low and specially prepared doses, help to ''cure'' people whose disease has similar similar symptoms.
<br>
The Secretary of the Editorial Council, [[User:Hayford Peirce|Hayford Peirce]] 04:09, 17 December 2010 (UTC)


Homeopathic remedies are intended to stimulate the body's natural healing processes. Because homeopaths maintain a high respect for the "wisdom of the body," homeopathic medicines are prescribed for their ability to cause or mimic the similar symptoms that the sick person is experiencing, thereby aiding their own defenses. Hygiene and diet are also used by homeopaths in co""")
