add(id="t4-fda-ear-candles-consumer-update-copy", url="https://abcdocz.com/doc/126373/don%E2%80%99t-get-burned--stay-away-from-ear-candles-a", source="abcdocz.com (document-sharing site), copy of an FDA Consumer Health Information leaflet (February 2010)", licence=PDREPOST,
    title="Don’t Get Burned: Stay Away From Ear Candles", audience="consumer", genre="other", topic="ear candles (alternative-health product)", topic_kind="treatment",
    W=False, reason="@alt", evidence=[], urgency="none",
    notes="product-safety leaflet: lists injury risks (burns, perforated eardrum) and marketers' claims (purify the blood, 'cure' cancer), but no condition for which readers would need to act; PDF extraction with column breaks kept",
    text="""Don’t Get Burned: Stay Away From Ear Candles A

Consumer Health Information
www.fda.gov/consumer
Don’t Get Burned:
Stay Away From
Ear Candles
A
lit “candle” that can
drip hot wax into your
ear, usually as you lie
on your side.
Sound dangerous? The Food and
Drug Administration (FDA) thinks
so, and is warning consumers to
steer clear of products being sold as
ear candles.
These “candles”—hollow cones that
are about 10 inches long and made
from a fabric tube soaked in beeswax,
paraffin, or a mixture of the two—are
being marketed as treatments for a
variety of conditions. These conditions include ear wax buildup, sinus
infections, hearing loss, headaches,
colds, flu, and sore throats.
Marketers of ear candles claim
that warmth created by the lit device
Illustration at top right was printed
on the side of ear candles and
demonstrates how to insert the product
into your ear while sitting in an upright
position. Although ear candles may
come with safety instructions, FDA is
warning consumers that there are risks
of serious injury—including burns to
the face, ear, and ear canal—associated
with these products. Photos to the left
and on the next page show a 10.75-inch
long ear candle.
1 / FDA Consumer Health Infor mat ion / U.S. Food and Drug Administrat ion
FDA / Michael Ermarth
F EBRUARY 2010
Consumer Health Information
www.fda.gov/consumer
produces suction that draws wax and
other impurities out of the ear canal.
“Some ear candles are offered
as products that purify the blood,
strengthen the brain, or even ‘cure’
cancer,” says Eric Mann, MD, PhD,
clinical deputy director of FDA’s Division of Ophthalmic, Neurological,
And Ear, Nose, and Throat Devices.
He adds that some firms claim the
candles are appropriate for use on
children.
But FDA warns that ear candles
can cause serious injuries, even when
used in accordance to manufacturers’
directions. “Also,” says Mann, “FDA
believes that there is no valid scientific evidence for any medical """)
add(id="t4-nccam-herbal-supplements-safety-archived", url="http://nccam.nih.gov/health/supplement-safety/", fetched_from="https://webarchive.library.unt.edu/eot2008/20090109013252/http://nccam.nih.gov/health/supplement-safety/", source="National Center for Complementary and Alternative Medicine (NCCAM, now NCCIH), archived copy", licence=PD,
    title="Herbal Supplements: Consider Safety, Too", audience="consumer", genre="other", topic="herbal supplement safety", topic_kind="prevention",
    W=False, reason="@alt", evidence=[], urgency="none",
    notes="'consult your health care provider before using an herbal supplement' is advice before use, not a red flag; kava and comfrey liver damage named without signs",
    text="""Back to: Health Information : Health Topics A–Z

Get the Facts
Herbal Supplements: Consider Safety, Too

Keywords: dietary supplement, herbs, botanical, safety

On this page

Introduction

Herbal supplements are a type of dietary supplement that contains herbsA plant or part of a plant used for its flavor, scent, or potential therapeutic properties. Includes flowers, leaves, bark, fruit, seeds, stems, and roots., either singly or in mixtures. An herb (also called a botanical) is a plant or plant part used for its scent, flavor, and/or therapeutic properties.

Many herbs have a long history of use and of claimed health benefits. However, some herbs have caused health problems for users. This fact sheet contains points you should consider for your safety if you use, or are thinking about using, herbs for health purposes. It does not discuss whether herbs work for specific diseases and conditions. To find out more about topics and resources mentioned in this fact sheet, see "For More Information".

  1. It's important to know that just because an herbal supplement is labeled "natural" does not mean it is safe or without any harmful effects. For example, the herbs kava and comfrey have been linked to serious liver damage.


  2. Herbal supplements can act in the same way as drugs. Therefore, they can cause medical problems if not used correctly or if taken in large amounts. In some cases, people have experienced negative effects even though they followed the instructions on a supplement label.


  3. Women who are pregnant or nursing should be especially cautious about using herbal supplementsA type of dietary supplement that contains herbs, either alone or in mixtures., since these products can act like drugs. This caution also applies to treating children with herbal supplements.


  4. It is important to consult your health care provider before using an herbal supplement, especially if you are taking any medications (whether prescription or over-the-counter). Some """)
add(id="t4-wikipedia-colon-cleansing", url="https://en.wikipedia.org/wiki/Colon_cleansing", source="Wikipedia", licence=CCBYSA,
    title="Colon cleansing", audience="consumer", genre="other", topic="colon cleansing (alternative therapy)", topic_kind="treatment",
    W=False, reason="encyclopedic article on an alternative therapy; no acute condition in its scope", evidence=[], urgency="none",
    notes="mentions heart attacks and electrolyte imbalances from enema preparations as documented harms, not as signs for readers to act on (compare t3-wikipedia-miracle-mineral-supplement)",
    text="""= Colon cleansing =

Colon cleansing
- Claims: Removal of unspecified toxins
- Origyear: Archaic
- Laterprop: e.g. Dr. Oz and Gillian McKeith
- Seealso: Enema, detoxification, and mucoid plaque

Colon cleansing, also known as colon therapy, colon hydrotherapy, a colonic, or colonic irrigation, encompasses a number of alternative medical therapies claimed to remove toxins from the colon and intestinal tract by removing accumulations of feces. Colon cleansing in this context should not be confused with an enema which introduces fluid into the colon, often under mainstream medical supervision, for a limited number of purposes including severe constipation and medical imaging.

Some forms of colon hydrotherapy use tubes to inject water, sometimes mixed with herbs or other liquids, into the colon via the rectum using special equipment. Oral cleaning regimes use dietary fiber, herbs, dietary supplements, or laxatives. Those who practice colon cleansing believe in autointoxication, that accumulations of putrefied feces line the walls of the large intestine and that these accumulations harbor parasites or pathogenic gut flora, causing nonspecific symptoms and general ill health.

Autointoxication, a term coined in 1884 by the French physician Charles Jacques Bouchard, is a hypothesis based on medical beliefs of the ancient Egyptians and Greeks and was discredited in the early 20th century. Nonetheless, during the 2000s Internet marketing and infomercials of oral supplements supposedly for colon cleansing increased.

There is no scientific evidence for the alleged benefits of colon cleansing. Certain enema preparations have been associated with heart attacks and electrolyte imbalances, and improperly prepared or used equipment can cause infection or damage to the bowel. Frequent colon cleansing can lead to dependence on enemas to defecate and some herbs may reduce the effectiveness of, or increase the risks associated with the use of, prescription medications.

== Effectiven""")
add(id="t4-fda-warning-letter-my-natural-treatment-2022", url="https://fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/my-natural-treatment-624734-02222022", source="U.S. Food and Drug Administration and Federal Trade Commission", licence=PD,
    title="Warning Letter: My Natural Treatment - 624734 - 02/22/2022", audience="consumer", genre="other", topic="essential-oil COVID-19 claims (warning letter)", topic_kind="other",
    W=False, reason="regulatory warning letter about unapproved product claims; no symptom advice expected", evidence=[], urgency="none",
    notes="product page genre by proxy: quotes a seller's COVID-19 cure claims for essential oils",
    text="""U.S. flag An official website of the United States government

On Oct. 1, 2024, the FDA began implementing a reorganization impacting many parts of the agency. We are in the process of updating FDA.gov content to reflect these changes.

  1. Home
  2. Inspections, Compliance, Enforcement, and Criminal Investigations
  3. Compliance Actions and Activities
  4. Warning Letters
  5. My Natural Treatment - 624734 - 02/22/2022
  1. Warning Letters

WARNING LETTER

My Natural Treatment MARCS-CMS 624734 —

Product:
Drugs

Recipient:
Recipient Name
Andreea Laza
My Natural Treatment

Romania

contact@mynaturaltreatment.com
Issuing Office:
Center for Drug Evaluation and Research | CDER

United States

Federal Trade Commission

WARNING LETTER

Date: February 22, 2022

CC: regulatory-inquiries@amazon.com – Amazon Associates Program

RE: Unapproved and Misbranded Products Related to Coronavirus Disease 2019 (COVID-19)

This is to advise you that the United States Food and Drug Administration (FDA) and the Federal Trade Commission (FTC) reviewed your website at the Internet address https://www.mynaturaltreatment.com on January 18, 2022, and February 11, 2022, respectively. We also reviewed your social media website at https://www.facebook.com/mynaturaltreatment/, where you direct consumers to your website, at https://www.mynaturaltreatment.com to purchase your products. While reviewing your websites, FDA observed that you participate in the Amazon Associates program. As an Amazon associate, you earn commissions by promoting the sale of thyme, black seed, eucalyptus, rosemary and peppermint oil products (hereinafter referred to as “Amazon associate products”)1 with claims on your website representing or implying that the products can mitigate, prevent, treat, diagnose, or cure COVID-192 in people. Based on our review, these claims cause the Amazon associate products purchased through links on your websites to be unapproved new drugs under section 505(a) of the Federal Food""")
add(id="t4-royal-surrey-oncology-treatment-hotline", url="https://royalsurrey.nhs.uk/cc-treatment-hotline", source="Royal Surrey NHS Foundation Trust", licence=OGL,
    title="Oncology Treatment Hotline", audience="consumer", genre="coping-support", topic="cancer-treatment side effects hotline", topic_kind="treatment",
    W=True, reason="hotline page for patients on anti-cancer treatment; neutropenic sepsis and other treatment emergencies call for listed signs",
    evidence=["If you or the person you are calling about is experiencing chest pain, struggling to breathe, has lost consciousness, had a seizure, or severe bleeding, please hang up and call 999."],
    urgency="emergency", notes="the 'When to call?' list (fever above 37.5, temperature below 36.0, sudden limb swelling ...) is tied to calling the hotline 'for advice on how to manage' side effects; the 999 line is the clearest sign-action pair",
    text="""Treatments

Collage of three images, featuring two female nurses and one male nurse.

Oncology Treatment Hotline

Call 01483 571122 and ask the operator for the Oncology Treatment Hotline.

What is the Oncology Treatment Hotline?

 

The Oncology Treatment Hotline is a 24-hour advice line for patients’ who are currently receiving, or have recently undergone anti-cancer treatment. This includes patients who have had chemotherapy or radiotherapy within the last six weeks or immunotherapy within the last 12 months. 

The line provides support, advice and information to patients’ experiencing oncology treatment related symptoms.

You can call 01483 571122 24 hours a day, seven days a week and ask the operator for the Oncology Treatment Hotline. You will be asked for your full name, contact number, and the name of your consultant. A member of our team will aim to call you back within 30 minutes, however it can be longer during busy periods.

When to call?

If you are experiencing side effects as a result of your treatment and need advice on how to manage these. This could include, but is not limited to:

■ Sore mouth that prevents you from eating/drinking

■ Nausea and vomiting

■ Diarrhoea

■ Constipation

■ Fever above 37.5

■ Temperature below 36.0

■ Sudden swelling or pain in a limb

■ PICC line issues

■ Rashes

■ Pain not eased by paracetamol/ibuprofen or your normal analgesia. If you are under the care of a Supportive & Palliative Care Team or Community Palliative Care Team, please contact them first.

When not to call?

If you or the person you are calling about is experiencing chest pain, struggling to breathe, has lost consciousness, had a seizure, or severe bleeding, please hang up and call 999.

Do not call for:

■ Appointment queries, including when expecting a clinic phone call that day. You can contact the Appointments team on: 01483 406761

■ For test results, including blood or scan results. These will be explained to you a""")
add(id="t4-royal-devon-acute-oncology-service", url="https://www.royaldevon.nhs.uk/services/breast-care/breast-care-northern-services/acute-oncology-services/", source="Royal Devon University Healthcare NHS Foundation Trust", licence=OGL,
    title="Acute oncology services", audience="consumer", genre="coping-support", topic="feeling unwell during cancer treatment", topic_kind="treatment",
    W=True, reason="acute-oncology service page listing the signs that should trigger a call (compare test3 acute-oncology helpline pages)",
    evidence=["We need to hear from you if:"], urgency="emergency",
    notes="sign list (temperature above 37.5 or below 35, suddenly unwell) follows the quoted lead-in; 'You suddenly feel unwell' alone would be generic, the thresholds make it count",
    text="""What to do when you feel unwell

Acute oncology services

We provide assessment and advice for cancer patients who have severe symptoms or are feeling unwell. Infections can develop rapidly so it is essential that you contact us as soon as possible.

We need to hear from you if:

  • You suddenly feel unwell
  • Your temperature is above 37.5 ̊C (99 ̊F)
  • Your temperature is below 35 ̊C (95 ̊F) 
  • You do not have a temperature but are feeling very unwell

Even very slight symptoms may require urgent treatment and must not be ignored. Please call the numbers provided below for the acute oncology service, not your GP. This service is available 24 hours a day, 7 days a week. 

If in doubt, call for advice. We are here to help. 

Acute Oncology Service - Northern services

Acute Oncology focuses on the management of patients that present with complications from their cancer diagnosis or treatment, it also includes the management of patients who present with a new acute cancer diagnosis.

If you are feeling unwell or have any symptoms listed on your Immunotherapy card or yellow alert card, please contact us. 

You can find out more here

24 hour advice line - Eastern services

Where to find us

We are based at the Exeter Oncology Centre

Contact us

Please call the 24-hour patient advice line on 07825401059.

What should I do if I feel unwell?

Please call us if you feel unwell. Hopefully, we will be able to help over the phone, but you may be asked to come into the unit or go straight to A&E.


Cancer treatment alert card

You may be given a cancer treatment alert card if you are having chemotherapy, radiotherapy, immunotherapy or other types of cancer treatment. 

It is important that you present this to the person providing your care.

Last updated: November 15, 2022.""")
add(id="t4-leeds-unwell-after-chemotherapy", url="http://www.leedsth.nhs.uk/a-z-of-services/leeds-cancer-centre/your-treatment/chemotherapy/unwell-after-chemotherapy/", source="The Leeds Teaching Hospitals NHS Trust", licence=OGL,
    title="Unwell after chemotherapy?", audience="consumer", genre="treatment-description", topic="side effects after chemotherapy", topic_kind="treatment",
    W=True, reason="consumer page on chemotherapy side effects that need prompt care (fever, bleeding, uncontrolled vomiting)",
    evidence=["If your temperature is 38°C (100°F) or higher, please ring the hospital team immediately.", "For any of the above, please contact immediately the Department/Ward where you received your chemotherapy treatment"],
    urgency="emergency", notes="",
    text="""The Leeds Teaching Hospitals NHS Trust

Unwell after chemotherapy?

Chemotherapy often makes people feel unwell, especially in the first 24 - 48 hours after treatment.  You will have been advised about what to expect and how to deal with it whilst with us. 

There are some things that happen sometimes which you must let us know about straight away.   This includes:

  • High temperature or fever. Please check your temperature with a thermometer (a normal temperature is 37°C or 98.4°F). If your temperature is 38°C (100°F) or higher, please ring the hospital team immediately. If you have a fever, feeling hot or cold, shivery or feel unwell.
  • Feeling very unwell or having symptoms of infection, even if you don’t have a temperature.
  • Nausea and vomiting that is not controlled by your medication.
  • Diarrhoea that lasts longer than 24 hours or is very severe.
  • A sore mouth that prevents you eating or drinking.
  • A persistent cough.
  • Blood in your urine or stools.
  • Bleeding not controlled by general first-aid.
  • Bruises or small blood spots which appear on your body.
  • Pain not controlled by medication.

The site where your drip was put in shows any of the following:

  • Swelling
    • Redness or a white blanching colour
    • Pain
    • Itching
    • A scab
    • Anything unusual

For any of the above, please contact immediately the Department/Ward where you received your chemotherapy treatment (between 8.30am and 6pm) or at other times St James’s University Hospital (0113) 243 3144 and ask for the Oncology Patient Enquiries Bleepholder.

Please note this number must not be used for general enquiries
We also need to know about any dental treatment arrangements you make whilst you are having chemotherapy.""")
add(id="t4-nci-cancer-bulletin-2012-09-04", url="http://www.cancer.gov/ncicancerbulletin/090412", fetched_from="https://cybercemetery.unt.edu/archive/oilspill/20120915081939/http:/www.cancer.gov/ncicancerbulletin/090412", source="National Cancer Institute (NCI Cancer Bulletin), archived copy", licence=PD,
    title="NCI Cancer Bulletin, September 4, 2012 (Volume 9, Number 17)", audience="consumer", genre="news or research report", topic="childhood leukemia genomics and other cancer research news", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="bulletin front page with research teasers and FDA approval headlines",
    text="""National Cancer Institute NCI Cancer Bulletin: A Trusted Source for Cancer Research News
September 4, 2012 • Volume 9 / Number 17


Genome Study Points to Treatments for High-Risk Form of Childhood Leukemia

Conceptual illustration showing genetic analysis leading to targeted drugs. (Image by Joshua Stokes, BMC, St. Jude Children’s Research Hospital)

Using genomic tools, researchers have uncovered genetic changes associated with a form of leukemia that recurs in some children. 

The findings, reported last month in Cancer Cell, suggest that some of these young patients may benefit from targeted drugs that are available but currently not used to treat this particular form of the disease. Read more > >


Dr. Louis Staudt

A Conversation with Dr. Louis Staudt about Targeting New Treatments for Burkitt Lymphoma

Dr. Louis Staudt of NCI's Center for Cancer Research and colleagues have confirmed that Burkitt lymphoma is molecularly distinct from other types of non-Hodgkin lymphoma. This discovery will help identify promising new targets for treatment.




  • FDA Update

    • FDA Approves First Drug Developed for Children with Rare Brain Tumor
    • New Treatment for Severe Neutropenia Approved
    • FDA Approves Drug to Treat Rare Type of Leukemia
  • Update

    • New Website Highlights NCI-Designated Cancer Centers
    • 2011/2012 Cancer Trends Progress Report Available
    • Website for NCI's Geographic Information Systems & Science Updated
  • Notes

    • In Memoriam: International Cancer Researcher Gregory T. O'Conor
    • Cyber-Seminar: Bridging Cancer Research and Clinical Practice

Selected articles from past issues of the NCI Cancer Bulletin are available in Spanish.

The NCI Cancer Bulletin is produced by the National Cancer Institute (NCI), which was established in 1937. Through basic, clinical, and population-based biomedical research and training, NCI conducts and supports research that will lead to a future in which we can iden""")
